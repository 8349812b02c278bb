// Transformation store: the record types, the settings and the reads (state at peildatum P, contract §1).
import type { Db, Queryable } from '../../platform/db.js';
import { toestandSql } from '../../kern/toestand.js';
import { KPIS, SNELLE_TOETSEN, TRANSFORMATIEPLANNEN } from '../../kern/contract/bestandstypen.js';
import {
  STANDAARD_SLUITING_SNELLE_TOETSEN,
  STANDAARD_VRAGENTERMIJN_DAGEN,
  type Betaalstatus,
  type Datum,
  type KpiResultaat,
  type PlanStatus,
  type ToetsStatus,
  type Vrijgave,
} from '../../domein/begrippen.js';
import { isIsoDatum } from '../../domein/getallen.js';
import { schrijfAudit } from '../../kern/audit.js';


// ---------------------------------------------------------------------------------------------
// Soorten

export interface ToetsStand {
  id: string;
  titel: string | null;
  regios: string[] | null;
  sectoren: string[] | null;
  themas: string[] | null;
  ingediend_op: Datum | null;
  status: ToetsStatus | null;
  status_datum: Datum;
  coordinerend_verzekeraar: string | null;
  indiener_organisatie_id: number | null;
  indiener_organisatie_naam: string | null;
  omschrijving: string | null;
  gevraagd_bedrag_eur: number | null;
  uitzondering_toelichting: string | null;
  versie: number;
}

export interface PlanStandRij {
  id: string;
  snelle_toets_id: string | null;
  titel: string | null;
  ingediend_op: Datum | null;
  status: PlanStatus | null;
  status_datum: Datum;
  betrokkenheid_patienten: 'ja' | 'nee' | null;
  bedrag_aangevraagd_eur: number | null;
  bedrag_beschikbaar_gesteld_eur: number | null;
  nza_beschikking_datum: Datum | null;
  nza_bedrag_eur: number | null;
  ventiel: boolean | null;
  indiener_organisatie_id: number | null;
  indiener_organisatie_naam: string | null;
  omschrijving: string | null;
  tweede_verzekeraar: string | null;
  versie: number;
}

export interface KpiRij {
  plan_id: string;
  kpi_id: string;
  omschrijving: string | null;
  jaar: number | null;
  bedrag_eur: number | null;
  resultaat: KpiResultaat | null;
  bedrag_definitief_eur: number | null;
  betaalstatus: Betaalstatus | null;
  vrijgave: Vrijgave | null;
  status_datum: Datum;
  versie: number;
}



// ---------------------------------------------------------------------------------------------
// Instellingen

export const INSTELLING_SLUITING = 'transformatie.sluiting_snelle_toetsen';
export const INSTELLING_VRAGENTERMIJN = 'transformatie.vragentermijn_dagen';

