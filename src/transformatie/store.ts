// Opslag van snelle toetsen, transformatieplannen, KPI's, budgetten en doorbraakclaims.
//
// De contract-eventlogs (snelle_toetsen_log, transformatieplannen_log, kpis_log) blijven de bron van
// alle cijfers: elke wijziging is een rij met status_datum = vandaag en door = de gebruiker. De regels
// komen uit domein/workflow.ts (toetsen en plannen) (KPI's ook); deze module past ze toe
// binnen één transactie met één auditregel, na een SELECT … FOR UPDATE op de rij van het item in
// transformatie_items en een controle van de versie (en status) waarop het formulier was gebaseerd.
import type { Db, Queryable } from '../platform/db.js';
import { toestandSql } from '../kern/toestand.js';
import { KPIS, SNELLE_TOETSEN, TRANSFORMATIEPLANNEN } from '../kern/contract/bestandstypen.js';
import {
  STANDAARD_SLUITING_SNELLE_TOETSEN,
  STANDAARD_VRAGENTERMIJN_DAGEN,
  TOETS_SECTOREN,
  type Betaalstatus,
  type Datum,
  type KpiResultaat,
  type PlanStatus,
  type ToetsStatus,
  type Vrijgave,
} from '../domein/begrippen.js';
import {
  ACTIE_LABELS,
  PLAN_ACTIES,
  TOETS_ACTIES,
  planOvergang,
  toegestanePlanActies,
  toegestaneToetsActies,
  toetsOvergang,
  type Overgang,
  type PlanActie,
  type PlanContext,
  type ToetsActie,
  type ToetsContext,
  type Weigering,
} from '../domein/workflow.js';
import { isIsoDatum } from '../domein/getallen.js';
import { TRANSFORMATIEMIDDELEN_LAATSTE_JAAR, verdeelBudget, toetsDoorbraakclaims, type Budgetverdeling, type DoorbraakToets, type Jaarbudget, type Toekenning } from '../domein/budget.js';
import { schrijfAudit } from '../kern/audit.js';
import type { Gebruiker } from '../domein/beleid.js';
import { kpiOvergang, type KpiActie } from '../domein/workflow.js';

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

export type FoutSoort = 'conflict' | 'verboden' | 'ongeldig' | 'validatie' | 'niet_gevonden';
export interface Mislukt {
  ok: false;
  soort: FoutSoort;
  fout: string;
  /** Meldingen per formulierveld. */
  velden?: Record<string, string>;
}
export type Uitkomst<T extends object = object> = ({ ok: true } & T) | Mislukt;

