// Het actieregister: de stand van IZA-acties en AZWA-deelafspraken op een peildatum, hun historie,
// en de wijzigingen (statusmelding per actie of per onderdeel, nieuwe actie). Elke wijziging: één
// transactie, één auditregel per actie, optimistische gelijktijdigheid op het volgnr van de laatste
// rij die het formulier liet zien.
//
// Tellingen maakt dit bestand niet: pagina's tellen via berekenKerncijfers / telActies, zodat ze
// gelijk zijn aan de kerncijfers-API.
import type { Db, Queryable } from '../platform/db.js';
import { toestandBekendSql, toestandSql } from '../kern/toestand.js';
import { ACTIES } from '../kern/contract/bestandstypen.js';
import { toestandOp, type Gebeurtenis } from '../domein/gebeurtenissen.js';
import { ACTIE_STATUSSEN, type ActieStatus, type Datum } from '../domein/begrippen.js';
import { deadlineStatus, interpreteerDeadline } from '../domein/deadline.js';
import type { DeadlineInterpretatie, DeadlineStatus } from '../domein/deadline-datum.js';
import { beoordeelStatusWijziging, deadlineOpties, isActieStatus, type VeldFouten } from '../domein/acties.js';
import { magOnderdeel, mag, type Gebruiker } from '../domein/beleid.js';
import { schrijfAudit } from '../kern/audit.js';

export const STANDAARD_AZWA_ANKER: Datum = '2025-07-03';
/** Een termijn die binnen zoveel dagen na de peildatum verloopt, heet "binnenkort". */
export const DAGEN_BINNENKORT = 30;

export interface Onderdeel {
  akkoord: 'IZA' | 'AZWA';
  code: string;
  naam: string;
  blok: string | null;
  regeldrukeffect: string | null;
  financiering: string[];
  bron: string | null;
}

export interface ActieStand {
  code: string;
  akkoord: 'IZA' | 'AZWA';
  onderdeel: string;
  titel: string | null;
  trekker: string | null;
  betrokken: string[] | null;
  deadline: string | null;
  status: ActieStatus | null;
  toelichting: string | null;
  /** Datum van de laatste melding ≤ peildatum. */
  status_datum: Datum;
  /** Datum van de eerste melding (registratie). */
  eerste_datum: Datum;
  termijn: DeadlineInterpretatie;
  termijnStatus: DeadlineStatus;
}

export interface HistorieRij {
  volgnr: number;
  code: string;
  akkoord: string;
  onderdeel: string;
  titel: string | null;
  trekker: string | null;
  betrokken: string[] | null;
  deadline: string | null;
  status: ActieStatus | null;
  status_datum: Datum;
  toelichting: string | null;
  door: string;
  import_id: number | null;
  geregistreerd_op: string;
}

export interface Ankers {
  azwa: Datum | null;
  iza: Datum | null;
}

// ─── Lezen ─────────────────────────────────────────────────────────────────────────────────────

export async function leesAnkers(db: Queryable): Promise<Ankers> {
  const rijen = await db.query<{ sleutel: string; waarde: unknown }>(
    `SELECT sleutel, waarde FROM instellingen WHERE sleutel IN ('azwa_anker', 'iza_anker')`,
  );
  const per = new Map(rijen.map((r) => [r.sleutel, typeof r.waarde === 'string' ? r.waarde : null]));
  return { azwa: per.has('azwa_anker') ? per.get('azwa_anker')! : STANDAARD_AZWA_ANKER, iza: per.get('iza_anker') ?? null };
}

export async function leesOnderdelen(db: Queryable): Promise<Onderdeel[]> {
  const rijen = await db.query<Onderdeel>(
    `SELECT akkoord, code, naam, blok, regeldrukeffect, financiering, bron FROM onderdelen ORDER BY akkoord DESC, code`,
  );
  // IZA eerst (A–J), dan AZWA in codevolgorde (A1 … C3a, C3b … E6)
  return rijen.sort((a, b) => (a.akkoord === b.akkoord ? vergelijkCodes(a, b) : a.akkoord === 'IZA' ? -1 : 1));
}

