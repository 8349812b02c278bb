// Login, sessions, logout, lockout, CSRF: through the real routes with app.inject.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { anoniem, cookies, csrfUit, gebruikerMetRol, loginViaFormulier, post, sessie, testApp, WACHTWOORD } from './hulp.js';
import { sha256 } from '../../src/toegang/geheimen.js';
import { SESSIE_COOKIE } from '../../src/toegang/sessies.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  await gebruikerMetRol(db, 'beheerder', { email: 'beheer@minvws.nl' });
  await gebruikerMetRol(db, 'lezer', { email: 'lezer@tweedekamer.nl' });
  await gebruikerMetRol(db, 'nza', { email: 'slot@nza.nl' });
});
afterAll(async () => { await sluit?.(); });

async function audit(actie: string, door?: string) {
  return db.query<{ door: string; actie: string; object_id: string; details: Record<string, unknown> | null }>(
    `SELECT door, actie, object_id, details FROM audit_log WHERE actie = $1 ${door ? 'AND door = $2' : ''} ORDER BY id`,
    door ? [actie, door] : [actie],
  );
}

describe('inloggen', () => {
  test('the right password starts a session: HttpOnly SameSite=Lax cookie, token stored only as its sha256, audit entry', async () => {
    const { r, cookie } = await loginViaFormulier(app, 'Beheer@MinVWS.nl', WACHTWOORD);
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/');
    const regel = ([] as string[]).concat(r.headers['set-cookie'] as string[]).find((c) => c.startsWith(`${SESSIE_COOKIE}=`))!;
    expect(regel).toMatch(/HttpOnly/);
    expect(regel).toMatch(/SameSite=Lax/);
    expect(regel).not.toMatch(/Secure/);
    const token = /am_sessie=([^;]+)/.exec(regel)![1];
    const rijen = await db.query<{ id_hash: string }>('SELECT id_hash FROM sessies');
    expect(rijen.map((x) => x.id_hash)).toContain(sha256(token));
    expect(rijen.map((x) => x.id_hash)).not.toContain(token);
    expect((await audit('inloggen', 'beheer@minvws.nl')).length).toBe(1);
    const beheer = await app.inject({ url: '/beheer', headers: { cookie, accept: 'text/html' } });
    expect(beheer.statusCode).toBe(200);
    expect(beheer.body).toContain('Test beheerder');
  });

  test('passwords are stored as argon2id hashes', async () => {
    const [r] = await db.query<{ wachtwoord_hash: string }>(`SELECT wachtwoord_hash FROM gebruikers WHERE email = 'lezer@tweedekamer.nl'`);
    expect(r.wachtwoord_hash.startsWith('$argon2id$')).toBe(true);
    expect(r.wachtwoord_hash).not.toContain(WACHTWOORD);
  });

  test('a wrong password is refused with the same message as an unknown address, and audited', async () => {
    const fout = await loginViaFormulier(app, 'lezer@tweedekamer.nl', 'verkeerd-wachtwoord');
    const onbekend = await loginViaFormulier(app, 'niemand@nergens.nl', 'verkeerd-wachtwoord');
    for (const { r } of [fout, onbekend]) {
      expect(r.statusCode).toBe(401);
      expect(r.body).toContain('Het e-mailadres of het wachtwoord klopt niet.');
      expect(r.headers['set-cookie']?.toString() ?? '').not.toContain(`${SESSIE_COOKIE}=`);
    }
    expect((await audit('inloggen.mislukt', 'lezer@tweedekamer.nl')).length).toBe(1);
    expect((await audit('inloggen.mislukt', 'niemand@nergens.nl')).length).toBe(1);
  });

  test('after 5 failures the address is locked for 15 minutes, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) expect((await loginViaFormulier(app, 'slot@nza.nl', `fout-${i}`)).r.statusCode).toBe(401);
    const vijfde = await loginViaFormulier(app, 'slot@nza.nl', 'fout-5');
    expect(vijfde.r.statusCode).toBe(429);
    expect(vijfde.r.body).toContain('15 minuten geblokkeerd');
    const goed = await loginViaFormulier(app, 'slot@nza.nl', WACHTWOORD);
    expect(goed.r.statusCode).toBe(429);
    expect(goed.r.headers['set-cookie']?.toString() ?? '').not.toContain(`${SESSIE_COOKIE}=`);
    const [p] = await db.query<{ mislukt: number; minuten: number }>(
      `SELECT mislukt, round(extract(epoch FROM geblokkeerd_tot - now()) / 60)::int AS minuten FROM inlogpogingen WHERE email = 'slot@nza.nl'`,
    );
    expect(p.mislukt).toBe(5);
    expect(p.minuten).toBe(15);
    expect((await audit('inloggen.geblokkeerd', 'slot@nza.nl')).length).toBe(1);
    // when the block has passed, the right password works again
    await db.query(`UPDATE inlogpogingen SET geblokkeerd_tot = now() - interval '1 second' WHERE email = 'slot@nza.nl'`);
    expect((await loginViaFormulier(app, 'slot@nza.nl', WACHTWOORD)).r.statusCode).toBe(303);
  });

  test('the login form without a CSRF token is refused (403) and logs nobody in', async () => {
    const a = await anoniem(app);
    const r = await post(app, '/inloggen', a.cookie, { email: 'beheer@minvws.nl', wachtwoord: WACHTWOORD });
    expect(r.statusCode).toBe(403);
    expect(r.body).toContain('CSRF');
    const zonderCookie = await post(app, '/inloggen', '', { _csrf: a.csrf, email: 'beheer@minvws.nl', wachtwoord: WACHTWOORD });
    expect(zonderCookie.statusCode).toBe(403);
  });

  test('a CSRF token from before login does not work in the new session (the secret is bound to the session)', async () => {
    const a = await anoniem(app);
    const r = await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'beheer@minvws.nl', wachtwoord: WACHTWOORD });
    const cookie = cookies(r, a.cookie);
    const oud = await post(app, '/beheer/tokens', cookie, { _csrf: a.csrf, naam: 'x', scopes: 'audit.lezen' });
    expect(oud.statusCode).toBe(403);
    // a cookie secret planted by someone else is replaced, not adopted
    const geplant = cookie.replace(/_csrf=[^;]+/, '_csrf=aanvallergeheim');
    const p = await app.inject({ url: '/beheer/tokens', headers: { cookie: geplant, accept: 'text/html' } });
    expect(p.headers['set-cookie']?.toString()).toMatch(/_csrf=/);
    expect(p.headers['set-cookie']?.toString()).not.toContain('aanvallergeheim');
  });

  test('logout ends the session in the database and is audited; the old cookie no longer works', async () => {
    const { cookie } = await loginViaFormulier(app, 'lezer@tweedekamer.nl', WACHTWOORD);
    const pagina = await app.inject({ url: '/beheer', headers: { cookie, accept: 'text/html' } });
    const uit = await post(app, '/uitloggen', cookies(pagina, cookie), { _csrf: csrfUit(pagina.body) });
    expect(uit.statusCode).toBe(303);
    expect(uit.headers.location).toBe('/inloggen?uitgelogd');
    expect((await audit('uitloggen', 'lezer@tweedekamer.nl')).length).toBe(1);
    const daarna = await app.inject({ url: '/beheer', headers: { cookie, accept: 'text/html' } });
    expect(daarna.statusCode).toBe(303);
    expect(daarna.headers.location).toMatch(/^\/inloggen\?terug=/);
  });

  test('a session ends after 8 hours without use and 7 days after login', async () => {
    const [lezer] = await db.query<{ id: number }>(`SELECT id FROM gebruikers WHERE email = 'lezer@tweedekamer.nl'`);
    const s = await sessie(app, db, lezer.id);
    const idHash = sha256(/am_sessie=([^;]+)/.exec(s.cookie)![1]);
    const beheer = () => app.inject({ url: '/beheer', headers: { cookie: s.cookie, accept: 'text/html' } });
    await db.query(`UPDATE sessies SET laatst_actief_op = now() - interval '7 hours 50 minutes' WHERE id_hash = $1`, [idHash]);
    expect((await beheer()).statusCode).toBe(200); // still within 8 hours, and the use renews it
    const [na] = await db.query<{ recent: boolean }>(`SELECT laatst_actief_op > now() - interval '1 minute' AS recent FROM sessies WHERE id_hash = $1`, [idHash]);
    expect(na.recent).toBe(true);
    await db.query(`UPDATE sessies SET laatst_actief_op = now() - interval '8 hours 1 minute' WHERE id_hash = $1`, [idHash]);
    expect((await beheer()).statusCode).toBe(303);

    const s2 = await sessie(app, db, lezer.id);
    const idHash2 = sha256(/am_sessie=([^;]+)/.exec(s2.cookie)![1]);
    await db.query(`UPDATE sessies SET aangemaakt_op = now() - interval '7 days', verloopt_op = now() - interval '1 minute' WHERE id_hash = $1`, [idHash2]);
    expect((await app.inject({ url: '/beheer', headers: { cookie: s2.cookie, accept: 'text/html' } })).statusCode).toBe(303);
  });

  test('behind TLS the cookies are Secure', async () => {
    const tls = await testApp({ AKKOORDMONITOR_TLS: '1' }, { seed: 'none' });
    try {
      await gebruikerMetRol(tls.db, 'lezer');
      const { r } = await loginViaFormulier(tls.app, 'lezer@test.nl', WACHTWOORD);
      for (const c of r.headers['set-cookie'] as string[]) expect(c).toMatch(/; Secure/);
    } finally {
      await tls.sluit();
    }
  });

  test('after login the user goes back to the page they asked for, but never to another site', async () => {
    const a = await anoniem(app);
    const terug = await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'beheer@minvws.nl', wachtwoord: WACHTWOORD, terug: '/beheer/audit' });
    expect(terug.headers.location).toBe('/beheer/audit');
    const b = await anoniem(app);
    const buiten = await post(app, '/inloggen', b.cookie, { _csrf: b.csrf, email: 'beheer@minvws.nl', wachtwoord: WACHTWOORD, terug: '//evil.example/' });
    expect(buiten.headers.location).toBe('/');
  });

  test('the login route is rate limited per address (429 after 20 attempts a minute)', async () => {
    const eigen = await testApp({}, { seed: 'none' });
    try {
      const a = await anoniem(eigen.app);
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) codes.push((await post(eigen.app, '/inloggen', a.cookie, { _csrf: a.csrf, email: `rl${i}@x.nl`, wachtwoord: 'x' })).statusCode);
      expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
      expect(codes[20]).toBe(429);
    } finally {
      await eigen.sluit();
    }
  });
});
