// Sessions in the database: a random token in an HttpOnly cookie, only its sha256 stored. A session
// ends after 8 hours without use or 7 days after login, whichever comes first, or at logout.
import type { Db, Queryable } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import type { Gebruiker } from '../domein/beleid.js';
import { alsGebruiker, type GebruikerRij } from './gebruikers.js';
import { sha256, willekeurigToken } from './geheimen.js';

export const SESSIE_COOKIE = 'am_sessie';
export const CSRF_COOKIE = '_csrf';

/** Cookie attributes of the session and CSRF cookies: HttpOnly, SameSite=Lax, Secure behind TLS. */
export function cookieOpties(config: Pick<Config, 'achterTls'>) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.achterTls };
}
export const INACTIEF_UUR = 8;
export const ABSOLUUT_DAGEN = 7;
/** laatst_actief_op is written at most once a minute per session (fewer writes). */
const BIJWERKEN_NA_SECONDEN = 60;

export interface Sessie {
  id_hash: string;
  gebruiker: Gebruiker;
}

export async function maakSessie(db: Queryable, gebruikerId: number, csrfGeheim: string | null): Promise<string> {
  const token = willekeurigToken();
  await db.query(
    `INSERT INTO sessies (id_hash, gebruiker_id, csrf_hash, verloopt_op) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
    [sha256(token), gebruikerId, csrfGeheim ? sha256(csrfGeheim) : null, ABSOLUUT_DAGEN],
  );
  return token;
}

/** The user of a valid session token, or null (unknown, ended, idle too long, too old, user inactive). */
export async function sessieVan(db: Queryable, token: string): Promise<(Sessie & { csrf_hash: string | null }) | null> {
  const idHash = sha256(token);
  const rijen = await db.query<GebruikerRij & { csrf_hash: string | null; bijwerken: boolean }>(
    `SELECT g.id, g.email, g.naam, g.organisatie_id, o.naam AS organisatie_naam, g.rollen, g.onderdelen, g.actief, g.versie, g.aangemaakt_op,
            s.csrf_hash, s.laatst_actief_op < now() - make_interval(secs => $2) AS bijwerken
       FROM sessies s JOIN gebruikers g ON g.id = s.gebruiker_id JOIN organisaties o ON o.id = g.organisatie_id
      WHERE s.id_hash = $1 AND s.beeindigd_op IS NULL AND g.actief
        AND s.verloopt_op > now() AND s.laatst_actief_op > now() - make_interval(hours => $3)`,
    [idHash, BIJWERKEN_NA_SECONDEN, INACTIEF_UUR],
  );
  const r = rijen[0];
  if (!r) return null;
  if (r.bijwerken) await db.query('UPDATE sessies SET laatst_actief_op = now() WHERE id_hash = $1', [idHash]);
  return { id_hash: idHash, gebruiker: alsGebruiker(r), csrf_hash: r.csrf_hash };
}

export async function bindCsrf(db: Queryable, idHash: string, csrfGeheim: string): Promise<void> {
  await db.query('UPDATE sessies SET csrf_hash = $2 WHERE id_hash = $1', [idHash, sha256(csrfGeheim)]);
}

export async function beeindigSessie(db: Queryable, idHash: string): Promise<void> {
  await db.query('UPDATE sessies SET beeindigd_op = now() WHERE id_hash = $1 AND beeindigd_op IS NULL', [idHash]);
}

/** Removes sessions that ended or expired more than a day ago (housekeeping). */
export async function ruimSessiesOp(db: Db): Promise<number> {
  const r = await db.query<{ n: number }>(
    `WITH weg AS (DELETE FROM sessies WHERE coalesce(beeindigd_op, least(verloopt_op, laatst_actief_op + make_interval(hours => $1))) < now() - interval '1 day' RETURNING 1)
     SELECT count(*)::int AS n FROM weg`,
    [INACTIEF_UUR],
  );
  return r[0]?.n ?? 0;
}
