// Dutch formatting of numbers, amounts and dates: one place for the whole application
// (pages, report, charts, maps, CSV export for people).
//
// Rules:
// - A missing value (null, undefined, NaN) → LEEG ('–', en dash).
// - Rounding is half away from zero (contract §1: "shown figures round half away from zero"):
//   2.5 → 3 and -2.5 → -3, on the decimal form of the number (1.005 → 1.01), so the result does
//   not depend on binary floats or on the Intl implementation.
// - Spaces: Intl writes "€ 1.234" for nl-NL with a no-break space (U+00A0); we use a plain space
//   (U+0020) so tests, CSV and copy-paste are predictable. To keep "€" and the number on one line
//   in HTML, use `white-space: nowrap`.
// - Minus sign: the plain hyphen-minus '-' (as Intl nl-NL does).

import { dagMaandJaar, isGeldigeDatum } from '../domein/kalender.js';
import { rondAf } from '../domein/getallen.js';

/** Rounding half away from zero: the one rule of the domain (domein/getallen.ts). */
export { rondAf };

/** Full Dutch month names, index 0 = januari: the domain's list. */
export { MAANDNAMEN } from '../domein/kalender.js';

export const LEEG = '–';

type Waarde = number | null | undefined;

function ontbreekt(n: Waarde): n is null | undefined {
  return n === null || n === undefined || Number.isNaN(n);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number, groeperen: boolean): Intl.NumberFormat {
  const sleutel = `${min}|${max}|${groeperen}`;
  let f = formatters.get(sleutel);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: groeperen,
    });
    formatters.set(sleutel, f);
  }
  return f;
}

/** Default when `decimalen` is left out: as many as needed, at most 2 (3 → "3", 3.25 → "3,25"). */
const MAX_DECIMALEN_STANDAARD = 2;

function tekst(n: number, decimalen: number | undefined, groeperen = true): string {
  const vast = decimalen !== undefined;
  const d = vast ? decimalen : MAX_DECIMALEN_STANDAARD;
  const afgerond = rondAf(n, d);
  return formatter(vast ? d : 0, d, groeperen)
    .format(afgerond)
    .replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A number in Dutch notation: `getal(1234)` → "1.234", `getal(3.2)` → "3,2", `getal(3.2, 2)` → "3,20".
 * Without `decimalen`: as many decimals as needed, at most 2; with `decimalen`: exactly that many.
 */
export function getal(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return tekst(n, decimalen);
}

/** Whole euros: `euro(1234567)` → "€ 1.234.567", `euro(-2.5)` → "€ -3". */
export function euro(n: Waarde): string {
  if (ontbreekt(n)) return LEEG;
  return `€ ${tekst(n, 0)}`;
}

/** Millions of euros (contract columns `*_mln`): `euroMln(30157)` → "€ 30.157 mln", `euroMln(2.4)` → "€ 2,4 mln". */
export function euroMln(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return `€ ${tekst(n, decimalen)} mln`;
}

/** A percentage; `n` already is one (contract unit `%`): `procent(26)` → "26%", `procent(3.25, 1)` → "3,3%". */
export function procent(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return `${tekst(n, decimalen)}%`;
}

/** A number without thousands separators and with a decimal comma, for CSV cells: 1234.5 → "1234,5". Null → "". */
export function csvGetal(n: Waarde): string {
  if (ontbreekt(n)) return '';
  return String(n).replace('.', ',');
}

type DatumInvoer = string | Date | null | undefined;

/** Reads `YYYY-MM-DD` (also with a time after it) or `DD-MM-YYYY`; a Date counts as its calendar day in UTC. */
function delen(d: string | Date): { j: number; m: number; dag: number } {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new Error('Ongeldige datum');
    return { j: d.getUTCFullYear(), m: d.getUTCMonth() + 1, dag: d.getUTCDate() };
  }
  const s = d.trim();
  let r = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  let j: number, m: number, dag: number;
  if (r) {
    [j, m, dag] = [Number(r[1]), Number(r[2]), Number(r[3])];
  } else if ((r = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) {
    [dag, m, j] = [Number(r[1]), Number(r[2]), Number(r[3])];
  } else {
    throw new Error(`Ongeldige datum "${d}"`);
  }
  if (!isGeldigeDatum(j, m, dag)) throw new Error(`Ongeldige datum "${d}"`);
  return { j, m, dag };
}

/** `datum('2025-05-20')` → "20 mei 2025". Free of time zones: the calendar day of the text. */
export function datum(d: DatumInvoer): string {
  if (d === null || d === undefined || d === '') return LEEG;
  const { j, m, dag } = delen(d);
  return dagMaandJaar(j, m, dag);
}

/** `datumKort('2025-05-20')` → "20-05-2025". */
export function datumKort(d: DatumInvoer): string {
  if (d === null || d === undefined || d === '') return LEEG;
  const { j, m, dag } = delen(d);
  return `${String(dag).padStart(2, '0')}-${String(m).padStart(2, '0')}-${j}`;
}
