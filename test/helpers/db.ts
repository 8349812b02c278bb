// A fresh, migrated database per test file, on the engine under test:
// PGlite (default) from a snapshot, or PostgreSQL in a fresh database and schema when
// AKKOORDMONITOR_TEST_DATABASE_URL is set (.ci/run runs the suite a second time that way).
// The snapshots and templates come from test/helpers/sjablonen.ts, built once per vitest run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { PgliteDb, PostgresDb, type Db } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { PROJECT_MAP } from '../../src/platform/config.js';

export const SEED_MAP = path.join(PROJECT_MAP, 'data', 'seed');
export const FIXTURES = path.join(PROJECT_MAP, 'test', 'fixtures');

/** Built once per run by test/helpers/sjablonen.ts (vitest globalSetup) and handed to every file. */
export interface Sjablonen {
  /** snapshot files: 'leeg' = fresh cluster, 'none' = migrated + reference data, 'seed' = with the seed */
  pglite: Partial<Record<'leeg' | 'none' | 'seed', string>>;
  /** template database names on the server of AKKOORDMONITOR_TEST_DATABASE_URL */
  postgres?: Partial<Record<'none' | 'seed', string>>;
  /** name prefix of this run's clones: the teardown drops what a test file left behind */
  kloonPrefix?: string;
}
/** The schema the seeded template lives in; a clone renames it to its own name. */
export const SJABLOON_SCHEMA = 'sjabloon';

export function metDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function sjablonen(): Sjablonen | undefined {
  try {
    return inject('sjablonen');
  } catch {
    return undefined; // outside a vitest run (a script): build in the process
  }
}

const snapshots = new Map<string, Blob>();
async function pgliteSnapshot(naam: 'leeg' | 'none' | 'seed'): Promise<Blob | undefined> {
  const bestand = sjablonen()?.pglite[naam];
  if (!bestand) return undefined;
  if (!snapshots.has(bestand)) snapshots.set(bestand, new Blob([fs.readFileSync(bestand)]));
  return snapshots.get(bestand);
}

/** The connection of a PostgreSQL test database (for a second instance on the same data). */
const verbindingen = new WeakMap<Db, { url: string; schema: string }>();
export function verbindingVan(db: Db): { url: string; schema: string } {
  const v = verbindingen.get(db);
  if (!v) throw new Error('geen PostgreSQL-testdatabase');
  return v;
}

/** A fresh database cloned from a template, in its own schema; dropped on close. */
async function postgresKloon(url: string, sjabloon: string, prefix: string): Promise<Db> {
  const naam = `${prefix}${crypto.randomBytes(6).toString('hex')}`;
  const beheer = new pg.Client({ connectionString: url });
  await beheer.connect();
  try {
    await beheer.query(`CREATE DATABASE ${naam} TEMPLATE ${sjabloon}`);
  } finally {
    await beheer.end();
  }
  const dbUrl = metDatabase(url, naam);
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  await c.query(`ALTER SCHEMA ${SJABLOON_SCHEMA} RENAME TO ${naam}`);
  await c.end();
  const pdb = await PostgresDb.open(dbUrl, naam);
  verbindingen.set(pdb, { url: dbUrl, schema: naam });
  const sluit = pdb.close.bind(pdb);
  pdb.close = async () => {
    await sluit();
    const c2 = new pg.Client({ connectionString: url });
    await c2.connect();
    await c2.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    await c2.end();
  };
  return pdb;
}

let gemigreerd: Blob | null = null;

export interface TestDbOpties {
  /** Load the real seed (default) or only reference data ('none'). */
  seed?: 'seed' | 'none';
}

export async function nieuweTestDb(opties: TestDbOpties = {}): Promise<Db> {
  const url = process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
  const stap = opties.seed === 'none' ? 'none' : 'seed';
  let db: Db;
  const sjabloon = sjablonen()?.postgres?.[stap];
  if (url && sjabloon) {
    db = await postgresKloon(url, sjabloon, sjablonen()!.kloonPrefix ?? 't_');
  } else if (url) {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const pdb = await PostgresDb.open(url, schema);
    verbindingen.set(pdb, { url, schema });
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
    let snapshot = await pgliteSnapshot(stap);
    if (!snapshot) {
      if (!gemigreerd) {
        const basis = await PgliteDb.open();
        await migreer(basis);
        gemigreerd = await basis.dump();
        await basis.close();
      }
      snapshot = gemigreerd;
    }
    db = await PgliteDb.open(undefined, snapshot);
  }
  // a no-op on a cloned template (it checks and finds the data there)
  await bereidDatabaseVoor(db, stap === 'none' ? 'none' : SEED_MAP);
  return db;
}

/** An empty, unmigrated in-memory PGlite (a copy of a fresh cluster: no initdb per test). */
export async function legePglite(): Promise<PgliteDb> {
  return PgliteDb.open(undefined, await pgliteSnapshot('leeg'));
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

/** A fresh database for the tests of one file: opened before them, closed after (`.db` inside a test). */
export function testDbPerBestand(opties: TestDbOpties = {}): { db: Db } {
  const houder = {} as { db: Db };
  beforeAll(async () => {
    houder.db = await nieuweTestDb(opties);
  });
  afterAll(async () => {
    await houder.db?.close();
  });
  return houder;
}
