// Issue 20: what a logged-in user or an API token sees, and every internal route, is never stored by a
// browser or a shared cache (Cache-Control: no-store). Public pages for anonymous visitors stay cacheable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie } from '../toegang/hulp.js';
import { leesToken } from '../helpers/toegang.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let beheerder: { cookie: string; csrf: string };
let token: { authorization: string };

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  beheerder = await sessie(app, db, (await gebruikerMetRol(db, 'beheerder')).id);
  token = await leesToken(db);
});
afterAll(async () => {
  await sluit();
});

describe('Cache-Control: no-store', () => {
  it('on every answer to a request with a session: pages and internal exports', async () => {
    for (const url of ['/', '/acties', '/beheer/gebruikers', '/acties/export.csv', '/acties/historie.csv', '/azwa/mtr.xlsx', '/financien/export.csv']) {
      const r = await app.inject({ url, headers: { cookie: beheerder.cookie, accept: 'text/html' } });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['cache-control'], url).toContain('no-store');
    }
  });

  it('on every answer to a request with an API token', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20', headers: token });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toContain('no-store');
  });

  it('on a non-public route, also when the answer is the way to the login', async () => {
    const r = await app.inject({ url: '/beheer/gebruikers', headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(303);
    expect(r.headers['cache-control']).toContain('no-store');
  });

  it('not on public pages for an anonymous visitor', async () => {
    const r = await app.inject({ url: '/rapportages/2025-05-20', headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control'] ?? '').not.toContain('no-store');
  });
});
