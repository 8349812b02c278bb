// Starts the real server for the browser tests: a free port, a temporary data directory (PGlite, with
// the seed loaded at start) and one test user per role the specs need (E2E_GEBRUIKERS). The base URL and the users reach the tests
// through environment variables (and tmp/e2e.json); the returned function stops the server.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(PROJECT, 'node_modules', '.bin', 'tsx');

export const E2E_GEBRUIKERS: Record<string, { email: string; wachtwoord: string; rol: string; onderdeel?: string }> = {
  beheerder: { email: 'beheerder@e2e.test', wachtwoord: 'e2e-beheerder-wachtwoord', rol: 'beheerder' },
  lezer: { email: 'lezer@e2e.test', wachtwoord: 'e2e-lezer-wachtwoord-1', rol: 'lezer' },
  redactie: { email: 'redactie@e2e.test', wachtwoord: 'e2e-redactie-wachtwoord', rol: 'vws-redactie' },
  trekkerD7: { email: 'trekker-d7@e2e.test', wachtwoord: 'e2e-trekker-wachtwoord', rol: 'azwa-trekker', onderdeel: 'D7' },
  secA1: { email: 'sec-a1@e2e.test', wachtwoord: 'e2e-secretaris-wachtwoord', rol: 'thematafel-secretaris', onderdeel: 'A1' },
  secB2: { email: 'sec-b2@e2e.test', wachtwoord: 'e2e-secretaris-wachtwoord', rol: 'thematafel-secretaris', onderdeel: 'B2' },
  // submits snelle toetsen (toetsen.indienen): only the indiener role may
  indiener: { email: 'indiener@e2e.test', wachtwoord: 'e2e-indiener-wachtwoord', rol: 'indiener' },
};

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function wachtOp(url: string, server: ChildProcess, ms: number): Promise<void> {
  const eind = Date.now() + ms;
  while (Date.now() < eind) {
    if (server.exitCode !== null) throw new Error(`De server stopte (code ${server.exitCode}) voordat hij klaar was.`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`De server op ${url} antwoordde niet binnen ${ms / 1000} s.`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoordmonitor-e2e-'));
  const port = await vrijePoort();
  const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.AKKOORDMONITOR_SEED;
  execFileSync(
    TSX,
    ['test/e2e/maak-gebruikers.ts', dataDir, ...Object.values(E2E_GEBRUIKERS).map((g) => [g.email, g.rol, g.wachtwoord, g.onderdeel ?? ''].join(','))],
    { cwd: PROJECT, env, stdio: 'inherit' },
  );
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  const server = spawn(TSX, ['src/server.ts'], { cwd: PROJECT, env, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await wachtOp(`${url}/inloggen`, server, 180_000);
  } catch (err) {
    server.kill('SIGTERM');
    console.error(fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-4000));
    throw err;
  }
  process.env.AKKOORDMONITOR_E2E_URL = url;
  fs.mkdirSync(path.join(PROJECT, 'tmp'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT, 'tmp', 'e2e.json'), JSON.stringify({ url, dataDir }, null, 2));
  return async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise<void>((r) => {
        const t = setTimeout(() => {
          server.kill('SIGKILL');
          r();
        }, 10_000);
        server.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
    }
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
