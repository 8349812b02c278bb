// Deadline texts as they appear in the agreements ("Q3 2025", "binnen 6 maanden", "uiterlijk 1/1/26"),
// part 1: the types of an interpretation, date arithmetic, the vocabulary and recognising one date
// expression ("eind Q1 2026", "1/10/2025", "voorjaar 2027"). Pure: no clock, no I/O.

import type { Datum } from './begrippen.js';
import { dagenInMaand, isGeldigeDatum, isoDatum, MAANDNAMEN } from './kalender.js';

export type DeadlinePrecisie =
  | 'dag'
  | 'maand'
  | 'kwartaal'
  | 'seizoen'
  | 'halfjaar'
  | 'jaar'
  | 'meerjarig'
  | 'relatief'
  | 'gebeurtenis'
  | 'doorlopend'
  | 'onbekend';

export type DeadlineSoort = 'deadline' | 'start' | 'periode' | 'gebeurtenis' | 'doorlopend' | 'onbekend';

export interface DeadlineInterpretatie {
  /** The text as written. */
  tekst: string;
  /** Start of the range; null = open start (e.g. "uiterlijk") or unknown. */
  van: Datum | null;
  /** Date by which it must be done (end of the range); null = unknown or open end. */
  tot: Datum | null;
  precisie: DeadlinePrecisie;
  /** "vanaf 2026" is a start, "t/m 2028" a period; only a `deadline` can expire. */
  soort: DeadlineSoort;
  /** Dutch explanation for users. */
  omschrijving: string;
  /** With several terms in one cell: each one; the main range spans them all. */
  mijlpalen: DeadlineInterpretatie[];
  /** The text names contradicting terms (e.g. "(tijdpad: …)" with another date). */
  tegenstrijdig: boolean;
}

export interface DeadlineOpties {
  /** Anchor of "binnen n maanden" (e.g. the signing); null/absent = unknown. */
  anker?: Datum | null;
  /** Date of "per direct"; also the reference for terms without a year. */
  vandaag?: Datum;
}

export type DeadlineStatus = 'verlopen' | 'binnenkort' | 'op-tijd' | 'geen-datum';

// ---------------------------------------------------------------------------------------------
// Date arithmetic on 'YYYY-MM-DD' (UTC, so time zones shift nothing)

export function eersteVan(j: number, m: number): Datum {
  return isoDatum(j, m, 1);
}

export function laatsteVan(j: number, m: number): Datum {
  return isoDatum(j, m, dagenInMaand(j, m));
}

export function ontleed(d: Datum): [number, number, number] {
  const [j, m, dag] = d.split('-').map(Number);
  return [j, m, dag];
}

/** n months later; 31 August + 6 months = 28/29 February (not running on into March). */
export function plusMaanden(d: Datum, n: number): Datum {
  const [j, m, dag] = ontleed(d);
  const totaal = j * 12 + (m - 1) + n;
  const nj = Math.floor(totaal / 12);
  const nm = (totaal % 12) + 1;
  return isoDatum(nj, nm, Math.min(dag, dagenInMaand(nj, nm)));
}

export function dagenTussen(a: Datum, b: Datum): number {
  const [ja, ma, da] = ontleed(a);
  const [jb, mb, db] = ontleed(b);
  return Math.round((Date.UTC(jb, mb - 1, db) - Date.UTC(ja, ma - 1, da)) / 86_400_000);
}

export function jaarVan(d: Datum): number {
  return Number(d.slice(0, 4));
}


// ---------------------------------------------------------------------------------------------
// Vocabulary

const MAAND_AFKORTINGEN: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MAAND_NUMMER: Record<string, number> = { ...MAAND_AFKORTINGEN };
MAANDNAMEN.forEach((n, i) => (MAAND_NUMMER[n] = i + 1));

// Longest first, so "september" is not read as "sep" + "tember".
const MAAND_RE = Object.keys(MAAND_NUMMER)
  .sort((a, b) => b.length - a.length)
  .join('|');

const RANGTELWOORD: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

export const TELWOORD: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  achttien: 18,
  vierentwintig: 24,
};

// Seasons as month ranges; winter Y = December Y through February Y+1 (meteorological, starts in Y).
const SEIZOENEN: Record<string, { naam: string; van: number; tot: number }> = {
  voorjaar: { naam: 'voorjaar', van: 3, tot: 5 },
  lente: { naam: 'voorjaar', van: 3, tot: 5 },
  zomer: { naam: 'zomer', van: 6, tot: 8 },
  najaar: { naam: 'najaar', van: 9, tot: 11 },
  herfst: { naam: 'najaar', van: 9, tot: 11 },
  winter: { naam: 'winter', van: 12, tot: 14 },
};

// ---------------------------------------------------------------------------------------------
// One date expression ("eind Q1 2026", "1/10/2025", "voorjaar 2027")

type Modificatie = 'begin' | 'eind' | 'medio' | null;