function mislukt(soort: FoutSoort, fout: string, velden?: Record<string, string>): Mislukt {
  return { ok: false, soort, fout, ...(velden ? { velden } : {}) };
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
async function goedgekeurdOpPerPlan(db: Queryable, peildatum: Datum): Promise<Map<string, Datum>> {
  const rijen = await db.query<{ id: string; datum: Datum }>(
    `SELECT id, min(status_datum) AS datum FROM transformatieplannen_log WHERE status = 'Goedgekeurd' AND status_datum <= $1 GROUP BY id`,
    [peildatum],
  );
  return new Map(rijen.map((r) => [r.id, r.datum]));
}

// ---------------------------------------------------------------------------------------------
// Wie is wie

/**
 * Of de organisatie van een gebruiker de verzekeraar is die in het contractveld staat. Het veld is
 * vrije tekst ('Zilveren Kruis', 'DSW'), de organisatie heeft een volledige naam ('Achmea (Zilveren
 * Kruis)', 'DSW Zorgverzekeraar'): gelijk, of de een staat als hele woorden in de ander.
 */
export function zelfdeOrganisatie(naam: string | null | undefined, ander: string | null | undefined): boolean {
  if (!naam || !ander) return false;
  const n = (s: string) => ` ${s.toLocaleLowerCase('nl-NL').replace(/[^\p{L}\p{N}&.]+/gu, ' ').trim()} `;
  const a = n(naam);
  const b = n(ander);
  return a === b || (b.trim().length >= 2 && a.includes(b)) || (a.trim().length >= 2 && b.includes(a));
}

export function isIndienerVan(g: Gebruiker | null, item: { indiener_organisatie_id: number | null }): boolean {
  return !!g && item.indiener_organisatie_id !== null && Number(item.indiener_organisatie_id) === Number(g.organisatie_id);
}

export function isCoordinerendVoor(g: Gebruiker | null, coordinerendVerzekeraar: string | null): boolean {
  return !!g && zelfdeOrganisatie(g.organisatie_naam, coordinerendVerzekeraar);
}

/** Probeert de overgang met elke rol van de gebruiker; de eerste die mag, wint. Anders de meest specifieke weigering. */
function metRollen<S>(g: Gebruiker, poging: (rol: string) => Overgang<S>): Overgang<S> {
  const rang: Record<Weigering['soort'], number> = { verboden: 1, ongeldig: 2, validatie: 3 };
  let beste: Weigering | null = null;
  for (const rol of g.rollen) {
    const r = poging(rol);
    if (r.ok) return r;
    if (!beste || rang[r.soort] > rang[beste.soort]) beste = r;
  }
  return beste ?? { ok: false, soort: 'verboden', fout: 'U heeft geen rol waarmee u dit mag doen.' };
}

function uitWeigering(w: Weigering): Mislukt {
  return mislukt(w.soort, w.fout);
}

// ---------------------------------------------------------------------------------------------
// Schrijven: vergrendelen, versies, logrijen, handelingen

async function vergrendel(tx: Queryable, soort: string, id: string): Promise<number> {
  await tx.query(`INSERT INTO transformatie_items (soort, id, versie) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [soort, id]);
  const [r] = await tx.query<{ versie: number }>(`SELECT versie FROM transformatie_items WHERE soort = $1 AND id = $2 FOR UPDATE`, [soort, id]);
  return r.versie;
}

async function verhoogVersie(tx: Queryable, soort: string, id: string): Promise<number> {
  const [r] = await tx.query<{ versie: number }>(
    `UPDATE transformatie_items SET versie = versie + 1 WHERE soort = $1 AND id = $2 RETURNING versie`,
    [soort, id],
  );
  return r.versie;
}

const ONDERWERP = { toets: 'deze snelle toets', plan: 'dit transformatieplan', kpi: 'deze KPI' } as const;

/** Conflict als het formulier op een andere versie of status was gebaseerd dan nu in de database staat. */
function controleerVersie(
  soort: keyof typeof ONDERWERP,
  verwacht: { versie?: number | null; status?: string | null },
  huidig: { versie: number; status?: string | null },
): Mislukt | null {
  const andereVersie = verwacht.versie !== undefined && verwacht.versie !== null && verwacht.versie !== huidig.versie;
  const andereStatus = verwacht.status !== undefined && (verwacht.status ?? null) !== (huidig.status ?? null);
  if (!andereVersie && !andereStatus) return null;
  const stand = huidig.status ? ` De status is nu '${huidig.status}'.` : '';
  return mislukt(
    'conflict',
    `Iemand anders heeft ${ONDERWERP[soort]} gewijzigd nadat u de pagina opende.${stand} Uw wijziging is niet opgeslagen; ` +
      'wat u invulde staat hieronder nog. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.',
  );
}

/** Volgend id uit een teller (rij in transformatie_items, vergrendeld), nooit lager dan wat er al is. */
async function volgendId(tx: Queryable, teller: 'toets' | 'plan', prefix: string, breedte: number, tabel: string): Promise<string> {
  const stand = await vergrendel(tx, 'teller', teller);
  const [{ hoogste }] = await tx.query<{ hoogste: number }>(
    `SELECT coalesce(max((substring(id from $1))::int), 0) AS hoogste FROM ${tabel}`,
    [`^${prefix}-(\\d+)$`],
  );
  const n = Math.max(stand, Number(hoogste)) + 1;
  await tx.query(`UPDATE transformatie_items SET versie = $2 WHERE soort = 'teller' AND id = $1`, [teller, n]);
  return `${prefix}-${String(n).padStart(breedte, '0')}`;
}

/**
 * Voegt een rij toe aan een eventlog. Heeft het item op dezelfde dag al een rij met dezelfde sleutel
 * (contract §1: item + status_datum (+ status)), dan wordt die rij aangevuld en krijgt hij een nieuw
 * volgnummer, zodat hij de laatste van de dag is; elke stap staat ook in transformatie_handelingen.
 */
async function schrijfLogRij(tx: Queryable, tabel: string, conflict: string[], rij: Record<string, unknown>): Promise<void> {
  const kolommen = Object.keys(rij);
  const plekken = kolommen.map((_, i) => `$${i + 1}`);
  const bijwerken = kolommen
    .filter((k) => !conflict.includes(k))
    .map((k) => (k === 'door' ? 'door = EXCLUDED.door' : `${k} = coalesce(EXCLUDED.${k}, t.${k})`));
  await tx.query(
    `INSERT INTO ${tabel} AS t (${kolommen.join(', ')}) VALUES (${plekken.join(', ')})
     ON CONFLICT (${conflict.join(', ')}) DO UPDATE
        SET volgnr = nextval(pg_get_serial_sequence('${tabel}', 'volgnr')), import_id = NULL, geregistreerd_op = now(),
            ${bijwerken.join(', ')}`,
    Object.values(rij),
  );
}

async function schrijfHandeling(
  tx: Queryable,
  g: Gebruiker,
  h: { soort: 'toets' | 'plan' | 'kpi'; item_id: string; actie: string; van?: string | null; naar?: string | null; datum: Datum; tekst?: string | null; details?: unknown },
): Promise<void> {
  await tx.query(
    `INSERT INTO transformatie_handelingen (soort, item_id, actie, van_status, naar_status, datum, door, door_naam, door_organisatie, tekst, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      h.soort,
      h.item_id,
      h.actie,
      h.van ?? null,
      h.naar ?? null,
      h.datum,
      g.email,
      g.naam,
      g.organisatie_naam,
      h.tekst?.trim() ? h.tekst.trim() : null,
      h.details === undefined ? null : JSON.stringify(h.details),
    ],
  );
}

function tekstOf(...t: (string | undefined | null)[]): string | null {
  for (const x of t) if (x && x.trim()) return x.trim();
  return null;
}

// ---------------------------------------------------------------------------------------------
// Snelle toetsen

export interface ToetsInvoer {
  titel: string;
  omschrijving: string;
  regios: string[];
  sectoren: string[];
  themas: string[];
  gevraagd_bedrag_eur: number | null;
  coordinerend_verzekeraar: string;
  /** Na de sluitingsdatum: de coördinerend zorgverzekeraar is gemeld dat een plan bijna af is. */
  uitzondering?: boolean;
  toelichting?: string;
}

export const MAX_THEMAS = 8;

export function controleerToetsInvoer(i: ToetsInvoer): Record<string, string> {
  const f: Record<string, string> = {};
  if (!i.titel.trim()) f.titel = 'Vul een titel in.';
  else if (i.titel.length > 300) f.titel = 'De titel is te lang (hooguit 300 tekens).';
  if (i.regios.length === 0) f.regios = 'Kies minstens één regio.';
  if (i.sectoren.length === 0) f.sectoren = 'Kies minstens één sector.';
  const onbekend = i.sectoren.filter((s) => !(TOETS_SECTOREN as readonly string[]).includes(s));
  if (onbekend.length) f.sectoren = `Onbekende sector: ${onbekend.join(', ')}.`;
  if (i.themas.length === 0) f.themas = 'Kies minstens één thema.';
  if (i.themas.length > MAX_THEMAS) f.themas = `Kies hooguit ${MAX_THEMAS} thema's (u koos er ${i.themas.length}).`;
  if (!i.omschrijving.trim()) f.omschrijving = 'Beschrijf kort wat de transformatie inhoudt.';
  if (i.gevraagd_bedrag_eur !== null && (!Number.isSafeInteger(i.gevraagd_bedrag_eur) || i.gevraagd_bedrag_eur < 0)) {
    f.gevraagd_bedrag_eur = "Vul het gevraagde bedrag in hele euro's in (of laat het leeg).";
  }
  if (!i.coordinerend_verzekeraar.trim()) f.coordinerend_verzekeraar = 'Kies de coördinerend zorgverzekeraar.';
  return f;
}

function toetsCtx(g: Gebruiker, rol: string, toets: ToetsStand | null, vandaag: Datum, extra: Partial<ToetsContext> = {}): ToetsContext {
  return {
    rol,
    isIndiener: toets ? isIndienerVan(g, toets) : true,
    isCoordinerend: toets ? isCoordinerendVoor(g, toets.coordinerend_verzekeraar) : false,
    vandaag,
    ...extra,
  };
}

/** Acties op een toets die deze gebruiker nu kan doen (knoppen). */
export function toetsActiesVoor(g: Gebruiker | null, toets: ToetsStand, vandaag: Datum, sluiting?: Datum): ToetsActie[] {
  if (!g) return [];
  const alle = new Set<ToetsActie>();
  for (const rol of g.rollen) for (const a of toegestaneToetsActies(toets.status, toetsCtx(g, rol, toets, vandaag, { sluitingsdatum: sluiting }))) alle.add(a);
  return TOETS_ACTIES.filter((a) => alle.has(a));
}

/** Of de gebruiker nu een nieuwe snelle toets kan indienen (rol en sluitingsdatum, zonder uitzondering). */
export function magToetsIndienen(g: Gebruiker | null, vandaag: Datum, sluiting: Datum): { mag: boolean; gesloten: boolean } {
  if (!g) return { mag: false, gesloten: false };
  const gesloten = vandaag >= sluiting;
  const mag = g.rollen.some((rol) => toegestaneToetsActies(null, toetsCtx(g, rol, null, vandaag, { sluitingsdatum: sluiting, uitzondering: gesloten })).includes('indienen'));
  return { mag, gesloten };
}

export async function dienToetsIn(db: Db, invoer: ToetsInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ id: string }>> {
  const velden = controleerToetsInvoer(invoer);
  return db.transaction(async (tx) => {
    const sluiting = await sluitingsdatum(tx);
    const overgang = metRollen(g, (rol) =>
      toetsOvergang(null, 'indienen', toetsCtx(g, rol, null, vandaag, { sluitingsdatum: sluiting, uitzondering: invoer.uitzondering, toelichting: invoer.toelichting })),
    );
    if (!overgang.ok) {
      if (overgang.soort === 'validatie' && vandaag >= sluiting) velden.uitzondering = overgang.fout;
      return mislukt(overgang.soort, overgang.fout, Object.keys(velden).length ? velden : undefined);
    }
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);

    const id = await volgendId(tx, 'toets', 'ST', 4, 'snelle_toetsen_log');
    await vergrendel(tx, 'toets', id);
    const rij = {
      id,
      titel: invoer.titel.trim(),
      regios: invoer.regios,
      sectoren: invoer.sectoren,
      themas: invoer.themas,
      ingediend_op: vandaag,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      coordinerend_verzekeraar: invoer.coordinerend_verzekeraar.trim(),
      door: g.email,
    };
    await schrijfLogRij(tx, 'snelle_toetsen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    await tx.query(
      `INSERT INTO snelle_toetsen_app (id, indiener_organisatie_id, indiener_organisatie_naam, omschrijving, gevraagd_bedrag_eur, uitzondering_toelichting)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, g.organisatie_id, g.organisatie_naam, invoer.omschrijving.trim(), invoer.gevraagd_bedrag_eur, vandaag >= sluiting ? tekstOf(invoer.toelichting) : null],
    );
    await verhoogVersie(tx, 'toets', id);
    await schrijfHandeling(tx, g, { soort: 'toets', item_id: id, actie: 'indienen', naar: overgang.nieuweStatus, datum: vandaag, tekst: vandaag >= sluiting ? invoer.toelichting : null });
    await schrijfAudit(tx, { door: g.email, actie: 'toets.indienen', object_soort: 'snelle_toets', object_id: id, voor: null, na: { ...rij, omschrijving: invoer.omschrijving, gevraagd_bedrag_eur: invoer.gevraagd_bedrag_eur } });
    return { ok: true as const, id };
  });
}

export interface ActieInvoer<A extends string> {
  id: string;
  actie: A;
  /** De versie waarop het formulier was gebaseerd. */
  versie?: number | null;
  /** De status waarop het formulier was gebaseerd. */
  status?: string | null;
  reden?: string;
  toelichting?: string;
}

export async function voerToetsActieUit(db: Db, invoer: ActieInvoer<ToetsActie>, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ status: ToetsStatus; versie: number }>> {
  if (!(TOETS_ACTIES as readonly string[]).includes(invoer.actie)) return mislukt('ongeldig', `Onbekende actie '${invoer.actie}'.`);
  return db.transaction(async (tx) => {
    const versie = await vergrendel(tx, 'toets', invoer.id);
    const huidig = await toetsOp(tx, invoer.id, vandaag);
    if (!huidig) return mislukt('niet_gevonden', `Snelle toets ${invoer.id} bestaat niet.`);
    const conflict = controleerVersie('toets', invoer, { versie, status: huidig.status });
    if (conflict) return conflict;
    const overgang = metRollen(g, (rol) => toetsOvergang(huidig.status, invoer.actie, toetsCtx(g, rol, huidig, vandaag, { reden: invoer.reden, toelichting: invoer.toelichting })));
    if (!overgang.ok) return uitWeigering(overgang);
    const rij = {
      id: huidig.id,
      ingediend_op: huidig.ingediend_op,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      door: g.email,
    };
    await schrijfLogRij(tx, 'snelle_toetsen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    const nieuweVersie = await verhoogVersie(tx, 'toets', huidig.id);
    const tekst = tekstOf(invoer.reden, invoer.toelichting);
    await schrijfHandeling(tx, g, { soort: 'toets', item_id: huidig.id, actie: invoer.actie, van: huidig.status, naar: overgang.nieuweStatus, datum: vandaag, tekst });
    await schrijfAudit(tx, {
      door: g.email,
      actie: `toets.${invoer.actie}`,
      object_soort: 'snelle_toets',
      object_id: huidig.id,
      voor: { status: huidig.status, versie },
      na: { status: overgang.nieuweStatus, versie: nieuweVersie, tekst },
    });
    return { ok: true as const, status: overgang.nieuweStatus, versie: nieuweVersie };
  });
}

// ---------------------------------------------------------------------------------------------
// Transformatieplannen

export interface PlanInvoer {
  toetsId: string;
  titel: string;
  omschrijving: string;
  betrokkenheid_patienten: 'ja' | 'nee' | 'niet ingesteld' | null;
  bedrag_aangevraagd_eur: number | null;
}

export function controleerPlanInvoer(i: PlanInvoer): Record<string, string> {
  const f: Record<string, string> = {};
  if (!i.titel.trim()) f.titel = 'Vul een titel in.';
  if (!i.omschrijving.trim()) f.omschrijving = 'Beschrijf het plan kort.';
  if (i.bedrag_aangevraagd_eur === null || !Number.isSafeInteger(i.bedrag_aangevraagd_eur) || i.bedrag_aangevraagd_eur <= 0) {
    f.bedrag_aangevraagd_eur = "Vul het aangevraagde bedrag in hele euro's in, groter dan 0.";
  }
  return f;
}

interface PlanContextBron {
  plan: PlanStandRij | null;
  toets: ToetsStand | null;
  voorgenomenOp: Datum | null;
  termijn: number;
}

function planCtx(g: Gebruiker, rol: string, b: PlanContextBron, vandaag: Datum, extra: Partial<PlanContext> = {}): PlanContext {
  const indiener = b.plan ?? b.toets;
  return {
    rol,
    isIndiener: indiener ? isIndienerVan(g, indiener) : false,
    isCoordinerend: isCoordinerendVoor(g, b.toets?.coordinerend_verzekeraar ?? null),
    vandaag,
    toetsStatus: b.toets?.status ?? null,
    voorgenomenOp: b.voorgenomenOp,
    vragentermijnDagen: b.termijn,
    ...extra,
  };
}

/** Acties op een plan die deze gebruiker nu kan doen (knoppen). */
export function planActiesVoor(g: Gebruiker | null, b: PlanContextBron, vandaag: Datum): PlanActie[] {
  if (!g || !b.plan) return [];
  const alle = new Set<PlanActie>();
  for (const rol of g.rollen) for (const a of toegestanePlanActies(b.plan.status, planCtx(g, rol, b, vandaag))) alle.add(a);
  return PLAN_ACTIES.filter((a) => alle.has(a));
}

/** Of de gebruiker op deze toets een plan kan indienen (rol, eigenaarschap, toets goedgekeurd). */
export function magPlanIndienen(g: Gebruiker | null, toets: ToetsStand, vandaag: Datum): boolean {
  if (!g) return false;
  return g.rollen.some((rol) => toegestanePlanActies(null, planCtx(g, rol, { plan: null, toets, voorgenomenOp: null, termijn: 0 }, vandaag)).includes('indienen'));
}

export async function planContextBron(db: Queryable, plan: PlanStandRij, peildatum: Datum): Promise<PlanContextBron> {
  const toets = plan.snelle_toets_id ? await toetsOp(db, plan.snelle_toets_id, peildatum) : null;
  return { plan, toets, voorgenomenOp: await voorgenomenOp(db, plan.id, peildatum), termijn: await vragentermijnDagen(db) };
}

export async function dienPlanIn(db: Db, invoer: PlanInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ id: string }>> {
  const velden = controleerPlanInvoer(invoer);
  return db.transaction(async (tx) => {
    // de toets vergrendelen: twee plannen tegelijk op één toets kan niet
    await vergrendel(tx, 'toets', invoer.toetsId);
    const toets = await toetsOp(tx, invoer.toetsId, vandaag);
    if (!toets) return mislukt('niet_gevonden', `Snelle toets ${invoer.toetsId} bestaat niet.`);
    const overgang = metRollen(g, (rol) =>
      planOvergang(null, 'indienen', planCtx(g, rol, { plan: null, toets, voorgenomenOp: null, termijn: 0 }, vandaag, { betrokkenheidPatienten: invoer.betrokkenheid_patienten })),
    );
    if (!overgang.ok) {
      if (overgang.soort === 'validatie' && /patiënten/.test(overgang.fout)) velden.betrokkenheid_patienten = overgang.fout;
      else return mislukt(overgang.soort, overgang.fout, Object.keys(velden).length ? velden : undefined);
    }
    const bestaand = (await plannenVanToets(tx, toets.id, vandaag)).filter((p) => p.status !== 'Afgekeurd');
    if (bestaand.length > 0) {
      return mislukt('validatie', `Voor snelle toets ${toets.id} is al een transformatieplan ingediend (${bestaand.map((p) => p.id).join(', ')}).`);
    }
    if (Object.keys(velden).length || !overgang.ok) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);

    const id = await volgendId(tx, 'plan', 'TP', 3, 'transformatieplannen_log');
    await vergrendel(tx, 'plan', id);
    const rij = {
      id,
      snelle_toets_id: toets.id,
      titel: invoer.titel.trim(),
      ingediend_op: vandaag,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      betrokkenheid_patienten: invoer.betrokkenheid_patienten === 'ja' || invoer.betrokkenheid_patienten === 'nee' ? invoer.betrokkenheid_patienten : null,
      bedrag_aangevraagd_eur: invoer.bedrag_aangevraagd_eur,
      door: g.email,
    };
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    await tx.query(
      `INSERT INTO transformatieplannen_app (id, indiener_organisatie_id, indiener_organisatie_naam, omschrijving) VALUES ($1, $2, $3, $4)`,
      [id, g.organisatie_id, g.organisatie_naam, invoer.omschrijving.trim()],
    );
    await verhoogVersie(tx, 'plan', id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: id, actie: 'indienen', naar: overgang.nieuweStatus, datum: vandaag });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.indienen', object_soort: 'transformatieplan', object_id: id, voor: null, na: { ...rij, omschrijving: invoer.omschrijving } });
    return { ok: true as const, id };
  });
}

export interface PlanActieInvoer extends ActieInvoer<PlanActie> {
  akkoordTweedeVerzekeraar?: boolean;
  tweedeVerzekeraar?: string;
  bedragBeschikbaarGesteldEur?: number | null;
}

export async function voerPlanActieUit(db: Db, invoer: PlanActieInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ status: PlanStatus; versie: number }>> {
  if (!(PLAN_ACTIES as readonly string[]).includes(invoer.actie)) return mislukt('ongeldig', `Onbekende actie '${invoer.actie}'.`);
  return db.transaction(async (tx) => {
    const versie = await vergrendel(tx, 'plan', invoer.id);
    const plan = await planOp(tx, invoer.id, vandaag);
    if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${invoer.id} bestaat niet.`);
    const conflict = controleerVersie('plan', invoer, { versie, status: plan.status });
    if (conflict) return conflict;
    const bron = await planContextBron(tx, plan, vandaag);
    if (invoer.actie === 'besluit_voornemen' && invoer.akkoordTweedeVerzekeraar && !invoer.tweedeVerzekeraar?.trim()) {
      return mislukt('validatie', 'Vul in welke tweede verzekeraar instemt.', { tweede_verzekeraar: 'Vul in welke tweede verzekeraar instemt.' });
    }
    const overgang = metRollen(g, (rol) =>
      planOvergang(
        plan.status,
        invoer.actie,
        planCtx(g, rol, bron, vandaag, {
          reden: invoer.reden,
          toelichting: invoer.toelichting,
          akkoordTweedeVerzekeraar: invoer.akkoordTweedeVerzekeraar,
          bedragBeschikbaarGesteldEur: invoer.bedragBeschikbaarGesteldEur,
        }),
      ),
    );
    if (!overgang.ok) {
      const w = uitWeigering(overgang);
      if (overgang.soort === 'validatie' && invoer.actie === 'goedkeuren' && /bedrag/.test(overgang.fout)) w.velden = { bedrag: overgang.fout };
      if (overgang.soort === 'validatie' && invoer.actie === 'besluit_voornemen') w.velden = { akkoord_tweede_verzekeraar: overgang.fout };
      return w;
    }
    const tekst = tekstOf(invoer.reden, invoer.toelichting);
    if (invoer.actie === 'vraag_stellen') {
      // geen statuswijziging: de vraag gaat naar de vragenlijst van het voorgenomen besluit
      await tx.query(`INSERT INTO transformatie_vragen (plan_id, gesteld_op, door, door_organisatie, vraag) VALUES ($1, $2, $3, $4, $5)`, [
        plan.id,
        vandaag,
        g.email,
        g.organisatie_naam,
        tekst,
      ]);
    } else {
      const rij: Record<string, unknown> = {
        id: plan.id,
        snelle_toets_id: plan.snelle_toets_id,
        ingediend_op: plan.ingediend_op,
        status: overgang.nieuweStatus,
        status_sleutel: overgang.nieuweStatus,
        status_datum: vandaag,
        door: g.email,
      };
      if (invoer.actie === 'goedkeuren') rij.bedrag_beschikbaar_gesteld_eur = invoer.bedragBeschikbaarGesteldEur;
      await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], rij);
      if (invoer.actie === 'besluit_voornemen') {
        await tx.query(
          `INSERT INTO transformatieplannen_app (id, tweede_verzekeraar) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET tweede_verzekeraar = EXCLUDED.tweede_verzekeraar`,
          [plan.id, invoer.tweedeVerzekeraar?.trim() || null],
        );
      }
    }
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    const details: Record<string, unknown> = {};
    if (invoer.actie === 'goedkeuren') details.bedrag_beschikbaar_gesteld_eur = invoer.bedragBeschikbaarGesteldEur;
    if (invoer.actie === 'besluit_voornemen') details.tweede_verzekeraar = invoer.tweedeVerzekeraar?.trim() || null;
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: invoer.actie, van: plan.status, naar: overgang.nieuweStatus, datum: vandaag, tekst, details });
    await schrijfAudit(tx, {
      door: g.email,
      actie: `plan.${invoer.actie}`,
      object_soort: 'transformatieplan',
      object_id: plan.id,
      voor: { status: plan.status, versie },
      na: { status: overgang.nieuweStatus, versie: nieuweVersie, tekst, ...details },
    });
    return { ok: true as const, status: overgang.nieuweStatus, versie: nieuweVersie };
  });
}

