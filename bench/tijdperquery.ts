// Profiling aid (issue 19): times the reads of the actions pages one by one on a data directory (PGlite)
// or DATABASE_URL, beside EXPLAIN ANALYZE of the state scan (the time inside the database). Usage:
//   AKKOORDMONITOR_DATA_DIR=<dir> node --import tsx bench/tijdperquery.ts
import { PgliteDb, PostgresDb, type Db } from '../src/platform/db.js';
import { actieTellingen, actieToestanden, berekenKerncijfers } from '../src/kern/kerncijfers.js';
import { actiesOp, historie, termijnLijsten } from '../src/acties/store.js';

const db: Db = process.env.DATABASE_URL ? await PostgresDb.open(process.env.DATABASE_URL) : await PgliteDb.open(process.env.AKKOORDMONITOR_DATA_DIR!);
const P = new Date().toISOString().slice(0, 10);
async function tijd(naam: string, fn: () => Promise<unknown>) {
  await fn();
  const t = performance.now();
  for (let i = 0; i < 5; i++) await fn();
  console.log(`${naam}: ${((performance.now() - t) / 5).toFixed(1)} ms`);
}
await tijd('SELECT 1', () => db.query('SELECT 1'));
await tijd('actieToestanden (alle)', () => actieToestanden(db, P));
await tijd('actieTellingen', () => actieTellingen(db, P));
await tijd('berekenKerncijfers', () => berekenKerncijfers(db, P));
await tijd('actiesOp (alle)', () => actiesOp(db, P));
await tijd('termijnLijsten', () => termijnLijsten(db, P, null, 15));
await tijd('actiesOp (onderdeel A)', () => actiesOp(db, P, { onderdeel: 'A', akkoord: 'IZA' }));
await tijd('historie (onderdeel A, 101)', () => historie(db, P, { onderdeel: 'A' }, null, 101));
for (const sql of [`SELECT code, t_akkoord, t_onderdeel, status FROM acties_log WHERE status_datum <= $1 AND (geldig_tot IS NULL OR geldig_tot > $1)`]) {
  const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${sql}`, [P]);
  console.log(r.map((x) => x['QUERY PLAN']).join('\n'));
}
await db.close();
