// Numbered SQL migrations (migrations/NNNN_name.sql), applied once each, in order, each in its own
// transaction, on either engine.
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIESLOT, type Db, type Queryable } from './db.js';
import { PROJECT_MAP } from './config.js';

export const MIGRATIES_MAP = path.join(PROJECT_MAP, 'migrations');

/** The migration files of this version, in order. */
export function migratieBestanden(): string[] {
  return fs
    .readdirSync(MIGRATIES_MAP)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
}

/** Runs one migration file on a transaction (restore builds the schema of a backup this way). */
export async function voerMigratieUit(tx: Queryable, bestand: string): Promise<void> {
  await tx.exec(fs.readFileSync(path.join(MIGRATIES_MAP, bestand), 'utf8'));
}

/** The migrations this version has that `db` has not applied yet (empty: up to date). */
export async function openstaandeMigraties(db: Pick<Db, 'query'>): Promise<string[]> {
  const gedaan = new Set((await db.query<{ naam: string }>('SELECT naam FROM schema_migraties')).map((r) => r.naam));
  return migratieBestanden().filter((f) => !gedaan.has(f));
}

export async function migreer(db: Db): Promise<string[]> {
  // the whole run under one lock: the trigger step at the end must not run twice at once either
  return db.exclusief(MIGRATIESLOT, () => migreerNu(db));
}

async function migreerNu(db: Db): Promise<string[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migraties (naam text PRIMARY KEY, toegepast_op timestamptz NOT NULL DEFAULT now())`,
  );
  const gedaan = new Set((await db.query<{ naam: string }>('SELECT naam FROM schema_migraties')).map((r) => r.naam));
  const bestanden = migratieBestanden();
  const nieuw: string[] = [];
  for (const f of bestanden) {
    if (gedaan.has(f)) continue;
    const sql = fs.readFileSync(path.join(MIGRATIES_MAP, f), 'utf8');
    const toegepast = await db.transaction(async (tx) => {
      // several app instances may start at once on one server: one migrates, the others wait and skip
      await tx.query('SELECT pg_advisory_xact_lock(74201)');
      if ((await tx.query('SELECT 1 FROM schema_migraties WHERE naam = $1', [f])).length > 0) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migraties (naam) VALUES ($1)', [f]);
      return true;
    });
    if (toegepast) nieuw.push(f);
  }
  // tables added after 0018 get the data-version trigger too (see migrations/0018_dataversie.sql)
  if (nieuw.length > 0 && (await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'data_versie_volgen'`)).length > 0) {
    await db.query('SELECT data_versie_volgen()');
  }
  return nieuw;
}