export async function leesOnderdeel(db: Queryable, akkoord: 'IZA' | 'AZWA', code: string): Promise<Onderdeel | null> {
  const r = await db.query<Onderdeel>(
    `SELECT akkoord, code, naam, blok, regeldrukeffect, financiering, bron FROM onderdelen WHERE akkoord = $1 AND code = $2`,
    [akkoord, code],
  );
  return r[0] ?? null;
}

const KOLOMMEN = ['akkoord', 'onderdeel', 'titel', 'trekker', 'betrokken', 'deadline', 'status', 'toelichting'] as const;

// Reading a termijn text is a pure rule that every list page applies to every action; the register repeats
// the same few hundred texts, so readings are kept per (text, anchor, date). Bounded: cleared when full.
const gelezenTermijnen = new Map<string, DeadlineInterpretatie>();
function leesTermijn(deadline: string, opties: ReturnType<typeof deadlineOpties>): DeadlineInterpretatie {
  const sleutel = `${opties.anker ?? ''}\u0000${opties.vandaag ?? ''}\u0000${deadline}`;
  let t = gelezenTermijnen.get(sleutel);
  if (!t) {
    if (gelezenTermijnen.size >= 20_000) gelezenTermijnen.clear();
    t = interpreteerDeadline(deadline, opties);
    gelezenTermijnen.set(sleutel, t);
  }
  return t;
}

export function verrijk(r: Omit<ActieStand, 'termijn' | 'termijnStatus'>, ankers: Ankers, peildatum: Datum): ActieStand {
  const termijn = leesTermijn(r.deadline ?? '', deadlineOpties(r.akkoord, ankers, peildatum));
  return { ...r, termijn, termijnStatus: deadlineStatus(termijn, peildatum, r.status === 'Afgerond', DAGEN_BINNENKORT) };
}

/** De stand van elke actie op de peildatum (contract §2.1), met de gelezen termijn. */
export async function actiesOp(
  db: Queryable,
  peildatum: Datum,
  waar: { onderdeel?: string; code?: string; akkoord?: string; codes?: readonly string[] } = {},
  /** For the public: only what was registered by this moment (the publication, kern/publicatie.ts). */
  bekendOp?: string | null,
): Promise<ActieStand[]> {
  const params: unknown[] = [peildatum];
  let extra = '';
  for (const k of ['onderdeel', 'code', 'akkoord'] as const) {
    if (waar[k] !== undefined) {
      params.push(waar[k]);
      extra += ` AND ${k} = $${params.length}`;
    }
  }
  if (waar.codes) {
    params.push([...waar.codes]);
    extra += ` AND code = ANY($${params.length}::text[])`;
  }
  let sql = toestandSql(ACTIES, [...KOLOMMEN], extra);
  if (bekendOp) {
    params.push(bekendOp);
    sql = toestandBekendSql(ACTIES, [...KOLOMMEN], `$${params.length}`, extra);
  }
  const rijen = await db.query<Omit<ActieStand, 'termijn' | 'termijnStatus'>>(sql, params);
  const ankers = await leesAnkers(db);
  return rijen.map((r) => verrijk(r, ankers, peildatum)).sort(vergelijkCodes);
}

// One collator for all sorting: String.localeCompare with a locale builds a new one on every call, which
// was the largest single cost of sorting a register of thousands of actions.
const codeVolgorde = new Intl.Collator('nl', { numeric: true });
/**
 * The actions whose termijn has passed and those due within DAGEN_BINNENKORT days at P: how many, and the
 * first `n` of each in code order. The termijn is free text read in Node, so the database hands over only
 * the codes per distinct termijn text of the open actions; the full rows are read for the `n` shown.
 */
