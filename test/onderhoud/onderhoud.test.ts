// Running it for real (issue 21): /health and /ready for a load balancer (503 while PostgreSQL is
// away, 200 again when it is back, without a restart), the beheer backup download, a backup taken
// while writes go on restores consistent, and the configuration check.
//
// "PostgreSQL stopped" is a TCP proxy in front of the real server that is shut (all connections cut,
// new ones refused) and opened again on the same port: the app sees exactly what a stopped server
// looks like, and the shared test server keeps running for other tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legePglite, nieuweTestDbOp, PG_URL } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { controleerConfig, databaseOmschrijving, leesConfig } from '../../src/platform/config.js';
import { type Db } from '../../src/platform/db.js';
import { herstelBackup, maakBackupBestand } from '../../src/platform/backup.js';
import { zetEmbargo } from '../../src/kern/embargo.js';
import { gebruikerMetRol, sessie } from '../toegang/hulp.js';
import { TcpProxy as Proxy } from '../helpers/tcpproxy.js';

describe('/health en /ready', () => {
  const pgUrl = new URL(PG_URL);
  const proxy = new Proxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  let db: Db;
  let app: FastifyInstance;

  beforeAll(async () => {
    await proxy.open();
    const viaProxy = new URL(PG_URL);
    viaProxy.port = String(proxy.port);
    db = await nieuweTestDbOp('postgres', 'none', viaProxy.toString());
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none', DATABASE_URL: viaProxy.toString() }) });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await proxy.stop();
  });

  it('/ready: 200, 503 zolang PostgreSQL weg is (/health blijft 200), 200 zodra hij terug is, zonder herstart', async () => {
    const health = await app.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const r1 = await app.inject({ url: '/ready' });
    expect(r1.statusCode).toBe(200);
    expect(r1.json()).toMatchObject({ status: 'gereed', engine: 'postgres' });
    expect(r1.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    await proxy.stop();
    const t0 = Date.now();
    const r2 = await app.inject({ url: '/ready' });
    expect(r2.statusCode).toBe(503);
    expect(r2.json().reden).toMatch(/^database niet bereikbaar/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);

    await proxy.open();
    // the pool may hand out one connection that died with the proxy; within a few tries it is back
    let r3 = await app.inject({ url: '/ready' });
    for (let i = 0; i < 5 && r3.statusCode !== 200; i++) r3 = await app.inject({ url: '/ready' });
    expect(r3.statusCode).toBe(200);
  }, 60_000);
});

describe('backup via de beheerpagina en tijdens schrijven', () => {
  let db: Db;
  let app: FastifyInstance;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-onderhoud-'));

  beforeAll(async () => {
    db = await nieuweTestDbOp('postgres', 'seed');
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('een beheerder maakt een backup en downloadt hem; een lezer mag dat niet', async () => {
    const beheerder = await gebruikerMetRol(db, 'beheerder');
    const s = await sessie(app, db, beheerder.id);
    const pagina = await app.inject({ url: '/beheer/backup', headers: { cookie: s.cookie, accept: 'text/html' } });
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('Backup maken en downloaden');
    const r = await app.inject({
      method: 'POST',
      url: '/beheer/backup',
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(s.csrf)}`,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="akkoordmonitor-[^"]*\.amb"; filename\*=UTF-8''akkoordmonitor-/);
    const bestand = path.join(map, 'download.amb');
    fs.writeFileSync(bestand, r.rawPayload);
    const doel = await legePglite();
    try {
      const h = await herstelBackup(doel, bestand);
      expect(h.rijen).toBeGreaterThan(263);
      const [a] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM acties_log`);
      const [b] = await doel.query<{ n: number }>(`SELECT count(*)::int AS n FROM acties_log`);
      expect(b.n).toBe(a.n);
    } finally {
      await doel.close();
    }
    const audit = await db.query<{ door: string; details: { sha256: string } }>(`SELECT door, details FROM audit_log WHERE actie = 'backup.maken'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].details.sha256).toBe(r.headers['x-backup-sha256']);

    const lezer = await gebruikerMetRol(db, 'lezer');
    const sl = await sessie(app, db, lezer.id);
    const geweigerd = await app.inject({
      method: 'POST',
      url: '/beheer/backup',
      headers: { cookie: sl.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: `_csrf=${encodeURIComponent(sl.csrf)}`,
    });
    expect(geweigerd.statusCode).toBe(403);
  }, 60_000);

  it('een backup terwijl 10 wijzigingen per seconde doorgaan, herstelt consistent: elke wijziging met precies haar auditregel', async () => {
    let stop = false;
    let geschreven = 0;
    const schrijver = (async () => {
      for (let i = 0; !stop; i++) {
        const dag = String(1 + (i % 28)).padStart(2, '0');
        const maand = String(1 + Math.floor(i / 28)).padStart(2, '0');
        await zetEmbargo(db, { soort: 'kader_stand', sleutel: `2030-${maand}-${dag}`, embargo_tot: '2031-01-01', versie: 0 }, 'schrijver@test.nl');
        geschreven++;
        await new Promise((ok) => setTimeout(ok, 100));
      }
    })();
    await new Promise((ok) => setTimeout(ok, 500));
    const bestand = path.join(map, 'tijdens.amb');
    await maakBackupBestand(db, bestand);
    await new Promise((ok) => setTimeout(ok, 300));
    stop = true;
    await schrijver;
    const doel = await legePglite();
    try {
      await herstelBackup(doel, bestand);
      const [e] = await doel.query<{ n: number }>(`SELECT count(*)::int AS n FROM embargo WHERE door = 'schrijver@test.nl'`);
      const [a] = await doel.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'embargo.instellen' AND door = 'schrijver@test.nl'`);
      expect(e.n).toBeGreaterThan(0);
      expect(e.n).toBeLessThan(geschreven);
      expect(a.n).toBe(e.n);
    } finally {
      await doel.close();
    }
  }, 60_000);
});

describe('configuratiecontrole', () => {
  it('weigert TLS zonder vertrouwde proxy, een kapotte poort en een vreemde DATABASE_URL, in het Nederlands', () => {
    expect(controleerConfig({})).toEqual([]);
    expect(controleerConfig({ AKKOORDMONITOR_TLS: '1', AKKOORDMONITOR_TRUSTED_PROXY: '10.0.0.0/8, 127.0.0.1' })).toEqual([]);
    expect(controleerConfig({ AKKOORDMONITOR_TLS: '1' })).toEqual([expect.stringMatching(/^AKKOORDMONITOR_TLS=1 zonder AKKOORDMONITOR_TRUSTED_PROXY/)]);
    expect(controleerConfig({ AKKOORDMONITOR_TLS: 'ja' })).toEqual(['AKKOORDMONITOR_TLS="ja" wordt niet begrepen; gebruik 1 (achter HTTPS) of 0.']);
    expect(controleerConfig({ AKKOORDMONITOR_TRUSTED_PROXY: 'proxy.local' })[0]).toContain('"proxy.local": dat is geen IP-adres');
    expect(controleerConfig({ PORT: '70000' })).toEqual(['PORT="70000" is geen geldig poortnummer; gebruik een geheel getal van 1 tot en met 65535.']);
    const url = controleerConfig({ DATABASE_URL: 'mysql://geheim@x/db' });
    expect(url[0]).toMatch(/^DATABASE_URL is geen geldige PostgreSQL-verbinding/);
    expect(url[0]).not.toContain('geheim');
  });

  it('de startregel noemt de database zonder wachtwoord', () => {
    expect(databaseOmschrijving({ databaseUrl: 'postgres://app:zeergeheim@db.intern:5432/akkoord', dataDir: '/x' })).toBe('postgres://app@db.intern:5432/akkoord');
    expect(databaseOmschrijving({ databaseUrl: null, dataDir: '/var/lib/akkoordmonitor' })).toBe('/var/lib/akkoordmonitor');
  });
});
