// Kerncijfers at a peildatum (contract §3–4): computed from the records, or a frozen snapshot.
import type { Queryable } from '../platform/db.js';
import { geldigOp, toestandBekendSql, toestandSql } from './toestand.js';
import { ACTIES, KPIS, SNELLE_TOETSEN, TRANSFORMATIEPLANNEN } from './contract/bestandstypen.js';
import { telActies, telSnelleToetsen, telTransformatieplannen, type ActieToestand, type PlanToestand, type ToetsToestand } from '../domein/kerncijfers.js';
import { berekenTransformatiemiddelen, type KpiStand, type PlanStand } from '../domein/transformatiemiddelen.js';
import { berekenKader, type KaderRij } from '../domein/kaders.js';
import type { Kerncijfers } from './kerncijfers-schema.js';
import { KADER_SECTOREN } from '../domein/begrippen.js';
import { snapshotIsOpenbaar, snapshotOp } from './snapshots.js';
import { buitenEmbargoSql } from './embargo.js';

export interface KerncijferOpties {
  akkoord?: 'IZA' | 'AZWA';
  /** Overrides the previous peildatum for afgerond_sinds_vorige. */
  sinds?: string;
  /**
   * For readers without 'embargo.lezen': the day on which embargoes are judged. Kader stands under
   * embargo on that day are left out (the newest stand not under embargo counts instead).
   */
  embargoOp?: string;
  /** The kader rows of this peildatum (and embargo) when the caller has read them already. */
  kaderRijen?: KaderRij[];
  /** The actions as registered by this moment (a publication, kern/publicatie.ts): what the public sees. */
  bekendOp?: string | null;
  /** Treat the snapshot of a round that is not gepubliceerd as absent (readers without concept.lezen). */
  alleenGepubliceerd?: boolean;
}

export async function actieToestanden(db: Queryable, peildatum: string, akkoord?: string, bekendOp?: string | null): Promise<ActieToestand[]> {
  const params: unknown[] = akkoord ? [peildatum, akkoord] : [peildatum];
  const extra = akkoord ? 'AND t_akkoord = $2' : '';
  if (bekendOp) {
    params.push(bekendOp);
    return db.query<ActieToestand>(toestandBekendSql(ACTIES, ['akkoord', 'onderdeel', 'status'], `$${params.length}`, extra, { metData: false }), params);
  }
  return db.query<ActieToestand>(toestandSql(ACTIES, ['akkoord', 'onderdeel', 'status'], extra, { metData: false }), params);
}

/**
 * The states of actieToestanden grouped for counting (telActies): one row per akkoord, onderdeel and status
 * with its number of actions, except that Afgerond actions keep a row each (afgerond_sinds_vorige compares
 * codes). At 2,630 actions some 700 rows leave the database instead of 2,630.
 */
async function actieGroepen(db: Queryable, peildatum: string, akkoord?: string, bekendOp?: string | null, alleenAfgerond = false): Promise<ActieToestand[]> {
  const params: unknown[] = akkoord ? [peildatum, akkoord] : [peildatum];
  const extra = `${akkoord ? 'AND t_akkoord = $2' : ''}${alleenAfgerond ? ` AND status = 'Afgerond'` : ''}`;
  if (bekendOp) params.push(bekendOp);
  const bron = bekendOp
    ? toestandBekendSql(ACTIES, ['akkoord', 'onderdeel', 'status'], `$${params.length}`, extra, { metData: false })
    : toestandSql(ACTIES, ['akkoord', 'onderdeel', 'status'], extra, { metData: false });
  return db.query<ActieToestand>(
    `SELECT CASE WHEN status = 'Afgerond' THEN code END AS code, akkoord, onderdeel, status, count(*)::int AS aantal
       FROM (${bron}) t GROUP BY 1, 2, 3, 4`,
    params,
  );
}

/** The codes of the actions Afgerond at P (for afgerond_sinds_vorige). */
async function afgerondeCodes(db: Queryable, peildatum: string, akkoord?: string, bekendOp?: string | null): Promise<Set<string>> {
  return new Set((await actieGroepen(db, peildatum, akkoord, bekendOp, true)).map((a) => a.code));
}

/**
 * The action counts of berekenKerncijfers (the same rule, telActies) for all actions, IZA and AZWA at once:
 * one read of the state at P and one at the previous peildatum, where three berekenKerncijfers calls read
 * them three times each and also counted toetsen, plans and kaders the actions pages do not show.
 */
