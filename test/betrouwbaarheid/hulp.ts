// Helpers of the reliability tests that need a PostgreSQL of their own: a fresh, empty database on
// the test server (two instances, restarts), dropped afterwards.
import crypto from 'node:crypto';
import pg from 'pg';

export interface TijdelijkeDatabase {
  /** Connection string of the new database. */
  url: string;
  weg(): Promise<void>;
}

export async function nieuweDatabase(serverUrl: string): Promise<TijdelijkeDatabase> {
  const naam = `am_t_${crypto.randomBytes(6).toString('hex')}`;
  const beheer = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await beheer(`CREATE DATABASE ${naam}`);
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  return { url: url.toString(), weg: () => beheer(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`) };
}