export async function termijnLijsten(
  db: Queryable,
  peildatum: Datum,
  bekendOp: string | null | undefined,
  n: number,
): Promise<Record<'verlopen' | 'binnenkort', { aantal: number; eerste: ActieStand[] }>> {
  const params: unknown[] = [peildatum];
  const extra = ` AND status IS DISTINCT FROM 'Afgerond' AND t_deadline IS NOT NULL`;
  if (bekendOp) params.push(bekendOp);
  const bron = bekendOp ? toestandBekendSql(ACTIES, ['akkoord', 'deadline'], '$2', extra, { metData: false }) : toestandSql(ACTIES, ['akkoord', 'deadline'], extra, { metData: false });
  const groepen = await db.query<{ akkoord: string; deadline: string; codes: string[] }>(
    `SELECT akkoord, deadline, array_agg(code) AS codes FROM (${bron}) t GROUP BY akkoord, deadline`,
    params,
  );
  const ankers = await leesAnkers(db);
  const per: Record<'verlopen' | 'binnenkort', string[]> = { verlopen: [], binnenkort: [] };
  for (const g of groepen) {
    const termijn = leesTermijn(g.deadline, deadlineOpties(g.akkoord, ankers, peildatum));
    const st = deadlineStatus(termijn, peildatum, false, DAGEN_BINNENKORT);
    if (st === 'verlopen' || st === 'binnenkort') per[st].push(...g.codes);
  }
  const uit = {} as Record<'verlopen' | 'binnenkort', { aantal: number; eerste: ActieStand[] }>;
  for (const k of ['verlopen', 'binnenkort'] as const) {
    const eerste = per[k].sort((a, b) => codeVolgorde.compare(a, b)).slice(0, n);
    uit[k] = { aantal: per[k].length, eerste: eerste.length ? await actiesOp(db, peildatum, { codes: eerste }, bekendOp) : [] };
  }
  return uit;
}

/**
 * The codes of the actions at P in code order, optionally of one akkoord and one status ('zonder': none):
 * what an unfiltered or status-filtered list needs before it reads the full rows of one page.
 */
export async function actieCodes(db: Queryable, peildatum: Datum, waar: { akkoord?: string; status?: string }, bekendOp?: string | null): Promise<string[]> {
  const params: unknown[] = [peildatum];
  let extra = '';
  if (waar.akkoord) {
    params.push(waar.akkoord);
    extra += ` AND akkoord = $${params.length}`;
  }
  if (waar.status === 'zonder') extra += ' AND status IS NULL';
  else if (waar.status) {
    params.push(waar.status);
    extra += ` AND status = $${params.length}`;
  }
  if (bekendOp) params.push(bekendOp);
  const sql = bekendOp ? toestandBekendSql(ACTIES, [], `$${params.length}`, extra, { metData: false }) : toestandSql(ACTIES, [], extra, { metData: false });
  return (await db.query<{ code: string }>(sql, params)).map((r) => r.code).sort(codeVolgorde.compare);
}

/** All parties (trekker and betrokken) of the actions at P, alphabetically: partijen() without the rows. */
export async function partijenOp(db: Queryable, peildatum: Datum, akkoord: string | undefined, bekendOp?: string | null): Promise<string[]> {
  const params: unknown[] = akkoord ? [peildatum, akkoord] : [peildatum];
  const extra = akkoord ? ' AND akkoord = $2' : '';
  if (bekendOp) params.push(bekendOp);
  const bron = bekendOp
    ? toestandBekendSql(ACTIES, ['trekker', 'betrokken'], `$${params.length}`, extra, { metData: false })
    : toestandSql(ACTIES, ['trekker', 'betrokken'], extra, { metData: false });
  const rijen = await db.query<{ p: string }>(`SELECT DISTINCT p FROM (${bron}) t, unnest(coalesce(betrokken, '{}'::text[]) || trekker) AS p WHERE p IS NOT NULL`, params);
  return rijen.map((r) => r.p).sort(naamVolgorde.compare);
}

export function vergelijkCodes(a: { code: string }, b: { code: string }): number {
  return codeVolgorde.compare(a.code, b.code);
}

/**
 * Alle meldingen met status_datum ≤ peildatum, nieuwste eerst. `publiek`: only rows registered by
 * `bekendOp` (the publication), and who reported as the organisation, not the person (issue 20).
 */