/** Het antwoord van de coördinerend verzekeraar op een vraag uit de vragentermijn. */
export async function beantwoordVraag(db: Db, invoer: { planId: string; vraagId: number; antwoord: string }, g: Gebruiker, vandaag: Datum): Promise<Uitkomst> {
  if (!invoer.antwoord.trim()) return mislukt('validatie', 'Vul het antwoord in.', { antwoord: 'Vul het antwoord in.' });
  return db.transaction(async (tx) => {
    await vergrendel(tx, 'plan', invoer.planId);
    const plan = await planOp(tx, invoer.planId, vandaag);
    if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${invoer.planId} bestaat niet.`);
    const toets = plan.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
    const mag = g.rollen.includes('beheerder') || (g.rollen.includes('coordinerend-verzekeraar') && isCoordinerendVoor(g, toets?.coordinerend_verzekeraar ?? null));
    if (!mag) return mislukt('verboden', 'Alleen de coördinerend verzekeraar van dit plan of een beheerder kan vragen beantwoorden.');
    const [vraag] = await tx.query<Vraag>(`SELECT * FROM transformatie_vragen WHERE id = $1 AND plan_id = $2 FOR UPDATE`, [invoer.vraagId, invoer.planId]);
    if (!vraag) return mislukt('niet_gevonden', 'Deze vraag bestaat niet.');
    if (vraag.antwoord) return mislukt('conflict', 'Deze vraag is intussen al beantwoord; uw antwoord is niet opgeslagen.');
    await tx.query(`UPDATE transformatie_vragen SET antwoord = $2, beantwoord_op = $3, beantwoord_door = $4 WHERE id = $1`, [vraag.id, invoer.antwoord.trim(), vandaag, g.email]);
    await verhoogVersie(tx, 'plan', plan.id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'vraag_beantwoorden', van: plan.status, naar: plan.status, datum: vandaag, tekst: invoer.antwoord, details: { vraag_id: vraag.id } });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.vraag_beantwoorden', object_soort: 'transformatieplan', object_id: plan.id, voor: { vraag_id: vraag.id, antwoord: null }, na: { vraag_id: vraag.id, antwoord: invoer.antwoord.trim() } });
    return { ok: true as const };
  });
}

/** NZa-beschikking op een goedgekeurd plan (rol nza of beheerder). */
export async function legNzaBeschikkingVast(
  db: Db,
  invoer: { planId: string; versie?: number | null; datum: string; bedrag_eur: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ versie: number }>> {
  const velden: Record<string, string> = {};
  if (!isIsoDatum(invoer.datum)) velden.nza_beschikking_datum = 'Vul de datum van de beschikking in (JJJJ-MM-DD).';
  else if (invoer.datum > vandaag) velden.nza_beschikking_datum = 'De datum van de beschikking ligt in de toekomst.';
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.nza_bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  if (!g.rollen.includes('nza') && !g.rollen.includes('beheerder')) return mislukt('verboden', 'Alleen de NZa (of een beheerder) legt beschikkingen vast.');
  return db.transaction(async (tx) => {
    const versie = await vergrendel(tx, 'plan', invoer.planId);
    const plan = await planOp(tx, invoer.planId, vandaag);
    if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${invoer.planId} bestaat niet.`);
    const conflict = controleerVersie('plan', invoer, { versie, status: plan.status });
    if (conflict) return conflict;
    if (plan.status !== 'Goedgekeurd') return mislukt('ongeldig', `Een NZa-beschikking kan alleen op een goedgekeurd plan; dit plan heeft de status '${plan.status}'.`);
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], {
      id: plan.id,
      snelle_toets_id: plan.snelle_toets_id,
      ingediend_op: plan.ingediend_op,
      status: plan.status,
      status_sleutel: plan.status,
      status_datum: vandaag,
      nza_beschikking_datum: invoer.datum,
      nza_bedrag_eur: invoer.bedrag_eur,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    const na = { nza_beschikking_datum: invoer.datum, nza_bedrag_eur: invoer.bedrag_eur };
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'nza_beschikking', van: plan.status, naar: plan.status, datum: vandaag, details: na });
    await schrijfAudit(tx, {
      door: g.email,
      actie: 'plan.nza_beschikking',
      object_soort: 'transformatieplan',
      object_id: plan.id,
      voor: { nza_beschikking_datum: plan.nza_beschikking_datum, nza_bedrag_eur: plan.nza_bedrag_eur, versie },
      na: { ...na, versie: nieuweVersie },
    });
    return { ok: true as const, versie: nieuweVersie };
  });
}

