// SQL of the AZWA monitoring part: goals, monitors, BO meetings and the event log of decisions and
// commitments (toezeggingen), plus the state of the AZWA and IZA actions it reports on. Every write is
// one transaction with one audit entry. The rules live in domein/doelen.ts and domein/azwa.ts.
import type { Db, Queryable } from '../platform/db.js';
import type { Datum } from '../domein/begrippen.js';
import type { Gebruiker } from '../domein/beleid.js';
import type { Doel, Waarneming } from '../domein/doelen.js';
import type { ActieStand } from '../domein/azwa.js';
import { ACTIES, TOEZEGGINGEN } from '../kern/contract/bestandstypen.js';
import { toestandSql } from '../kern/toestand.js';
import { schrijfAudit } from '../kern/audit.js';

export const STANDAARD_AZWA_ANKER: Datum = '2025-07-03';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export interface DoelRij extends Doel {
  toelichting: string | null;
}

const DOEL_SELECT = `SELECT code, titel, transitiedoel, bovenliggend, eenheid, streefwaarde_soort, basis_waarde, basis_datum::text AS basis_datum,
                            streefwaarde, streef_datum::text AS streef_datum, coalesce(indicatoren, '{}') AS indicatoren,
                            coalesce(afspraken, '{}') AS afspraken, bron_document, bron_regels, toelichting
                       FROM doelen`;

function doelVanDb(r: Record<string, unknown>): DoelRij {
  return { ...(r as unknown as DoelRij), basis_waarde: num(r.basis_waarde), streefwaarde: Number(r.streefwaarde) };
}

export async function leesDoelen(db: Queryable): Promise<DoelRij[]> {
  const rijen = await db.query<Record<string, unknown>>(`${DOEL_SELECT} ORDER BY code`);
  return rijen.map(doelVanDb);
}

export interface Definitie {
  code: string;
  naam: string;
  eenheid: string | null;
  norm: number | null;
  norm_omschrijving: string | null;
}

export async function definities(db: Queryable, codes: readonly string[]): Promise<Definitie[]> {
  if (codes.length === 0) return [];
  const r = await db.query<Record<string, unknown>>(
    `SELECT code, naam, eenheid, norm, norm_omschrijving FROM indicator_definities WHERE code = ANY($1::text[]) ORDER BY code`,
    [codes],
  );
  return r.map((x) => ({ ...(x as unknown as Definitie), norm: num(x.norm) }));
}

export async function waarnemingen(db: Queryable, codes: readonly string[]): Promise<Waarneming[]> {
  if (codes.length === 0) return [];
  const r = await db.query<Record<string, unknown>>(
    `SELECT indicator, periode, gebied, dimensie, waarde, bron_datum::text AS bron_datum FROM indicatoren WHERE indicator = ANY($1::text[])`,
    [codes],
  );
  return r.map((x) => ({ ...(x as unknown as Waarneming), waarde: num(x.waarde) }));
}

export interface Afspraak {
  code: string;
  naam: string;
  blok: string | null;
}

export async function afspraken(db: Queryable): Promise<Afspraak[]> {
  const r = await db.query<Afspraak>(`SELECT code, naam, blok FROM onderdelen WHERE akkoord = 'AZWA'`);
  return r.sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true }));
}

export interface ActieRij extends ActieStand {
  titel: string | null;
}

/** The state of every action at P (contract §2.1) with what the AZWA rules need. */
export async function actieStanden(db: Queryable, peildatum: Datum, akkoord?: 'IZA' | 'AZWA'): Promise<ActieRij[]> {
  return db.query<ActieRij>(
    toestandSql(ACTIES, ['akkoord', 'onderdeel', 'titel', 'status', 'deadline'], akkoord ? 'AND t_akkoord = $2' : '', { metData: false }),
    akkoord ? [peildatum, akkoord] : [peildatum],
  );
}