export async function historie(
  db: Queryable,
  peildatum: Datum,
  waar: { code?: string; onderdeel?: string },
  publiek?: { bekendOp: string } | null,
  /** At most this many rows (the newest): a page shows the first 100 of an onderdeel's thousands. */
  limiet?: number,
): Promise<HistorieRij[]> {
  const params: unknown[] = [peildatum];
  let extra = '';
  if (waar.code !== undefined) {
    params.push(waar.code);
    extra += ` AND code = $${params.length}`;
  }
  if (waar.onderdeel !== undefined) {
    params.push(waar.onderdeel);
    extra += ` AND onderdeel = $${params.length}`;
  }
  if (publiek) {
    params.push(publiek.bekendOp);
    extra += ` AND geregistreerd_op <= $${params.length}::timestamptz`;
  }
  const door = publiek
    ? `coalesce((SELECT o.naam FROM gebruikers g JOIN organisaties o ON o.id = g.organisatie_id WHERE g.email = l.door),
                CASE WHEN position('@' IN l.door) > 0 THEN 'onbekende organisatie' ELSE l.door END)`
    : 'l.door';
  return db.query<HistorieRij>(
    `SELECT volgnr, code, akkoord, onderdeel, titel, trekker, betrokken, deadline, status, status_datum::text AS status_datum,
            toelichting, ${door} AS door, import_id, geregistreerd_op::text AS geregistreerd_op
       FROM acties_log l WHERE status_datum <= $1 ${extra}
      ORDER BY status_datum DESC, volgnr DESC${limiet ? ` LIMIT ${Math.floor(limiet)}` : ''}`,
    params,
  );
}

/** Het volgnr van de laatste rij per actie (alle datums): de versie waarop een formulier rust. */
export async function laatsteVolgnrs(db: Queryable, waar: { code?: string; onderdeel?: string }): Promise<Map<string, number>> {
  const [kolom, waarde] = waar.code !== undefined ? ['code', waar.code] : ['onderdeel', waar.onderdeel];
  const r = await db.query<{ code: string; volgnr: number }>(
    `SELECT code, max(volgnr) AS volgnr FROM acties_log WHERE ${kolom} = $1 GROUP BY code`,
    [waarde],
  );
  return new Map(r.map((x) => [x.code, Number(x.volgnr)]));
}

/** Peildatums van rapportagerondes (voor de keuzelijst) en de status van de ronde. */
export async function rondes(db: Queryable): Promise<{ id: number; peildatum: Datum; titel: string; status: string }[]> {
  return db.query(`SELECT id, peildatum, titel, status FROM rapportagerondes ORDER BY peildatum DESC`);
}

export interface OnderdeelTekst {
  ronde_id: number;
  ronde_titel: string;
  peildatum: Datum;
  ronde_status: 'open' | 'vastgesteld' | 'gepubliceerd';
  soort: 'voortgang' | 'mijlpalen' | 'aandachtspunten';
  tekst: string;
  versie: number;
}

/**
 * De teksten van dit onderdeel (voortgang, behaalde mijlpalen, aandachtspunten) per ronde met
 * peildatum ≤ P, nieuwste ronde eerst. Ze staan in de tabel van het rapportagedeel (ronde_teksten,
 * migratie 0007); zolang dat deel er niet is, zijn er geen teksten. `rondeStatussen`: welke rondes
 * de lezer mag zien (concepten alleen voor wie dat mag).
 */