interface Basis {
  /** First and last month (13+ = next year), or an exact day. */
  vanMaand: number;
  totMaand: number;
  dag?: number;
  precisie: DeadlinePrecisie;
}

export interface Treffer {
  start: number;
  eind: number;
  /** Range of the expression without modifier (for "uiterlijk eind 2025" = end of 2025). */
  basisVan: Datum | null;
  basisTot: Datum | null;
  /** Range with modifier ("eind 2025" = Q4 2025). */
  van: Datum | null;
  tot: Datum | null;
  precisie: DeadlinePrecisie;
  modificatie: Modificatie;
  jaarOnbekend: boolean;
  /** The year is in the expression itself (not from the rest of the cell or the anchor). */
  jaarInTekst: boolean;
}

export interface Context {
  /** Year from the rest of the cell, for "begin Q1" without a year. */
  jaar: number | null;
  /** Reference date (anchor or today) when the cell gives no year. */
  referentie: Datum | null;
}

const MOD = String.raw`(?:(begin|start van|eind|einde|medio|midden|halverwege)\s+(?:van\s+)?(?:het\s+|de\s+)?)?`;

const JAAR_ACHTER = String.raw`(?:\s+(?:van\s+)?(?:het\s+jaar\s+)?((?:19|20)\d{2})(?![\d/]))?`;

interface Patroon {
  re: RegExp;
  maak: (m: RegExpExecArray) => { basis: Basis; jaar: number | null; mod: Modificatie } | null;
}

function leesMod(s: string | undefined): Modificatie {
  if (!s) return null;
  if (s === 'begin' || s === 'start van') return 'begin';
  if (s === 'eind' || s === 'einde') return 'eind';
  return 'medio';
}

