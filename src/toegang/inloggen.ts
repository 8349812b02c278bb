// Password login with lockout: after 5 failed attempts within 15 minutes an e-mail address is
// blocked for 15 minutes (stored in the database, so it holds across restarts and instances).
// Unknown addresses are counted and answered the same way, so the answer reveals nothing.
import type { Db } from '../platform/db.js';
import { alsGebruiker, normaliseerEmail } from './gebruikers.js';
import { controleerWachtwoord, dummyHash } from './geheimen.js';
import { schrijfAudit } from '../kern/audit.js';
import type { Gebruiker, Rol } from '../domein/beleid.js';

export const MAX_POGINGEN = 5;
export const BLOKKADE_MINUTEN = 15;

export type InlogUitkomst =
  | { ok: true; gebruiker: Gebruiker }
  | { ok: false; reden: 'onjuist' | 'geblokkeerd'; geblokkeerdTot?: Date };

export async function probeerInloggen(db: Db, emailInvoer: string, wachtwoord: string, meta: { ip?: string } = {}): Promise<InlogUitkomst> {
  const email = normaliseerEmail(emailInvoer).slice(0, 320);
  const blok = await db.query<{ geblokkeerd_tot: Date }>(
    'SELECT geblokkeerd_tot FROM inlogpogingen WHERE email = $1 AND geblokkeerd_tot > now()',
    [email],
  );
  if (blok[0]) {
    await db.transaction((tx) =>
      schrijfAudit(tx, { door: email || 'onbekend', actie: 'inloggen.geblokkeerd', object_soort: 'gebruiker', object_id: email, details: { ip: meta.ip } }),
    );
    return { ok: false, reden: 'geblokkeerd', geblokkeerdTot: new Date(blok[0].geblokkeerd_tot) };
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
    // a count older than the window starts again at 1
    const [r] = await tx.query<{ mislukt: number; geblokkeerd_tot: Date | null }>(
      `INSERT INTO inlogpogingen (email, mislukt, laatste_poging) VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         mislukt = CASE WHEN inlogpogingen.laatste_poging < now() - make_interval(mins => $2) OR inlogpogingen.geblokkeerd_tot IS NOT NULL THEN 1 ELSE inlogpogingen.mislukt + 1 END,
         geblokkeerd_tot = NULL,
         laatste_poging = now()
       RETURNING mislukt, geblokkeerd_tot`,
      [email, BLOKKADE_MINUTEN],
    );
    let geblokkeerdTot: Date | null = null;
    if (r.mislukt >= MAX_POGINGEN) {
      const [b] = await tx.query<{ geblokkeerd_tot: Date }>(
        `UPDATE inlogpogingen SET geblokkeerd_tot = now() + make_interval(mins => $2) WHERE email = $1 RETURNING geblokkeerd_tot`,
        [email, BLOKKADE_MINUTEN],
      );
      geblokkeerdTot = new Date(b.geblokkeerd_tot);
    }
    await schrijfAudit(tx, {
      door: email || 'onbekend',
      actie: 'inloggen.mislukt',
      object_soort: 'gebruiker',
      object_id: rij ? String(rij.id) : email,
      details: { ip: meta.ip, poging: r.mislukt, geblokkeerd: geblokkeerdTot !== null, bekend: Boolean(rij) },
    });
    return geblokkeerdTot;
  });
  return na ? { ok: false, reden: 'geblokkeerd', geblokkeerdTot: na } : { ok: false, reden: 'onjuist' };
}
