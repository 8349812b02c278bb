// Organisations and users with their roles. maakGebruiker is also what the CLI command `gebruiker`
// calls: there is no default password, the first beheerder is made that way.
import { ToegangFout } from '../kern/probleem.js';
import type { Db, Queryable } from '../platform/db.js';
import { onderdelenBijRollenProbleem, ROLLEN, type Gebruiker, type Rol } from '../domein/beleid.js';
import { hashWachtwoord, wachtwoordProbleem } from './geheimen.js';
import { schrijfAudit } from '../kern/audit.js';

export const ORGANISATIE_SOORTEN = ['ministerie', 'koepel', 'verzekeraar', 'toezichthouder', 'secretariaat', 'indiener', 'overig'] as const;
export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

export interface Organisatie {
  id: number;
  naam: string;
  afkorting: string | null;
  soort: OrganisatieSoort;
}

/** A user as stored: the logged-in user's fields plus the account's state. */
export interface GebruikerRij extends Omit<Gebruiker, 'tokenScopes'> {
  actief: boolean;
  versie: number;
  aangemaakt_op: Date;
}


export interface NieuweGebruiker {
  email: string;
  naam: string;
  /** Name or abbreviation of an organisation; created (soort 'overig', or `organisatieSoort`) when unknown. */
  organisatie: string;
  organisatieSoort?: OrganisatieSoort;
  rollen: string[];
  onderdelen?: string[];
  wachtwoord: string;
  /** Who does it (audit); the CLI passes 'cli'. */
  door?: string;
}

export function normaliseerEmail(e: string): string {
  return e.trim().toLowerCase();
}

export function controleerRollen(rollen: string[]): Rol[] {
  const onbekend = rollen.filter((r) => !(ROLLEN as readonly string[]).includes(r));
  if (onbekend.length) throw new ToegangFout(`Onbekende rol: ${onbekend.join(', ')}. Kies uit: ${ROLLEN.join(', ')}.`, 'rollen');
  if (rollen.length === 0) throw new ToegangFout('Kies minstens één rol.', 'rollen');
  return [...new Set(rollen)] as Rol[];
}

export async function controleerOnderdelen(db: Queryable, onderdelen: string[]): Promise<string[]> {
  const schoon = [...new Set(onderdelen.map((o) => o.trim()).filter(Boolean))];
  if (schoon.length === 0) return [];
  const bekend = new Set((await db.query<{ code: string }>('SELECT code FROM onderdelen')).map((r) => r.code));
  const onbekend = schoon.filter((o) => !bekend.has(o));
  if (onbekend.length) throw new ToegangFout(`Onbekend onderdeel: ${onbekend.join(', ')} (gebruik de thematafelletter of AZWA-code).`, 'onderdelen');
  return schoon;
}

export async function vindOfMaakOrganisatie(tx: Queryable, naam: string, soort: OrganisatieSoort, door: string): Promise<Organisatie> {
  const n = naam.trim();
  if (!n) throw new ToegangFout('Vul de organisatie in.', 'organisatie');
  const bestaand = await tx.query<Organisatie>(
    `SELECT id, naam, afkorting, soort FROM organisaties WHERE lower(naam) = lower($1) OR lower(afkorting) = lower($1) ORDER BY id LIMIT 1`,
    [n],
  );
  if (bestaand[0]) return bestaand[0];
  const [org] = await tx.query<Organisatie>(`INSERT INTO organisaties (naam, soort) VALUES ($1, $2) RETURNING id, naam, afkorting, soort`, [n, soort]);
  await schrijfAudit(tx, { door, actie: 'organisatie.aanmaken', object_soort: 'organisatie', object_id: String(org.id), na: org });
  return org;
}

/**
 * Onderdelen belong to a secretary (thematafels and AZWA agreements) or an AZWA trekker (AZWA
 * agreement codes only).
 */
function controleerOnderdelenBijRol(rollen: readonly string[], onderdelen: readonly string[]): void {
  const probleem = onderdelenBijRollenProbleem(rollen, onderdelen);
  if (probleem) throw new ToegangFout(probleem, 'onderdelen');
}

/** Runs a check; a ToegangFout becomes an entry of `fouten` (so a form can show every problem at once). */
async function verzamel<T>(fouten: Record<string, string>, standaardVeld: string, f: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    if (!(e instanceof ToegangFout)) throw e;
    fouten[e.veld ?? standaardVeld] ??= e.message;
    return undefined;
  }
}

