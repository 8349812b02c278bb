// Embargo on budget figures (domain.md: until parliament has them): per stand of the financiële
// kaders or per reporting round (its peildatum). Until embargo_tot only roles with 'embargo.lezen'
// see them. The financiën and rapportage parts call onderEmbargo / zichtbaar.
import type { Db, Queryable } from '../platform/db.js';
import { vandaag } from '../platform/tijd.js';
import { mag, type Gebruiker } from '../domein/beleid.js';
import { schrijfAudit } from './audit.js';
import { ToegangFout } from './probleem.js';
import { isIsoDatum } from '../domein/getallen.js';

export type EmbargoSoort = 'kader_stand' | 'ronde';

export interface EmbargoDoel {
  /** Stand (YYYY-MM-DD) of financiele_kaders rows. */
  kaderStand?: string;
  /** Peildatum (YYYY-MM-DD) of a rapportageronde. */
  ronde?: string;
}

export interface EmbargoRij {
  soort: EmbargoSoort;
  sleutel: string;
  embargo_tot: string;
  toelichting: string | null;
  versie: number;
  door: string;
  gewijzigd_op: Date;
}

/** The embargo date that applies to the target (latest of the kader stand and the round), or null. */
export async function embargoTot(db: Queryable, doel: EmbargoDoel): Promise<string | null> {
  const paren: [EmbargoSoort, string][] = [];
  if (doel.kaderStand) paren.push(['kader_stand', doel.kaderStand]);
  if (doel.ronde) paren.push(['ronde', doel.ronde]);
  if (paren.length === 0) return null;
  const r = await db.query<{ embargo_tot: string }>(
    `SELECT max(embargo_tot) AS embargo_tot FROM embargo WHERE ${paren.map((_, i) => `(soort = $${2 * i + 1} AND sleutel = $${2 * i + 2}::date)`).join(' OR ')}`,
    paren.flat(),
  );
  return r[0]?.embargo_tot ?? null;
}

/**
 * The same rule for many rows at once, as an SQL condition: true when the row keyed by `sleutel` (an SQL
 * expression giving a date) is NOT under an embargo of `soort` on the day given by `op` (an SQL
 * parameter or expression). Used where stands are selected in SQL (the kerncijfers).
 */
export function buitenEmbargoSql(soort: EmbargoSoort, sleutel: string, op: string): string {
  return `NOT EXISTS (SELECT 1 FROM embargo e WHERE e.soort = '${soort}' AND e.sleutel = ${sleutel} AND ${op} < e.embargo_tot)`;
}

/** True while the figures of the target are under embargo on `op` (default: today, Europe/Amsterdam). */
export async function onderEmbargo(db: Queryable, doel: EmbargoDoel, op: string = vandaag()): Promise<boolean> {
  const tot = await embargoTot(db, doel);
  return tot !== null && op < tot;
}

/** May this user see the figures of the target now? */
export async function zichtbaar(db: Queryable, g: Gebruiker | null, doel: EmbargoDoel, op?: string): Promise<boolean> {
  if (mag(g, 'embargo.lezen')) return true;
  return !(await onderEmbargo(db, doel, op));
}

export async function alleEmbargos(db: Queryable): Promise<EmbargoRij[]> {
  return db.query<EmbargoRij>('SELECT soort, sleutel, embargo_tot, toelichting, versie, door, gewijzigd_op FROM embargo ORDER BY sleutel DESC, soort');
}

/**
 * Sets (or changes) an embargo; `versie` is that of the row the form showed (0 for a new one): a
 * stale form changes nothing.
 */
