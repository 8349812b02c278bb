// Cold start: from spawning the production server (`npm start`'s node dist/server.js) to its first
// answer on / on an already seeded database. Prints milliseconds; asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_MAP } from '../src/platform/config.js';

async function eersteAntwoord(url: string, tot: number): Promise<boolean> {
  while (Date.now() < tot) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** Starts the compiled server once to seed `dataDir` (when new), then `keer` times to measure. */
export async function koudeStart(opties: { dataDir?: string; databaseUrl?: string; keer?: number; poort?: number } = {}): Promise<number[]> {
  const dataDir = opties.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'am-koud-'));
  const poort = opties.poort ?? 3917;
  const env = { ...process.env, PORT: String(poort), HOST: '127.0.0.1', AKKOORDMONITOR_DATA_DIR: dataDir, ...(opties.databaseUrl ? { DATABASE_URL: opties.databaseUrl } : {}) };
  const tijden: number[] = [];
  for (let i = 0; i <= (opties.keer ?? 3); i++) {
    const start = performance.now();
    const p = spawn(process.execPath, [path.join(PROJECT_MAP, 'dist', 'server.js')], { env, stdio: 'ignore' });
    const ok = await eersteAntwoord(`http://127.0.0.1:${poort}/`, Date.now() + 120_000);
    const ms = performance.now() - start;
    p.kill('SIGTERM');
    await new Promise((r) => p.once('exit', r));
    if (!ok) throw new Error('de server gaf binnen 120 s geen antwoord');
    if (i > 0) tijden.push(ms); // the first start seeds the database
  }
  return tijden;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('koudestart.ts')) {
  const t = await koudeStart();
  console.log(`koude start (dist/server.js, PGlite, gezaaide database): ${t.map((x) => Math.round(x)).join(', ')} ms`);
}
