// Periods and areas of indicator values (contract §2.6). Pure: no I/O.
//
// A period arrives in contract form (`2025`, `2025Q1`, `2025-03`, `2025-03-31`, also `31-03-2025`)
// or as a CBS period code (`2024JJ00`, `2024KW01`, `2024MM03`, which CBS may pad with spaces).
// Inside the app and in the database it is always in contract form (`code`).

import type { Datum } from './begrippen.js';
import { dagenInMaand, dagMaandJaar, isGeldigeDatum, isoDatum, MAANDNAMEN } from './kalender.js';

export type PeriodeSoort = 'jaar' | 'kwartaal' | 'maand' | 'dag';

export interface Periode {
  soort: PeriodeSoort;
  /** Contract form: `2025`, `2025Q1`, `2025-03` or `2025-03-31`. */
  code: string;
  /** First day (YYYY-MM-DD). */
  van: Datum;
  /** Last day, inclusive (YYYY-MM-DD). */
  tot: Datum;
  /** For people: `2024`, `Q1 2024`, `maart 2024`, `31 maart 2024`. */
  label: string;
}


function jaar(j: number): Periode {
  return { soort: 'jaar', code: String(j), van: isoDatum(j, 1, 1), tot: isoDatum(j, 12, 31), label: String(j) };
}
function kwartaal(j: number, k: number): Periode {
  const eind = k * 3;
  return {
    soort: 'kwartaal',
    code: `${j}Q${k}`,
    van: isoDatum(j, eind - 2, 1),
    tot: isoDatum(j, eind, dagenInMaand(j, eind)),
    label: `Q${k} ${j}`,
  };
}
function maand(j: number, m: number): Periode {
  const van = isoDatum(j, m, 1);
  return {
    soort: 'maand',
    code: van.slice(0, 7),
    van,
    tot: isoDatum(j, m, dagenInMaand(j, m)),
    label: `${MAANDNAMEN[m - 1]} ${j}`,
  };
}
function dag(j: number, m: number, d: number): Periode {
  const code = isoDatum(j, m, d);
  return { soort: 'dag', code, van: code, tot: code, label: dagMaandJaar(j, m, d) };
}

/** Years outside this range are almost surely typos (a period 0225 or 20255). */
const JAAR_MIN = 1900;
const JAAR_MAX = 2100;

/**
 * Reads a period in contract form or as a CBS period code. Throws an Error with a Dutch message
 * (`Onbekende periode "2024KW05"`) when the text is no valid period.
 *
 * CBS codes: `JJ00` year, `KW01`–`KW04` quarter, `MM01`–`MM12` month. Other CBS kinds (half year
 * `HJ`, week `W1`, multi-year or irregular periods `X0`/`G0`) have no place in the contract and are
 * refused with the same message.
 */
export function parsePeriode(invoer: string): Periode {
  const p = probeerPeriode(invoer);
  if (!p) throw new Error(`Onbekende periode "${String(invoer).trim()}"`);
  return p;
}

/** Like `parsePeriode`, but gives `null` instead of an error. */
export function probeerPeriode(invoer: string): Periode | null {
  if (typeof invoer !== 'string') return null;
  const s = invoer.trim().toUpperCase();
  let r: RegExpExecArray | null;
  let p: Periode | null = null;
  if ((r = /^(\d{4})$/.exec(s))) p = jaar(Number(r[1]));
  else if ((r = /^(\d{4})JJ00$/.exec(s))) p = jaar(Number(r[1]));
  else if ((r = /^(\d{4})Q([1-4])$/.exec(s))) p = kwartaal(Number(r[1]), Number(r[2]));
  else if ((r = /^(\d{4})KW0([1-4])$/.exec(s))) p = kwartaal(Number(r[1]), Number(r[2]));
  else if ((r = /^(\d{4})-(\d{2})$/.exec(s)) || (r = /^(\d{4})MM(\d{2})$/.exec(s))) {
    const m = Number(r[2]);
    if (m >= 1 && m <= 12) p = maand(Number(r[1]), m);
  } else if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) p = geldigeDag(Number(r[1]), Number(r[2]), Number(r[3]));
  else if ((r = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) p = geldigeDag(Number(r[3]), Number(r[2]), Number(r[1]));
  if (!p) return null;
  const j = Number(p.van.slice(0, 4));
  return j >= JAAR_MIN && j <= JAAR_MAX ? p : null;
}

function geldigeDag(j: number, m: number, d: number): Periode | null {
  if (!isGeldigeDatum(j, m, d)) return null;
  return dag(j, m, d);
}

