// Issue 20 and issue 14 item 6: passwords are checked against a list of common and breached
// passwords; users change their own password (current + new twice); a beheerder gives a user a
// one-time reset link; the new-user form shows every error at once; a thematafel-secretaris needs an
// onderdeel (one rule for the form and the CLI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie, post, loginViaFormulier, anoniem, WACHTWOORD, csrfUit, cookies } from '../toegang/hulp.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { wachtwoordProbleem } from '../../src/toegang/geheimen.js';
import { ToegangFout } from '../../src/kern/probleem.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let beheerder: { cookie: string; csrf: string };

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  beheerder = await sessie(app, db, (await gebruikerMetRol(db, 'beheerder')).id);
});
afterAll(async () => {
  await sluit();
});

describe('password rules', () => {
  it('refuses a common or breached password of sufficient length, in any case', () => {
    for (const w of ['123qweasdzxc', 'Qwerty123456', 'WACHTWOORD1234']) expect(wachtwoordProbleem(w), w).toMatch(/veelgebruikt|gelekt/);
    expect(wachtwoordProbleem('correct-paard-batterij-niet')).toBeNull();
  });

  it('the new-user form shows every error at once, each next to its field', async () => {
    const r = await post(app, '/beheer/gebruikers', beheerder.cookie, {
      _csrf: beheerder.csrf,
      naam: '',
      email: 'geen-adres',
      organisatie: 'VWS',
      rollen: 'thematafel-secretaris',
      onderdelen: '',
      wachtwoord: 'qwerty123456',
    });
    expect(r.statusCode).toBe(400);
    for (const veld of ['naam', 'email', 'wachtwoord', 'onderdelen']) expect(r.body, veld).toContain(`id="veld-${veld}-fout"`);
    expect(await db.query(`SELECT 1 FROM gebruikers WHERE email = 'geen-adres'`)).toHaveLength(0);
  });

  it('a thematafel-secretaris without an onderdeel is refused by the rule the CLI uses too', async () => {
    const poging = maakGebruiker(db, { email: 'sec@test.nl', naam: 'Sec', organisatie: 'VWS', rollen: ['thematafel-secretaris'], onderdelen: [], wachtwoord: WACHTWOORD, door: 'cli' });
    await expect(poging).rejects.toThrow(ToegangFout);
    await expect(poging).rejects.toThrow(/onderdeel/);
    expect(await db.query(`SELECT 1 FROM gebruikers WHERE email = 'sec@test.nl'`)).toHaveLength(0);
  });
});

describe('changing your own password', () => {
  it('needs the current password and the new one twice; then only the new one logs in', async () => {
    const u = await gebruikerMetRol(db, 'lezer', { email: 'zelf@test.nl' });
    const s = await sessie(app, db, u.id);
    const form = await app.inject({ url: '/account/wachtwoord', headers: { cookie: s.cookie, accept: 'text/html' } });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="huidig"');
    const NIEUW = 'een-heel-ander-wachtwoord-7';
    const fout = await post(app, '/account/wachtwoord', s.cookie, { _csrf: s.csrf, huidig: 'verkeerd-wachtwoord-1', nieuw: NIEUW, herhaal: 'iets anders dan dat' });
    expect(fout.statusCode).toBe(422);
    expect(fout.body).toContain('id="veld-huidig-fout"');
    expect(fout.body).toContain('id="veld-herhaal-fout"');
    const gewoon = await post(app, '/account/wachtwoord', s.cookie, { _csrf: s.csrf, huidig: WACHTWOORD, nieuw: '123qweasdzxc', herhaal: '123qweasdzxc' });
    expect(gewoon.statusCode).toBe(422);
    expect(gewoon.body).toContain('id="veld-nieuw-fout"');
    const ok = await post(app, '/account/wachtwoord', s.cookie, { _csrf: s.csrf, huidig: WACHTWOORD, nieuw: NIEUW, herhaal: NIEUW });
    expect(ok.statusCode).toBe(303);
    expect((await loginViaFormulier(app, 'zelf@test.nl', WACHTWOORD)).r.statusCode).not.toBe(303);
    expect((await loginViaFormulier(app, 'zelf@test.nl', NIEUW)).r.statusCode).toBe(303);
    expect(await db.query(`SELECT 1 FROM audit_log WHERE actie = 'gebruiker.wachtwoord-wijzigen'`)).toHaveLength(1);
  });
});

describe('a beheerder resets a password with a one-time link', () => {
  it('the link is shown once, sets a new password once, and ends the old sessions', async () => {
    const u = await gebruikerMetRol(db, 'indiener', { email: 'vergeten@test.nl' });
    const oud = await sessie(app, db, u.id);
    const r = await post(app, `/beheer/gebruikers/${u.id}/herstel`, beheerder.cookie, { _csrf: beheerder.csrf });
    expect(r.statusCode).toBe(201);
    expect(r.headers['cache-control']).toContain('no-store');
    const link = /\/wachtwoord-herstel\/[A-Za-z0-9_-]+/.exec(r.body)?.[0];
    expect(link).toBeDefined();
    // not by another role
    const lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer', { email: 'lezer2@test.nl' })).id);
    expect((await post(app, `/beheer/gebruikers/${u.id}/herstel`, lezer.cookie, { _csrf: lezer.csrf })).statusCode).toBe(403);

    const a = await anoniem(app);
    const pagina = await app.inject({ url: link!, headers: { cookie: a.cookie, accept: 'text/html' } });
    expect(pagina.statusCode).toBe(200);
    const csrf = csrfUit(pagina.body);
    const cookie = cookies(pagina, a.cookie);
    const NIEUW = 'nieuw-na-herstel-wachtwoord-3';
    const anders = await post(app, link!, cookie, { _csrf: csrf, nieuw: NIEUW, herhaal: 'niet hetzelfde wachtwoord' });
    expect(anders.statusCode).toBe(422);
    const ok = await post(app, link!, cookie, { _csrf: csrf, nieuw: NIEUW, herhaal: NIEUW });
    expect(ok.statusCode).toBe(303);
    expect((await loginViaFormulier(app, 'vergeten@test.nl', NIEUW)).r.statusCode).toBe(303);
    // used once: gone
    expect((await app.inject({ url: link!, headers: { accept: 'text/html' } })).statusCode).toBe(404);
    expect((await post(app, link!, cookie, { _csrf: csrf, nieuw: 'nog-een-ander-wachtwoord-9', herhaal: 'nog-een-ander-wachtwoord-9' })).statusCode).toBe(404);
    // the sessions from before the reset are over
    expect((await app.inject({ url: '/beheer', headers: { cookie: oud.cookie, accept: 'text/html' } })).statusCode).toBe(303);
  });
});
