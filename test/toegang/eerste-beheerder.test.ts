// Issue 14 item 9: first run. On a database without users the app offers a one-time setup link that
// creates the first beheerder while the server runs; after that the link is dead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { anoniem, loginViaFormulier, post, testApp } from './hulp.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
});
afterAll(async () => {
  await sluit?.();
});

describe('eerste beheerder', () => {
  it('offers a one-time link on a database without users; a wrong token is a page, not JSON', async () => {
    const pad = app.eersteBeheerderPad();
    expect(pad).toMatch(/^\/eerste-beheerder\/[A-Za-z0-9_-]{20,}$/);
    const r = await app.inject({ url: pad!, headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Eerste beheerder aanmaken');
    const fout = await app.inject({ url: '/eerste-beheerder/geraden', headers: { accept: 'text/html' } });
    expect(fout.statusCode).toBe(404);
    expect(fout.headers['content-type']).toContain('text/html');
    expect(fout.body).toContain('Deze link werkt niet (meer)');
  });

  it('shows an error next to the field and creates nothing on bad input', async () => {
    const a = await anoniem(app);
    const r = await post(app, app.eersteBeheerderPad()!, a.cookie, { _csrf: a.csrf, naam: 'Beheer', email: 'geen-adres', organisatie: 'VWS', wachtwoord: 'correct-paard-batterij-niet' });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('Vul een geldig e-mailadres in');
    expect(await db.query(`SELECT 1 FROM gebruikers`)).toHaveLength(0);
  });

  it('creates the first beheerder (audited), who can log in; then the link is dead', async () => {
    const pad = app.eersteBeheerderPad()!;
    const a = await anoniem(app);
    const r = await post(app, pad, a.cookie, { _csrf: a.csrf, naam: 'Eerste Beheerder', email: 'beheer@minvws.nl', organisatie: 'VWS', wachtwoord: 'correct-paard-batterij-niet' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/inloggen?eerste=1');
    const [g] = await db.query<{ rollen: string[] }>(`SELECT rollen FROM gebruikers WHERE email = 'beheer@minvws.nl'`);
    expect(g.rollen).toEqual(['beheerder']);
    expect(await db.query(`SELECT 1 FROM audit_log WHERE actie = 'gebruiker.aanmaken' AND door = 'eerste-start'`)).toHaveLength(1);
    expect((await loginViaFormulier(app, 'beheer@minvws.nl', 'correct-paard-batterij-niet')).r.statusCode).toBe(303);
    expect(app.eersteBeheerderPad()).toBeNull();
    const b = await anoniem(app);
    const nogmaals = await post(app, pad, b.cookie, { _csrf: b.csrf, naam: 'X', email: 'x@minvws.nl', organisatie: 'VWS', wachtwoord: 'correct-paard-batterij-niet' });
    expect(nogmaals.statusCode).toBe(404);
    expect(await db.query(`SELECT 1 FROM gebruikers`)).toHaveLength(1);
  });
});
