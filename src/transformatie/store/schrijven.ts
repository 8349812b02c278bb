// Transformation store: what every command shares (outcome types, role attempts, locking and
// versions, log rows and handelingen). The contract event logs stay the source of all figures: each
// change is a row with status_datum = today and door = the user, in one transaction with one audit row.
import type { Db, Queryable } from '../../platform/db.js';
import { type Datum } from '../../domein/begrippen.js';
import { type Overgang, type Weigering } from '../../domein/workflow.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { planOp, toetsOp, type PlanStandRij, type ToetsStand } from './standen.js';

export type FoutSoort = 'conflict' | 'verboden' | 'ongeldig' | 'validatie' | 'niet_gevonden';
export interface Mislukt {
  ok: false;
  soort: FoutSoort;
  fout: string;
  /** Meldingen per formulierveld. */
  velden?: Record<string, string>;
}
export type Uitkomst<T extends object = object> = ({ ok: true } & T) | Mislukt;

/** Carries a refusal out of a transaction, so that the transaction rolls back. */
class Teruggedraaid extends Error {
  constructor(readonly uitkomst: Mislukt) {
    super(uitkomst.fout);
  }
}

/**
 * One write of the workflow in one transaction that stores nothing when it is refused (issue 20: a
 * POST to a toets or plan that does not exist left its lock row behind).
 */
export async function inTransactie<T extends { ok: boolean }>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const r = await fn(tx);
      if (!r.ok) throw new Teruggedraaid(r as unknown as Mislukt);
      return r;
    });
  } catch (e) {
    if (e instanceof Teruggedraaid) return e.uitkomst as unknown as T;
    throw e;
  }
}

export function mislukt(soort: FoutSoort, fout: string, velden?: Record<string, string>): Mislukt {
  return { ok: false, soort, fout, ...(velden ? { velden } : {}) };
}

/** Probeert de overgang met elke rol van de gebruiker; de eerste die mag, wint. Anders de meest specifieke weigering. */
export function metRollen<S>(g: Gebruiker, poging: (rol: string) => Overgang<S>): Overgang<S> {
  const rang: Record<Weigering['soort'], number> = { verboden: 1, ongeldig: 2, validatie: 3 };
  let beste: Weigering | null = null;
  for (const rol of g.rollen) {
    const r = poging(rol);
    if (r.ok) return r;
    if (!beste || rang[r.soort] > rang[beste.soort]) beste = r;
  }
  return beste ?? { ok: false, soort: 'verboden', fout: 'U heeft geen rol waarmee u dit mag doen.' };
}

export function uitWeigering(w: Weigering): Mislukt {
  return mislukt(w.soort, w.fout);
}

// ---------------------------------------------------------------------------------------------
// Schrijven: vergrendelen, versies, logrijen, handelingen

export async function vergrendel(tx: Queryable, soort: string, id: string): Promise<number> {
  await tx.query(`INSERT INTO transformatie_items (soort, id, versie) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [soort, id]);
  const [r] = await tx.query<{ versie: number }>(`SELECT versie FROM transformatie_items WHERE soort = $1 AND id = $2 FOR UPDATE`, [soort, id]);
  return r.versie;
}

export async function verhoogVersie(tx: Queryable, soort: string, id: string): Promise<number> {
  const [r] = await tx.query<{ versie: number }>(
    `UPDATE transformatie_items SET versie = versie + 1 WHERE soort = $1 AND id = $2 RETURNING versie`,
    [soort, id],
  );
  return r.versie;
}

const ONDERWERP = { toets: 'deze snelle toets', plan: 'dit transformatieplan', kpi: 'deze KPI' } as const;

/** Conflict als het formulier op een andere versie of status was gebaseerd dan nu in de database staat. */
export function controleerVersie(
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
export async function volgendId(tx: Queryable, teller: 'toets' | 'plan', prefix: string, breedte: number, tabel: string): Promise<string> {
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
export async function schrijfLogRij(tx: Queryable, tabel: string, conflict: string[], rij: Record<string, unknown>): Promise<void> {
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

export async function schrijfHandeling(
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

export function tekstOf(...t: (string | undefined | null)[]): string | null {
  for (const x of t) if (x && x.trim()) return x.trim();
  return null;
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

/**
 * Locks plan `id` for the rest of the transaction and reads its state (and its snelle toets) on `vandaag`. With `verwacht` (the
 * version and status the form was based on) a change made in the meantime is refused as a conflict.
 */
export async function vergrendelPlan(
  tx: Queryable,
  id: string,
  vandaag: Datum,
  verwacht?: { versie?: number | null; status?: string | null },
): Promise<{ plan: PlanStandRij; versie: number; toets: ToetsStand | null } | Mislukt> {
  const versie = await vergrendel(tx, 'plan', id);
  const plan = await planOp(tx, id, vandaag);
  if (!plan) return mislukt('niet_gevonden', `Transformatieplan ${id} bestaat niet.`);
  const conflict = verwacht ? controleerVersie('plan', verwacht, { versie, status: plan.status }) : null;
  const toets = plan.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
  return conflict ?? { plan, versie, toets };
}
