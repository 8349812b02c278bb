// Perioden en gebieden van indicatorwaarden (contract §2.6). Puur: geen I/O.
//
// Een periode komt binnen in de vorm van het contract (`2025`, `2025Q1`, `2025-03`, `2025-03-31`,
// ook `31-03-2025`) of als CBS-periodecode (`2024JJ00`, `2024KW01`, `2024MM03`, CBS kan ze met
// spaties aanvullen). Intern en in de database staat altijd de contractvorm (`code`).

import type { Datum } from './begrippen.js';
import { dagenInMaand, dagMaandJaar, isGeldigeDatum, isoDatum, MAANDNAMEN } from './kalender.js';

export type PeriodeSoort = 'jaar' | 'kwartaal' | 'maand' | 'dag';

export interface Periode {
  soort: PeriodeSoort;
  /** Contractvorm: `2025`, `2025Q1`, `2025-03` of `2025-03-31`. */
  code: string;
  /** Eerste dag (YYYY-MM-DD). */
  van: Datum;
  /** Laatste dag, inclusief (YYYY-MM-DD). */
  tot: Datum;
  /** Voor mensen: `2024`, `Q1 2024`, `maart 2024`, `31 maart 2024`. */
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

/** Jaren buiten dit bereik zijn vrijwel zeker tikfouten (een periode 0225 of 20255). */
const JAAR_MIN = 1900;
const JAAR_MAX = 2100;

/**
 * Leest een periode in contractvorm of als CBS-periodecode. Gooit een Error met een Nederlandse
 * melding (`Onbekende periode "2024KW05"`) als de tekst geen geldige periode is.
 *
 * CBS-codes: `JJ00` jaar, `KW01`–`KW04` kwartaal, `MM01`–`MM12` maand. Andere CBS-soorten
 * (halfjaar `HJ`, week `W1`, meerjarige of afwijkende perioden `X0`/`G0`) hebben geen plaats
 * in het contract en worden geweigerd met dezelfde melding.
 */
export function parsePeriode(invoer: string): Periode {
  const p = probeerPeriode(invoer);
  if (!p) throw new Error(`Onbekende periode "${String(invoer).trim()}"`);
  return p;
}

/** Als `parsePeriode`, maar geeft `null` in plaats van een fout. */
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

/** Contractvorm van een periode: `normaliseerPeriode('2024KW01')` → `2024Q1`. */
export function normaliseerPeriode(invoer: string): string {
  return parsePeriode(invoer).code;
}

/** Sorteervolgorde: eerst op begindatum, bij gelijke start de kortste periode eerst (maand vóór kwartaal vóór jaar). */
export function vergelijkPerioden(a: Periode, b: Periode): number {
  if (a.van !== b.van) return a.van < b.van ? -1 : 1;
  if (a.tot !== b.tot) return a.tot < b.tot ? -1 : 1;
  return 0;
}

/** Of de periode helemaal voorbij is op peildatum `p` (de laatste dag valt op of vóór `p`). */
export function periodeAfgeslotenOp(periode: Periode, p: Datum): boolean {
  return periode.tot <= p;
}

// ─── Gebieden ────────────────────────────────────────────────────────────────────────────────

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
  /** Een regionaam uit de regiolijst (bijv. een IZA-regio), geen CBS-code. */
  | 'regio';

export interface Gebied {
  soort: GebiedSoort;
  /** `NL`, een CBS-code in hoofdletters (`GM0363`), of de regionaam zoals in de regiolijst. */
  code: string;
}

/** CBS-voorvoegsels met het aantal cijfers dat erachter hoort. */
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
   * Toegestane regionamen (de regiolijst uit de referentiedata). Zonder lijst wordt elke naam die
   * niet op een code lijkt als regio aangenomen; met lijst moet hij erin staan (hoofdletterongevoelig)
   * en komt de spelling van de lijst terug.
   */
  regionamen?: Iterable<string>;
}

/**
 * Leest een gebied: `NL` (ook CBS `NL01`/`NL00`), een CBS-code (`GM0363`, `PV27`, `GG3406`, …,
 * ook met spaties erachter zoals CBS ze levert) of een regionaam. Gooit `Onbekend gebied "…"`.
 */
export function parseGebied(invoer: string, opties: GebiedOpties = {}): Gebied {
  const g = probeerGebied(invoer, opties);
  if (!g) throw new Error(`Onbekend gebied "${String(invoer).trim()}"`);
  return g;
}

/** Als `parseGebied`, maar geeft `null` in plaats van een fout. */
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
  // Lijkt op een code maar is het niet (bijv. "GM363a"): liever weigeren dan als naam aannemen.
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

/** Contractvorm van een gebied: `normaliseerGebied('NL01  ')` → `NL`. */
export function normaliseerGebied(invoer: string, opties: GebiedOpties = {}): string {
  return parseGebied(invoer, opties).code;
}