/** Contract form of a period: `normaliseerPeriode('2024KW01')` → `2024Q1`. */
export function normaliseerPeriode(invoer: string): string {
  return parsePeriode(invoer).code;
}

/** Sort order: by start date, on an equal start the shortest period first (month before quarter before year). */
export function vergelijkPerioden(a: Periode, b: Periode): number {
  if (a.van !== b.van) return a.van < b.van ? -1 : 1;
  if (a.tot !== b.tot) return a.tot < b.tot ? -1 : 1;
  return 0;
}

/** Whether the period is fully over at peildatum `p` (its last day is on or before `p`). */
export function periodeAfgeslotenOp(periode: Periode, p: Datum): boolean {
  return periode.tot <= p;
}

// ─── Areas ────────────────────────────────────────────────────────────────────────────────

export type GebiedSoort =
  | 'land'
  | 'landsdeel'
  | 'provincie'
  | 'corop'
  | 'gemeente'
  | 'wijk'
  | 'buurt'
  | 'ggdregio'
  | 'zorgkantoorregio'
  | 'veiligheidsregio'
  | 'arbeidsmarktregio'
  /** A region name from the region list (e.g. an IZA region), not a CBS code. */
  | 'regio';

export interface Gebied {
  soort: GebiedSoort;
  /** `NL`, a CBS code in capitals (`GM0363`), or the region name as in the region list. */
  code: string;
}

/** CBS prefixes with the number of digits that follow them. */
const CBS_CODES: Record<string, { soort: GebiedSoort; cijfers: number }> = {
  LD: { soort: 'landsdeel', cijfers: 2 },
  PV: { soort: 'provincie', cijfers: 2 },
  CR: { soort: 'corop', cijfers: 2 },
  GM: { soort: 'gemeente', cijfers: 4 },
  WK: { soort: 'wijk', cijfers: 6 },
  BU: { soort: 'buurt', cijfers: 8 },
  GG: { soort: 'ggdregio', cijfers: 4 },
  ZK: { soort: 'zorgkantoorregio', cijfers: 2 },
  VR: { soort: 'veiligheidsregio', cijfers: 2 },
  AM: { soort: 'arbeidsmarktregio', cijfers: 2 },
};

export interface GebiedOpties {
  /**
   * Allowed region names (the region list of the reference data). Without a list any name that does
   * not look like a code is taken as a region; with a list it must be in it (case-insensitive) and
   * the list's spelling comes back.
   */
  regionamen?: Iterable<string>;
}

/**
 * Reads an area: `NL` (also CBS `NL01`/`NL00`), a CBS code (`GM0363`, `PV27`, `GG3406`, …, also
 * with trailing spaces as CBS delivers them) or a region name. Throws `Onbekend gebied "…"`.
 */
export function parseGebied(invoer: string, opties: GebiedOpties = {}): Gebied {
  const g = probeerGebied(invoer, opties);
  if (!g) throw new Error(`Onbekend gebied "${String(invoer).trim()}"`);
  return g;
}

/** Like `parseGebied`, but gives `null` instead of an error. */
export function probeerGebied(invoer: string, opties: GebiedOpties = {}): Gebied | null {
  if (typeof invoer !== 'string') return null;
  const s = invoer.trim();
  if (s === '') return null;
  const hoofd = s.toUpperCase();
  if (hoofd === 'NL' || hoofd === 'NL00' || hoofd === 'NL01') return { soort: 'land', code: 'NL' };
  const r = /^([A-Z]{2})(\d+)$/.exec(hoofd);
  if (r) {
    const soort = CBS_CODES[r[1]];
    if (!soort || r[2].length !== soort.cijfers) return null;
    return { soort: soort.soort, code: hoofd };
  }
  // Looks like a code but is not one (e.g. "GM363a"): refuse rather than take it as a name.
  if (/^[A-Za-z]{2}\d/.test(s) && !/\s/.test(s)) return null;
  if (opties.regionamen) {
    const gezocht = s.toLocaleLowerCase('nl-NL');
    for (const naam of opties.regionamen) {
      if (naam.trim().toLocaleLowerCase('nl-NL') === gezocht) return { soort: 'regio', code: naam.trim() };
    }
    return null;
  }
  return { soort: 'regio', code: s };
}

/** Contract form of an area: `normaliseerGebied('NL01  ')` → `NL`. */
export function normaliseerGebied(invoer: string, opties: GebiedOpties = {}): string {
  return parseGebied(invoer, opties).code;
}
