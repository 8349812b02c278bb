// Nederlandse maandnamen en een datum als tekst: één lijst voor het domein en (via platform/formaat)
// voor de presentatie. Puur: geen I/O.

import type { Datum } from './begrippen.js';

/** Volledige Nederlandse maandnamen, index 0 = januari. */
export const MAANDNAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Dag, maand (1–12) en jaar als tekst: `(2025, 7, 1)` → "1 juli 2025". */
export function dagMaandJaar(j: number, m: number, dag: number): string {
  return `${dag} ${MAANDNAMEN[m - 1]} ${j}`;
}

/** `'2025-07-01'` → "1 juli 2025": de kalenderdag uit de tekst, zonder tijdzone en zonder controle. */
export function formatteerDatum(d: Datum): string {
  const [j, m, dag] = d.split('-').map(Number);
  return dagMaandJaar(j, m, dag);
}

// ─── Rekenen op 'YYYY-MM-DD' (UTC, zodat tijdzones en zomertijd geen dag verschuiven) ──────────

const twee = (n: number) => String(n).padStart(2, '0');

/** `(2025, 7, 1)` → '2025-07-01'. */
export function isoDatum(j: number, m: number, dag: number): Datum {
  return `${j}-${twee(m)}-${twee(dag)}`;
}

/** Aantal dagen in maand `m` (1–12) van jaar `j`. */
export function dagenInMaand(j: number, m: number): number {
  return new Date(Date.UTC(j, m, 0)).getUTCDate();
}

/** Bestaat deze kalenderdag (maand 1–12, dag binnen de maand)? */
export function isGeldigeDatum(j: number, m: number, dag: number): boolean {
  return m >= 1 && m <= 12 && dag >= 1 && dag <= dagenInMaand(j, m);
}

/** True when s is a real calendar date in `YYYY-MM-DD` form (used for ?peildatum= and in the rules). */
export function isIsoDatum(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isGeldigeDatum(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** De dag `n` dagen na `d` (`n` mag negatief zijn). */
export function plusDagen(d: Datum, n: number): Datum {
  const [j, m, dag] = d.split('-').map(Number);
  const t = new Date(Date.UTC(j, m - 1, dag + n));
  return isoDatum(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
