// Lockout under parallel logins (issue 20): 15 logins at once used to check 12 wrong passwords, and
// the right password still logged in after 14 failures (the 6th failure cleared the block of the
// 5th). The count is now taken atomically BEFORE the password is checked: at most 5 passwords per
// address per window are ever verified, whatever arrives at once. Runs on the engine under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { MAX_POGINGEN } from '../../src/toegang/inloggen.js';
import { anoniem, formulier, gebruikerMetRol, testApp, WACHTWOORD } from '../toegang/hulp.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  await gebruikerMetRol(db, 'lezer', { email: 'doelwit@test.nl' });
  await gebruikerMetRol(db, 'lezer', { email: 'tweede@test.nl' });
}, 60_000);
afterAll(async () => {
  await sluit?.();
});

let adres = 0;
/** A login from its own address each time: this file tests the per-address lockout, not the per-IP limit. */
function post(app: FastifyInstance, url: string, cookie: string, velden: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url,
    remoteAddress: `192.0.2.${++adres}`,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: formulier(velden),
  });
}

async function gecontroleerd(email: string): Promise<number> {
  const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE actie IN ('inloggen.mislukt', 'inloggen') AND door = $1`, [email]);
  return r.n;
}

describe('blokkade bij gelijktijdige inlogpogingen', () => {
  it('14 foute wachtwoorden tegelijk: hooguit 5 worden gecontroleerd, daarna is het adres geblokkeerd, ook voor het juiste wachtwoord', async () => {
    const bezoekers = await Promise.all(Array.from({ length: 14 }, () => anoniem(app)));
    const antwoorden = await Promise.all(
      bezoekers.map((a, i) => post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'doelwit@test.nl', wachtwoord: `fout-wachtwoord-${i}` })),
    );
    expect(antwoorden.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
    expect(await gecontroleerd('doelwit@test.nl')).toBeLessThanOrEqual(MAX_POGINGEN);
    expect(antwoorden.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(14 - MAX_POGINGEN + 1);
    const a = await anoniem(app);
    const goed = await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'doelwit@test.nl', wachtwoord: WACHTWOORD });
    expect(goed.statusCode).toBe(429);
    expect(goed.body).toContain('Te veel mislukte pogingen met dit e-mailadres');
  }, 60_000);

  it('15 pogingen tegelijk met het juiste wachtwoord als laatste: het juiste wachtwoord komt er niet door na 14 fouten', async () => {
    const bezoekers = await Promise.all(Array.from({ length: 15 }, () => anoniem(app)));
    const antwoorden = await Promise.all(
      bezoekers.map((a, i) => post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'tweede@test.nl', wachtwoord: i === 14 ? WACHTWOORD : `fout-${i}` })),
    );
    expect(antwoorden[14].statusCode).toBe(429);
    expect(antwoorden[14].body).toContain('Te veel mislukte pogingen met dit e-mailadres');
    expect(await gecontroleerd('tweede@test.nl')).toBeLessThanOrEqual(MAX_POGINGEN);
  }, 60_000);

  it('een juiste inlog na minder dan 5 fouten lukt nog en zet de telling terug', async () => {
    await gebruikerMetRol(db, 'lezer', { email: 'derde@test.nl' });
    for (let i = 0; i < MAX_POGINGEN - 1; i++) {
      const a = await anoniem(app);
      expect((await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'derde@test.nl', wachtwoord: 'fout' })).statusCode).toBe(401);
    }
    const a = await anoniem(app);
    expect((await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email: 'derde@test.nl', wachtwoord: WACHTWOORD })).statusCode).toBe(303);
    expect(await db.query(`SELECT 1 FROM inlogpogingen WHERE email = 'derde@test.nl'`)).toEqual([]);
  }, 60_000);
});
