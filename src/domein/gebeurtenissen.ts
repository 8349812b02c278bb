// The event-log rule of contract §1: the state of an item at peildatum P is built from its rows with
// status_datum ≤ P. The status is that of the latest row; every other column takes the value of the
// latest row in which it has a value (a "no value" cell never overwrites). Rows of one date apply in
// the order they were registered (`volgnr`). The SQL twin of this rule is platform/toestand.ts; a test
// holds both to the same answers.

export interface Gebeurtenis {
  status_datum: string;
  volgnr: number;
  [kolom: string]: unknown;
}

export function sorteerGebeurtenissen<T extends Gebeurtenis>(rijen: readonly T[]): T[] {
  return [...rijen].sort((a, b) =>
    a.status_datum < b.status_datum ? -1 : a.status_datum > b.status_datum ? 1 : a.volgnr - b.volgnr,
  );
}

/**
 * Folds the rows of ONE item into its state at peildatum. Returns null when the item does not exist
 * at P (no row with status_datum ≤ P). `statusKolom` is null for files without a status (kpis).
 */
export function toestandOp<T extends Gebeurtenis>(
  rijen: readonly T[],
  peildatum: string,
  statusKolom: string | null = 'status',
): (Record<string, unknown> & { status_datum: string; eerste_datum: string }) | null {
  const geldig = sorteerGebeurtenissen(rijen.filter((r) => r.status_datum <= peildatum));
  if (geldig.length === 0) return null;
  const toestand: Record<string, unknown> = {};
  for (const rij of geldig) {
    for (const [kolom, waarde] of Object.entries(rij)) {
      if (kolom === 'volgnr' || kolom === statusKolom) continue;
      if (waarde !== null && waarde !== undefined) toestand[kolom] = waarde;
    }
  }
  const laatste = geldig[geldig.length - 1];
  if (statusKolom) toestand[statusKolom] = laatste[statusKolom] ?? null;
  toestand.status_datum = laatste.status_datum;
  toestand.eerste_datum = geldig[0].status_datum;
  return toestand as Record<string, unknown> & { status_datum: string; eerste_datum: string };
}

/** Groups rows by a key function and folds each group (for small sets; the store does this in SQL). */
export function toestandenOp<T extends Gebeurtenis>(
  rijen: readonly T[],
  sleutel: (r: T) => string,
  peildatum: string,
  statusKolom: string | null = 'status',
): Map<string, Record<string, unknown>> {
  const groepen = new Map<string, T[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    const g = groepen.get(k);
    if (g) g.push(r);
    else groepen.set(k, [r]);
  }
  const uit = new Map<string, Record<string, unknown>>();
  for (const [k, g] of groepen) {
    const t = toestandOp(g, peildatum, statusKolom);
    if (t) uit.set(k, t);
  }
  return uit;
}
