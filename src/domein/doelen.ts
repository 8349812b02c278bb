// Transition goals and other quantified AZWA targets (file type `doelen`, docs/contract/doelen.md).
// Pure: no clock, no I/O. The path from baseline to target is a straight line in time (days); the
// latest measurement is the newest observation of the goal's indicators in the goal's unit.
import type { Datum } from './begrippen.js';
import { probeerPeriode } from './perioden.js';

/** How the target is meant: at least, at most, about (the AZWA writes "minimaal", "maximaal", "circa"). */
export const STREEFWAARDE_SOORTEN = ['minimaal', 'maximaal', 'circa'] as const;
export type StreefwaardeSoort = (typeof STREEFWAARDE_SOORTEN)[number];
/** Empty in the file: the target is written without "minimaal", "maximaal" or "circa". */

/** The transition goals a goal can serve (002 r. 952-982). */
export const TRANSITIEDOELEN = ['TD1', 'TD2'] as const;

export interface Doel {
  code: string;
  titel: string;
  transitiedoel: string | null;
  bovenliggend: string | null;
  eenheid: string;
  streefwaarde_soort: StreefwaardeSoort | null;
  basis_waarde: number | null;
  basis_datum: Datum | null;
  streefwaarde: number;
  streef_datum: Datum;
  indicatoren: string[];
  afspraken: string[];
  bron_document: string | null;
  bron_regels: string | null;
}

export interface Waarneming {
  indicator: string;
  periode: string;
  gebied: string;
  dimensie: string | null;
  waarde: number | null;
  bron_datum: Datum | null;
}

export interface Meting {
  indicator: string;
  periode: string;
  /** The last day of the period: where the measurement sits on the time axis. */
  datum: Datum;
  waarde: number;
  bron_datum: Datum | null;
}

function dagnummer(d: Datum): number {
  const [j, m, dag] = d.split('-').map(Number);
  return Date.UTC(j, m - 1, dag) / 86_400_000;
}

/**
 * The value the straight path from baseline to target gives at `datum`. Null when the goal has no
 * baseline value or date (then there is no path, only a target). Before the baseline: null; after
 * the target date: the target.
 */
export function padWaarde(doel: Pick<Doel, 'basis_waarde' | 'basis_datum' | 'streefwaarde' | 'streef_datum'>, datum: Datum): number | null {
  if (doel.basis_waarde === null || doel.basis_datum === null) return null;
  if (datum < doel.basis_datum) return null;
  if (datum >= doel.streef_datum) return doel.streefwaarde;
  const totaal = dagnummer(doel.streef_datum) - dagnummer(doel.basis_datum);
  if (totaal <= 0) return doel.streefwaarde;
  const deel = (dagnummer(datum) - dagnummer(doel.basis_datum)) / totaal;
  return doel.basis_waarde + (doel.streefwaarde - doel.basis_waarde) * deel;
}

/** Higher is better when the target lies above the baseline, or (without baseline) for a "minimaal" target. */
export function hogerIsBeter(doel: Pick<Doel, 'basis_waarde' | 'streefwaarde' | 'streefwaarde_soort'>): boolean {
  if (doel.basis_waarde !== null && doel.basis_waarde !== doel.streefwaarde) return doel.streefwaarde > doel.basis_waarde;
  return doel.streefwaarde_soort !== 'maximaal';
}

/**
 * Which of a goal's indicators measure it in its own unit (their values go on the path chart) and which
 * are related indicators in another unit (e.g. waiting times in weeks for "everyone within the norm").
 */
export function splitsIndicatoren(
  doel: Pick<Doel, 'eenheid' | 'indicatoren'>,
  definities: readonly { code: string; eenheid: string | null }[],
): { meten: string[]; verwant: string[] } {
  const eenheid = new Map(definities.map((d) => [d.code, (d.eenheid ?? '').trim().toLowerCase()]));
  const meten: string[] = [];
  const verwant: string[] = [];
  for (const c of doel.indicatoren) (eenheid.get(c) === doel.eenheid.trim().toLowerCase() ? meten : verwant).push(c);
  return { meten, verwant };
}

