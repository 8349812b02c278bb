// Beheer: users and roles, API tokens, the audit log and embargo, through the routes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { cookies, csrfUit, gebruikerMetRol, loginViaFormulier, post, sessie, testApp, WACHTWOORD } from './hulp.js';
import { sha256 } from '../../src/toegang/geheimen.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { ToegangFout } from '../../src/kern/probleem.js';
import { embargoTot, onderEmbargo, zetEmbargo, zichtbaar } from '../../src/kern/embargo.js';
import { mag, type Gebruiker } from '../../src/domein/beleid.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let beheerder: { cookie: string; csrf: string };
let beheerderId: number;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  beheerderId = (await gebruikerMetRol(db, 'beheerder')).id;
  beheerder = await sessie(app, db, beheerderId);
});
afterAll(async () => { await sluit?.(); });

async function laatsteAudit(actie: string) {
  const r = await db.query<{ door: string; object_id: string; voor: unknown; na: unknown }>(
    'SELECT door, object_id, voor, na FROM audit_log WHERE actie = $1 ORDER BY id DESC LIMIT 1',
    [actie],
  );
  return r[0];
}

describe('gebruikers', () => {
  test('maakGebruiker (the CLI path) refuses a short password, an unknown role, and a duplicate address', async () => {
    const basis = { email: 'a@b.nl', naam: 'A', organisatie: 'ZN', rollen: ['lezer'], wachtwoord: WACHTWOORD };
    await expect(maakGebruiker(db, { ...basis, wachtwoord: 'kort' })).rejects.toThrow(/minstens 12 tekens/);
    await expect(maakGebruiker(db, { ...basis, rollen: ['koning'] })).rejects.toThrow(ToegangFout);
    await maakGebruiker(db, basis);
    await expect(maakGebruiker(db, { ...basis, email: 'A@B.nl' })).rejects.toThrow(/al een gebruiker/);
    const [g] = await db.query<{ organisatie: string }>(`SELECT o.afkorting AS organisatie FROM gebruikers g JOIN organisaties o ON o.id = g.organisatie_id WHERE email = 'a@b.nl'`);
    expect(g.organisatie).toBe('ZN');
    expect((await laatsteAudit('gebruiker.aanmaken')).door).toBe('cli');
  });

  test('a beheerder creates a user through the form; errors appear next to the field', async () => {
    const fout = await post(app, '/beheer/gebruikers', beheerder.cookie, { _csrf: beheerder.csrf, naam: 'Sec', email: 'geen-adres', organisatie: 'Thematafels', rollen: 'thematafel-secretaris', onderdelen: 'G', wachtwoord: WACHTWOORD });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('id="veld-email-fout"');
    expect(fout.body).toContain('aria-invalid="true"');
    const goed = await post(app, '/beheer/gebruikers', beheerder.cookie, { _csrf: beheerder.csrf, naam: 'Sec', email: 'sec@izatafel.nl', organisatie: 'Thematafels', rollen: 'thematafel-secretaris', onderdelen: 'G, H', wachtwoord: WACHTWOORD });
    expect(goed.statusCode).toBe(303);
    const a = await laatsteAudit('gebruiker.aanmaken');
    expect(a.door).toBe('beheerder@test.nl');
    expect(a.na).toMatchObject({ email: 'sec@izatafel.nl', rollen: ['thematafel-secretaris'], onderdelen: ['G', 'H'] });
  });

  test('changing roles is audited with before and after; a stale form changes nothing (409)', async () => {
    const [{ id, versie }] = await db.query<{ id: number; versie: number }>(`SELECT id, versie FROM gebruikers WHERE email = 'sec@izatafel.nl'`);
    const wijzig = (v: number, rollen: string[]) => post(app, `/beheer/gebruikers/${id}`, beheerder.cookie, { _csrf: beheerder.csrf, versie: String(v), rollen, onderdelen: 'G', actief: 'ja' });
    const r = await wijzig(versie, ['thematafel-secretaris', 'lezer']);
    expect(r.statusCode).toBe(303);
    const a = await laatsteAudit('gebruiker.rollen-wijzigen');
    expect(a.object_id).toBe(String(id));
    expect(a.voor).toMatchObject({ rollen: ['thematafel-secretaris'], onderdelen: ['G', 'H'] });
    expect(a.na).toMatchObject({ rollen: ['thematafel-secretaris', 'lezer'], onderdelen: ['G'] });
    const oud = await wijzig(versie, ['thematafel-secretaris', 'beheerder']);
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('Iemand anders heeft deze gebruiker gewijzigd');
    const [na] = await db.query<{ rollen: string[] }>('SELECT rollen FROM gebruikers WHERE id = $1', [id]);
    expect(na.rollen).toEqual(['thematafel-secretaris', 'lezer']);
  });

  test('deactivating a user ends their sessions', async () => {
    const u = await gebruikerMetRol(db, 'indiener');
    const s = await sessie(app, db, u.id);
    const r = await post(app, `/beheer/gebruikers/${u.id}`, beheerder.cookie, { _csrf: beheerder.csrf, versie: String(u.versie), rollen: 'indiener', onderdelen: '' });
    expect(r.statusCode).toBe(303);
    const daarna = await app.inject({ url: '/beheer', headers: { cookie: s.cookie, accept: 'text/html' } });
    expect(daarna.statusCode).toBe(303);
    expect((await loginViaFormulier(app, u.email, WACHTWOORD)).r.statusCode).toBe(401);
  });

  test('a beheerder cannot take away their own beheer role', async () => {
    const [{ versie }] = await db.query<{ versie: number }>('SELECT versie FROM gebruikers WHERE id = $1', [beheerderId]);
    const r = await post(app, `/beheer/gebruikers/${beheerderId}`, beheerder.cookie, { _csrf: beheerder.csrf, versie: String(versie), rollen: 'lezer', actief: 'ja' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('eigen beheerdersrol');
  });

  test('a lezer gets 403 on the user pages', async () => {
    const l = await gebruikerMetRol(db, 'lezer');
    const s = await sessie(app, db, l.id);
    const r = await app.inject({ url: '/beheer/gebruikers', headers: { cookie: s.cookie, accept: 'text/html' } });
    expect(r.statusCode).toBe(403);
    expect(r.body).toContain('Geen toegang');
  });
});

describe('API tokens', () => {
  test('a token is shown once, stored only as sha256, works as Bearer within its scopes, and can be revoked', async () => {
    const r = await post(app, '/beheer/tokens', beheerder.cookie, { _csrf: beheerder.csrf, naam: 'ZN-koppeling', scopes: ['audit.lezen', 'kerncijfers.lezen'] });
    expect(r.statusCode).toBe(400); // kerncijfers.lezen is public: no token needed, not offered
    const ok = await post(app, '/beheer/tokens', beheerder.cookie, { _csrf: beheerder.csrf, naam: 'ZN-koppeling', scopes: ['audit.lezen'] });
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['cache-control']).toBe('no-store');
    const token = /data-testid="nieuw-token">(am_[A-Za-z0-9_-]+)</.exec(ok.body)![1];
    const [rij] = await db.query<{ id: number; hash: string; scopes: string[] }>(`SELECT id, hash, scopes FROM api_tokens WHERE naam = 'ZN-koppeling'`);
    expect(rij.hash).toBe(sha256(token));
    expect(rij.scopes).toEqual(['audit.lezen']);
    expect((await laatsteAudit('token.aanmaken')).na).toMatchObject({ naam: 'ZN-koppeling', scopes: ['audit.lezen'] });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/beheer/audit', headers: bearer })).statusCode).toBe(200);
    const buiten = await app.inject({ url: '/beheer/gebruikers', headers: bearer });
    expect(buiten.statusCode).toBe(403);
    expect(buiten.json().detail).toContain('API-token');
    // a bearer request needs no CSRF token (no cookies involved)
    const tokenPagina = await app.inject({ url: '/beheer/tokens', headers: { cookie: beheerder.cookie } });
    const intrekken = await post(app, `/beheer/tokens/${rij.id}/intrekken`, cookies(tokenPagina, beheerder.cookie), { _csrf: csrfUit(tokenPagina.body) });
    expect(intrekken.statusCode).toBe(303);
    expect((await laatsteAudit('token.intrekken')).object_id).toBe(String(rij.id));
    const daarna = await app.inject({ url: '/beheer/audit', headers: bearer });
    expect(daarna.statusCode).toBe(401);
    expect(daarna.headers['www-authenticate']).toBe('Bearer');
  });

  test('a lezer cannot put a handeling on a token that their role does not allow', async () => {
    const l = await gebruikerMetRol(db, 'lezer', { email: 'lezer2@test.nl' });
    const s = await sessie(app, db, l.id);
    const r = await post(app, '/beheer/tokens', s.cookie, { _csrf: s.csrf, naam: 'x', scopes: 'gebruikers.beheren' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Uw rollen geven geen recht op: gebruikers.beheren');
  });

  test('an unknown bearer token is refused (401), not treated as anonymous', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20', headers: { authorization: 'Bearer am_onzin' } });
    expect(r.statusCode).toBe(401);
  });
});

describe('auditlog', () => {
  test('entries cannot be changed, deleted or truncated', async () => {
    await expect(db.query(`UPDATE audit_log SET door = 'iemand anders'`)).rejects.toThrow(/auditlog kan niet/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/auditlog kan niet/);
    await expect(db.exec('TRUNCATE audit_log')).rejects.toThrow(/auditlog kan niet/);
  });

  test('the audit page searches by who, action, object and date range', async () => {
    const zoek = (q: string) => app.inject({ url: `/beheer/audit?${q}`, headers: { cookie: beheerder.cookie, accept: 'text/html' } });
    const opDoor = await zoek('door=beheerder%40test.nl&actie=gebruiker.rollen-wijzigen');
    expect(opDoor.statusCode).toBe(200);
    expect(opDoor.body).toContain('gebruiker.rollen-wijzigen');
    expect(opDoor.body).toContain('<td class="utrecht-table__cell">gebruiker.rollen-wijzigen</td>');
    expect(opDoor.body).not.toContain('<td class="utrecht-table__cell">token.aanmaken</td>');
    const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM gebruikers WHERE email = 'sec@izatafel.nl'`);
    const opObject = await zoek(`object=gebruiker:${id}`);
    expect(opObject.body).toContain(`gebruiker:${id}`);
    expect((opObject.body.match(/<tr class="utrecht-table__row"><th scope="row"/g) ?? []).length).toBe(2); // aanmaken + wijzigen
    const toekomst = await zoek('van=2999-01-01');
    expect(toekomst.body).toContain('Geen regels gevonden');
    const verkeerd = await zoek('van=gisteren');
    expect(verkeerd.body).toContain('Vul de datum in als JJJJ-MM-DD.');
  });
});

describe('embargo', () => {
  const lezer: Gebruiker = { id: 0, email: 'l@x.nl', naam: 'L', organisatie_id: 1, organisatie_naam: 'X', rollen: ['lezer'], onderdelen: [] };
  const boLid: Gebruiker = { ...lezer, rollen: ['bo-lid'] };

  test('budget figures of a kader stand are under embargo until the set date, except for embargo.lezen roles', async () => {
    expect(await onderEmbargo(db, { kaderStand: '2024-10-31' }, '2025-05-01')).toBe(false);
    await zetEmbargo(db, { soort: 'kader_stand', sleutel: '2024-10-31', embargo_tot: '2025-06-01', versie: 0 }, 'test');
    expect(await embargoTot(db, { kaderStand: '2024-10-31' })).toBe('2025-06-01');
    expect(await onderEmbargo(db, { kaderStand: '2024-10-31' }, '2025-05-31')).toBe(true);
    expect(await onderEmbargo(db, { kaderStand: '2024-10-31' }, '2025-06-01')).toBe(false);
    expect(await zichtbaar(db, lezer, { kaderStand: '2024-10-31' }, '2025-05-31')).toBe(false);
    expect(await zichtbaar(db, boLid, { kaderStand: '2024-10-31' }, '2025-05-31')).toBe(true);
    expect(mag(boLid, 'embargo.lezen')).toBe(true);
    expect(mag(lezer, 'embargo.lezen')).toBe(false);
    // a round embargo counts too: the latest date applies
    await zetEmbargo(db, { soort: 'ronde', sleutel: '2025-05-20', embargo_tot: '2025-07-03', versie: 0 }, 'test');
    expect(await onderEmbargo(db, { kaderStand: '2024-10-31', ronde: '2025-05-20' }, '2025-06-15')).toBe(true);
  });

  test('setting an embargo through the page is audited; a stale form is refused', async () => {
    const r = await post(app, '/beheer/embargo', beheerder.cookie, { _csrf: beheerder.csrf, soort: 'kader_stand', sleutel: '2025-10-31', embargo_tot: '2026-05-29', toelichting: 'Voorjaarsnota' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('29 mei 2026');
    expect((await laatsteAudit('embargo.instellen')).na).toMatchObject({ embargo_tot: '2026-05-29' });
    const oud = await post(app, '/beheer/embargo', beheerder.cookie, { _csrf: beheerder.csrf, soort: 'kader_stand', sleutel: '2025-10-31', embargo_tot: '2026-06-30', versie: '0' });
    expect(oud.statusCode).toBe(409);
  });
});