export async function actieTellingen(
  db: Queryable,
  peildatum: string,
  opties: Pick<KerncijferOpties, 'sinds' | 'bekendOp'> = {},
): Promise<{ sinds: string | null } & Record<'alle' | 'IZA' | 'AZWA', Kerncijfers['acties']>> {
  const sinds = opties.sinds ?? (await vorigePeildatum(db, peildatum));
  const acties = await actieGroepen(db, peildatum, undefined, opties.bekendOp);
  // codes are unique across the accords, so one set of then-Afgerond codes serves all three counts
  const toen = sinds ? await afgerondeCodes(db, sinds, undefined, opties.bekendOp) : null;
  const tel = (akkoord?: 'IZA' | 'AZWA') => telActies(akkoord ? acties.filter((a) => a.akkoord === akkoord) : acties, toen) as Kerncijfers['acties'];
  return { sinds, alle: tel(), IZA: tel('IZA'), AZWA: tel('AZWA') };
}

/** The peildatum of the newest fixed round before P (contract §3, afgerond_sinds_vorige). */
export async function vorigePeildatum(db: Queryable, peildatum: string): Promise<string | null> {
  const r = await db.query<{ peildatum: string }>(
    `SELECT peildatum FROM rapportagerondes WHERE status IN ('vastgesteld', 'gepubliceerd') AND peildatum < $1 ORDER BY peildatum DESC LIMIT 1`,
    [peildatum],
  );
  return r[0]?.peildatum ?? null;
}