/** Creates a user (one transaction, one audit entry). Throws ToegangFout with the field at fault. */
export async function maakGebruiker(db: Db, g: NieuweGebruiker): Promise<GebruikerRij> {
  const email = normaliseerEmail(g.email);
  const naam = g.naam.trim();
  const fouten: Record<string, string> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fouten.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@minvws.nl.';
  if (!naam) fouten.naam = 'Vul de naam in.';
  const rollen = (await verzamel(fouten, 'rollen', () => controleerRollen(g.rollen))) ?? [];
  const probleem = wachtwoordProbleem(g.wachtwoord);
  if (probleem) fouten.wachtwoord = probleem;
  const onderdelen = await verzamel(fouten, 'onderdelen', () => controleerOnderdelen(db, g.onderdelen ?? []));
  if (onderdelen && !fouten.rollen) await verzamel(fouten, 'onderdelen', () => controleerOnderdelenBijRol(rollen, onderdelen));
  const eerste = Object.entries(fouten)[0];
  if (eerste) throw new ToegangFout(eerste[1], eerste[0], fouten);
  const hashWaarde = await hashWachtwoord(g.wachtwoord);
  const door = g.door ?? 'cli';
  return db.transaction(async (tx) => {
    const bestaat = await tx.query('SELECT 1 FROM gebruikers WHERE email = $1', [email]);
    if (bestaat.length) throw new ToegangFout(`Er is al een gebruiker met e-mailadres ${email}.`, 'email');
    const org = await vindOfMaakOrganisatie(tx, g.organisatie, g.organisatieSoort ?? 'overig', door);
    const [{ id }] = await tx.query<{ id: number }>(
      `INSERT INTO gebruikers (email, naam, organisatie_id, wachtwoord_hash, rollen, onderdelen) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [email, naam, org.id, hashWaarde, rollen, onderdelen!],
    );
    await schrijfAudit(tx, {
      door,
      actie: 'gebruiker.aanmaken',
      object_soort: 'gebruiker',
      object_id: String(id),
      na: { email, naam, organisatie: org.naam, rollen, onderdelen },
    });
    return (await gebruikerRij(tx, id))!;
  });
}

const GEBRUIKER_SELECT = `SELECT g.id, g.email, g.naam, g.organisatie_id, o.naam AS organisatie_naam, g.rollen, g.onderdelen, g.actief, g.versie, g.aangemaakt_op
  FROM gebruikers g JOIN organisaties o ON o.id = g.organisatie_id`;

export async function gebruikerRij(db: Queryable, id: number): Promise<GebruikerRij | null> {
  const r = await db.query<GebruikerRij>(`${GEBRUIKER_SELECT} WHERE g.id = $1`, [id]);
  return r[0] ?? null;
}

export async function alleGebruikers(db: Queryable): Promise<GebruikerRij[]> {
  return db.query<GebruikerRij>(`${GEBRUIKER_SELECT} ORDER BY o.naam, g.naam`);
}

export async function alleOrganisaties(db: Queryable): Promise<Organisatie[]> {
  return db.query<Organisatie>('SELECT id, naam, afkorting, soort FROM organisaties ORDER BY naam');
}

export function alsGebruiker(r: GebruikerRij): Gebruiker {
  return {
    id: r.id,
    email: r.email,
    naam: r.naam,
    organisatie_id: r.organisatie_id,
    organisatie_naam: r.organisatie_naam,
    rollen: r.rollen,
    onderdelen: r.onderdelen,
  };
}

export interface RolWijziging {
  rollen: string[];
  onderdelen: string[];
  actief: boolean;
  /** The versie the form was rendered from (optimistic concurrency). */
  versie: number;
  door: string;
}

/**
 * Changes roles, onderdelen and active state. A stale form (versie changed meanwhile) changes
 * nothing. Deactivating ends the user's sessions; a beheerder cannot take away their own beheer.
 */
export async function wijzigRollen(db: Db, id: number, w: RolWijziging, doorId?: number): Promise<GebruikerRij> {
  const rollen = controleerRollen(w.rollen);
  const onderdelen = await controleerOnderdelen(db, w.onderdelen);
  controleerOnderdelenBijRol(rollen, onderdelen);
  if (doorId === id && (!rollen.includes('beheerder') || !w.actief)) {
    throw new ToegangFout('U kunt uw eigen beheerdersrol niet intrekken; laat dat een andere beheerder doen.', 'rollen');
  }
  return db.transaction(async (tx) => {
    const voor = await tx.query<GebruikerRij>(`${GEBRUIKER_SELECT} WHERE g.id = $1 FOR UPDATE OF g`, [id]);
    if (!voor[0]) throw new ToegangFout('Deze gebruiker bestaat niet.');
    if (voor[0].versie !== w.versie) {
      throw new ToegangFout(
        'Iemand anders heeft deze gebruiker gewijzigd nadat u het formulier opende. Er is niets opgeslagen; bekijk de huidige rollen en probeer het opnieuw.',
        'versie',
      );
    }
    await tx.query(
      `UPDATE gebruikers SET rollen = $2, onderdelen = $3, actief = $4, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, rollen, onderdelen, w.actief],
    );
    if (!w.actief) await tx.query('UPDATE sessies SET beeindigd_op = now() WHERE gebruiker_id = $1 AND beeindigd_op IS NULL', [id]);
    const v = voor[0];
    await schrijfAudit(tx, {
      door: w.door,
      actie: 'gebruiker.rollen-wijzigen',
      object_soort: 'gebruiker',
      object_id: String(id),
      voor: { rollen: v.rollen, onderdelen: v.onderdelen, actief: v.actief },
      na: { rollen, onderdelen, actief: w.actief },
    });
    return (await gebruikerRij(tx, id))!;
  });
}
