// Two app instances starting at the same moment on an empty PostgreSQL (issue 20): both must come
// up, with the reference data and the seed loaded once. Before the advisory lock one of the two died
// on a duplicate key while loading reference data, in 3 of 3 runs. Needs PostgreSQL (two instances
// on one embedded data directory are refused by design): a fresh database on the test server.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, SEED_MAP } from '../helpers/db.js';
import { openDatabase } from '../../src/platform/database.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import type { Db } from '../../src/platform/db.js';
import { nieuweDatabase, type TijdelijkeDatabase } from './hulp.js';

let tijdelijk: TijdelijkeDatabase;
beforeAll(async () => {
  tijdelijk = await nieuweDatabase(PG_URL);
}, 60_000);
afterAll(async () => {
  await tijdelijk?.weg();
});

/** What server.ts does at start: open (migrate), then reference data and seed. */
async function start(url: string): Promise<Db> {
  const db = await openDatabase({ databaseUrl: url, dataDir: '' });
  await bereidDatabaseVoor(db, SEED_MAP);
  return db;
}

describe('twee instanties starten tegelijk op een lege PostgreSQL', () => {
  it('beide starten, de referentiedata en de seed staan er één keer in, en beide tonen het dashboard', async () => {
    const uitkomst = await Promise.allSettled([start(tijdelijk.url), start(tijdelijk.url)]);
    const dbs = uitkomst.filter((u): u is PromiseFulfilledResult<Db> => u.status === 'fulfilled').map((u) => u.value);
    try {
      expect(uitkomst.map((u) => (u.status === 'rejected' ? String(u.reason) : 'ok'))).toEqual(['ok', 'ok']);
      const c = new pg.Client({ connectionString: tijdelijk.url });
      await c.connect();
      try {
        const migraties = await c.query('SELECT naam, count(*)::int AS n FROM schema_migraties GROUP BY naam HAVING count(*) > 1');
        expect(migraties.rows).toEqual([]);
        // the 10 IZA thematafels and the AZWA afspraken once, not twice
        const onderdelen = await c.query(`SELECT count(*)::int AS n, count(DISTINCT code)::int AS uniek, count(*) FILTER (WHERE akkoord = 'IZA')::int AS iza FROM onderdelen`);
        expect(onderdelen.rows[0].iza).toBe(10);
        expect(onderdelen.rows[0].n).toBe(onderdelen.rows[0].uniek);
        const referentie = await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'referentiedata' AND object_soort = 'onderdelen'`);
        expect(referentie.rows[0].n).toBe(1);
        const imports = await c.query(`SELECT count(*)::int AS n FROM imports`);
        const [[eerste]] = [await c.query(`SELECT count(*)::int AS n FROM instellingen WHERE sleutel = 'seed_geladen'`).then((r) => r.rows)];
        expect(eerste.n).toBe(1);
        expect(imports.rows[0].n).toBeGreaterThan(0);
      } finally {
        await c.end();
      }
      for (const db of dbs) {
        const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
        const r = await app.inject({ url: '/', headers: { accept: 'text/html' } });
        expect(r.statusCode).toBe(200);
        await app.close();
      }
    } finally {
      for (const db of dbs) await db.close();
    }
  }, 120_000);
});
