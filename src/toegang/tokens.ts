// Personal API tokens for machine clients: `Authorization: Bearer am_…`. Shown once, stored as
// sha256, limited to the handelingen chosen (scopes) and never more than the owner's roles allow.
import type { Db, Queryable } from '../platform/db.js';
import { BELEID, mag, type Gebruiker, type Handeling } from '../domein/beleid.js';
import { alsGebruiker, type GebruikerRij } from './gebruikers.js';
import { ToegangFout } from '../kern/probleem.js';
import { sha256, willekeurigToken } from './geheimen.js';
import { schrijfAudit } from '../kern/audit.js';

export const TOKEN_VOORVOEGSEL = 'am_';

export interface ApiToken {
  id: number;
  naam: string;
  prefix: string;
  scopes: string[];
  aangemaakt_op: Date;
  laatst_gebruikt_op: Date | null;
  verloopt_op: string | null;
  ingetrokken_op: Date | null;
}

/**
 * Handelingen a user may put on a token: those their roles allow, except publiek ones (no token
 * needed). Asked with a token, only its own scopes (issue 20: a token cannot mint more than it has).
 */
export function toegestaneScopes(g: Gebruiker): Handeling[] {
  return (Object.keys(BELEID) as Handeling[]).filter((h) => BELEID[h] !== 'publiek' && mag(g, h));
}

export async function maakToken(
  db: Db,
  g: Gebruiker,
  invoer: { naam: string; scopes: string[]; verloopt_op?: string | null },
): Promise<{ token: string; id: number }> {
  const naam = invoer.naam.trim();
  if (!naam) throw new ToegangFout('Geef het token een naam, bijvoorbeeld de naam van het systeem dat het gebruikt.', 'naam');
  const mogelijk = toegestaneScopes(g);
  const scopes = [...new Set(invoer.scopes)];
  if (scopes.length === 0) throw new ToegangFout('Kies minstens één handeling voor dit token.', 'scopes');
  const teVeel = scopes.filter((s) => !mogelijk.includes(s as Handeling));
  if (teVeel.length) throw new ToegangFout(`Uw rollen geven geen recht op: ${teVeel.join(', ')}.`, 'scopes');
  const verloopt = invoer.verloopt_op?.trim() || null;
  if (verloopt && !/^\d{4}-\d{2}-\d{2}$/.test(verloopt)) throw new ToegangFout('Vul de vervaldatum in als JJJJ-MM-DD.', 'verloopt_op');
  const token = TOKEN_VOORVOEGSEL + willekeurigToken();
  const id = await db.transaction(async (tx) => {
    const [{ id }] = await tx.query<{ id: number }>(
      `INSERT INTO api_tokens (gebruiker_id, naam, prefix, hash, scopes, verloopt_op) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [g.id, naam, token.slice(0, 10), sha256(token), scopes, verloopt],
    );
    await schrijfAudit(tx, { door: g.email, actie: 'token.aanmaken', object_soort: 'api_token', object_id: String(id), na: { naam, scopes, verloopt_op: verloopt } });
    return id;
  });
  return { token, id };
}

export async function tokensVan(db: Queryable, gebruikerId: number): Promise<ApiToken[]> {
  return db.query<ApiToken>(
    `SELECT id, naam, prefix, scopes, aangemaakt_op, laatst_gebruikt_op, verloopt_op, ingetrokken_op FROM api_tokens WHERE gebruiker_id = $1 ORDER BY id DESC`,
    [gebruikerId],
  );
}

/** Revokes a token of the user (a beheerder may revoke anyone's). Returns false when there was nothing to revoke. */
export async function trekTokenIn(db: Db, g: Gebruiker, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await tx.query<{ id: number; naam: string; gebruiker_id: number }>(
      `UPDATE api_tokens SET ingetrokken_op = now() WHERE id = $1 AND ingetrokken_op IS NULL AND (gebruiker_id = $2 OR $3) RETURNING id, naam, gebruiker_id`,
      [id, g.id, g.rollen.includes('beheerder')],
    );
    if (!r[0]) return false;
    await schrijfAudit(tx, { door: g.email, actie: 'token.intrekken', object_soort: 'api_token', object_id: String(id), voor: { naam: r[0].naam, gebruiker_id: r[0].gebruiker_id } });
    return true;
  });
}

/** The user behind a bearer token, with the token's scopes; null when unknown, revoked, expired or the user is inactive. */
export async function tokenGebruiker(db: Queryable, token: string): Promise<Gebruiker | null> {
  if (!token.startsWith(TOKEN_VOORVOEGSEL)) return null;
  const rijen = await db.query<GebruikerRij & { scopes: string[]; token_id: number }>(
    `SELECT g.id, g.email, g.naam, g.organisatie_id, o.naam AS organisatie_naam, g.rollen, g.onderdelen, g.actief, g.versie, g.aangemaakt_op,
            t.scopes, t.id AS token_id
       FROM api_tokens t JOIN gebruikers g ON g.id = t.gebruiker_id JOIN organisaties o ON o.id = g.organisatie_id
      WHERE t.hash = $1 AND t.ingetrokken_op IS NULL AND g.actief AND (t.verloopt_op IS NULL OR t.verloopt_op >= CURRENT_DATE)`,
    [sha256(token)],
  );
  const r = rijen[0];
  if (!r) return null;
  await db.query(
    `UPDATE api_tokens SET laatst_gebruikt_op = now() WHERE id = $1 AND (laatst_gebruikt_op IS NULL OR laatst_gebruikt_op < now() - interval '1 minute')`,
    [r.token_id],
  );
  return { ...alsGebruiker(r), tokenScopes: r.scopes };
}
