// Benchmarks of the data core (issue 3): printed, not asserted. Each beside a baseline in the same run.
//  1. import of 100,000 snelle-toets event rows vs COPY of the same rows into a plain table;
//  2. kerncijfers at 20,000 toetsen / 5,000 plans / 100,000 KPIs vs the plain SQL aggregate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PgliteDb, PostgresDb, type Db } from '../src/platform/db.js';
import { migreer } from '../src/platform/migraties.js';
import { zorgVoorReferentiedata } from '../src/kern/contract/referentie.js';
import { importeer } from '../src/kern/contract/importeren.js';
import { berekenKerncijfers } from '../src/kern/kerncijfers.js';

const STATUSSEN = ['Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Goedgekeurd', 'Afgekeurd'];

export function maakToetsCsv(rijen: number): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-bench-'));
  const bestand = path.join(map, 'snelle_toetsen.csv');
  const regels = ['id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar'];
  // 4 events per toets: Ingediend → Beoordeling gestart → Extra informatie → final
  for (let i = 0; i < rijen; i++) {
    const toets = Math.floor(i / 4);
    const stap = i % 4;
    const maand = 1 + (toets % 12);
    const datum = `2024-${String(maand).padStart(2, '0')}-${String(1 + stap * 7).padStart(2, '0')}`;
    const status = stap < 3 ? STATUSSEN[stap] : STATUSSEN[3 + (toets % 2)];
    regels.push(
      stap === 0
        ? `B${toets};Snelle toets ${toets};Twente|Zuid-Limburg;MSZ|GGZ;Thema ${toets % 8};${datum};${status};${datum};Zilveren Kruis`
        : `B${toets};;;;;;${status};${datum};`,
    );
  }
  fs.writeFileSync(bestand, regels.join('\n'));
  return bestand;
}

async function tijd<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

export async function nieuweDb(engine: 'pglite' | 'postgres'): Promise<{ db: Db; opruimen: () => Promise<void> }> {
  if (engine === 'pglite') {
    const db = await PgliteDb.open();
    await migreer(db);
    await zorgVoorReferentiedata(db);
    return { db, opruimen: () => db.close() };
  }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const db = await PostgresDb.open(url, schema);
  await migreer(db);
  await zorgVoorReferentiedata(db);
  return {
    db,
    opruimen: async () => {
      await db.close();
      const c2 = new pg.Client({ connectionString: url });
      await c2.connect();
      await c2.query(`DROP SCHEMA ${schema} CASCADE`);
      await c2.end();
    },
  };
}

const COPY_TABEL = `CREATE TABLE copy_basis (id text, titel text, regios text, sectoren text, themas text, ingediend_op date,
  status text, status_datum date, coordinerend_verzekeraar text)`;

async function copyBaseline(engine: 'pglite' | 'postgres', bestand: string): Promise<number> {
  const csv = fs.readFileSync(bestand);
  if (engine === 'pglite') {
    const p = await PGlite.create();
    await p.exec(COPY_TABEL);
    const t0 = performance.now();
    await p.query(`COPY copy_basis FROM '/dev/blob' WITH (FORMAT csv, DELIMITER ';', HEADER true)`, [], { blob: new Blob([csv]) });
    const ms = performance.now() - t0;
    await p.close();
    return ms;
  }
  const { from } = await import('pg-copy-streams');
  const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  await c.connect();
  await c.query(`CREATE TEMP TABLE ${COPY_TABEL.slice('CREATE TABLE '.length)}`);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const stream = c.query(from(`COPY copy_basis FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)`));
    stream.on('finish', () => resolve());
    stream.on('error', reject);
    stream.end(csv);
  });
  const ms = performance.now() - t0;
  await c.end();
  return ms;
}