/** De VWS-ventielroute aan- of uitzetten (alleen een route: het plan telt overal gewoon mee). */
export async function zetVentiel(db: Db, invoer: { planId: string; versie?: number | null; ventiel: boolean }, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ versie: number }>> {
  return db.transaction(async (tx) => {
    const versie = await vergrendel(tx, 'plan', invoer.planId);
    const plan = await planOp(tx, invoer.planId, vandaag);
    if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${invoer.planId} bestaat niet.`);
    const conflict = controleerVersie('plan', invoer, { versie, status: plan.status });
    if (conflict) return conflict;
    if (plan.status === 'Afgekeurd') return mislukt('ongeldig', 'Een afgekeurd plan loopt niet via het ventiel.');
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], {
      id: plan.id,
      snelle_toets_id: plan.snelle_toets_id,
      ingediend_op: plan.ingediend_op,
      status: plan.status,
      status_sleutel: plan.status ?? '',
      status_datum: vandaag,
      ventiel: invoer.ventiel,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'ventiel', van: plan.status, naar: plan.status, datum: vandaag, details: { ventiel: invoer.ventiel } });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.ventiel', object_soort: 'transformatieplan', object_id: plan.id, voor: { ventiel: plan.ventiel, versie }, na: { ventiel: invoer.ventiel, versie: nieuweVersie } });
    return { ok: true as const, versie: nieuweVersie };
  });
}

// ---------------------------------------------------------------------------------------------
// KPI's

export const KPI_EERSTE_JAAR = 2023;

/** Wie KPI's van dit plan beheert: de coördinerend verzekeraar van het plan of een beheerder. */
export function magKpisBeheren(g: Gebruiker | null, coordinerendVerzekeraar: string | null): boolean {
  if (!g) return false;
  return g.rollen.includes('beheerder') || (g.rollen.includes('coordinerend-verzekeraar') && isCoordinerendVoor(g, coordinerendVerzekeraar));
}

export async function voegKpiToe(
  db: Db,
  invoer: { planId: string; omschrijving: string; jaar: number | null; bedrag_eur: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ kpiId: string }>> {
  const velden: Record<string, string> = {};
  if (!invoer.omschrijving.trim()) velden.omschrijving = 'Beschrijf wat bereikt moet worden.';
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < KPI_EERSTE_JAAR || invoer.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR) {
    velden.jaar = `Kies een jaar van ${KPI_EERSTE_JAAR} tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR} (het fonds loopt tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}).`;
  }
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  return db.transaction(async (tx) => {
    await vergrendel(tx, 'plan', invoer.planId);
    const plan = await planOp(tx, invoer.planId, vandaag);
    if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${invoer.planId} bestaat niet.`);
    const toets = plan.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
    if (!magKpisBeheren(g, toets?.coordinerend_verzekeraar ?? null)) return mislukt('verboden', "Alleen de coördinerend verzekeraar van dit plan of een beheerder legt KPI's vast.");
    if (plan.status !== 'Voorgenomen besluit' && plan.status !== 'Goedgekeurd') {
      return mislukt('ongeldig', `KPI's worden vastgelegd bij een voorgenomen besluit of een goedgekeurd plan; dit plan heeft de status '${plan.status}'.`);
    }
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
    const [{ hoogste }] = await tx.query<{ hoogste: number }>(
      `SELECT coalesce(max((substring(kpi_id from '^K(\\d+)$'))::int), 0) AS hoogste FROM kpis_log WHERE plan_id = $1`,
      [plan.id],
    );
    const kpiId = `K${Number(hoogste) + 1}`;
    await vergrendel(tx, 'kpi', `${plan.id}/${kpiId}`);
    const rij = {
      plan_id: plan.id,
      kpi_id: kpiId,
      status_datum: vandaag,
      omschrijving: invoer.omschrijving.trim(),
      jaar: invoer.jaar,
      bedrag_eur: invoer.bedrag_eur,
      resultaat: 'open',
      betaalstatus: 'open',
      door: g.email,
    };
    await schrijfLogRij(tx, 'kpis_log', ['plan_id', 'kpi_id', 'status_datum'], rij);
    await verhoogVersie(tx, 'kpi', `${plan.id}/${kpiId}`);
    await schrijfHandeling(tx, g, { soort: 'kpi', item_id: `${plan.id}/${kpiId}`, actie: 'kpi_toevoegen', naar: 'open', datum: vandaag, tekst: invoer.omschrijving, details: { jaar: invoer.jaar, bedrag_eur: invoer.bedrag_eur } });
    await schrijfAudit(tx, { door: g.email, actie: 'kpi.toevoegen', object_soort: 'kpi', object_id: `${plan.id}/${kpiId}`, voor: null, na: rij });
    return { ok: true as const, kpiId };
  });
}

