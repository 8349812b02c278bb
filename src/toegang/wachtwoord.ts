// Passwords after the account exists (issue 20, issue 14 item 6): a user changes their own (current +
// new twice), a beheerder gives a one-time reset link. A link, not a temporary password: the beheerder
// never knows a password, there is nothing to pass on by phone or mail that stays valid, and it works
// once and for HERSTEL_UREN only; like API tokens only its sha256 is stored. Every change is audited
// and ends the user's other sessions.
import type { Db, Queryable } from '../platform/db.js';
import { schrijfAudit } from '../kern/audit.js';
import { controleerWachtwoord, hashWachtwoord, sha256, wachtwoordProbleem, willekeurigToken } from './geheimen.js';

export const HERSTEL_UREN = 24;

export type Fouten = Record<string, string>;

/** The checks of a new password typed twice: field → message (empty when fine). */
function controleerNieuw(nieuw: string, herhaal: string): Fouten {
  const f: Fouten = {};
  const probleem = wachtwoordProbleem(nieuw);
  if (probleem) f.nieuw = probleem;
  if (nieuw !== herhaal) f.herhaal = 'De twee nieuwe wachtwoorden zijn niet gelijk.';
  return f;
}

async function zetWachtwoord(tx: Queryable, gebruikerId: number, nieuw: string, behalveSessie: string | null): Promise<void> {
  await tx.query('UPDATE gebruikers SET wachtwoord_hash = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1', [gebruikerId, await hashWachtwoord(nieuw)]);
  await tx.query('UPDATE sessies SET beeindigd_op = now() WHERE gebruiker_id = $1 AND beeindigd_op IS NULL AND id_hash IS DISTINCT FROM $2', [gebruikerId, behalveSessie]);
}

/** A user changes their own password; the session they do it in stays, other sessions end. */
export async function wijzigEigenWachtwoord(
  db: Db,
  g: { id: number; email: string },
  invoer: { huidig: string; nieuw: string; herhaal: string },
  sessieIdHash: string | null,
): Promise<Fouten> {
  const [rij] = await db.query<{ wachtwoord_hash: string | null }>('SELECT wachtwoord_hash FROM gebruikers WHERE id = $1', [g.id]);
  // in the order of the form's fields
  const f: Fouten = {};
  const huidigGoed = await controleerWachtwoord(rij?.wachtwoord_hash ?? null, invoer.huidig);
  if (!huidigGoed) f.huidig = 'Dit is niet uw huidige wachtwoord.';
  Object.assign(f, controleerNieuw(invoer.nieuw, invoer.herhaal));
  if (huidigGoed && !f.nieuw && invoer.nieuw === invoer.huidig) f.nieuw = 'Kies een ander wachtwoord dan het huidige.';
  if (Object.keys(f).length) return f;
  await db.transaction(async (tx) => {
    await zetWachtwoord(tx, g.id, invoer.nieuw, sessieIdHash);
    await schrijfAudit(tx, { door: g.email, actie: 'gebruiker.wachtwoord-wijzigen', object_soort: 'gebruiker', object_id: String(g.id) });
  });
  return {};
}

/** A new one-time link for a user (earlier unused links of that user stop working). Returns the secret. */
export async function maakHerstelLink(db: Db, gebruikerId: number, door: string): Promise<string> {
  const geheim = willekeurigToken();
  await db.transaction(async (tx) => {
    await tx.query('UPDATE wachtwoord_herstel SET gebruikt_op = now() WHERE gebruiker_id = $1 AND gebruikt_op IS NULL', [gebruikerId]);
    await tx.query(
      `INSERT INTO wachtwoord_herstel (gebruiker_id, hash, verloopt_op, door) VALUES ($1, $2, now() + make_interval(hours => $3), $4)`,
      [gebruikerId, sha256(geheim), HERSTEL_UREN, door],
    );
    await schrijfAudit(tx, { door, actie: 'gebruiker.wachtwoord-herstellink', object_soort: 'gebruiker', object_id: String(gebruikerId), na: { geldig_uren: HERSTEL_UREN } });
  });
  return geheim;
}

/** The user a link is for, while it is unused, unexpired and the account active. */
export async function herstelVoor(db: Queryable, geheim: string): Promise<{ id: number; gebruiker_id: number; email: string } | null> {
  const r = await db.query<{ id: number; gebruiker_id: number; email: string }>(
    `SELECT h.id, h.gebruiker_id, g.email FROM wachtwoord_herstel h JOIN gebruikers g ON g.id = h.gebruiker_id
      WHERE h.hash = $1 AND h.gebruikt_op IS NULL AND h.verloopt_op > now() AND g.actief`,
    [sha256(geheim)],
  );
  return r[0] ?? null;
}

/** Sets the password through a link: once (the row is claimed in the same statement). Null: link gone. */
export async function herstelWachtwoord(db: Db, geheim: string, invoer: { nieuw: string; herhaal: string }): Promise<Fouten | null> {
  if (!(await herstelVoor(db, geheim))) return null;
  const f = controleerNieuw(invoer.nieuw, invoer.herhaal);
  if (Object.keys(f).length) return f;
  return db.transaction(async (tx) => {
    const [h] = await tx.query<{ gebruiker_id: number; email: string }>(
      `UPDATE wachtwoord_herstel h SET gebruikt_op = now() FROM gebruikers g
        WHERE h.hash = $1 AND h.gebruikt_op IS NULL AND h.verloopt_op > now() AND g.id = h.gebruiker_id AND g.actief
        RETURNING h.gebruiker_id, g.email`,
      [sha256(geheim)],
    );
    if (!h) return null;
    await zetWachtwoord(tx, h.gebruiker_id, invoer.nieuw, null);
    await schrijfAudit(tx, { door: h.email, actie: 'gebruiker.wachtwoord-herstellen', object_soort: 'gebruiker', object_id: String(h.gebruiker_id) });
    return {};
  });
}
