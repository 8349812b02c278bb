// Public pages over published data are cached per data version (issue 19): a repeat view costs one
// tiny SELECT, carries a strong ETag and answers 304; a new publication (an imported kerncijfers
// snapshot) and an embargo lift show at the very next request, on the instance that wrote and on a
// second instance with its own cache (and, on PostgreSQL, its own connection pool). Logged-in pages
// are never served from the cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PostgresDb, type Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { nieuweTestDb, SEED_MAP, verbindingVan } from '../helpers/db.js';
import { gebruikerMetRol, sessie } from '../toegang/hulp.js';
import { zetEmbargo, alleEmbargos } from '../../src/kern/embargo.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { dataVersie } from '../../src/platform/web/publiekecache.js';

let db: Db;
let db2: Db;
let a: FastifyInstance;
let b: FastifyInstance;
let vragen = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publiekecache-'));

beforeAll(async () => {
  db = await nieuweTestDb();
  const config = leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' });
  // count the statements instance A sends, to see a cache hit
  const telDb: Db = Object.create(db);
  telDb.query = (async (sql: string, params?: unknown[]) => {
    vragen++;
    return db.query(sql, params);
  }) as Db['query'];
  a = await bouwApp({ db: telDb, config });
  if (db.engine === 'postgres') {
    const { url, schema } = verbindingVan(db);
    db2 = await PostgresDb.open(url, schema);
  } else {
    db2 = db; // PGlite is one process' database: the second instance shares the handle, not the cache
  }
  b = await bouwApp({ db: db2, config });
  await Promise.all([a.ready(), b.ready()]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  if (db2 && db2 !== db) await db2.close();
  await db?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const html = { accept: 'text/html' };
const kop = (r: { body: string }) => /Kerncijfers op ([^<]+)</.exec(r.body)?.[1];

describe('public cache per data version', () => {
  test('a repeat view of / costs one SELECT, has the same strong ETag and answers 304 on If-None-Match', async () => {
    const eerste = await a.inject({ url: '/', headers: html });
    expect(eerste.statusCode).toBe(200);
    expect(kop(eerste)).toBe('20 mei 2025');
    const etag = eerste.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(eerste.headers['cache-control']).toBe('public, no-cache');
    vragen = 0;
    const tweede = await a.inject({ url: '/', headers: html });
    expect(vragen).toBe(1);
    expect(tweede.body).toBe(eerste.body);
    expect(tweede.headers.etag).toBe(etag);
    const niets = await a.inject({ url: '/', headers: { ...html, 'if-none-match': etag } });
    expect(niets.statusCode).toBe(304);
    expect(niets.body).toBe('');
    // the other instance renders the same bytes, so the ETag holds across instances
    expect((await b.inject({ url: '/', headers: html })).headers.etag).toBe(etag);
  });

  test('the kerncijfers API and /financien are cached the same way', async () => {
    for (const url of ['/api/v1/kerncijfers?peildatum=2025-05-20', '/financien']) {
      const r1 = await a.inject({ url });
      expect(r1.statusCode, url).toBe(200);
      vragen = 0;
      const r2 = await a.inject({ url, headers: { 'if-none-match': r1.headers.etag as string } });
      expect(r2.statusCode, url).toBe(304);
      expect(vragen, url).toBe(1);
    }
    const api = JSON.parse((await a.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' })).body);
    expect(api.snelle_toetsen.totaal).toBe(416);
  });

  test('a new publication shows at the next request on both instances, and the old ETag gets the new page', async () => {
    const oud = await a.inject({ url: '/', headers: html });
    await b.inject({ url: '/', headers: html }); // both caches warm
    const versie = await dataVersie(db);
    // a new published round: the 20 mei 2025 figures as a snapshot of 30 september 2025 with 500 toetsen
    const inhoud = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8'));
    inhoud.peildatum = '2025-09-30';
    inhoud.snelle_toetsen.totaal = 500;
    const bestand = path.join(tmp, 'kerncijfers-2025-09-30.json');
    fs.writeFileSync(bestand, JSON.stringify(inhoud, null, 2));
    await importeer(db2, bestand, { door: 'test' }); // written through instance B's database handle
    expect(await dataVersie(db)).toBeGreaterThan(versie);
    for (const [naam, app] of [['A', a], ['B', b]] as const) {
      const r = await app.inject({ url: '/', headers: { ...html, 'if-none-match': oud.headers.etag as string } });
      expect(r.statusCode, naam).toBe(200);
      expect(kop(r), naam).toBe('30 september 2025');
      expect(r.body, naam).toMatch(/Aanvragen snelle toets \(totaal aangeleverd\)<\/span><span class="am-cijfer__waarde">500</);
      expect(r.headers.etag, naam).not.toBe(oud.headers.etag);
    }
    const api = JSON.parse((await a.inject({ url: '/api/v1/kerncijfers?peildatum=2025-09-30' })).body);
    expect(api.snelle_toetsen.totaal).toBe(500);
  });

  test('an embargo hides a kader stand at once and its lift shows it at once, on both instances', async () => {
    const zichtbaar = '€ 30.157 mln';
    expect((await a.inject({ url: '/', headers: html })).body).toContain(zichtbaar);
    expect((await b.inject({ url: '/', headers: html })).body).toContain(zichtbaar);
    await zetEmbargo(db, { soort: 'kader_stand', sleutel: '2024-10-31', embargo_tot: '2999-01-01', versie: 0 }, 'test');
    for (const app of [a, b]) {
      const r = await app.inject({ url: '/', headers: html });
      expect(r.body).not.toContain(zichtbaar);
      expect(r.body).toContain('staan onder embargo tot 1 januari 2999');
    }
    const onder = await b.inject({ url: '/', headers: html }); // cached under embargo
    const e = (await alleEmbargos(db)).find((x) => x.sleutel === '2024-10-31')!;
    await zetEmbargo(db2, { soort: 'kader_stand', sleutel: '2024-10-31', embargo_tot: '2020-01-01', versie: e.versie }, 'test');
    for (const app of [a, b]) {
      const r = await app.inject({ url: '/', headers: { ...html, 'if-none-match': onder.headers.etag as string } });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain(zichtbaar);
      expect(r.body).not.toContain('onder embargo tot');
    }
  });

  test('a logged-in page is rendered live: no-store, not from the public cache', async () => {
    const bo = await gebruikerMetRol(db, 'bo-lid');
    const s = await sessie(a, db, bo.id);
    const publiek = await a.inject({ url: '/', headers: html });
    const r = await a.inject({ url: '/', headers: { ...html, cookie: s.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store') // issue 20: nothing of a session is stored;
    expect(r.body).toContain('Test bo-lid');
    expect(r.body).not.toBe(publiek.body);
    expect(publiek.body).not.toContain('Test bo-lid');
  });
});