export async function onderdeelTeksten(db: Queryable, onderdeel: string, peildatum: Datum, rondeStatussen: readonly string[]): Promise<OnderdeelTekst[]> {
  if (rondeStatussen.length === 0) return [];
  const bestaat = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'ronde_teksten' AND table_schema = ANY(current_schemas(false))`);
  if (bestaat.length === 0) return [];
  const rijen = await db.query<OnderdeelTekst & { sleutel: string }>(
    `SELECT t.ronde_id, r.titel AS ronde_titel, r.peildatum, r.status AS ronde_status, t.sleutel, t.tekst, t.versie
       FROM ronde_teksten t JOIN rapportagerondes r ON r.id = t.ronde_id
      WHERE t.sleutel IN ($1, $2, $3) AND r.peildatum <= $4 AND r.status = ANY($5::text[]) AND length(trim(t.tekst)) > 0
      ORDER BY r.peildatum DESC`,
    [`onderdeel:${onderdeel}:voortgang`, `onderdeel:${onderdeel}:mijlpalen`, `onderdeel:${onderdeel}:aandachtspunten`, peildatum, [...rondeStatussen]],
  );
  const volgorde = ['voortgang', 'mijlpalen', 'aandachtspunten'];
  return rijen
    .map(({ sleutel, ...r }) => ({ ...r, soort: sleutel.split(':')[2] as OnderdeelTekst['soort'] }))
    .sort((a, b) => (a.peildatum === b.peildatum ? volgorde.indexOf(a.soort) - volgorde.indexOf(b.soort) : a.peildatum < b.peildatum ? 1 : -1));
}

// ─── Filteren en zoeken (puur) ────────────────────────────────────────────────────────────────

export type TermijnFilter = DeadlineStatus;
export interface ActieFilter {
  status?: string; // een status of 'zonder'
  partij?: string;
  termijn?: string;
  q?: string;
}

export const TERMIJN_LABELS: Record<DeadlineStatus, string> = {
  verlopen: 'Termijn verstreken',
  binnenkort: `Termijn binnen ${DAGEN_BINNENKORT} dagen`,
  'op-tijd': 'Termijn nog niet in zicht',
  'geen-datum': 'Geen einddatum',
};

function bevat(hooiberg: string | null | undefined, naald: string): boolean {
  return !!hooiberg && hooiberg.toLocaleLowerCase('nl').includes(naald);
}

export function filterActies(lijst: readonly ActieStand[], f: ActieFilter): ActieStand[] {
  const q = f.q?.trim().toLocaleLowerCase('nl') ?? '';
  const partij = f.partij?.trim().toLocaleLowerCase('nl') ?? '';
  return lijst.filter((a) => {
    if (f.status) {
      if (f.status === 'zonder' ? a.status !== null : a.status !== f.status) return false;
    }
    if (f.termijn && a.termijnStatus !== f.termijn) return false;
    if (partij && !(a.trekker?.toLocaleLowerCase('nl') === partij || (a.betrokken ?? []).some((b) => b.toLocaleLowerCase('nl') === partij))) return false;
    if (q) {
      const velden = [a.code, a.titel, a.trekker, a.deadline, a.toelichting, a.onderdeel, ...(a.betrokken ?? [])];
      // alle woorden moeten ergens voorkomen
      if (!q.split(/\s+/).every((w) => velden.some((v) => bevat(v, w)))) return false;
    }
    return true;
  });
}

/** Alle partijen (trekker en betrokken) in de lijst, alfabetisch. */
export function partijen(lijst: readonly ActieStand[]): string[] {
  const s = new Set<string>();
  for (const a of lijst) {
    if (a.trekker) s.add(a.trekker);
    for (const b of a.betrokken ?? []) s.add(b);
  }
  return [...s].sort(naamVolgorde.compare);
}
const naamVolgorde = new Intl.Collator('nl');

// ─── Wijzigen ──────────────────────────────────────────────────────────────────────────────────

export type ActieFoutSoort = 'validatie' | 'conflict' | 'toegang' | 'niet-gevonden';

export class ActieFout extends Error {
  constructor(
    public readonly soort: ActieFoutSoort,
    message: string,
    /** Veldfouten per actiecode (bij validatie). */
    public readonly fouten: Record<string, VeldFouten> = {},
  ) {
    super(message);
  }
}

export interface StatusInvoer {
  code: string;
  status: string;
  status_datum: string;
  toelichting: string;
  /** Het volgnr van de laatste rij die het formulier liet zien. */
  volgnr: number;
}

function door(g: Gebruiker): string {
  return g.email;
}

async function vergrendel(tx: Queryable, codes: string[]): Promise<void> {
  // Per actie een transactieslot (ook op PostgreSQL met meerdere verbindingen): wie tegelijk dezelfde
  // actie wijzigt, wacht en ziet daarna het nieuwe volgnr. Gesorteerd om impasses te vermijden.
  for (const c of [...new Set(codes)].sort()) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('acties_log:' || $1::text))`, [c]);
  }
}

/**
 * Legt een statusmelding vast voor één of meer acties (het bulkformulier per onderdeel geeft er
 * meerdere): alles of niets, in één transactie, met een auditregel per actie.
 * Gooit ActieFout: 'toegang' (niet uw onderdeel), 'niet-gevonden', 'conflict' (het formulier is
 * verouderd) of 'validatie' (veldfouten per code; er verandert niets).
 */
