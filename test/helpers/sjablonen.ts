// vitest globalSetup: builds the test databases ONCE per run, so a test file clones a ready database
// instead of creating, migrating and seeding its own (that cost ~5–15 s per file on a busy machine).
// PGlite: data-dir snapshots (empty, migrated+reference, seeded) as files, loaded with loadDataDir.
// PostgreSQL (AKKOORDMONITOR_TEST_DATABASE_URL): template databases, cloned with CREATE DATABASE … TEMPLATE.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { PgliteDb, PostgresDb } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { SEED_MAP, SJABLOON_SCHEMA, metDatabase, type Sjablonen } from './db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sjablonen: Sjablonen;
  }
}


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-testdb-'));
  const sjablonen: Sjablonen = { pglite: {} };
  const url = process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
  const opruimen: (() => Promise<void>)[] = [async () => fs.rmSync(map, { recursive: true, force: true })];

  const p = await PgliteDb.open();
  const bewaar = async (naam: 'leeg' | 'none' | 'seed') => {
    const bestand = path.join(map, `${naam}.tar`);
    fs.writeFileSync(bestand, Buffer.from(await (await p.dump()).arrayBuffer()));
    sjablonen.pglite[naam] = bestand;
  };
  try {
    await bewaar('leeg');
    await migreer(p);
    await bereidDatabaseVoor(p, 'none');
    await bewaar('none');
    await bereidDatabaseVoor(p, SEED_MAP);
    await bewaar('seed');
  } finally {
    await p.close();
  }

  if (url) {
    const basis = `am_sjabloon_${crypto.randomBytes(4).toString('hex')}`;
    const beheer = new pg.Client({ connectionString: url });
    await beheer.connect();
    const namen: string[] = [];
    try {
      // 'none' is migrated with reference data; 'seed' is a clone of it with the seed loaded
      sjablonen.postgres = {};
      for (const naam of ['none', 'seed'] as const) {
        const sjabloon = `${basis}_${naam}`;
        await beheer.query(naam === 'none' ? `CREATE DATABASE ${sjabloon}` : `CREATE DATABASE ${sjabloon} TEMPLATE ${basis}_none`);
        namen.push(sjabloon);
        const dbUrl = metDatabase(url, sjabloon);
        if (naam === 'none') {
          const c = new pg.Client({ connectionString: dbUrl });
          await c.connect();
          await c.query(`CREATE SCHEMA ${SJABLOON_SCHEMA}`);
          await c.end();
        }
        const db = await PostgresDb.open(dbUrl, SJABLOON_SCHEMA);
        try {
          if (naam === 'none') await migreer(db);
          await bereidDatabaseVoor(db, naam === 'none' ? 'none' : SEED_MAP);
        } finally {
          await db.close(); // a template must have no connections while it is copied
        }
        sjablonen.postgres[naam] = sjabloon;
      }
    } finally {
      await beheer.end();
    }
    sjablonen.kloonPrefix = `${basis}_k_`;
    opruimen.push(async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // the templates, and any clone a test file did not close
      const klonen = (await c.query<{ d: string }>(`SELECT datname AS d FROM pg_database WHERE starts_with(datname, $1)`, [sjablonen.kloonPrefix])).rows.map((r) => r.d);
      for (const n of [...klonen, ...namen]) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await c.end();
    });
  }
  project.provide('sjablonen', sjablonen);
  return async () => {
    for (const o of opruimen) await o();
  };
}