/** Codes of the actions that are Afgerond at P. */
export async function afgerondOp(db: Queryable, peildatum: Datum): Promise<Set<string>> {
  return new Set((await actieStanden(db, peildatum)).filter((a) => a.status === 'Afgerond').map((a) => a.code));
}

/** The peildatum of the newest fixed round before P (contract §3). */
export async function vorigeVastgesteldePeildatum(db: Queryable, peildatum: Datum): Promise<Datum | null> {
  const r = await db.query<{ p: Datum }>(
    `SELECT peildatum::text AS p FROM rapportagerondes WHERE status IN ('vastgesteld', 'gepubliceerd') AND peildatum < $1 ORDER BY peildatum DESC LIMIT 1`,
    [peildatum],
  );
  return r[0]?.p ?? null;
}

/** What the public may see: the newest published round on or before P. */
export async function gepubliceerdOpOfVoor(db: Queryable, peildatum: Datum): Promise<Datum | null> {
  const r = await db.query<{ p: Datum }>(
    `SELECT peildatum::text AS p FROM rapportagerondes WHERE status = 'gepubliceerd' AND peildatum <= $1 ORDER BY peildatum DESC LIMIT 1`,
    [peildatum],
  );
  return r[0]?.p ?? null;
}

export async function azwaAnker(db: Queryable): Promise<Datum | null> {
  const r = await db.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = 'azwa_anker'`);
  if (r.length === 0) return STANDAARD_AZWA_ANKER;
  return typeof r[0].waarde === 'string' ? r[0].waarde : null;
}

// ─── Monitors ───────────────────────────────────────────────────────────────────────────────────

export interface Monitor {
  code: string;
  soort: 'beweging' | 'doelgroep';
  naam: string;
  instituut: string | null;
  nulmeting: string | null;
  eenmeting: string | null;
  link: string | null;
  indicatoren: string[];
  bron: string | null;
  toelichting: string | null;
}

export async function monitoren(db: Queryable): Promise<Monitor[]> {
  // in the order of the source: by the first line number the bron names ("002_… r. 7788; …"), then code
  return db.query<Monitor>(
    `SELECT code, soort, naam, instituut, nulmeting, eenmeting, link, coalesce(indicatoren, '{}') AS indicatoren, bron, toelichting
       FROM monitoren ORDER BY soort, (substring(bron FROM 'r\\. (\\d+)'))::int NULLS LAST, code`,
  );
}

// ─── BO and toezeggingen ────────────────────────────────────────────────────────────────────────

export interface Overleg {
  id: string;
  datum: Datum;
  soort: string;
  titel: string;
  agendapunten: string[];
  documenten: string[];
  bron: string | null;
  toelichting: string | null;
}

export async function overleggen(db: Queryable): Promise<Overleg[]> {
  return db.query<Overleg>(
    `SELECT id, datum::text AS datum, soort, titel, coalesce(agendapunten, '{}') AS agendapunten, coalesce(documenten, '{}') AS documenten, bron, toelichting
       FROM bo_overleggen ORDER BY datum DESC, id`,
  );
}

export interface Toezegging {
  id: string;
  soort: 'toezegging' | 'besluit' | null;
  bo_id: string | null;
  titel: string | null;
  eigenaar: string | null;
  betrokken: string[] | null;
  deadline: string | null;
  status: string | null;
  status_datum: Datum;
  eerste_datum: Datum;
  afspraken: string[] | null;
  doelen: string[] | null;
  ronde: Datum | null;
  bron: string | null;
  toelichting: string | null;
}

const T_KOLOMMEN = ['soort', 'bo_id', 'titel', 'eigenaar', 'betrokken', 'deadline', 'status', 'afspraken', 'doelen', 'ronde', 'bron', 'toelichting'];

/** The state of every toezegging at P (event log, contract §1). */
export async function toezeggingenOp(db: Queryable, peildatum: Datum, id?: string): Promise<Toezegging[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT * FROM (${toestandSql(TOEZEGGINGEN, T_KOLOMMEN, id ? 'AND id = $2' : '')}) x ORDER BY id`,
    id ? [peildatum, id] : [peildatum],
  );
  return rijen.map((r) => ({ ...(r as unknown as Toezegging), status_datum: String(r.status_datum).slice(0, 10), eerste_datum: String(r.eerste_datum).slice(0, 10), ronde: r.ronde ? String(r.ronde).slice(0, 10) : null }));
}