export async function kaderRijenOp(db: Queryable, peildatum: string, embargoOp?: string): Promise<KaderRij[]> {
  const embargo = embargoOp
    ? `AND ${buitenEmbargoSql('kader_stand', 'financiele_kaders.stand', '$2')}`
    : '';
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT DISTINCT ON (jaar, sector) jaar, sector, stand, stand_omschrijving, kwartalen_declaraties, kader_soort,
            uitgaven_mln, kader_mln, aanspraak_buiten_zvw_mln, covid_prestaties_mln, groei_dure_geneesmiddelen_pct,
            basis_dure_geneesmiddelen_mln, balanspost_pct
       FROM financiele_kaders WHERE stand <= $1 ${embargo} ORDER BY jaar, sector, stand DESC`,
    embargoOp ? [peildatum, embargoOp] : [peildatum],
  );
  // per jaar × sector in the order of the report's columns
  return rijen.map(kaderRijVanDb).sort((a, b) => a.jaar - b.jaar || KADER_SECTOREN.indexOf(a.sector) - KADER_SECTOREN.indexOf(b.sector));
}

/** NUMERIC arrives as a string (same parser on both engines); the domain works in numbers. */
export function kaderRijVanDb(r: Record<string, unknown>): KaderRij {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    jaar: Number(r.jaar),
    sector: r.sector as KaderRij['sector'],
    stand: r.stand as string,
    stand_omschrijving: (r.stand_omschrijving as string) ?? null,
    kwartalen_declaraties: num(r.kwartalen_declaraties),
    kader_soort: r.kader_soort as KaderRij['kader_soort'],
    uitgaven_mln: num(r.uitgaven_mln),
    kader_mln: Number(r.kader_mln),
    aanspraak_buiten_zvw_mln: num(r.aanspraak_buiten_zvw_mln),
    covid_prestaties_mln: num(r.covid_prestaties_mln),
    groei_dure_geneesmiddelen_pct: num(r.groei_dure_geneesmiddelen_pct),
    basis_dure_geneesmiddelen_mln: num(r.basis_dure_geneesmiddelen_mln),
    balanspost_pct: num(r.balanspost_pct),
  } as KaderRij;
}

/**
 * The rows of `sql` (columns `kolommen`: text, date or bigint only). PGlite hands every result row
 * through its protocol parser one by one, about ten times the cost of the query itself at 20,000
 * rows; there the rows travel as one JSON text of column arrays and are rebuilt here, with the same
 * values (a DATE is its 'YYYY-MM-DD' text in JSON too). A server answers plain rows faster.
 */
async function veleRijen<T>(db: Queryable, sql: string, params: unknown[], kolommen: readonly string[]): Promise<T[]> {
  if ((db as { engine?: string }).engine !== 'pglite') return db.query<T>(sql, params);
  const r = await db.query<{ j: string }>(`SELECT json_build_array(${kolommen.map((k) => `array_agg(${k})`).join(', ')})::text AS j FROM (${sql}) x`, params);
  const kol = JSON.parse(r[0].j) as (unknown[] | null)[];
  const n = kol[0]?.length ?? 0;
  const rijen: T[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rij: Record<string, unknown> = {};
    for (let c = 0; c < kolommen.length; c++) rij[kolommen[c]] = kol[c]![i];
    rijen[i] = rij as T;
  }
  return rijen;
}

export async function berekenKerncijfers(db: Queryable, peildatum: string, opties: KerncijferOpties = {}): Promise<Kerncijfers> {
  const sinds = opties.sinds ?? (await vorigePeildatum(db, peildatum));
  const acties = await actieGroepen(db, peildatum, opties.akkoord, opties.bekendOp);
  const afgerondVorige = sinds ? await afgerondeCodes(db, sinds, opties.akkoord, opties.bekendOp) : null;
  const toetsen = await veleRijen<ToetsToestand>(db, toestandSql(SNELLE_TOETSEN, ['status', 'ingediend_op'], '', { metData: false }), [peildatum], [
    'id',
    'status',
    'ingediend_op',
  ]);
  const plannen = await veleRijen<PlanToestand & { bedrag_beschikbaar_gesteld_eur: number | null }>(
    db,
    toestandSql(TRANSFORMATIEPLANNEN, ['snelle_toets_id', 'status', 'ingediend_op', 'bedrag_beschikbaar_gesteld_eur'], '', { metData: false }),
    [peildatum],
    ['id', 'snelle_toets_id', 'status', 'ingediend_op', 'bedrag_beschikbaar_gesteld_eur'],
  );
  // Only KPIs of plans approved at P count. The money rules are sums over KPIs by their category
  // fields, so KPIs of one plan with equal categories (and equal presence of amounts) are summed in
  // SQL first: lossless for those rules, and far fewer rows move to Node at 100,000 KPIs.
  // (the filter on approved plans is repeated in SQL only to move fewer rows; the rule applies it again)
  // The two presence flags are columns of a fenced subquery (OFFSET 0): grouped on the expressions
  // directly, the planner guesses one group per KPI and sorts 100,000 rows on disk instead of hashing.
  const kpis = !plannen.some((p) => p.status === 'Goedgekeurd')
    ? []
    : await veleRijen<KpiStand>(
        db,
        `SELECT plan_id, min(kpi_id) AS kpi_id, sum(bedrag_eur)::bigint AS bedrag_eur, sum(bedrag_definitief_eur)::bigint AS bedrag_definitief_eur,
                resultaat, betaalstatus, vrijgave
           FROM (SELECT *, bedrag_eur IS NULL AS zonder_bedrag, bedrag_definitief_eur IS NULL AS zonder_definitief
                   FROM (${toestandSql(
                     KPIS,
                     ['bedrag_eur', 'bedrag_definitief_eur', 'resultaat', 'betaalstatus', 'vrijgave'],
                     `AND plan_id IN (SELECT id FROM transformatieplannen_log WHERE ${geldigOp()} AND status = 'Goedgekeurd')`,
                     { metData: false },
                   )}) k0 OFFSET 0) k
          GROUP BY plan_id, resultaat, betaalstatus, vrijgave, zonder_bedrag, zonder_definitief`,
        [peildatum],
        ['plan_id', 'kpi_id', 'bedrag_eur', 'bedrag_definitief_eur', 'resultaat', 'betaalstatus', 'vrijgave'],
      );
  const kaders = opties.kaderRijen ?? (await kaderRijenOp(db, peildatum, opties.embargoOp));
  return {
    peildatum,
    bron: 'berekend',
    acties: telActies(acties, afgerondVorige),
    snelle_toetsen: telSnelleToetsen(toetsen, peildatum),
    transformatieplannen: telTransformatieplannen(toetsen, plannen, peildatum),
    transformatiemiddelen: berekenTransformatiemiddelen(plannen as PlanStand[], kpis),
    financiele_kaders: kaders.map((k) => berekenKader(k).afgerond),
  } as Kerncijfers;
}

export type KerncijferBron = 'berekend' | 'vastgesteld';

/**
 * Contract §4: bron=berekend computes; bron=vastgesteld returns the snapshot of exactly P (null when
 * none); without bron the snapshot where one exists for P, else computed.
 */
export async function kerncijfers(
  db: Queryable,
  peildatum: string,
  bron: KerncijferBron | undefined,
  opties: KerncijferOpties = {},
): Promise<(Record<string, unknown> & { bron: string }) | null> {
  if (bron !== 'berekend') {
    const s = await snapshotOp(db, peildatum);
    if (s && (!opties.alleenGepubliceerd || (await snapshotIsOpenbaar(db, s)))) {
      const uit: Record<string, unknown> & { bron: string } = {
        ...s.inhoud,
        peildatum: s.peildatum,
        bron: 'vastgesteld',
        publicatie: s.inhoud.bron,
        snapshot_id: s.id,
        vervangt: s.vervangt,
      };
      // what a reader without embargo.lezen may see of it: verbergOnderEmbargo (kern/embargo.ts), at the way out
      return uit;
    }
    if (bron === 'vastgesteld') return null;
  }
  return berekenKerncijfers(db, peildatum, opties);
}