/** Fills 20,000 toetsen, 5,000 plans and 100,000 KPIs (with history rows) straight in SQL. */
export async function vulGroot(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO snelle_toetsen_log (id, titel, ingediend_op, status, status_sleutel, status_datum, door)
      SELECT 'S' || g, 'Toets ' || g, DATE '2023-01-01' + (g % 700), 'Ingediend', 'Ingediend', DATE '2023-01-01' + (g % 700), 'bench'
        FROM generate_series(1, 20000) g;
    INSERT INTO snelle_toetsen_log (id, status, status_sleutel, status_datum, door)
      SELECT 'S' || g, CASE WHEN g % 3 = 0 THEN 'Afgekeurd' ELSE 'Goedgekeurd' END, CASE WHEN g % 3 = 0 THEN 'Afgekeurd' ELSE 'Goedgekeurd' END,
             DATE '2023-01-01' + (g % 700) + 30, 'bench'
        FROM generate_series(1, 20000) g;
    INSERT INTO transformatieplannen_log (id, snelle_toets_id, titel, ingediend_op, status, status_sleutel, status_datum, door)
      SELECT 'P' || g, 'S' || (g * 3 - 2), 'Plan ' || g, DATE '2023-01-01' + ((g * 3 - 2) % 700) + 40, 'Ingediend', 'Ingediend',
             DATE '2023-01-01' + ((g * 3 - 2) % 700) + 40, 'bench'
        FROM generate_series(1, 5000) g;
    INSERT INTO transformatieplannen_log (id, status, status_sleutel, status_datum, bedrag_beschikbaar_gesteld_eur, door)
      SELECT 'P' || g, 'Goedgekeurd', 'Goedgekeurd', DATE '2023-01-01' + ((g * 3 - 2) % 700) + 80, 2000000, 'bench'
        FROM generate_series(1, 5000) g;
    INSERT INTO kpis_log (plan_id, kpi_id, status_datum, jaar, bedrag_eur, resultaat, betaalstatus, door)
      SELECT 'P' || (1 + g % 5000), 'K' || g, DATE '2024-01-01', 2025, 100000, 'open', 'open', 'bench'
        FROM generate_series(1, 100000) g;
    INSERT INTO kpis_log (plan_id, kpi_id, status_datum, resultaat, bedrag_definitief_eur, betaalstatus, door)
      SELECT 'P' || (1 + g % 5000), 'K' || g, DATE '2025-01-01', 'behaald', 100000, 'betaald', 'bench'
        FROM generate_series(1, 100000, 4) g;
    ANALYZE;`);
}

/** The baseline: the same counts as one plain SQL aggregate (latest status per item, no per-column fold). */
export const PLAIN_SQL = `
  WITH t AS (SELECT DISTINCT ON (id) id, status FROM snelle_toetsen_log WHERE status_datum <= $1 ORDER BY id, status_datum DESC, volgnr DESC),
       p AS (SELECT DISTINCT ON (id) id, status FROM transformatieplannen_log WHERE status_datum <= $1 ORDER BY id, status_datum DESC, volgnr DESC),
       k AS (SELECT DISTINCT ON (plan_id, kpi_id) plan_id, bedrag_eur, resultaat FROM kpis_log WHERE status_datum <= $1 ORDER BY plan_id, kpi_id, status_datum DESC, volgnr DESC)
  SELECT (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) n FROM t GROUP BY status) x) AS toetsen,
         (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) n FROM p GROUP BY status) x) AS plannen,
         (SELECT sum(bedrag_eur) FROM k JOIN p ON p.id = k.plan_id AND p.status = 'Goedgekeurd' WHERE k.resultaat = 'open') AS verwacht`;

/**
 * A like-for-like baseline: ONE statement that yields the same figures as berekenKerncijfers (toetsen and
 * plans per status from their submission date, in uitwerking, and the money block) from the same state
 * rows (the geldig_tot columns kept by the triggers). PLAIN_SQL above does other work: it re-derives the
 * latest state with DISTINCT ON sorts over the whole logs (heavier) and computes only three of the figures
 * (lighter). Both are printed; this one is the fair yardstick.
 */
export const GELIJKWAARDIGE_SQL = `
  WITH t AS (SELECT id, status, t_ingediend_op AS io FROM snelle_toetsen_log WHERE status_datum <= $1 AND (geldig_tot IS NULL OR geldig_tot > $1)),
       p AS (SELECT id, t_snelle_toets_id AS st, status, t_ingediend_op AS io, t_bedrag_beschikbaar_gesteld_eur AS b
               FROM transformatieplannen_log WHERE status_datum <= $1 AND (geldig_tot IS NULL OR geldig_tot > $1)),
       k AS (SELECT plan_id, t_bedrag_eur AS b, t_bedrag_definitief_eur AS d, coalesce(t_resultaat, 'open') AS r,
                    coalesce(t_betaalstatus, 'open') AS bs, t_vrijgave AS v
               FROM kpis_log WHERE status_datum <= $1 AND (geldig_tot IS NULL OR geldig_tot > $1)
                AND plan_id IN (SELECT id FROM p WHERE status = 'Goedgekeurd')),
       kp AS (SELECT plan_id, sum(coalesce(b, 0)) AS tot FROM k GROUP BY plan_id)
  SELECT (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) n FROM t WHERE io <= $1 GROUP BY status) x) AS toetsen,
         (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) n FROM p WHERE io <= $1 GROUP BY status) x) AS plannen,
         (SELECT count(*) FROM t WHERE status = 'Goedgekeurd') AS goedgekeurde_toetsen,
         (SELECT count(*) FROM t WHERE status = 'Goedgekeurd' AND id NOT IN (SELECT st FROM p WHERE io <= $1 AND st IS NOT NULL)) AS in_uitwerking,
         (SELECT sum(b) FROM p WHERE status = 'Goedgekeurd') AS beschikbaar_gesteld,
         (SELECT json_build_array(
                   sum(coalesce(b, 0)) FILTER (WHERE r = 'open'),
                   sum(coalesce(d, 0)) FILTER (WHERE bs <> 'open'),
                   sum(b - coalesce(d, 0)) FILTER (WHERE v = 'nog vrij te geven'),
                   sum(b - coalesce(d, 0)) FILTER (WHERE v IS NOT NULL AND v <> 'nog vrij te geven'))
            FROM k) AS middelen,
         (SELECT sum(greatest(0, coalesce(p.b, 0) - coalesce(kp.tot, 0))) FROM p LEFT JOIN kp ON kp.plan_id = p.id WHERE p.status = 'Goedgekeurd') AS mogelijk`;

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchKern(engines: ('pglite' | 'postgres')[]): Promise<void> {
  const bestand = maakToetsCsv(100_000);
  const kleinBestand = maakToetsCsv(20_000);
  for (const engine of engines) {
    console.log(`\n== ${engine} ==`);
    const { db, opruimen } = await nieuweDb(engine);
    try {
      // memory: the largest live heap while importing (after a GC, sampled every 10,000 rows), for
      // 20,000 and 100,000 rows. `npm run bench` runs node with --expose-gc for this.
      const gc = (globalThis as { gc?: () => void }).gc;
      const levend = () => (gc?.(), process.memoryUsage().heapUsed);
      const piekHeap = async (pad: string) => {
        const basis = levend();
        let piek = basis;
        const [, ms] = await tijd(() => importeer(db, pad, { door: 'bench', onVoortgang: () => void (piek = Math.max(piek, levend())) }));
        return { ms, piekMb: (piek - basis) / 1e6 };
      };
      const klein = await piekHeap(kleinBestand);
      const groot = await piekHeap(bestand);
      const importMs = groot.ms;
      const copyMs = await copyBaseline(engine, bestand);
      console.log(
        `import 100.000 snelle-toetsrijen: ${importMs.toFixed(0)} ms (${Math.round(100_000 / (importMs / 1000)).toLocaleString('nl-NL')} rijen/s); ` +
          `COPY-basislijn ${copyMs.toFixed(0)} ms; verhouding ${(importMs / copyMs).toFixed(1)}×`,
      );
      console.log(`geheugen: extra levende heap tijdens import ${klein.piekMb.toFixed(1)} MB bij 20.000 rijen, ${groot.piekMb.toFixed(1)} MB bij 100.000 rijen${gc ? '' : ' (zonder --expose-gc: inclusief afval)'}`);
      const [, herMs] = await tijd(() => importeer(db, bestand, { door: 'bench' }));
      console.log(`herimport (idempotent, niets gewijzigd): ${herMs.toFixed(0)} ms`);
      const { benchCbs } = await import('./import.js');
      await benchCbs(db, process.env.BENCH_SNEL ? 100_000 : 1_000_000);
    } finally {
      await opruimen();
    }
    await benchKerncijfers(engine);
  }
}

/** Part 2 alone (npx tsx bench/kern.ts, BENCH_ENGINES=pglite,postgres): kerncijfers at 20,000 / 5,000 / 100,000 vs the plain SQL aggregate. */
export async function benchKerncijfers(engine: 'pglite' | 'postgres'): Promise<void> {
  {
    const groot = await nieuweDb(engine);
    try {
      await vulGroot(groot.db);
      const P = '2025-06-01';
      // warm-up of all three, then interleaved rounds so a busy machine weighs on each alike
      await berekenKerncijfers(groot.db, P);
      await groot.db.query(PLAIN_SQL, [P]);
      await groot.db.query(GELIJKWAARDIGE_SQL, [P]);
      const metingen: number[] = [];
      const basis: number[] = [];
      const gelijk: number[] = [];
      for (let i = 0; i < 7; i++) {
        metingen.push((await tijd(() => berekenKerncijfers(groot.db, P)))[1]);
        basis.push((await tijd(() => groot.db.query(PLAIN_SQL, [P])))[1]);
        gelijk.push((await tijd(() => groot.db.query(GELIJKWAARDIGE_SQL, [P])))[1]);
      }
      const k = await berekenKerncijfers(groot.db, P);
      const [g] = await groot.db.query<{ in_uitwerking: number }>(GELIJKWAARDIGE_SQL, [P]);
      console.log(
        `kerncijfers bij 20.000 toetsen / 5.000 plannen / 100.000 KPI's: mediaan ${mediaan(metingen).toFixed(0)} ms ` +
          `(doel < 200 ms); gewone SQL-aggregaat ${mediaan(basis).toFixed(0)} ms; verhouding ${(mediaan(metingen) / mediaan(basis)).toFixed(1)}×; ` +
          `gelijkwaardige SQL (zelfde toestandsrijen, zelfde cijfers) ${mediaan(gelijk).toFixed(0)} ms; verhouding ${(mediaan(metingen) / mediaan(gelijk)).toFixed(1)}×` +
          ` [controle: ${k.snelle_toetsen.totaal} toetsen, ${k.transformatieplannen.per_status.Goedgekeurd} goedgekeurde plannen, verwacht € ${k.transformatiemiddelen.verwacht.toLocaleString('nl-NL')}, ` +
          `in uitwerking ${k.transformatieplannen.in_uitwerking} = ${g.in_uitwerking}]`,
      );
    } finally {
      await groot.opruimen();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const engine of (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[]) {
    console.log(`\n== ${engine} ==`);
    await benchKerncijfers(engine);
  }
}