export async function zetEmbargo(
  db: Db,
  e: { soort: EmbargoSoort; sleutel: string; embargo_tot: string; toelichting?: string | null; versie: number },
  door: string,
): Promise<void> {
  if (e.soort !== 'kader_stand' && e.soort !== 'ronde') throw new ToegangFout('Kies een stand van de kaders of een rapportageronde.', 'soort');
  if (!isIsoDatum(e.sleutel)) throw new ToegangFout('Vul de stand of peildatum in als JJJJ-MM-DD.', 'sleutel');
  if (!isIsoDatum(e.embargo_tot)) throw new ToegangFout('Vul de embargodatum in als JJJJ-MM-DD.', 'embargo_tot');
  await db.transaction(async (tx) => {
    const voor = (await tx.query<EmbargoRij>('SELECT soort, sleutel, embargo_tot, toelichting, versie FROM embargo WHERE soort = $1 AND sleutel = $2 FOR UPDATE', [e.soort, e.sleutel]))[0];
    if ((voor?.versie ?? 0) !== e.versie) {
      throw new ToegangFout('Dit embargo is gewijzigd nadat u het formulier opende. Er is niets opgeslagen; bekijk de huidige datum en probeer het opnieuw.', 'versie');
    }
    await tx.query(
      `INSERT INTO embargo (soort, sleutel, embargo_tot, toelichting, door) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (soort, sleutel) DO UPDATE SET embargo_tot = EXCLUDED.embargo_tot, toelichting = EXCLUDED.toelichting,
         door = EXCLUDED.door, versie = embargo.versie + 1, gewijzigd_op = now()`,
      [e.soort, e.sleutel, e.embargo_tot, e.toelichting?.trim() || null, door],
    );
    await schrijfAudit(tx, {
      door,
      actie: 'embargo.instellen',
      object_soort: 'embargo',
      object_id: `${e.soort}:${e.sleutel}`,
      voor: voor ? { embargo_tot: voor.embargo_tot, toelichting: voor.toelichting } : undefined,
      na: { embargo_tot: e.embargo_tot, toelichting: e.toelichting?.trim() || null },
    });
  });
}

/** What an embargo hides from a reader: the shape shared by the kerncijfers (API, open data, snapshots). */
export interface BudgetCijfers {
  transformatiemiddelen?: unknown;
  financiele_kaders?: readonly { stand?: string | null }[];
  opmerkingen?: string[];
}

export const EMBARGO_RONDE_OPMERKING = 'De bedragen van deze peildatum staan nog onder embargo.';
export const EMBARGO_KADERS_OPMERKING = 'De financiële kaders van deze peildatum staan nog onder embargo.';

/**
 * THE embargo rule for every way out (pages, API, report HTML/PDF, open data, exports). For a reader
 * without 'embargo.lezen' on day `op`: while the round of `peildatum` is under embargo, its budget
 * figures (transformatiemiddelen and financiële kaders) are left out; otherwise the financiële kaders
 * are left out as soon as one of their stands is under embargo (a frozen table is printed whole or not
 * at all). `kaderRijen` (the report's rows behind its tables) follow the same decision. Returns a copy;
 * the input is not changed.
 */
export async function verbergOnderEmbargo<C extends BudgetCijfers, K extends { stand: string }>(
  db: Queryable,
  g: Gebruiker | null,
  peildatum: string,
  invoer: { cijfers: C; kaderRijen?: readonly K[] },
  op: string = vandaag(),
): Promise<{ cijfers: C; kaderRijen?: K[]; verborgen: boolean }> {
  const cijfers = { ...invoer.cijfers };
  let kaderRijen = invoer.kaderRijen ? [...invoer.kaderRijen] : undefined;
  if (mag(g, 'embargo.lezen')) return { cijfers, kaderRijen, verborgen: false };
  const opmerkingen = [...(cijfers.opmerkingen ?? [])];
  let verborgen = false;
  if (await onderEmbargo(db, { ronde: peildatum }, op)) {
    delete cijfers.transformatiemiddelen;
    delete cijfers.financiele_kaders;
    kaderRijen = kaderRijen ? [] : undefined;
    opmerkingen.push(EMBARGO_RONDE_OPMERKING);
    verborgen = true;
  } else {
    const standen = new Set<string>();
    for (const k of cijfers.financiele_kaders ?? []) if (k.stand) standen.add(k.stand);
    for (const k of kaderRijen ?? []) standen.add(k.stand);
    let onder = false;
    for (const kaderStand of standen) if (await onderEmbargo(db, { kaderStand }, op)) onder = true;
    if (onder) {
      delete cijfers.financiele_kaders;
      kaderRijen = kaderRijen ? [] : undefined;
      opmerkingen.push(EMBARGO_KADERS_OPMERKING);
      verborgen = true;
    }
  }
  if (verborgen) cijfers.opmerkingen = [...new Set(opmerkingen)];
  return { cijfers, kaderRijen, verborgen };
}
