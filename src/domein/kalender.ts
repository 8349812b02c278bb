// Dutch month names and a date as text: one list for the domain and (through platform/formaat) for
// display. Pure: no I/O.

import type { Datum } from './begrippen.js';

/** Full Dutch month names, index 0 = januari. */
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

/** Day, month (1–12) and year as text: `(2025, 7, 1)` → "1 juli 2025". */
export function dagMaandJaar(j: number, m: number, dag: number): string {
  return `${dag} ${MAANDNAMEN[m - 1]} ${j}`;
}

/** `'2025-07-01'` → "1 juli 2025": the calendar day of the text, without time zone and unchecked. */
export function formatteerDatum(d: Datum): string {
  const [j, m, dag] = d.split('-').map(Number);
  return dagMaandJaar(j, m, dag);
}

// ─── Arithmetic on 'YYYY-MM-DD' (UTC, so time zones and daylight saving never shift a day) ─────

const twee = (n: number) => String(n).padStart(2, '0');

/** `(2025, 7, 1)` → '2025-07-01'. */
export function isoDatum(j: number, m: number, dag: number): Datum {
  return `${j}-${twee(m)}-${twee(dag)}`;
}

/** Number of days in month `m` (1–12) of year `j`. */
export function dagenInMaand(j: number, m: number): number {
  return new Date(Date.UTC(j, m, 0)).getUTCDate();
}

/** Does this calendar day exist (month 1–12, day within the month)? */
export function isGeldigeDatum(j: number, m: number, dag: number): boolean {
  return m >= 1 && m <= 12 && dag >= 1 && dag <= dagenInMaand(j, m);
}

/** True when s is a real calendar date in `YYYY-MM-DD` form (used for ?peildatum= and in the rules). */
export function isIsoDatum(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isGeldigeDatum(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day `n` days after `d` (`n` may be negative). */
export function plusDagen(d: Datum, n: number): Datum {
  const [j, m, dag] = d.split('-').map(Number);
  const t = new Date(Date.UTC(j, m - 1, dag + n));
  return isoDatum(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
