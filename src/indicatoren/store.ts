// Indicator store (contract §2.6): definitions (metadata) and observations by periode × gebied ×
// dimensie. Every delivery is kept (bron_datum): the newest delivery of an observation is its
// value, older deliveries stay visible as revisions. Writing goes through the contract importer
// (src/invoer/importeren.ts), so CSV, XLSX and CBS all land through one upsert.
import type { Queryable } from '../platform/db.js';
import { parsePeriode, probeerPeriode, vergelijkPerioden, type Periode } from '../domein/perioden.js';

export interface IndicatorDefinitie {
  code: string;
  naam: string;
  eenheid: string | null;
  definitie: string | null;
  bron: string | null;
  norm: number | null;
  norm_omschrijving: string | null;
  hoger_is_beter: boolean | null;
}

export interface DefinitieMetTelling extends IndicatorDefinitie {
  /** Number of observations (newest delivery per key). */
  aantal: number;
  /** Newest bron_datum of any delivery (YYYY-MM-DD) or null. */
  laatste_bron_datum: string | null;
}

export interface Waarneming {
  indicator: string;
  /** Contract form: `2025`, `2025Q1`, `2025-03`, `2025-03-31`. */
  periode: string;
  gebied: string;
  /** '' = no dimension. */
  dimensie: string;
  waarde: number | null;
  bron_datum: string | null;
}

export interface Revisie extends Waarneming {
  /** The value that replaced it (the newest delivery of the same key). */
  huidige_waarde: number | null;
  huidige_bron_datum: string | null;
}

interface RuweDefinitie extends Omit<IndicatorDefinitie, 'norm'> {
  norm: string | null;
}
interface RuweWaarneming extends Omit<Waarneming, 'waarde'> {
  waarde: string | null;
}

const getal = (s: string | null): number | null => (s === null ? null : Number(s));

function definitieVan(r: RuweDefinitie): IndicatorDefinitie {
  return {
    code: r.code,
    naam: r.naam,
    eenheid: r.eenheid,
    definitie: r.definitie,
    bron: r.bron,
    norm: getal(r.norm),
    norm_omschrijving: r.norm_omschrijving,
    hoger_is_beter: r.hoger_is_beter,
  };
}

const DEF_KOLOMMEN = 'd.code, d.naam, d.eenheid, d.definitie, d.bron, d.norm::text AS norm, d.norm_omschrijving, d.hoger_is_beter';

/** All definitions, by code, with how many observations each has. */
export async function alleDefinities(db: Queryable): Promise<DefinitieMetTelling[]> {
  const rijen = await db.query<RuweDefinitie & { aantal: number; laatste_bron_datum: string | null }>(
    `SELECT ${DEF_KOLOMMEN},
            (SELECT count(DISTINCT (i.periode, i.gebied, i.dimensie))::int FROM indicatoren i WHERE i.indicator = d.code) AS aantal,
            (SELECT max(i.bron_datum) FROM indicatoren i WHERE i.indicator = d.code) AS laatste_bron_datum
       FROM indicator_definities d ORDER BY d.code`,
  );
  return rijen.map((r) => ({ ...definitieVan(r), aantal: r.aantal, laatste_bron_datum: r.laatste_bron_datum }));
}

export async function definitie(db: Queryable, code: string): Promise<IndicatorDefinitie | null> {
  const [r] = await db.query<RuweDefinitie>(`SELECT ${DEF_KOLOMMEN} FROM indicator_definities d WHERE d.code = $1`, [code]);
  return r ? definitieVan(r) : null;
}

export interface WaarnemingFilter {
  /** Only what was delivered on or before this date (bron_datum ≤ P; rows without bron_datum always count). */
  bekendOp?: string;
  gebied?: string;
  dimensie?: string;
}

function filterSql(f: WaarnemingFilter, params: unknown[]): string {
  const delen: string[] = [];
  if (f.bekendOp) {
    params.push(f.bekendOp);
    delen.push(`bron_datum_sleutel <= $${params.length}`);
  }
  if (f.gebied !== undefined) {
    params.push(f.gebied);
    delen.push(`gebied = $${params.length}`);
  }
  if (f.dimensie !== undefined) {
    params.push(f.dimensie);
    delen.push(`dimensie = $${params.length}`);
  }
  return delen.map((d) => ` AND ${d}`).join('');
}