export async function voerKpiActieUit(
  db: Db,
  invoer: { planId: string; kpiId: string; actie: KpiActie; versie?: number | null; resultaat?: string | null; bedrag_definitief_eur?: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ versie: number }>> {
  const sleutel = `${invoer.planId}/${invoer.kpiId}`;
  return db.transaction(async (tx) => {
    const versie = await vergrendel(tx, 'kpi', sleutel);
    const kpi = await kpiOp(tx, invoer.planId, invoer.kpiId, vandaag);
    if (!kpi) return mislukt('niet_gevonden', `KPI ${invoer.kpiId} van plan ${invoer.planId} bestaat niet.`);
    const conflict = controleerVersie('kpi', invoer, { versie });
    if (conflict) return conflict;
    const plan = await planOp(tx, invoer.planId, vandaag);
    const toets = plan?.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
    if (!magKpisBeheren(g, toets?.coordinerend_verzekeraar ?? null)) return mislukt('verboden', "Alleen de coördinerend verzekeraar van dit plan of een beheerder werkt KPI's bij.");
    if (plan?.status !== 'Goedgekeurd') return mislukt('ongeldig', `Resultaten en betalingen kunnen alleen bij een goedgekeurd plan; dit plan heeft de status '${plan?.status ?? 'onbekend'}'.`);
    const r = kpiOvergang(kpi, invoer.actie, { resultaat: invoer.resultaat, bedrag_definitief_eur: invoer.bedrag_definitief_eur });
    if (!r.ok) return mislukt('validatie', r.fout, r.veld ? { [r.veld]: r.fout } : undefined);
    await schrijfLogRij(tx, 'kpis_log', ['plan_id', 'kpi_id', 'status_datum'], {
      plan_id: kpi.plan_id,
      kpi_id: kpi.kpi_id,
      status_datum: vandaag,
      ...r.wijziging,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'kpi', sleutel);
    const voor = { resultaat: kpi.resultaat, bedrag_definitief_eur: kpi.bedrag_definitief_eur, betaalstatus: kpi.betaalstatus, vrijgave: kpi.vrijgave };
    await schrijfHandeling(tx, g, { soort: 'kpi', item_id: sleutel, actie: invoer.actie, datum: vandaag, details: r.wijziging });
    await schrijfAudit(tx, { door: g.email, actie: `kpi.${invoer.actie}`, object_soort: 'kpi', object_id: sleutel, voor: { ...voor, versie }, na: { ...r.wijziging, versie: nieuweVersie } });
    return { ok: true as const, versie: nieuweVersie };
  });
}

// ---------------------------------------------------------------------------------------------
// Budget per jaar (wie het eerst komt) en doorbraakmiddelen

export async function budgetten(db: Queryable): Promise<Jaarbudget[]> {
  return db.query<Jaarbudget>(`SELECT jaar, bedrag_eur FROM transformatie_budgetten ORDER BY jaar`);
}

export async function zetBudget(db: Db, invoer: { jaar: number | null; bedrag_eur: number | null }, g: Gebruiker): Promise<Uitkomst> {
  const velden: Record<string, string> = {};
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < 2022 || invoer.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR) {
    velden.jaar = `Kies een jaar van 2022 tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}: het fonds loopt tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}.`;
  }
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur < 0) velden.bedrag_eur = "Vul het budget in hele euro's in.";
  if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
  return db.transaction(async (tx) => {
    const voor = await tx.query<{ bedrag_eur: number }>(`SELECT bedrag_eur FROM transformatie_budgetten WHERE jaar = $1 FOR UPDATE`, [invoer.jaar]);
    await tx.query(
      `INSERT INTO transformatie_budgetten (jaar, bedrag_eur, door) VALUES ($1, $2, $3)
       ON CONFLICT (jaar) DO UPDATE SET bedrag_eur = EXCLUDED.bedrag_eur, door = EXCLUDED.door, gewijzigd_op = now()`,
      [invoer.jaar, invoer.bedrag_eur, g.email],
    );
    await schrijfAudit(tx, { door: g.email, actie: 'budget.zetten', object_soort: 'transformatie_budget', object_id: String(invoer.jaar), voor: voor[0] ?? null, na: { bedrag_eur: invoer.bedrag_eur } });
    return { ok: true as const };
  });
}

