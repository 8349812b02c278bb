// Backup and restore across engines (issue 21): a database filled through the normal functions
// (records from the seed, a published and a fixed round with texts, users, tokens, an embargo) is
// backed up, restored into a fresh database of the OTHER engine, and compared table by table and by
// the fixed round's report HTML, byte for byte. Runs both directions: PGlite → PostgreSQL and back.
// PostgreSQL: AKKOORDMONITOR_TEST_DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legePglite, nieuweTestDbOp, PG_URL } from '../helpers/db.js';
import { PostgresDb, type Db } from '../../src/platform/db.js';
import { herstelBackup, leesBackup, maakBackupBestand } from '../../src/platform/backup.js';
import { migratieBestanden, openstaandeMigraties } from '../../src/platform/migraties.js';
import type { Gebruiker } from '../../src/domein/beleid.js';
import { bewaarTeksten, maakRonde, publiceerRonde, rapportGegevensVoor, stelRondeVast } from '../../src/rapportage/rondes.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { maakToken, tokenGebruiker } from '../../src/toegang/tokens.js';
import { zetEmbargo } from '../../src/kern/embargo.js';

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-backup-'));
const redactie: Gebruiker = { id: 1, email: 'redactie@test.nl', naam: 'Redactie', organisatie_id: 1, organisatie_naam: 'VWS', rollen: ['vws-redactie'], onderdelen: [] };
const GEPUBLICEERD = '2025-09-30';
const VASTGESTELD = '2025-12-31';

/** A fresh, empty (unmigrated) PostgreSQL schema; dropped on close. */
async function legePostgres(): Promise<Db> {
  const schema = `b_${crypto.randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const db = await PostgresDb.open(PG_URL, schema);
  const sluit = db.close.bind(db);
  db.close = async () => {
    await sluit();
    const c2 = new pg.Client({ connectionString: PG_URL });
    await c2.connect();
    await c2.query(`DROP SCHEMA ${schema} CASCADE`);
    await c2.end();
  };
  return db;
}

/** Every table as text rows (UTC), sorted: the comparison is independent of the backup code. */
async function inhoud(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.exec(`SET LOCAL TimeZone = 'UTC'`);
    const uit: Record<string, string[]> = {};
    const tabellen = await tx.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
    for (const { t } of tabellen) {
      if (t === 'schema_migraties') continue;
      const rijen = await tx.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM "${t}" x`);
      uit[t] = rijen.map((r) => r.r).sort();
    }
    return uit;
  });
}

async function vul(db: Db): Promise<{ token: string }> {
  await maakRonde(db, { peildatum: GEPUBLICEERD, bo_datum: '2025-10-15', titel: 'Q3 2025' }, redactie.email);
  await bewaarTeksten(db, GEPUBLICEERD, [{ sleutel: 'noemenswaardig', tekst: '- Het AZWA is ondertekend.\n- “Aanhalingstekens” en € 1.234.', versie: 0 }], redactie);
  await stelRondeVast(db, GEPUBLICEERD, { versie: 1, door: redactie.email, bevestiging: 'test: registers bewust leeg' });
  await publiceerRonde(db, GEPUBLICEERD, { versie: 2, door: redactie.email });
  await maakRonde(db, { peildatum: VASTGESTELD, bo_datum: null, titel: 'Q4 2025' }, redactie.email);
  await bewaarTeksten(db, VASTGESTELD, [{ sleutel: 'onderdeel:A:mijlpalen', tekst: 'Wetsvoorstel aangenomen.', versie: 0 }], redactie);
  await stelRondeVast(db, VASTGESTELD, { versie: 1, door: redactie.email, bevestiging: 'test: registers bewust leeg' });
  await zetEmbargo(db, { soort: 'ronde', sleutel: VASTGESTELD, embargo_tot: '2026-01-15', toelichting: 'Kamerbrief', versie: 0 }, redactie.email);
  const g = await maakGebruiker(db, { email: 'beheer@test.nl', naam: 'Beheer', organisatie: 'VWS', rollen: ['beheerder'], wachtwoord: 'een-lang-testwachtwoord' });
  const gebruiker = (await tokenGebruikerVan(db, g.id))!;
  const { token } = await maakToken(db, gebruiker, { naam: 'koppeling', scopes: ['intern.lezen'] });
  return { token };
}

async function tokenGebruikerVan(db: Db, id: number): Promise<Gebruiker | null> {
  const [r] = await db.query<{ email: string; naam: string; organisatie_id: number }>(`SELECT email, naam, organisatie_id FROM gebruikers WHERE id = $1`, [id]);
  return r ? { id, email: r.email, naam: r.naam, organisatie_id: r.organisatie_id, organisatie_naam: 'VWS', rollen: ['beheerder'], onderdelen: [] } : null;
}

const rapport = async (db: Db, p: string) => renderRapportHtml((await rapportGegevensVoor(db, p)).gegevens, 'html');