/**
 * The measurements of a goal: national observations (gebied NL, no dimensie) of its indicators with a
 * value, known at peildatum (bron_datum ≤ P when given, period started ≤ P), one per indicator and
 * period (the newest bron_datum wins), sorted in time.
 */
export function metingen(waarnemingen: readonly Waarneming[], indicatoren: readonly string[], peildatum: Datum): Meting[] {
  const gekozen = new Map<string, Meting>();
  for (const w of waarnemingen) {
    if (!indicatoren.includes(w.indicator) || w.waarde === null) continue;
    if (w.gebied !== 'NL' || (w.dimensie !== null && w.dimensie !== '')) continue;
    if (w.bron_datum !== null && w.bron_datum > peildatum) continue;
    const p = probeerPeriode(w.periode);
    if (!p || p.van > peildatum) continue;
    const sleutel = `${w.indicator}|${p.code}`;
    const eerder = gekozen.get(sleutel);
    if (eerder && (eerder.bron_datum ?? '') >= (w.bron_datum ?? '')) continue;
    gekozen.set(sleutel, { indicator: w.indicator, periode: p.code, datum: p.tot, waarde: w.waarde, bron_datum: w.bron_datum });
  }
  return [...gekozen.values()].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.indicator < b.indicator ? -1 : 1));
}

/** The newest measurement (latest period end; then the newest bron_datum), or null: "nog geen meting". */
export function laatsteMeting(lijst: readonly Meting[]): Meting | null {
  let beste: Meting | null = null;
  for (const m of lijst) {
    if (!beste || m.datum > beste.datum || (m.datum === beste.datum && (m.bron_datum ?? '') > (beste.bron_datum ?? ''))) beste = m;
  }
  return beste;
}

export type Voortgang = 'geen-meting' | 'geen-pad' | 'op-pad' | 'achter' | 'gehaald';

/**
 * How a measurement stands against the goal: `gehaald` when the target is reached (in the goal's
 * direction), `op-pad` when it is at or beyond the path value at the measurement's date, `achter`
 * otherwise; `geen-pad` without a baseline (and target not yet reached).
 */
export function voortgang(doel: Doel, meting: Meting | null): Voortgang {
  if (!meting) return 'geen-meting';
  const hoger = hogerIsBeter(doel);
  const beter = (a: number, b: number) => (hoger ? a >= b : a <= b);
  if (beter(meting.waarde, doel.streefwaarde)) return 'gehaald';
  const pad = padWaarde(doel, meting.datum);
  if (pad === null) return 'geen-pad';
  return beter(meting.waarde, pad) ? 'op-pad' : 'achter';
}

export interface ClusterSom {
  ouder: string;
  streefwaarde: number;
  som: number;
  kinderen: string[];
  klopt: boolean;
}

/**
 * Per goal with sub-goals in the same unit: the sum of the sub-goals' targets against its own target
 * (TD1-AZWA: 20.000 + 8.000 + 5.000 + 4.000 + 3.000 = 40.000, 002 r. 1091-1093 and r. 1177-1358).
 */
export function clusterSommen(doelen: readonly Doel[]): ClusterSom[] {
  const uit: ClusterSom[] = [];
  for (const ouder of doelen) {
    const kinderen = doelen.filter((d) => d.bovenliggend === ouder.code && d.eenheid === ouder.eenheid);
    if (kinderen.length === 0) continue;
    const som = kinderen.reduce((s, d) => s + d.streefwaarde, 0);
    uit.push({ ouder: ouder.code, streefwaarde: ouder.streefwaarde, som, kinderen: kinderen.map((k) => k.code), klopt: som === ouder.streefwaarde });
  }
  return uit;
}

/** Goals whose parent chain loops (a → b → a); the importer refuses them. */
export function kringInOuders(doelen: readonly Pick<Doel, 'code' | 'bovenliggend'>[]): string[] {
  const ouderVan = new Map(doelen.map((d) => [d.code, d.bovenliggend]));
  const fout: string[] = [];
  for (const d of doelen) {
    const gezien = new Set<string>([d.code]);
    let o = d.bovenliggend;
    while (o) {
      if (gezien.has(o)) {
        fout.push(d.code);
        break;
      }
      gezien.add(o);
      o = ouderVan.get(o) ?? null;
    }
  }
  return fout;
}
