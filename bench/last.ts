// Load benchmark over loopback (issue 19): a keep-alive HTTP client on node's http module (no extra
// dependency), C connections for a fixed time, against the compiled server (dist/akkoordmonitor.js) on one
// or two instances; every public URL beside a static file of the same server in the same run.
// Prints req/s, p50 and p99 and the ratio to the static file; asserts nothing.
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_MAP } from '../src/platform/config.js';

export interface Meting { url: string; rps: number; p50: number; p99: number; fouten: number }

export async function belast(poorten: number[], url: string, verbindingen = 10, ms = 3000): Promise<Meting> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: verbindingen });
  const tijden: number[] = [];
  let fouten = 0;
  const eind = Date.now() + ms;
  const vraag = (poort: number) =>
    new Promise<void>((klaar) => {
      const t = performance.now();
      const req = http.get({ host: '127.0.0.1', port: poort, path: url, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) fouten++;
          tijden.push(performance.now() - t);
          klaar();
        });
      });
      req.on('error', () => (fouten++, klaar()));
    });
  const start = performance.now();
  await Promise.all(
    Array.from({ length: verbindingen }, async (_, i) => {
      while (Date.now() < eind) await vraag(poorten[i % poorten.length]);
    }),
  );
  const duur = (performance.now() - start) / 1000;
  agent.destroy();
  tijden.sort((a, b) => a - b);
  const q = (p: number) => tijden[Math.min(tijden.length - 1, Math.floor(p * tijden.length))] ?? NaN;
  return { url, rps: tijden.length / duur, p50: q(0.5), p99: q(0.99), fouten };
}

async function wachtOp(poort: number): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${poort}/assets/app.css`);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server op poort ${poort} start niet`);
}

export async function benchLast(opties: { instanties: number; databaseUrl?: string; ms?: number }): Promise<Meting[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-last-'));
  const poorten = Array.from({ length: opties.instanties }, (_, i) => 3931 + i);
  const processen: ChildProcess[] = [];
  try {
    for (const poort of poorten) {
      const env = { ...process.env, PORT: String(poort), AKKOORDMONITOR_DATA_DIR: dataDir, ...(opties.databaseUrl ? { DATABASE_URL: opties.databaseUrl } : {}) };
      processen.push(spawn(process.execPath, [path.join(PROJECT_MAP, 'dist', 'akkoordmonitor.js')], { env, stdio: 'ignore' }));
      await wachtOp(poort); // one after the other: the first migrates and seeds
    }
    const urls = ['/assets/app.css', '/', '/financien', '/api/v1/kerncijfers?peildatum=2025-05-20'];
    const uit: Meting[] = [];
    for (const u of urls) {
      await belast(poorten, u, 2, 300); // warm up
      uit.push(await belast(poorten, u, 10, opties.ms ?? 3000));
    }
    return uit;
  } finally {
    for (const p of processen) p.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function drukAf(titel: string, m: Meting[]): void {
  const statisch = m[0].rps;
  console.log(`\n${titel}`);
  console.log('| url | req/s | p50 ms | p99 ms | t.o.v. statisch | fouten |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const x of m) console.log(`| ${x.url} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${((100 * x.rps) / statisch).toFixed(0)}% | ${x.fouten} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('last.ts')) {
  const pg = process.env.BENCH_DATABASE_URL;
  drukAf('PGlite, 1 instantie', await benchLast({ instanties: 1 }));
  if (pg) {
    drukAf('PostgreSQL, 1 instantie', await benchLast({ instanties: 1, databaseUrl: pg }));
    drukAf('PostgreSQL, 2 instanties', await benchLast({ instanties: 2, databaseUrl: pg }));
  }
}
