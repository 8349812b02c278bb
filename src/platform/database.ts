// Opens the configured engine and brings its schema up to date.
import { PgliteDb, PostgresDb, type Db } from './db.js';
import { migreer } from './migraties.js';
import type { Config } from './config.js';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  const db = config.databaseUrl ? await PostgresDb.open(config.databaseUrl) : await PgliteDb.open(config.dataDir);
  try {
    await migreer(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

/** Opens the configured engine as it is, without migrating (backup reads it, restore builds it). */
export async function openDatabaseZonderMigratie(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  return config.databaseUrl ? PostgresDb.open(config.databaseUrl) : PgliteDb.open(config.dataDir);
}
