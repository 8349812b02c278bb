// Password login with lockout: after 5 failed attempts within 15 minutes an e-mail address is
// blocked for 15 minutes (stored in the database, so it holds across restarts and instances).
// Unknown addresses are counted and answered the same way, so the answer reveals nothing.
import type { Db, Queryable } from '../platform/db.js';
import { alsGebruiker, normaliseerEmail } from './gebruikers.js';
import { controleerWachtwoord, dummyHash } from './geheimen.js';
import { schrijfAudit } from '../kern/audit.js';
import type { Gebruiker, Rol } from '../domein/beleid.js';

export const MAX_POGINGEN = 5;
export const BLOKKADE_MINUTEN = 15;

export type InlogUitkomst =
  | { ok: true; gebruiker: Gebruiker }
  | { ok: false; reden: 'onjuist' | 'geblokkeerd'; geblokkeerdTot?: Date };

/**
 * Counts this attempt BEFORE the password is checked, in one atomic statement (issue 20: parallel
 * logins all read "not blocked" first and then checked their passwords; 12 of 15 were checked and the
 * right one got in after 14 failures). Each attempt gets its own number; only numbers 1–5 in a window
 * are checked, later ones are refused unchecked. A block stays until it ends.
 */
async function telPoging(db: Db, email: string): Promise<{ nummer: number; geblokkeerdTot: Date | null }> {
  const [r] = await db.query<{ mislukt: number; geblokkeerd_tot: Date | null }>(
    `INSERT INTO inlogpogingen AS p (email, mislukt, laatste_poging) VALUES ($1, 1, now())
     ON CONFLICT (email) DO UPDATE SET
       mislukt = CASE WHEN p.geblokkeerd_tot > now() THEN p.mislukt
                      WHEN p.geblokkeerd_tot IS NOT NULL OR p.laatste_poging < now() - make_interval(mins => $2) THEN 1
                      ELSE p.mislukt + 1 END,
       geblokkeerd_tot = CASE WHEN p.geblokkeerd_tot > now() THEN p.geblokkeerd_tot END,
       laatste_poging = CASE WHEN p.geblokkeerd_tot > now() THEN p.laatste_poging ELSE now() END
     RETURNING mislukt, geblokkeerd_tot`,
    [email, BLOKKADE_MINUTEN],
  );
  return { nummer: r.mislukt, geblokkeerdTot: r.geblokkeerd_tot ? new Date(r.geblokkeerd_tot) : null };
}

/** Blocks the address (keeps a block that is already there) and returns until when. */
async function blokkeer(tx: Queryable, email: string): Promise<Date> {
  const [b] = await tx.query<{ geblokkeerd_tot: Date }>(
    `UPDATE inlogpogingen SET geblokkeerd_tot = CASE WHEN geblokkeerd_tot > now() THEN geblokkeerd_tot ELSE now() + make_interval(mins => $2) END
      WHERE email = $1 RETURNING geblokkeerd_tot`,
    [email, BLOKKADE_MINUTEN],
  );
  return new Date(b?.geblokkeerd_tot ?? Date.now() + BLOKKADE_MINUTEN * 60_000);
}

export async function probeerInloggen(db: Db, emailInvoer: string, wachtwoord: string, meta: { ip?: string } = {}): Promise<InlogUitkomst> {
  const email = normaliseerEmail(emailInvoer).slice(0, 320);
  const poging = await telPoging(db, email);
  if (poging.geblokkeerdTot || poging.nummer > MAX_POGINGEN) {
    const tot = await db.transaction(async (tx) => {
      const t = poging.geblokkeerdTot ?? (await blokkeer(tx, email));
      await schrijfAudit(tx, { door: email || 'onbekend', actie: 'inloggen.geblokkeerd', object_soort: 'gebruiker', object_id: email, details: { ip: meta.ip } });
      return t;
    });
    return { ok: false, reden: 'geblokkeerd', geblokkeerdTot: tot };
  }
  const rij = (
    await db.query<{ id: number; wachtwoord_hash: string | null; actief: boolean; email: string; naam: string; organisatie_id: number; organisatie_naam: string; rollen: Rol[]; onderdelen: string[] }>(
      `SELECT g.id, g.wachtwoord_hash, g.actief, g.email, g.naam, g.organisatie_id, o.naam AS organisatie_naam, g.rollen, g.onderdelen
         FROM gebruikers g JOIN organisaties o ON o.id = g.organisatie_id WHERE g.email = $1`,
      [email],
    )
  )[0];
  // always verify a hash, also for unknown users, so timing reveals nothing
  const goed = await controleerWachtwoord(rij?.wachtwoord_hash ?? (await dummyHash()), wachtwoord);
  if (rij && rij.actief && goed) {
    await db.transaction(async (tx) => {
      await tx.query('DELETE FROM inlogpogingen WHERE email = $1', [email]);
      await schrijfAudit(tx, { door: email, actie: 'inloggen', object_soort: 'gebruiker', object_id: String(rij.id), details: { ip: meta.ip } });
    });
    return { ok: true, gebruiker: alsGebruiker({ ...rij, versie: 0, aangemaakt_op: new Date() }) };
  }
  const na = await db.transaction(async (tx) => {
    const geblokkeerdTot = poging.nummer >= MAX_POGINGEN ? await blokkeer(tx, email) : null;
    await schrijfAudit(tx, {
      door: email || 'onbekend',
      actie: 'inloggen.mislukt',
      object_soort: 'gebruiker',
      object_id: rij ? String(rij.id) : email,
      details: { ip: meta.ip, poging: poging.nummer, geblokkeerd: geblokkeerdTot !== null, bekend: Boolean(rij) },
    });
    return geblokkeerdTot;
  });
  return na ? { ok: false, reden: 'geblokkeerd', geblokkeerdTot: na } : { ok: false, reden: 'onjuist' };
}
