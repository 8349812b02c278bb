// A fresh, migrated database per test file, on the engine under test:
// PGlite (default) from a migrated snapshot, or PostgreSQL in a fresh schema when
// AKKOORDMONITOR_TEST_DATABASE_URL is set (.ci/run runs the suite a second time that way).
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { PgliteDb, PostgresDb, type Db } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { PROJECT_MAP } from '../../src/platform/config.js';

export const SEED_MAP = path.join(PROJECT_MAP, 'data', 'seed');
export const FIXTURES = path.join(PROJECT_MAP, 'test', 'fixtures');

let snapshot: Blob | null = null;

export interface TestDbOpties {
  /** Load the real seed (default) or only reference data ('none'). */
  seed?: 'seed' | 'none';
}

export async function nieuweTestDb(opties: TestDbOpties = {}): Promise<Db> {
  const url = process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
  let db: Db;
  if (url) {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const pdb = await PostgresDb.open(url, schema);
    await migreer(pdb);
    const sluit = pdb.close.bind(pdb);
    // drop the schema when the test file is done, so the server stays clean
    pdb.close = async () => {
      await sluit();
      const c2 = new pg.Client({ connectionString: url });
      await c2.connect();
      await c2.query(`DROP SCHEMA ${schema} CASCADE`);
      await c2.end();
    };
    db = pdb;
  } else {
    if (!snapshot) {
      const basis = await PgliteDb.open();
      await migreer(basis);
      snapshot = await basis.dump();
      await basis.close();
    }
    db = await PgliteDb.open(undefined, snapshot);
  }
  await bereidDatabaseVoor(db, opties.seed === 'none' ? 'none' : SEED_MAP);
  return db;
}

/** PostgreSQL of the cross-engine tests: AKKOORDMONITOR_TEST_DATABASE_URL or the local test server. */
export const PG_URL = process.env.AKKOORDMONITOR_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** nieuweTestDb on a chosen engine, whatever AKKOORDMONITOR_TEST_DATABASE_URL says. */
export async function nieuweTestDbOp(engine: 'pglite' | 'postgres', seed: 'seed' | 'none' = 'seed', url = PG_URL): Promise<Db> {
  const oud = process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
  if (engine === 'postgres') process.env.AKKOORDMONITOR_TEST_DATABASE_URL = url;
  else delete process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
  try {
    return await nieuweTestDb({ seed });
  } finally {
    if (oud === undefined) delete process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
    else process.env.AKKOORDMONITOR_TEST_DATABASE_URL = oud;
  }
}