export interface ToezeggingMelding {
  volgnr: number;
  status: string | null;
  status_datum: Datum;
  deadline: string | null;
  toelichting: string | null;
  door: string;
}

export async function toezeggingHistorie(db: Queryable, id: string): Promise<ToezeggingMelding[]> {
  return db.query<ToezeggingMelding>(
    `SELECT volgnr, status, status_datum::text AS status_datum, deadline, toelichting, door FROM toezeggingen_log WHERE id = $1 ORDER BY status_datum DESC, volgnr DESC`,
    [id],
  );
}

function door(g: Gebruiker): string {
  return `${g.naam} <${g.email}>`;
}

export interface NieuwOverleg {
  id: string;
  datum: Datum;
  soort: string;
  titel: string;
  agendapunten: string[];
  documenten: string[];
}

export async function legOverlegVast(db: Db, g: Gebruiker, o: NieuwOverleg): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO bo_overleggen (id, datum, soort, titel, agendapunten, documenten, door) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [o.id, o.datum, o.soort, o.titel, o.agendapunten, o.documenten, door(g)],
    );
    await schrijfAudit(tx, { door: door(g), actie: 'bo.overleg', object_soort: 'bo_overleg', object_id: o.id, na: o });
  });
}

export interface NieuweToezegging {
  id: string;
  soort: 'toezegging' | 'besluit';
  bo_id: string | null;
  titel: string;
  eigenaar: string | null;
  deadline: string | null;
  status_datum: Datum;
  afspraken: string[];
  doelen: string[];
  toelichting: string | null;
}

export async function legToezeggingVast(db: Db, g: Gebruiker, t: NieuweToezegging): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO toezeggingen_log (id, soort, bo_id, titel, eigenaar, deadline, status_sleutel, status_datum, afspraken, doelen, toelichting, door)
       VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $9, $10, $11)`,
      [t.id, t.soort, t.bo_id, t.titel, t.eigenaar, t.deadline, t.status_datum, t.afspraken, t.doelen, t.toelichting, door(g)],
    );
    await schrijfAudit(tx, { door: door(g), actie: `toezegging.${t.soort}`, object_soort: 'toezegging', object_id: t.id, na: t });
  });
}

export async function meldToezeggingStatus(
  db: Db,
  g: Gebruiker,
  m: { id: string; status: string; status_datum: Datum; toelichting: string | null },
  voor: Toezegging,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO toezeggingen_log (id, status, status_sleutel, status_datum, toelichting, door) VALUES ($1, $2, $2, $3, $4, $5)`,
      [m.id, m.status, m.status_datum, m.toelichting, door(g)],
    );
    await schrijfAudit(tx, {
      door: door(g),
      actie: 'toezegging.status',
      object_soort: 'toezegging',
      object_id: m.id,
      voor: { status: voor.status, status_datum: voor.status_datum },
      na: m,
    });
  });
}

/** Does an id already exist (meeting or toezegging)? */
export async function bestaat(db: Queryable, tabel: 'bo_overleggen' | 'toezeggingen_log', id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM ${tabel} WHERE id = $1 LIMIT 1`, [id])).length > 0;
}

/** How many decisions a meeting has (for the next id, BO-…-n). */
export async function aantalBesluiten(db: Queryable, boId: string): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(DISTINCT id)::int AS n FROM toezeggingen_log WHERE bo_id = $1`, [boId]);
  return n;
}