/**
 * Wat elk goedgekeurd plan op P van welk jaarbudget vraagt: de KPI-bedragen per jaar, en wat er van
 * het beschikbaar gestelde bedrag niet aan een KPI hangt in het jaar van goedkeuring.
 */
export async function toekenningenOp(db: Queryable, peildatum: Datum): Promise<Toekenning[]> {
  const plannen = (await plannenOp(db, peildatum)).filter((p) => p.status === 'Goedgekeurd');
  const goedgekeurdOp = await goedgekeurdOpPerPlan(db, peildatum);
  const kpis = await kpisOp(db, peildatum);
  const uit: Toekenning[] = [];
  for (const p of plannen) {
    const datum = goedgekeurdOp.get(p.id) ?? p.status_datum;
    const perJaar = new Map<number, number>();
    let totaal = 0;
    for (const k of kpis.filter((x) => x.plan_id === p.id && x.jaar !== null)) {
      perJaar.set(Number(k.jaar), (perJaar.get(Number(k.jaar)) ?? 0) + (k.bedrag_eur ?? 0));
      totaal += k.bedrag_eur ?? 0;
    }
    const rest = (p.bedrag_beschikbaar_gesteld_eur ?? 0) - totaal;
    if (rest > 0) {
      const jaar = Number(datum.slice(0, 4));
      perJaar.set(jaar, (perJaar.get(jaar) ?? 0) + rest);
    }
    for (const [jaar, bedrag] of perJaar) uit.push({ plan_id: p.id, goedgekeurd_op: datum, jaar, bedrag_eur: bedrag });
  }
  return uit;
}