const periodeCache = new Map<string, Periode>();
/** The parsed periode of a stored code (stored codes are always valid: the importer checked them). */
export function periodeVan(code: string): Periode {
  let p = periodeCache.get(code);
  if (!p) {
    p = probeerPeriode(code) ?? parsePeriode(code);
    periodeCache.set(code, p);
  }
  return p;
}

/** Sorts observations by periode (time order), then gebied, then dimensie. */
export function sorteerWaarnemingen<T extends Waarneming>(rijen: T[]): T[] {
  return [...rijen].sort(
    (a, b) =>
      vergelijkPerioden(periodeVan(a.periode), periodeVan(b.periode)) ||
      a.gebied.localeCompare(b.gebied) ||
      a.dimensie.localeCompare(b.dimensie, 'nl'),
  );
}

/**
 * The observations of one indicator: per key (periode + gebied + dimensie) the newest delivery
 * (highest bron_datum; a row without bron_datum loses against a dated one), sorted in time order.
 */
export async function waarnemingen(db: Queryable, indicator: string, f: WaarnemingFilter = {}): Promise<Waarneming[]> {
  const params: unknown[] = [indicator];
  const rijen = await db.query<RuweWaarneming>(
    `SELECT DISTINCT ON (periode, gebied, dimensie) indicator, periode, gebied, dimensie, waarde::text AS waarde,
            to_char(bron_datum, 'YYYY-MM-DD') AS bron_datum
       FROM indicatoren WHERE indicator = $1${filterSql(f, params)}
      ORDER BY periode, gebied, dimensie, bron_datum_sleutel DESC, volgnr DESC`,
    params,
  );
  return sorteerWaarnemingen(rijen.map((r) => ({ ...r, waarde: getal(r.waarde) })));
}

/** Older deliveries that a newer one replaced, with the value that replaced them. */
export async function revisies(db: Queryable, indicator: string, f: WaarnemingFilter = {}): Promise<Revisie[]> {
  const params: unknown[] = [indicator];
  const rijen = await db.query<RuweWaarneming & { huidige_waarde: string | null; huidige_bron_datum: string | null }>(
    `WITH alle AS (
       SELECT indicator, periode, gebied, dimensie, waarde, bron_datum,
              row_number() OVER (PARTITION BY periode, gebied, dimensie ORDER BY bron_datum_sleutel DESC, volgnr DESC) AS rang,
              first_value(waarde) OVER (PARTITION BY periode, gebied, dimensie ORDER BY bron_datum_sleutel DESC, volgnr DESC) AS huidige_waarde,
              first_value(bron_datum) OVER (PARTITION BY periode, gebied, dimensie ORDER BY bron_datum_sleutel DESC, volgnr DESC) AS huidige_bron_datum
         FROM indicatoren WHERE indicator = $1${filterSql(f, params)})
     SELECT indicator, periode, gebied, dimensie, waarde::text AS waarde, to_char(bron_datum, 'YYYY-MM-DD') AS bron_datum,
            huidige_waarde::text AS huidige_waarde, to_char(huidige_bron_datum, 'YYYY-MM-DD') AS huidige_bron_datum
       FROM alle WHERE rang > 1
      ORDER BY periode, gebied, dimensie, bron_datum DESC NULLS LAST`,
    params,
  );
  return sorteerWaarnemingen(
    rijen.map((r) => ({ ...r, waarde: getal(r.waarde), huidige_waarde: getal(r.huidige_waarde) })),
  );
}

/** The latest periode (in time) among observations, or null. */
export function laatstePeriode(rijen: Waarneming[]): Periode | null {
  let beste: Periode | null = null;
  for (const r of rijen) {
    const p = periodeVan(r.periode);
    if (!beste || vergelijkPerioden(p, beste) > 0 || (p.tot > beste.tot)) beste = p;
  }
  return beste;
}

/** The newest bron_datum among observations, or null. */
export function laatsteBronDatum(rijen: Waarneming[]): string | null {
  let d: string | null = null;
  for (const r of rijen) if (r.bron_datum && (!d || r.bron_datum > d)) d = r.bron_datum;
  return d;
}
