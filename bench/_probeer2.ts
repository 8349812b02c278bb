import { PgliteDb, PostgresDb, type Db, type Queryable } from '../src/platform/db.js';
import { migreer } from '../src/platform/migraties.js';
import { zorgVoorReferentiedata } from '../src/kern/contract/referentie.js';
import { maakIndicatorCsv, meetImport } from './import.js';
import pg from 'pg';
const n = Number(process.argv[2] ?? 100000);
let db: Db;
if (process.argv[3] === 'pg') {
  const url = 'postgres://postgres@127.0.0.1:5432/test'; const schema = `h6_${Date.now()}`;
  const c = new pg.Client({ connectionString: url }); await c.connect(); await c.query(`CREATE SCHEMA ${schema}`); await c.end();
  db = await PostgresDb.open(url, schema);
} else db = await PgliteDb.open();
await migreer(db); await zorgVoorReferentiedata(db);
const b = await maakIndicatorCsv(db, n);
const tijden = new Map<string, number>();
const orig = db.transaction.bind(db);
const wrap = (tx: Queryable): Queryable => ({
  query: async (s, p) => { const t = performance.now(); try { return await tx.query(s, p); } finally { const k = 'Q ' + s.replace(/\s+/g, ' ').slice(0, 100); tijden.set(k, (tijden.get(k) ?? 0) + performance.now() - t); } },
  exec: async (s) => { const t = performance.now(); try { return await tx.exec(s); } finally { const k = 'E ' + s.replace(/\s+/g, ' ').slice(0, 100); tijden.set(k, (tijden.get(k) ?? 0) + performance.now() - t); } },
  copyIn: async (a, k, c) => { const t = performance.now(); try { return await tx.copyIn(a, k, c); } finally { tijden.set('COPY ' + a, (tijden.get('COPY ' + a) ?? 0) + performance.now() - t); } },
}) as Queryable;
db.transaction = ((fn: (tx: Queryable) => Promise<unknown>) => orig((tx) => fn(wrap(tx)))) as Db['transaction'];
console.log(await meetImport(db, b, n));
for (const [k, v] of [...tijden].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(Math.round(v), k);
await db.close();
