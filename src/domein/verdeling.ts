// How snelle toetsen and transformatieplannen are spread over kwartalen of indiening, sectoren,
// thema's and regio's, and the betrokkenheid van patiënten: the counting rules behind the charts of
// the report (rapportage/verdeling.ts) and of /transformatie (transformatie/overzicht.ts).
// Pure: the callers pass the states at P (already limited to what was ingediend by P).
import type { Datum } from './begrippen.js';

/** One row per category: counts per status (in the order given). */
export interface Verdeling {
  categorieen: string[];
  statussen: string[];
  /** waarden[s][i] = number with status statussen[s] in categorie i. */
  waarden: number[][];
}

/** `'2025-05-20'` → "Q2 2025". */
export function kwartaalVan(d: Datum): string {
  const m = Number(d.slice(5, 7));
  return `Q${Math.ceil(m / 3)} ${d.slice(0, 4)}`;
}

/** "Q2 2025" → "2025Q2", which sorts in time order. */
function kwartaalSleutel(label: string): string {
  const [q, j] = label.split(' ');
  return `${j}${q}`;
}

/** All quarters from the first to the last date, without gaps. */
export function kwartaalReeks(datums: readonly Datum[]): string[] {
  if (datums.length === 0) return [];
  const gesorteerd = [...datums].sort();
  let j = Number(gesorteerd[0].slice(0, 4));
  let q = Math.ceil(Number(gesorteerd[0].slice(5, 7)) / 3);
  const eindJ = Number(gesorteerd[gesorteerd.length - 1].slice(0, 4));
  const eindQ = Math.ceil(Number(gesorteerd[gesorteerd.length - 1].slice(5, 7)) / 3);
  const uit: string[] = [];
  while (j < eindJ || (j === eindJ && q <= eindQ)) {
    uit.push(`Q${q} ${j}`);
    q++;
    if (q > 4) {
      q = 1;
      j++;
    }
  }
  return uit;
}

/**
 * Items per kwartaal of indiening and status. Items without ingediend_op, or with a status outside
 * `statussen`, are not counted. The quarters are those with an item, or with `zonderGaten` every
 * quarter from the first to the last.
 */
export function perKwartaalNaarStatus(
  items: readonly { status: string | null; ingediend_op: Datum | null }[],
  statussen: readonly string[],
  opties: { zonderGaten?: boolean } = {},
): Verdeling {
  const datums = items.map((i) => i.ingediend_op).filter((d): d is Datum => !!d);
  const kwartalen = opties.zonderGaten
    ? kwartaalReeks(datums)
    : [...new Set(datums.map(kwartaalVan))].sort((a, b) => (kwartaalSleutel(a) < kwartaalSleutel(b) ? -1 : 1));
  const waarden = statussen.map(() => kwartalen.map(() => 0));
  for (const i of items) {
    const s = statussen.indexOf(i.status ?? '');
    if (s >= 0 && i.ingediend_op) waarden[s][kwartalen.indexOf(kwartaalVan(i.ingediend_op))]++;
  }
  return { categorieen: kwartalen, statussen: [...statussen], waarden };
}

export const BEOORDEELD = ['Goedgekeurd', 'Afgekeurd'] as const;
export type LijstVeld = 'sectoren' | 'themas' | 'regios';

/**
 * Goedgekeurde and afgekeurde toetsen per value of a list column; a toets counts once for every value
 * it touches (so the bars can overlap). Values nobody touches are left out. Order: `volgorde` where
 * given (values outside it after, by name), else most first, then by name.
 */
export function beoordeeldPer(toetsen: readonly ({ status: string | null } & Record<LijstVeld, readonly string[] | null>)[], veld: LijstVeld, volgorde?: readonly string[]): Verdeling {
  const tel = new Map<string, [number, number]>();
  for (const t of toetsen) {
    const s = BEOORDEELD.indexOf(t.status as (typeof BEOORDEELD)[number]);
    if (s < 0) continue;
    for (const w of new Set(t[veld] ?? [])) {
      const r = tel.get(w) ?? [0, 0];
      r[s]++;
      tel.set(w, r);
    }
  }
  const som = (w: string) => tel.get(w)![0] + tel.get(w)![1];
  const categorieen = volgorde
    ? [...volgorde.filter((v) => tel.has(v)), ...[...tel.keys()].filter((k) => !volgorde.includes(k)).sort()]
    : [...tel.keys()].sort((a, b) => som(b) - som(a) || a.localeCompare(b, 'nl'));
  return { categorieen, statussen: [...BEOORDEELD], waarden: BEOORDEELD.map((_, s) => categorieen.map((c) => tel.get(c)![s])) };
}

/** Plans by betrokkenheid van patiënten: 'ja', 'nee', or not filled in. */
export function telBetrokkenheid(plannen: readonly { betrokkenheid_patienten: string | null }[]): { ja: number; nee: number; niet_ingesteld: number } {
  const uit = { ja: 0, nee: 0, niet_ingesteld: 0 };
  for (const p of plannen) {
    if (p.betrokkenheid_patienten === 'ja') uit.ja++;
    else if (p.betrokkenheid_patienten === 'nee') uit.nee++;
    else uit.niet_ingesteld++;
  }
  return uit;
}