export async function budgetOverzicht(db: Queryable, peildatum: Datum): Promise<{ budgetten: Jaarbudget[]; toekenningen: Toekenning[]; verdeling: Budgetverdeling }> {
  const b = await budgetten(db);
  const t = await toekenningenOp(db, peildatum);
  return { budgetten: b, toekenningen: t, verdeling: verdeelBudget(b, t, peildatum) };
}

export interface DoorbraakclaimRij {
  id: number;
  jaar: number;
  plan_id: string | null;
  omschrijving: string;
  bedrag_eur: number;
  sociaal_domein: boolean;
  door: string;
}

export async function doorbraakclaims(db: Queryable): Promise<DoorbraakclaimRij[]> {
  return db.query<DoorbraakclaimRij>(`SELECT id, jaar, plan_id, omschrijving, bedrag_eur, sociaal_domein, door FROM doorbraakclaims ORDER BY jaar, id`);
}

export async function doorbraakOverzicht(db: Queryable): Promise<{ claims: DoorbraakclaimRij[]; toets: DoorbraakToets }> {
  const claims = await doorbraakclaims(db);
  return { claims, toets: toetsDoorbraakclaims(claims) };
}

export async function voegDoorbraakclaimToe(
  db: Db,
  invoer: { jaar: number | null; plan_id: string | null; omschrijving: string; bedrag_eur: number | null; sociaal_domein: boolean },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ id: number; meldingen: string[] }>> {
  const velden: Record<string, string> = {};
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < 2025 || invoer.jaar > 2035) velden.jaar = 'Kies het jaar van de claim (doorbraakmiddelen zijn er in 2027 en 2028).';
  if (!invoer.omschrijving.trim()) velden.omschrijving = 'Beschrijf de claim.';
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
  return db.transaction(async (tx) => {
    if (invoer.plan_id) {
      const plan = await planOp(tx, invoer.plan_id, vandaag);
      if (!plan) return mislukt('validatie', `Plan ${invoer.plan_id} bestaat niet.`, { plan_id: `Plan ${invoer.plan_id} bestaat niet.` });
    }
    // één claim tegelijk, zodat het jaartotaal klopt dat we hierna melden
    await vergrendel(tx, 'teller', 'doorbraakclaims');
    const [{ id }] = await tx.query<{ id: number }>(
      `INSERT INTO doorbraakclaims (jaar, plan_id, omschrijving, bedrag_eur, sociaal_domein, door) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [invoer.jaar, invoer.plan_id || null, invoer.omschrijving.trim(), invoer.bedrag_eur, invoer.sociaal_domein, g.email],
    );
    await schrijfAudit(tx, { door: g.email, actie: 'doorbraakclaim.toevoegen', object_soort: 'doorbraakclaim', object_id: String(id), voor: null, na: invoer });
    const toets = toetsDoorbraakclaims(await doorbraakclaims(tx));
    return { ok: true as const, id, meldingen: toets.jaren.find((j) => j.jaar === invoer.jaar)?.meldingen ?? [] };
  });
}

export { ACTIE_LABELS };