function leesJaar(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

const PATRONEN: Patroon[] = [
  {
    // 2025-10-01
    re: /(?<![\d/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])/g,
    maak: (m) => ({ basis: { vanMaand: +m[2], totMaand: +m[2], dag: +m[3], precisie: 'dag' }, jaar: +m[1], mod: null }),
  },
  {
    // 1/10/2025, 1-1-2027, 1/1/26, 1.4.2026 (day/month/year, as in the Netherlands)
    re: /(?<![\d/-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/-])/g,
    maak: (m) => ({
      basis: { vanMaand: +m[2], totMaand: +m[2], dag: +m[1], precisie: 'dag' },
      jaar: leesJaar(m[3]),
      mod: null,
    }),
  },
  {
    // 1 juli 2026, 1 okt. 2025, 1 oktober (year from context)
    re: new RegExp(String.raw`(?<![\d/])(\d{1,2})\s+(${MAAND_RE})\.?(?![a-z])(?:\s+((?:19|20)\d{2})(?![\d/]))?`, 'g'),
    maak: (m) => ({
      basis: { vanMaand: MAAND_NUMMER[m[2]], totMaand: MAAND_NUMMER[m[2]], dag: +m[1], precisie: 'dag' },
      jaar: leesJaar(m[3]),
      mod: null,
    }),
  },
  {
    // Q3 2025, Q4 van 2025, 3e kwartaal, het eerste kwartaal van 2026
    re: new RegExp(
      String.raw`(?<![a-z0-9])${MOD}(?:q([1-4])|([1-4])e\s+kwartaal|(eerste|tweede|derde|vierde)\s+kwartaal|kwartaal\s+([1-4]))(?![a-z0-9])${JAAR_ACHTER}`,
      'g',
    ),
    maak: (m) => {
      const k = Number(m[2] ?? m[3] ?? RANGTELWOORD[m[4]] ?? m[5]);
      return { basis: { vanMaand: 3 * k - 2, totMaand: 3 * k, precisie: 'kwartaal' }, jaar: leesJaar(m[6]), mod: leesMod(m[1]) };
    },
  },
  {
    // H1 2026, eerste helft van 2026
    re: new RegExp(
      String.raw`(?<![a-z0-9])${MOD}(?:h([12])|(eerste|tweede)\s+(?:helft|halfjaar|half\s+jaar))(?![a-z0-9])${JAAR_ACHTER}`,
      'g',
    ),
    maak: (m) => {
      const h = Number(m[2] ?? RANGTELWOORD[m[3]]);
      return { basis: { vanMaand: 6 * h - 5, totMaand: 6 * h, precisie: 'halfjaar' }, jaar: leesJaar(m[4]), mod: leesMod(m[1]) };
    },
  },
  {
    // voorjaar 2026, najaar 2025, zomer
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(voorjaar|lente|zomer|najaar|herfst|winter)(?![a-z0-9])${JAAR_ACHTER}`, 'g'),
    maak: (m) => {
      const s = SEIZOENEN[m[2]];
      return { basis: { vanMaand: s.van, totMaand: s.tot, precisie: 'seizoen' }, jaar: leesJaar(m[3]), mod: leesMod(m[1]) };
    },
  },
  {
    // oktober 2025, eind september 2026, sept. 2025
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(${MAAND_RE})\.?(?![a-z0-9])${JAAR_ACHTER}`, 'g'),
    maak: (m) => {
      const n = MAAND_NUMMER[m[2]];
      return { basis: { vanMaand: n, totMaand: n, precisie: 'maand' }, jaar: leesJaar(m[3]), mod: leesMod(m[1]) };
    },
  },
  {
    // 2025, eind 2025, begin 2027, medio 2027
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(?<![\d/-])((?:19|20)\d{2})(?![\d/-])`, 'g'),
    maak: (m) => ({ basis: { vanMaand: 1, totMaand: 12, precisie: 'jaar' }, jaar: +m[2], mod: leesMod(m[1]) }),
  },
];

function maandDatum(j: number, maand: number, eerste: boolean): Datum {
  const jj = j + Math.floor((maand - 1) / 12);
  const mm = ((maand - 1) % 12) + 1;
  return eerste ? eersteVan(jj, mm) : laatsteVan(jj, mm);
}

/** Applies begin/eind/medio to a month range; gives the new month range and the precision. */
function pasModToe(b: Basis, mod: Modificatie): { vanMaand: number; totMaand: number; precisie: DeadlinePrecisie } {
  const { vanMaand: a, totMaand: z, precisie } = b;
  if (!mod || b.dag !== undefined || precisie === 'maand') return { vanMaand: a, totMaand: z, precisie };
  if (precisie === 'jaar') {
    // Convention domain.md §3: begin = Q1, eind = Q4, medio = May through August.
    if (mod === 'begin') return { vanMaand: 1, totMaand: 3, precisie: 'kwartaal' };
    if (mod === 'eind') return { vanMaand: 10, totMaand: 12, precisie: 'kwartaal' };
    return { vanMaand: 5, totMaand: 8, precisie: 'kwartaal' };
  }
  if (precisie === 'halfjaar') {
    if (mod === 'begin') return { vanMaand: a, totMaand: a + 2, precisie: 'kwartaal' };
    if (mod === 'eind') return { vanMaand: z - 2, totMaand: z, precisie: 'kwartaal' };
    return { vanMaand: a + 2, totMaand: a + 3, precisie: 'maand' };
  }
  // quarter or season (three months): first, last or middle month.
  if (mod === 'begin') return { vanMaand: a, totMaand: a, precisie: 'maand' };
  if (mod === 'eind') return { vanMaand: z, totMaand: z, precisie: 'maand' };
  return { vanMaand: a + 1, totMaand: a + 1, precisie: 'maand' };
}

function maakTreffer(m: RegExpExecArray, p: Patroon, ctx: Context): Treffer | null {
  const r = p.maak(m);
  if (!r) return null;
  const { basis, mod } = r;
  const bereken = (j: number) => {
    if (basis.dag !== undefined) {
      if (!isGeldigeDatum(j, basis.vanMaand, basis.dag)) return null;
      const d = isoDatum(j, basis.vanMaand, basis.dag);
      return { basisVan: d, basisTot: d, van: d, tot: d, precisie: 'dag' as DeadlinePrecisie };
    }
    const mm = pasModToe(basis, mod);
    return {
      basisVan: maandDatum(j, basis.vanMaand, true),
      basisTot: maandDatum(j, basis.totMaand, false),
      van: maandDatum(j, mm.vanMaand, true),
      tot: maandDatum(j, mm.totMaand, false),
      precisie: mm.precisie,
    };
  };
  let jaar = r.jaar;
  let jaarOnbekend = false;
  if (jaar === null) {
    if (ctx.jaar !== null) jaar = ctx.jaar;
    else if (ctx.referentie) {
      // Without a year: the next occurrence that ends on or after the reference date.
      jaar = jaarVan(ctx.referentie);
      const eerst = bereken(jaar);
      if (eerst && eerst.tot < ctx.referentie) jaar += 1;
    } else jaarOnbekend = true;
  }
  const start = m.index;
  const eind = m.index + m[0].length;
  if (jaar === null || jaarOnbekend) {
    const mm = pasModToe(basis, mod);
    return {
      start,
      eind,
      basisVan: null,
      basisTot: null,
      van: null,
      tot: null,
      precisie: mm.precisie,
      modificatie: mod,
      jaarOnbekend: true,
      jaarInTekst: false,
    };
  }
  const b = bereken(jaar);
  if (!b) return null;
  return { start, eind, ...b, modificatie: mod, jaarOnbekend, jaarInTekst: r.jaar !== null };
}

/** First date expression in the text (on an equal start the longest). */
export function vindDatum(s: string, ctx: Context): Treffer | null {
  let beste: Treffer | null = null;
  for (const p of PATRONEN) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s)) !== null) {
      const t = maakTreffer(m, p, ctx);
      if (t && (!beste || t.start < beste.start || (t.start === beste.start && t.eind > beste.eind))) beste = t;
      if (t) break;
    }
  }
  return beste;
}
