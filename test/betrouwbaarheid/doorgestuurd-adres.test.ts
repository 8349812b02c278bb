// X-Forwarded-For (issue 20): behind TLS the header was trusted from anyone, so a client could
// bypass the per-address login limit by sending a new made-up address each time, and put that
// address in the audit log. Only the proxies in AKKOORDMONITOR_TRUSTED_PROXY are believed; without
// that setting nobody is. Runs on the engine under test.
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { anoniem, formulier, testApp } from '../toegang/hulp.js';
import type { Db } from '../../src/platform/db.js';

function login(app: FastifyInstance, cookie: string, csrf: string, email: string, remoteAddress: string, xff?: string) {
  return app.inject({
    method: 'POST',
    url: '/inloggen',
    remoteAddress,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...(xff ? { 'x-forwarded-for': xff } : {}) },
    payload: formulier({ _csrf: csrf, email, wachtwoord: 'niet-het-wachtwoord' }),
  });
}

async function adressenInAudit(db: Db, email: string): Promise<string[]> {
  const rijen = await db.query<{ ip: string }>(`SELECT details->>'ip' AS ip FROM audit_log WHERE door = $1 ORDER BY id`, [email]);
  return rijen.map((r) => r.ip);
}

describe('X-Forwarded-For alleen van vertrouwde proxies', () => {
  it('achter TLS zonder ingestelde proxy: een vervalste kop omzeilt de limiet per adres niet en komt niet in het auditlog', async () => {
    const { app, db, sluit } = await testApp({ AKKOORDMONITOR_TLS: '1' }, { seed: 'none' });
    try {
      const a = await anoniem(app);
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        codes.push((await login(app, a.cookie, a.csrf, `xff${i}@test.nl`, '198.51.100.7', `203.0.113.${i + 1}`)).statusCode);
      }
      expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
      expect(codes[20]).toBe(429);
      expect(await adressenInAudit(db, 'xff0@test.nl')).toEqual(['198.51.100.7']);
    } finally {
      await sluit();
    }
  }, 60_000);

  it('met AKKOORDMONITOR_TRUSTED_PROXY: het adres van de proxy telt door, een vervalste kop van een ander niet', async () => {
    const { app, db, sluit } = await testApp({ AKKOORDMONITOR_TLS: '1', AKKOORDMONITOR_TRUSTED_PROXY: '10.0.0.0/8' }, { seed: 'none' });
    try {
      const a = await anoniem(app);
      // through the proxy: the client address the proxy appended (the rightmost untrusted one) counts
      await login(app, a.cookie, a.csrf, 'via-proxy@test.nl', '10.1.2.3', '6.6.6.6, 203.0.113.50');
      // straight to the app from outside: the header is ignored
      await login(app, a.cookie, a.csrf, 'direct@test.nl', '198.51.100.8', '10.9.9.9');
      expect(await adressenInAudit(db, 'via-proxy@test.nl')).toEqual(['203.0.113.50']);
      expect(await adressenInAudit(db, 'direct@test.nl')).toEqual(['198.51.100.8']);
      // and the limit per address holds for the real client behind the proxy
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) codes.push((await login(app, a.cookie, a.csrf, `p${i}@test.nl`, '10.1.2.3', `${i}.1.1.1, 203.0.113.51`)).statusCode);
      expect(codes[20]).toBe(429);
    } finally {
      await sluit();
    }
  }, 60_000);

  it('zonder TLS en zonder proxy is de standaard: niemand vertrouwen', async () => {
    const { app, db, sluit } = await testApp({}, { seed: 'none' });
    try {
      const a = await anoniem(app);
      await login(app, a.cookie, a.csrf, 'standaard@test.nl', '198.51.100.9', '203.0.113.99');
      expect(await adressenInAudit(db, 'standaard@test.nl')).toEqual(['198.51.100.9']);
    } finally {
      await sluit();
    }
  }, 60_000);
});