export async function meldStatussen(db: Db, gebruiker: Gebruiker, invoer: StatusInvoer[], vandaag: Datum): Promise<HistorieRij[]> {
  if (!mag(gebruiker, 'acties.status-wijzigen')) throw new ActieFout('toegang', 'Uw rol mag geen status van acties wijzigen.');
  if (invoer.length === 0) throw new ActieFout('validatie', 'Er is geen wijziging ingevuld.');
  const ankers = await leesAnkers(db);
  return db.transaction(async (tx) => {
    await vergrendel(tx, invoer.map((i) => i.code));
    const fouten: Record<string, VeldFouten> = {};
    const conflicten: string[] = [];
    const plannen: { i: StatusInvoer; voor: Record<string, unknown>; akkoord: string; onderdeel: string }[] = [];
    for (const i of invoer) {
      const rijen = await tx.query<HistorieRij>(
        `SELECT volgnr, code, akkoord, onderdeel, titel, deadline, status, status_datum::text AS status_datum FROM acties_log WHERE code = $1`,
        [i.code],
      );
      if (rijen.length === 0) throw new ActieFout('niet-gevonden', `Actie ${i.code} bestaat niet.`);
      const nu = toestandOp(rijen as unknown as Gebeurtenis[], '9999-12-31')!;
      if (!magOnderdeel(gebruiker, String(nu.onderdeel))) {
        throw new ActieFout('toegang', `U bent geen secretaris van onderdeel ${nu.onderdeel}; de status van ${i.code} kunt u niet wijzigen.`);
      }
      const laatste = Math.max(...rijen.map((r) => Number(r.volgnr)));
      if (laatste !== Number(i.volgnr)) {
        conflicten.push(i.code);
        continue;
      }
      const b = beoordeelStatusWijziging({
        vorigeStatus: isActieStatus(nu.status) ? nu.status : null,
        vorigeDatum: nu.status_datum,
        deadline: (nu.deadline as string | undefined) ?? null,
        status: i.status,
        statusDatum: i.status_datum,
        toelichting: i.toelichting,
        vandaag,
        anker: deadlineOpties(String(nu.akkoord), ankers, vandaag).anker,
      });
      if (!b.fouten.status && !b.fouten.status_datum && rijen.some((r) => r.status_datum === i.status_datum.trim() && (r.status ?? '') === i.status)) {
        b.fouten.status = `Op ${i.status_datum} is al de status "${i.status}" gemeld.`;
      }
      if (Object.keys(b.fouten).length > 0) fouten[i.code] = b.fouten;
      else
        plannen.push({
          i,
          voor: { status: nu.status ?? null, status_datum: nu.status_datum, volgnr: laatste },
          akkoord: String(nu.akkoord),
          onderdeel: String(nu.onderdeel),
        });
    }
    if (conflicten.length > 0) {
      throw new ActieFout(
        'conflict',
        `Iemand anders heeft intussen de status van ${conflicten.join(', ')} gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en vul het formulier opnieuw in.`,
      );
    }
    if (Object.keys(fouten).length > 0) {
      throw new ActieFout('validatie', 'Niet opgeslagen: verbeter de gemarkeerde velden.', fouten);
    }
    const nieuw: HistorieRij[] = [];
    for (const p of plannen) {
      const toelichting = p.i.toelichting.trim() || null;
      const [rij] = await tx.query<HistorieRij>(
        `INSERT INTO acties_log (code, akkoord, onderdeel, status, status_sleutel, status_datum, toelichting, door)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7)
         RETURNING volgnr, code, akkoord, onderdeel, titel, trekker, betrokken, deadline, status, status_datum::text AS status_datum,
                   toelichting, door, import_id, geregistreerd_op::text AS geregistreerd_op`,
        [p.i.code, p.akkoord, p.onderdeel, p.i.status, p.i.status_datum.trim(), toelichting, door(gebruiker)],
      );
      await schrijfAudit(tx, {
        door: door(gebruiker),
        actie: 'actie.status',
        object_soort: 'actie',
        object_id: p.i.code,
        voor: p.voor,
        na: { status: rij.status, status_datum: rij.status_datum, toelichting, volgnr: rij.volgnr },
      });
      nieuw.push(rij);
    }
    return nieuw;
  });
}

export interface NieuweActie {
  code: string;
  /** 'IZA:A' of 'AZWA:C3a' */
  onderdeel: string;
  titel: string;
  trekker: string;
  betrokken: string;
  deadline: string;
  status: string;
  status_datum: string;
  toelichting: string;
}

export type NieuweActieFouten = Partial<Record<keyof NieuweActie, string>>;

