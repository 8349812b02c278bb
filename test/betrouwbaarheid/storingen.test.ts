// Faults (issue 20): PostgreSQL briefly away gives 503 with Retry-After (HTML for a browser, problem
// JSON for the API) and the app recovers by itself; a connection killed on the server
// (pg_terminate_backend) does not end the process; a restart keeps sessions; the embedded data
// directory survives kill -9 during writes and reopens with every committed row.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../helpers/db.js';
import { TcpProxy } from '../helpers/tcpproxy.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig, PROJECT_MAP } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/database.js';
import type { Db } from '../../src/platform/db.js';
import { PgliteDb } from '../../src/platform/db.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { gebruikerMetRol, loginViaFormulier, WACHTWOORD } from '../toegang/hulp.js';
import { nieuweDatabase, type TijdelijkeDatabase } from './hulp.js';

const HTML = { accept: 'text/html' };
const config = leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' });

async function totHersteld(app: FastifyInstance, url: string): Promise<number> {
  // the pool may hand out a connection that died; within a few tries a fresh one answers
  let r = await app.inject({ url, headers: HTML });
  for (let i = 0; i < 5 && r.statusCode !== 200; i++) r = await app.inject({ url, headers: HTML });
  return r.statusCode;
}

describe('PostgreSQL even weg', () => {
  const pgUrl = new URL(PG_URL);
  const proxy = new TcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  let db: Db;
  let app: FastifyInstance;
  let tijdelijk: TijdelijkeDatabase;

  beforeAll(async () => {
    await proxy.open();
    // a database of its own: the connections to kill are exactly those to this database
    tijdelijk = await nieuweDatabase(PG_URL);
    const viaProxy = new URL(tijdelijk.url);
    viaProxy.port = String(proxy.port);
    db = await openDatabase({ databaseUrl: viaProxy.toString(), dataDir: '' });
    await bereidDatabaseVoor(db, 'none');
    app = await bouwApp({ db, config });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await proxy.stop();
    await tijdelijk?.weg();
  });

  it('503 met Retry-After zolang de database weg is, voor een browser en voor de API; daarna weer 200 zonder herstart', async () => {
    expect((await app.inject({ url: '/rapportages', headers: HTML })).statusCode).toBe(200);
    await proxy.stop();
    const pagina = await app.inject({ url: '/rapportages', headers: HTML });
    expect(pagina.statusCode).toBe(503);
    expect(Number(pagina.headers['retry-after'])).toBeGreaterThan(0);
    expect(pagina.headers['content-type']).toMatch(/^text\/html/);
    expect(pagina.body).toContain('De database is even niet bereikbaar');
    const api = await app.inject({ url: '/api/v1/kerncijfers' });
    expect(api.statusCode).toBe(503);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(api.headers['retry-after'])).toBeGreaterThan(0);
    expect(api.json()).toMatchObject({ status: 503, title: 'Tijdelijk niet beschikbaar' });

    await proxy.open();
    expect(await totHersteld(app, '/rapportages')).toBe(200);
  }, 60_000);

  it('verbindingen die de server afbreekt (pg_terminate_backend) laten het proces heel; het volgende verzoek lukt weer', async () => {
    expect((await app.inject({ url: '/rapportages', headers: HTML })).statusCode).toBe(200);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const r = await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [new URL(tijdelijk.url).pathname.slice(1)]);
      expect(r.rowCount).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
    await new Promise((ok) => setTimeout(ok, 200)); // the idle connections hear of it ('error' on the pool)
    expect(await totHersteld(app, '/rapportages')).toBe(200);
    expect((await app.inject({ url: '/rapportages', headers: HTML })).statusCode).toBe(200);
  }, 60_000);
});

describe('herstart en kill -9', () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-storing-'));
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

  it('een herstart houdt sessies: ingelogd voor de herstart, nog ingelogd erna', async () => {
    // the engine under test: PostgreSQL in a database of its own, or an embedded data directory
    const pgUrl = process.env.AKKOORDMONITOR_TEST_DATABASE_URL;
    const tijdelijk = pgUrl ? await nieuweDatabase(pgUrl) : null;
    const instellingen = { databaseUrl: tijdelijk?.url ?? null, dataDir: path.join(map, 'sessies') };
    const start = async () => {
      const db = await openDatabase(instellingen);
      await bereidDatabaseVoor(db, 'none');
      const app = await bouwApp({ db, config });
      await app.ready();
      return { db, app };
    };
    try {
      const voor = await start();
      await gebruikerMetRol(voor.db, 'lezer', { email: 'herstart@test.nl' });
      const { r, cookie } = await loginViaFormulier(voor.app, 'herstart@test.nl', WACHTWOORD);
      expect(r.statusCode).toBe(303);
      await voor.app.close();
      await voor.db.close();

      const na = await start();
      try {
        const pagina = await na.app.inject({ url: '/uitloggen', headers: { cookie, ...HTML } });
        expect(pagina.statusCode).toBe(200);
        expect(pagina.body).toContain('herstart@test.nl');
      } finally {
        await na.app.close();
        await na.db.close();
      }
    } finally {
      await tijdelijk?.weg();
    }
  }, 120_000);

  it('de ingebouwde datamap overleeft kill -9 midden in het schrijven en opent weer met elke vastgelegde rij', async () => {
    const dataMap = path.join(map, 'kill9');
    // node itself (not the tsx wrapper, whose child would outlive the kill)
    const kind = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_MAP, 'test', 'betrouwbaarheid', 'schrijver.ts'), dataMap], {
      cwd: PROJECT_MAP,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let vastgelegd = 0;
    let fout = '';
    kind.stderr.on('data', (d: Buffer) => (fout += d.toString()));
    await new Promise<void>((klaar, mis) => {
      kind.stdout.on('data', (d: Buffer) => {
        const regels = d.toString().trim().split('\n');
        vastgelegd = Number(regels[regels.length - 1]);
        if (vastgelegd >= 40) klaar();
      });
      kind.on('exit', () => mis(new Error(`schrijver stopte vroeg: ${fout}`)));
    });
    const weg = new Promise((ok) => kind.on('exit', ok));
    kind.kill('SIGKILL'); // in the middle of the next transaction
    await weg;
    // the lock file of the killed process is stale: the directory opens again
    const db = await PgliteDb.open(dataMap);
    try {
      const [r] = await db.query<{ n: number; max: number }>('SELECT count(*)::int AS n, max(n) AS max FROM schrijfproef');
      expect(r.n).toBeGreaterThanOrEqual(vastgelegd);
      expect(r.n).toBe(r.max); // no gaps: every row up to the last one is there, nothing half
      await db.query('INSERT INTO schrijfproef (n, tekst) VALUES ($1, $2)', [r.max + 1, 'na de kill']);
      const [na] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schrijfproef');
      expect(na.n).toBe(r.n + 1);
    } finally {
      await db.close();
    }
  }, 120_000);
});
