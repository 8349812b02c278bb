// Cold start: from spawning the production server (`npm start`'s node dist/akkoordmonitor.js) to its
// first answer on / on an already seeded database. Prints wall-clock milliseconds and the CPU time the
// server used until then (from /proc: steadier than the wall clock on a shared machine); asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_MAP } from '../src/platform/config.js';

export interface Start { ms: number; cpuMs: number | null }

/** CPU time (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuVan(pid: number | undefined): number | null {
  try {
    const velden = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return null;
  }
}

async function eersteAntwoord(url: string, tot: number, pid: number | undefined): Promise<number | null | false> {
  while (Date.now() < tot) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return cpuVan(pid);
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** Starts the compiled server once to seed `dataDir` (when new), then `keer` times to measure. */
export async function koudeStart(opties: { dataDir?: string; databaseUrl?: string; keer?: number; poort?: number } = {}): Promise<Start[]> {
  const dataDir = opties.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'am-koud-'));
  const poort = opties.poort ?? 3917;
  const env = { ...process.env, PORT: String(poort), HOST: '127.0.0.1', AKKOORDMONITOR_DATA_DIR: dataDir, ...(opties.databaseUrl ? { DATABASE_URL: opties.databaseUrl } : {}) };
  const tijden: Start[] = [];
  for (let i = 0; i <= (opties.keer ?? 3); i++) {
    const start = performance.now();
    const p = spawn(process.execPath, [path.join(PROJECT_MAP, 'dist', 'akkoordmonitor.js')], { env, stdio: 'ignore' });
    const cpu = await eersteAntwoord(`http://127.0.0.1:${poort}/`, Date.now() + 120_000, p.pid);
    const ms = performance.now() - start;
    p.kill('SIGTERM');
    await new Promise((r) => p.once('exit', r));
    if (cpu === false) throw new Error('de server gaf binnen 120 s geen antwoord');
    if (i > 0) tijden.push({ ms, cpuMs: cpu }); // the first start seeds the database
  }
  return tijden;
}

export function beschrijf(t: Start[]): string {
  return `${t.map((x) => Math.round(x.ms)).join(', ')} ms tot het eerste antwoord; CPU ${t.map((x) => (x.cpuMs === null ? '?' : Math.round(x.cpuMs))).join(', ')} ms`;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('koudestart.ts')) {
  const t = await koudeStart();
  console.log(`koude start (npm start, PGlite, gezaaide database): ${beschrijf(t)}`);
}