/** Registreert een nieuwe actie (beheerder): de eerste rij van haar log. */
export async function registreerActie(db: Db, gebruiker: Gebruiker, a: NieuweActie, vandaag: Datum): Promise<HistorieRij> {
  if (!mag(gebruiker, 'acties.beheren')) throw new ActieFout('toegang', 'Alleen een beheerder kan acties registreren.');
  return db.transaction(async (tx) => {
    const fouten: NieuweActieFouten = {};
    const code = a.code.trim();
    await vergrendel(tx, [code]);
    if (!/^[A-Za-z0-9][A-Za-z0-9.\-]*$/.test(code)) fouten.code = 'Vul een code in van letters, cijfers, punten en streepjes, bijvoorbeeld A.12.';
    else if ((await tx.query(`SELECT 1 FROM acties_log WHERE code = $1 LIMIT 1`, [code])).length > 0)
      fouten.code = `Er bestaat al een actie met code ${code}.`;
    const [akkoord, onderdeel] = a.onderdeel.split(':');
    const bestaat =
      akkoord && onderdeel ? (await tx.query(`SELECT 1 FROM onderdelen WHERE akkoord = $1 AND code = $2`, [akkoord, onderdeel])).length > 0 : false;
    if (!bestaat) fouten.onderdeel = 'Kies het onderdeel (thematafel of AZWA-afspraak) waar de actie onder valt.';
    if (!a.titel.trim()) fouten.titel = 'Vul een titel in.';
    if (a.status && !isActieStatus(a.status)) fouten.status = `Kies een status: ${ACTIE_STATUSSEN.join(', ')}, of laat leeg.`;
    const datum = a.status_datum.trim() || vandaag;
    const b = beoordeelStatusWijziging({
      vorigeStatus: null,
      vorigeDatum: null,
      deadline: null,
      status: 'Loopt op schema', // alleen de datum controleren
      statusDatum: datum,
      toelichting: '',
      vandaag,
    });
    if (b.fouten.status_datum) fouten.status_datum = b.fouten.status_datum;
    if (Object.keys(fouten).length > 0) throw new ActieFout('validatie', 'Niet opgeslagen: verbeter de gemarkeerde velden.', { [code || '_']: fouten as VeldFouten });
    const betrokken = a.betrokken
      .split(/[|,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const [rij] = await tx.query<HistorieRij>(
      `INSERT INTO acties_log (code, akkoord, onderdeel, titel, trekker, betrokken, deadline, status, status_sleutel, status_datum, toelichting, door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING volgnr, code, akkoord, onderdeel, titel, trekker, betrokken, deadline, status, status_datum::text AS status_datum,
                 toelichting, door, import_id, geregistreerd_op::text AS geregistreerd_op`,
      [
        code,
        akkoord,
        onderdeel,
        a.titel.trim(),
        a.trekker.trim() || null,
        betrokken.length ? betrokken : null,
        a.deadline.trim() || null,
        a.status || null,
        a.status || '',
        datum,
        a.toelichting.trim() || null,
        door(gebruiker),
      ],
    );
    await schrijfAudit(tx, { door: door(gebruiker), actie: 'actie.registreren', object_soort: 'actie', object_id: code, voor: null, na: rij });
    return rij;
  });
}

/** Zet het ankermoment voor relatieve AZWA-termijnen (beheerder). */
export async function zetAnker(db: Db, gebruiker: Gebruiker, sleutel: 'azwa_anker' | 'iza_anker', waarde: Datum | null): Promise<void> {
  if (!mag(gebruiker, 'acties.beheren')) throw new ActieFout('toegang', 'Alleen een beheerder kan het ankermoment wijzigen.');
  await db.transaction(async (tx) => {
    const voor = await tx.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = $1`, [sleutel]);
    await tx.query(
      `INSERT INTO instellingen (sleutel, waarde) VALUES ($1, $2) ON CONFLICT (sleutel) DO UPDATE SET waarde = EXCLUDED.waarde`,
      [sleutel, JSON.stringify(waarde)],
    );
    await schrijfAudit(tx, { door: door(gebruiker), actie: 'instelling', object_soort: 'instelling', object_id: sleutel, voor: voor[0]?.waarde ?? null, na: waarde });
  });
}

/** Een kop boven deelafspraken (C3 boven C3a en C3b): zelf geen acties. */
export function isOverkoepelend(code: string, alleCodes: readonly string[]): boolean {
  return alleCodes.some((c) => c !== code && c.startsWith(code) && /^[a-z]$/.test(c.slice(code.length)));
}
