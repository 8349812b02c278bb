// SQL of the regions part: the classifications, the toetsen and plans at a peildatum, and the
// indicator observations (newest delivery per key) that a regiobeeld shows.
import type { Queryable } from '../platform/db.js';
import { regioboekUitDb } from '../kern/regios.js';
import { toestandSql } from '../kern/toestand.js';
import { SNELLE_TOETSEN, TRANSFORMATIEPLANNEN } from '../kern/contract/bestandstypen.js';
import type { Regioboek } from '../domein/regios.js';

export function regioboek(db: Queryable, peildatum?: string): Promise<Regioboek> {
  return regioboekUitDb(db, peildatum);
}

export interface ToetsRij {
  id: string;
  titel: string | null;
  status: string | null;
  regios: string[] | null;
  ingediend_op: string | null;
}

export interface PlanRij {
  id: string;
  snelle_toets_id: string | null;
  titel: string | null;
  status: string | null;
  bedrag_aangevraagd_eur: number | null;
  bedrag_beschikbaar_gesteld_eur: number | null;
}

/** Every snelle toets at the peildatum with its regions. */
export async function toetsenOp(db: Queryable, peildatum: string): Promise<ToetsRij[]> {
  return db.query<ToetsRij>(
    `SELECT id, titel, status, regios, to_char(ingediend_op, 'YYYY-MM-DD') AS ingediend_op
       FROM (${toestandSql(SNELLE_TOETSEN, ['titel', 'status', 'regios', 'ingediend_op'], '', { metData: false })}) t ORDER BY id`,
    [peildatum],
  );
}

/** Every plan at the peildatum (amounts as numbers). */
export async function plannenOp(db: Queryable, peildatum: string): Promise<PlanRij[]> {
  const rijen = await db.query<PlanRij>(
    `SELECT id, snelle_toets_id, titel, status, bedrag_aangevraagd_eur, bedrag_beschikbaar_gesteld_eur
       FROM (${toestandSql(TRANSFORMATIEPLANNEN, ['snelle_toets_id', 'titel', 'status', 'bedrag_aangevraagd_eur', 'bedrag_beschikbaar_gesteld_eur'], '', { metData: false })}) p ORDER BY id`,
    [peildatum],
  );
  return rijen.map((r) => ({
    ...r,
    bedrag_aangevraagd_eur: r.bedrag_aangevraagd_eur === null ? null : Number(r.bedrag_aangevraagd_eur),
    bedrag_beschikbaar_gesteld_eur: r.bedrag_beschikbaar_gesteld_eur === null ? null : Number(r.bedrag_beschikbaar_gesteld_eur),
  }));
}

export interface Waarneming {
  indicator: string;
  naam: string;
  eenheid: string | null;
  periode: string;
  gebied: string;
  dimensie: string;
  waarde: number | null;
  bron_datum: string | null;
}

/**
 * Observations without a dimension, newest delivery per key, known at the peildatum (bron_datum on or
 * before it, or without bron_datum), for the given gebied values.
 */
export async function waarnemingenVoor(db: Queryable, gebieden: string[], peildatum: string): Promise<Waarneming[]> {
  if (gebieden.length === 0) return [];
  const rijen = await db.query<Waarneming>(
    `SELECT DISTINCT ON (i.indicator, i.periode, i.gebied)
            i.indicator, d.naam, d.eenheid, i.periode, i.gebied, i.dimensie, i.waarde, to_char(i.bron_datum, 'YYYY-MM-DD') AS bron_datum
       FROM indicatoren i JOIN indicator_definities d ON d.code = i.indicator
      WHERE i.gebied = ANY($1::text[]) AND i.dimensie = '' AND (i.bron_datum IS NULL OR i.bron_datum <= $2::date)
      ORDER BY i.indicator, i.periode, i.gebied, i.bron_datum_sleutel DESC`,
    [gebieden, peildatum],
  );
  return rijen.map((r) => ({ ...r, waarde: r.waarde === null ? null : Number(r.waarde) }));
}

/** The distinct gebied values of every indicator (to settle region names per indicator). */
export async function gebiedenPerIndicator(db: Queryable): Promise<Map<string, string[]>> {
  const rijen = await db.query<{ indicator: string; gebieden: string[] }>(
    `SELECT indicator, array_agg(DISTINCT gebied) AS gebieden FROM indicatoren GROUP BY indicator`,
  );
  return new Map(rijen.map((r) => [r.indicator, r.gebieden]));
}

export interface IndicatorKeuze {
  code: string;
  naam: string;
  eenheid: string | null;
}

/** Indicators with values for some area other than NL (without dimension): those a map can show. */
export async function indicatorenMetGebieden(db: Queryable): Promise<IndicatorKeuze[]> {
  return db.query<IndicatorKeuze>(
    `SELECT d.code, d.naam, d.eenheid FROM indicator_definities d
      WHERE EXISTS (SELECT 1 FROM indicatoren i WHERE i.indicator = d.code AND i.dimensie = '' AND i.gebied <> 'NL')
      ORDER BY d.naam`,
  );
}

/** Every observation of one indicator without dimension, newest delivery per key, known at the peildatum. */
export async function waarnemingenVan(db: Queryable, indicator: string, peildatum: string): Promise<{ gebied: string; periode: string; waarde: number | null }[]> {
  const rijen = await db.query<{ gebied: string; periode: string; waarde: number | string | null }>(
    `SELECT DISTINCT ON (periode, gebied) gebied, periode, waarde FROM indicatoren
      WHERE indicator = $1 AND dimensie = '' AND (bron_datum IS NULL OR bron_datum <= $2::date)
      ORDER BY periode, gebied, bron_datum_sleutel DESC`,
    [indicator, peildatum],
  );
  return rijen.map((r) => ({ ...r, waarde: r.waarde === null ? null : Number(r.waarde) }));
}

export interface RegioplanRegel {
  soort: string;
  status: string;
  datum: string;
  mandaatgemeente: string | null;
  bron: string;
  toelichting: string | null;
}

/** Every recorded state of the plans of one region (regioplannen), oldest first. */
export async function regioplannenVan(db: Queryable, indeling: string, code: string): Promise<RegioplanRegel[]> {
  return db.query<RegioplanRegel>(
    `SELECT soort, status, to_char(datum, 'YYYY-MM-DD') AS datum, mandaatgemeente, bron, toelichting
       FROM regioplannen WHERE indeling = $1 AND regio_code = $2 ORDER BY datum, soort`,
    [indeling, code],
  );
}