async function leesInstelling(db: Queryable, sleutel: string): Promise<unknown> {
  const r = await db.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = $1`, [sleutel]);
  return r[0]?.waarde;
}

/** Eerste dag zonder nieuwe snelle toetsen (instelling; standaard 1 juli 2025). */
export async function sluitingsdatum(db: Queryable): Promise<Datum> {
  const w = await leesInstelling(db, INSTELLING_SLUITING);
  return typeof w === 'string' && isIsoDatum(w) ? w : STANDAARD_SLUITING_SNELLE_TOETSEN;
}

/** Vragentermijn na een voorgenomen besluit in dagen (instelling; standaard 14). */
export async function vragentermijnDagen(db: Queryable): Promise<number> {
  const w = await leesInstelling(db, INSTELLING_VRAGENTERMIJN);
  return typeof w === 'number' && Number.isInteger(w) && w >= 0 ? w : STANDAARD_VRAGENTERMIJN_DAGEN;
}

export async function zetInstelling(db: Db, sleutel: typeof INSTELLING_SLUITING | typeof INSTELLING_VRAGENTERMIJN, waarde: string | number, door: string): Promise<void> {
  await db.transaction(async (tx) => {
    const voor = await leesInstelling(tx, sleutel);
    await tx.query(
      `INSERT INTO instellingen (sleutel, waarde) VALUES ($1, $2) ON CONFLICT (sleutel) DO UPDATE SET waarde = EXCLUDED.waarde`,
      [sleutel, JSON.stringify(waarde)],
    );
    await schrijfAudit(tx, { door, actie: 'instelling', object_soort: 'instellingen', object_id: sleutel, voor: voor ?? null, na: waarde });
  });
}

// ---------------------------------------------------------------------------------------------
// Lezen (stand op peildatum P, contract §1)

const TOETS_KOLOMMEN = ['titel', 'regios', 'sectoren', 'themas', 'ingediend_op', 'status', 'coordinerend_verzekeraar'];
const PLAN_KOLOMMEN = [
  'snelle_toets_id',
  'titel',
  'ingediend_op',
  'status',
  'betrokkenheid_patienten',
  'bedrag_aangevraagd_eur',
  'bedrag_beschikbaar_gesteld_eur',
  'nza_beschikking_datum',
  'nza_bedrag_eur',
  'ventiel',
];
const KPI_KOLOMMEN = ['omschrijving', 'jaar', 'bedrag_eur', 'resultaat', 'bedrag_definitief_eur', 'betaalstatus', 'vrijgave'];

function toetsSql(extra = ''): string {
  return `SELECT s.*, a.indiener_organisatie_id, a.indiener_organisatie_naam, a.omschrijving, a.gevraagd_bedrag_eur,
                 a.uitzondering_toelichting, coalesce(i.versie, 0) AS versie
            FROM (${toestandSql(SNELLE_TOETSEN, TOETS_KOLOMMEN, extra)}) s
            LEFT JOIN snelle_toetsen_app a ON a.id = s.id
            LEFT JOIN transformatie_items i ON i.soort = 'toets' AND i.id = s.id`;
}

function planSql(extra = ''): string {
  return `SELECT s.*, a.indiener_organisatie_id, a.indiener_organisatie_naam, a.omschrijving, a.tweede_verzekeraar,
                 coalesce(i.versie, 0) AS versie
            FROM (${toestandSql(TRANSFORMATIEPLANNEN, PLAN_KOLOMMEN, extra)}) s
            LEFT JOIN transformatieplannen_app a ON a.id = s.id
            LEFT JOIN transformatie_items i ON i.soort = 'plan' AND i.id = s.id`;
}

function kpiSql(extra = ''): string {
  return `SELECT s.*, coalesce(i.versie, 0) AS versie
            FROM (${toestandSql(KPIS, KPI_KOLOMMEN, extra)}) s
            LEFT JOIN transformatie_items i ON i.soort = 'kpi' AND i.id = s.plan_id || '/' || s.kpi_id`;
}

/** Alle snelle toetsen die op P bestaan, met hun stand op P. */
export async function toetsenOp(db: Queryable, peildatum: Datum): Promise<ToetsStand[]> {
  return db.query<ToetsStand>(`${toetsSql()} ORDER BY s.id`, [peildatum]);
}

export async function toetsOp(db: Queryable, id: string, peildatum: Datum): Promise<ToetsStand | null> {
  return (await db.query<ToetsStand>(toetsSql('AND id = $2'), [peildatum, id]))[0] ?? null;
}

export async function plannenOp(db: Queryable, peildatum: Datum): Promise<PlanStandRij[]> {
  return db.query<PlanStandRij>(`${planSql()} ORDER BY s.id`, [peildatum]);
}

export async function planOp(db: Queryable, id: string, peildatum: Datum): Promise<PlanStandRij | null> {
  return (await db.query<PlanStandRij>(planSql('AND id = $2'), [peildatum, id]))[0] ?? null;
}

export async function plannenVanToets(db: Queryable, toetsId: string, peildatum: Datum): Promise<PlanStandRij[]> {
  // snelle_toets_id buiten de toestand filteren: binnen toestandSql is het de kolom van de rij zelf
  return db.query<PlanStandRij>(`SELECT * FROM (${planSql()}) p WHERE p.snelle_toets_id = $2 ORDER BY p.id`, [peildatum, toetsId]);
}

export async function kpisOp(db: Queryable, peildatum: Datum, planId?: string): Promise<KpiRij[]> {
  return planId
    ? db.query<KpiRij>(`${kpiSql('AND plan_id = $2')} ORDER BY s.plan_id, s.kpi_id`, [peildatum, planId])
    : db.query<KpiRij>(`${kpiSql()} ORDER BY s.plan_id, s.kpi_id`, [peildatum]);
}

export async function kpiOp(db: Queryable, planId: string, kpiId: string, peildatum: Datum): Promise<KpiRij | null> {
  return (await db.query<KpiRij>(kpiSql('AND plan_id = $2 AND kpi_id = $3'), [peildatum, planId, kpiId]))[0] ?? null;
}

export interface LogRij {
  volgnr: number;
  status: string | null;
  status_datum: Datum;
  door: string;
  import_id: number | null;
  [kolom: string]: unknown;
}

/** Alle rijen van het eventlog van een item (ook die na P: de pagina toont ze gemarkeerd). */
export async function logVan(db: Queryable, soort: 'toets' | 'plan', id: string): Promise<LogRij[]> {
  const tabel = soort === 'toets' ? 'snelle_toetsen_log' : 'transformatieplannen_log';
  return db.query<LogRij>(`SELECT * FROM ${tabel} WHERE id = $1 ORDER BY status_datum, volgnr`, [id]);
}

export async function kpiLogVan(db: Queryable, planId: string): Promise<LogRij[]> {
  return db.query<LogRij>(`SELECT *, NULL AS status FROM kpis_log WHERE plan_id = $1 ORDER BY status_datum, volgnr`, [planId]);
}

export interface Handeling {
  volgnr: number;
  soort: string;
  item_id: string;
  actie: string;
  van_status: string | null;
  naar_status: string | null;
  datum: Datum;
  door: string;
  door_naam: string | null;
  door_organisatie: string | null;
  tekst: string | null;
  details: Record<string, unknown> | null;
}

export async function handelingenVan(db: Queryable, soort: 'toets' | 'plan', id: string): Promise<Handeling[]> {
  // KPI-handelingen horen bij hun plan (item_id = plan/kpi)
  return soort === 'plan'
    ? db.query<Handeling>(
        `SELECT * FROM transformatie_handelingen WHERE (soort = 'plan' AND item_id = $1) OR (soort = 'kpi' AND item_id LIKE $2) ORDER BY volgnr`,
        [id, `${id}/%`],
      )
    : db.query<Handeling>(`SELECT * FROM transformatie_handelingen WHERE soort = 'toets' AND item_id = $1 ORDER BY volgnr`, [id]);
}

export interface Vraag {
  id: number;
  plan_id: string;
  gesteld_op: Datum;
  door: string;
  door_organisatie: string | null;
  vraag: string;
  antwoord: string | null;
  beantwoord_op: Datum | null;
  beantwoord_door: string | null;
}

export async function vragenVan(db: Queryable, planId: string): Promise<Vraag[]> {
  return db.query<Vraag>(`SELECT * FROM transformatie_vragen WHERE plan_id = $1 ORDER BY id`, [planId]);
}

/**
 * Datum van het lopende voorgenomen besluit op P: de eerste rij van de laatste aaneengesloten reeks
 * rijen met status 'Voorgenomen besluit'; null als het plan op P geen voorgenomen besluit heeft.
 */
export async function voorgenomenOp(db: Queryable, planId: string, peildatum: Datum): Promise<Datum | null> {
  const rijen = await db.query<{ status: string | null; status_datum: Datum }>(
    `SELECT status, status_datum FROM transformatieplannen_log WHERE id = $1 AND status_datum <= $2 ORDER BY status_datum, volgnr`,
    [planId, peildatum],
  );
  if (rijen.length === 0 || rijen[rijen.length - 1].status !== 'Voorgenomen besluit') return null;
  let i = rijen.length - 1;
  while (i > 0 && rijen[i - 1].status === 'Voorgenomen besluit') i--;
  return rijen[i].status_datum;
}

/** Datum waarop een plan (het laatst) Goedgekeurd werd, op P. */
export async function goedgekeurdOpPerPlan(db: Queryable, peildatum: Datum): Promise<Map<string, Datum>> {
  const rijen = await db.query<{ id: string; datum: Datum }>(
    `SELECT id, min(status_datum) AS datum FROM transformatieplannen_log WHERE status = 'Goedgekeurd' AND status_datum <= $1 GROUP BY id`,
    [peildatum],
  );
  return new Map(rijen.map((r) => [r.id, r.datum]));
}

// ---------------------------------------------------------------------------------------------
