// Two app instances on one PostgreSQL (issue 20), as behind a load balancer: a session started on A
// works on B and ends on both; the per-address login limit counts requests to A and B together (it
// was counted in each process's memory, so two instances allowed twice the limit); the lockout of an
// address counts failures on both. Needs PostgreSQL: two pools on one fresh schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { nieuweTestDbOp, PG_URL, verbindingVan } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { PostgresDb, type Db } from '../../src/platform/db.js';
import { MAX_POGINGEN } from '../../src/toegang/inloggen.js';
import { anoniem, cookies, csrfUit, formulier, gebruikerMetRol, WACHTWOORD } from '../toegang/hulp.js';

let dbA: Db;
let dbB: Db;
let a: FastifyInstance;
let b: FastifyInstance;
const config = leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' });

beforeAll(async () => {
  dbA = await nieuweTestDbOp('postgres', 'none', PG_URL);
  // the second instance opens the same test database and schema as the first
  const { url, schema } = verbindingVan(dbA);
  dbB = await PostgresDb.open(url, schema);
  a = await bouwApp({ db: dbA, config });
  b = await bouwApp({ db: dbB, config });
  await Promise.all([a.ready(), b.ready()]);
  await gebruikerMetRol(dbA, 'lezer', { email: 'a-en-b@test.nl' });
  await gebruikerMetRol(dbA, 'lezer', { email: 'slot@test.nl' });
  await gebruikerMetRol(dbA, 'lezer', { email: 'tegelijk@test.nl' });
}, 60_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await dbB?.close();
  await dbA?.close();
});

function login(app: FastifyInstance, bezoeker: { cookie: string; csrf: string }, email: string, wachtwoord: string, remoteAddress: string) {
  return app.inject({
    method: 'POST',
    url: '/inloggen',
    remoteAddress,
    headers: { cookie: bezoeker.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: formulier({ _csrf: bezoeker.csrf, email, wachtwoord }),
  });
}

describe('twee instanties op één PostgreSQL', () => {
  it('inloggen op A, de sessie werkt op B; uitloggen op B beëindigt haar ook op A', async () => {
    const bezoeker = await anoniem(a);
    const r = await login(a, bezoeker, 'a-en-b@test.nl', WACHTWOORD, '192.0.2.10');
    expect(r.statusCode).toBe(303);
    const cookie = cookies(r, bezoeker.cookie);
    const opB = await b.inject({ url: '/uitloggen', headers: { cookie, accept: 'text/html' } });
    expect(opB.statusCode).toBe(200);
    expect(opB.body).toContain('a-en-b@test.nl');
    const uit = await b.inject({
      method: 'POST',
      url: '/uitloggen',
      headers: { cookie: cookies(opB, cookie), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: formulier({ _csrf: csrfUit(opB.body) }),
    });
    expect(uit.statusCode).toBe(303);
    const opA = await a.inject({ url: '/uitloggen', headers: { cookie, accept: 'text/html' } });
    expect(opA.statusCode).not.toBe(200); // to the login page: the session has ended everywhere
  }, 60_000);

  it('de inloglimiet per adres (20 per minuut) telt A en B samen', async () => {
    const bezoeker = await anoniem(a);
    const codes: number[] = [];
    for (let i = 0; i < 20; i++) codes.push((await login(i % 2 ? b : a, bezoeker, `limiet${i}@test.nl`, 'fout', '198.51.100.20')).statusCode);
    expect(codes.every((c) => c === 401)).toBe(true);
    const teVeel = await login(a, bezoeker, 'limiet-21@test.nl', 'fout', '198.51.100.20');
    expect(teVeel.statusCode).toBe(429);
    expect(teVeel.body).toContain('Te veel inlogpogingen vanaf dit adres');
    // another address is not affected
    expect((await login(b, bezoeker, 'limiet-ander@test.nl', 'fout', '198.51.100.21')).statusCode).toBe(401);
  }, 120_000);

  it('de blokkade telt fouten op A en B samen, ook als ze tegelijk binnenkomen', async () => {
    const bezoeker = await anoniem(a);
    let adres = 30;
    const fouten = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(i % 2 ? b : a, bezoeker, 'tegelijk@test.nl', `fout-${i}`, `192.0.2.${adres++}`)),
    );
    expect(fouten.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
    const [{ n }] = await dbA.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'inloggen.mislukt' AND door = 'tegelijk@test.nl'`);
    expect(n).toBeLessThanOrEqual(MAX_POGINGEN);
    for (const app of [a, b]) {
      const goed = await login(app, bezoeker, 'tegelijk@test.nl', WACHTWOORD, `192.0.2.${adres++}`);
      expect(goed.statusCode).toBe(429);
      expect(goed.body).toContain('Te veel mislukte pogingen met dit e-mailadres');
    }
    // one after the other: 3 failures on A and 2 on B block the address on both
    for (let i = 0; i < MAX_POGINGEN; i++) {
      expect((await login(i < 3 ? a : b, bezoeker, 'slot@test.nl', 'fout', `192.0.2.${adres++}`)).statusCode).toBe(i < MAX_POGINGEN - 1 ? 401 : 429);
    }
    expect((await login(a, bezoeker, 'slot@test.nl', WACHTWOORD, `192.0.2.${adres++}`)).statusCode).toBe(429);
  }, 120_000);
});