for (const richting of ['pglite→postgres', 'postgres→pglite'] as const) {
  describe(`backup en herstel ${richting}`, () => {
    let bron: Db;
    let doel: Db;
    let token: string;
    const bestand = path.join(map, `${richting.replace('→', '-')}.amb`);

    beforeAll(async () => {
      if (richting === 'pglite→postgres') {
        bron = await nieuweTestDbOp('pglite');
        doel = await legePostgres();
      } else {
        bron = await nieuweTestDbOp('postgres');
        doel = await legePglite();
      }
      ({ token } = await vul(bron));
    }, 120_000);
    afterAll(async () => {
      await bron?.close();
      await doel?.close();
    });

    it('schrijft één bestand met controlesom en voortgang; herstelt in een lege database van de andere engine', async () => {
      const voortgang: string[] = [];
      const b = await maakBackupBestand(bron, bestand, (t, n, nr, tot) => voortgang.push(`${nr}/${tot} ${t}: ${n}`));
      expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(b.rijen.audit_log).toBeGreaterThan(0);
      expect(b.rijen.kerncijfers_snapshots).toBeGreaterThanOrEqual(2);
      expect(voortgang.some((v) => v.includes('acties_log'))).toBe(true);
      const h = await herstelBackup(doel, bestand);
      expect(h.nagemigreerd).toEqual([]);
      expect(await openstaandeMigraties(doel)).toEqual([]);
    }, 120_000);

    it('elke tabel is gelijk, rij voor rij', async () => {
      const a = await inhoud(bron);
      const b = await inhoud(doel);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const t of Object.keys(a)) expect(b[t], t).toEqual(a[t]);
      expect(a.gebruikers.length).toBeGreaterThan(0);
      expect(a.api_tokens.length).toBe(1);
      expect(a.embargo.length).toBe(1);
      // secrets stay hashed: the token itself appears nowhere in the backup
      expect(zlib.gunzipSync(fs.readFileSync(bestand)).toString('utf8')).not.toContain(token);
    });

    it('het rapport van de vastgestelde en de gepubliceerde ronde is byte voor byte gelijk; het token werkt', async () => {
      for (const p of [VASTGESTELD, GEPUBLICEERD]) {
        const voor = await rapport(bron, p);
        expect(voor).toContain('Q');
        expect(await rapport(doel, p)).toBe(voor);
      }
      expect((await tokenGebruiker(doel, token))?.email).toBe('beheer@test.nl');
    });

    it('na herstel blijven audit_log en snapshots onveranderlijk en lopen de reeksen door', async () => {
      await expect(doel.query(`DELETE FROM audit_log`)).rejects.toThrow();
      await expect(doel.query(`UPDATE kerncijfers_snapshots SET door = 'x'`)).rejects.toThrow();
      const [max] = await doel.query<{ m: number }>(`SELECT max(id)::int AS m FROM audit_log`);
      const [nieuw] = await doel.query<{ id: number }>(
        `INSERT INTO audit_log (door, actie, object_soort, object_id) VALUES ('test', 'test', 'test', '1') RETURNING id::int`,
      );
      expect(nieuw.id).toBeGreaterThan(max.m);
    });

    it('weigert een niet-lege database zonder --overschrijf, en vervangt alles met', async () => {
      await expect(herstelBackup(doel, bestand)).rejects.toThrow(/De doeldatabase is niet leeg .* --overschrijf/);
      await herstelBackup(doel, bestand, { overschrijf: true });
      expect(await inhoud(doel)).toEqual(await inhoud(bron));
    }, 120_000);
  });
}

describe('controles bij herstel', () => {
  it('een beschadigd bestand (controlesom) of een backup van een nieuwere versie wordt geweigerd en wijzigt niets', async () => {
    const bron = await nieuweTestDbOp('pglite', 'none');
    const bestand = path.join(map, 'klein.amb');
    await maakBackupBestand(bron, bestand);
    await bron.close();
    const regels = zlib.gunzipSync(fs.readFileSync(bestand)).toString('utf8').split('\n');
    const i = regels.findIndex((r) => r.includes('"azwa_anker"'));
    const kapot = path.join(map, 'kapot.amb');
    fs.writeFileSync(kapot, zlib.gzipSync(regels.map((r, j) => (j === i ? r.replace('2025-07-03', '2025-07-04') : r)).join('\n')));
    await expect(leesBackup(kapot)).rejects.toThrow(/controlesom klopt niet/);
    const nieuwer = path.join(map, 'nieuwer.amb');
    const kop = JSON.parse(regels[0]);
    kop.migraties.push('9999_toekomst.sql');
    const rest = regels.slice(1, -2);
    const sha = crypto.createHash('sha256').update([JSON.stringify(kop), ...rest].map((r) => r + '\n').join('')).digest('hex');
    fs.writeFileSync(nieuwer, zlib.gzipSync([JSON.stringify(kop), ...rest, JSON.stringify({ einde: true, sha256: sha }), ''].join('\n')));
    const doel = await legePglite();
    await expect(herstelBackup(doel, nieuwer)).rejects.toThrow(/nieuwere versie .*9999_toekomst/);
    expect(await doel.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)).toEqual([]);
    await doel.close();
  });

  it('een oudere backup wordt hersteld en daarna gemigreerd', async () => {
    const alle = migratieBestanden();
    const oud = await legePglite();
    // the schema as an older version had it: all but the last migration
    await oud.exec(`CREATE TABLE schema_migraties (naam text PRIMARY KEY, toegepast_op timestamptz NOT NULL DEFAULT now())`);
    const { voerMigratieUit } = await import('../../src/platform/migraties.js');
    for (const m of alle.slice(0, -1)) {
      await oud.transaction((tx) => voerMigratieUit(tx, m));
      await oud.query(`INSERT INTO schema_migraties (naam) VALUES ($1)`, [m]);
    }
    const bestand = path.join(map, 'oud.amb');
    await maakBackupBestand(oud, bestand);
    await oud.close();
    const doel = await legePglite();
    const h = await herstelBackup(doel, bestand);
    expect(h.nagemigreerd).toEqual([alle[alle.length - 1]]);
    expect(await openstaandeMigraties(doel)).toEqual([]);
    await doel.close();
  });
});
