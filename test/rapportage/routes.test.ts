// Publication routes: the public sees published rounds and snapshots only; drafts need a role;
// forms post with CSRF, are role-checked, and a stale form is a conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie, post } from '../toegang/hulp.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
const html = { accept: 'text/html' };
let redactie: { cookie: string; csrf: string };
let boLid: { cookie: string; csrf: string };
let secretarisA: { cookie: string; csrf: string };
let lezer: { cookie: string; csrf: string };

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  redactie = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  boLid = await sessie(app, db, (await gebruikerMetRol(db, 'bo-lid')).id);
  secretarisA = await sessie(app, db, (await gebruikerMetRol(db, 'thematafel-secretaris', { onderdelen: ['A'] })).id);
  lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer')).id);
});
afterAll(async () => {
  await sluit();
});

describe('openbare rapportages', () => {
  it('lists the published snapshots for the public', async () => {
    const r = await app.inject({ url: '/rapportages', headers: html });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('href="/rapportages/2025-05-20"');
    expect(r.body).toContain('href="/rapportages/2025-02-25"');
    expect(r.body).not.toContain('Nieuwe rapportageronde');
  });

  it('shows the report of 20 May 2025 inline, built from the published snapshot', async () => {
    const r = await app.inject({ url: '/rapportages/2025-05-20', headers: html });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('416 aanvragen');
    expect(r.body).toContain('€ 740.409.907');
    expect(r.body).toContain('Actualisatie 2024');
  });

  it('serves the kerncijfers of the report as open data (JSON and CSV)', async () => {
    const j = await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.json' });
    expect(j.statusCode).toBe(200);
    expect(j.json()).toMatchObject({ peildatum: '2025-05-20', bron: 'vastgesteld', snelle_toetsen: { totaal: 416 }, transformatiemiddelen: { beschikbaar_gesteld: 740409907 } });
    const c = await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.csv' });
    expect(c.headers['content-type']).toContain('text/csv');
    expect(c.body).toContain('2025-05-20;vastgesteld;snelle_toetsen.totaal;416');
  });

  it('answers 404 for a peildatum without a published report, and 400 for an address that is not a date', async () => {
    expect((await app.inject({ url: '/rapportages/2024-01-01' })).statusCode).toBe(404);
    const r = await app.inject({ url: '/rapportages/gisteren' });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json().detail).toContain('"gisteren" is geen peildatum');
  });
});

describe('een ronde van aanmaken tot publiceren', () => {
  const P = '2025-09-30';

  it('only the redactie may create a round; errors are shown next to the field', async () => {
    const weg = await post(app, '/rapportages', lezer.cookie, { _csrf: lezer.csrf, peildatum: P, titel: 'Q3 2025' });
    expect(weg.statusCode).toBe(403);
    const fout = await post(app, '/rapportages', redactie.cookie, { _csrf: redactie.csrf, peildatum: '2025-13-01', titel: '' });
    expect(fout.statusCode).toBe(422);
    expect(fout.body).toContain('id="peildatum-fout"');
    expect(fout.body).toContain('id="titel-fout"');
    const ok = await post(app, '/rapportages', redactie.cookie, { _csrf: redactie.csrf, peildatum: P, bo_datum: '2025-10-15', titel: 'Q3 2025' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/rapportages/${P}?gemaakt=1`);
  });

  it('refuses a form without a CSRF token', async () => {
    const r = await post(app, '/rapportages', redactie.cookie, { peildatum: '2025-12-31', titel: 'zonder token' });
    expect(r.statusCode).toBe(403);
    expect((await db.query(`SELECT 1 FROM rapportagerondes WHERE peildatum = '2025-12-31'`)).length).toBe(0);
  });

  it('an open round is hidden from the public and a reader, visible to the BO and the secretary who writes', async () => {
    expect((await app.inject({ url: `/rapportages/${P}`, headers: html })).statusCode).toBe(404);
    expect((await app.inject({ url: `/rapportages/${P}/kerncijfers.json` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/rapportages/${P}`, headers: { ...html, cookie: lezer.cookie } })).statusCode).toBe(403);
    const bo = await app.inject({ url: `/rapportages/${P}`, headers: { ...html, cookie: boLid.cookie } });
    expect(bo.statusCode).toBe(200);
    expect(bo.body).toContain('Concept: nog niet vastgesteld');
    expect((await app.inject({ url: `/rapportages/${P}`, headers: { ...html, cookie: secretarisA.cookie } })).statusCode).toBe(200);
    const lijst = await app.inject({ url: '/rapportages', headers: html });
    expect(lijst.body).not.toContain(`/rapportages/${P}"`);
  });

  it('a thematafel secretary sees and saves only the texts of onderdeel A', async () => {
    const form = await app.inject({ url: `/rapportages/${P}/bewerken`, headers: { ...html, cookie: secretarisA.cookie } });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="tekst:onderdeel:A:mijlpalen"');
    expect(form.body).not.toContain('name="tekst:onderdeel:B:mijlpalen"');
    expect(form.body).not.toContain('name="tekst:noemenswaardig"');
    const ok = await post(app, `/rapportages/${P}/teksten`, secretarisA.cookie, {
      _csrf: secretarisA.csrf,
      'tekst:onderdeel:A:mijlpalen': 'Wetsvoorstel kwaliteitsregistraties aangenomen.',
      'versie:onderdeel:A:mijlpalen': '0',
    });
    expect(ok.statusCode).toBe(303);
    const nee = await post(app, `/rapportages/${P}/teksten`, secretarisA.cookie, {
      _csrf: secretarisA.csrf,
      'tekst:onderdeel:B:voortgang': 'Niet mijn tafel.',
      'versie:onderdeel:B:voortgang': '0',
    });
    expect(nee.statusCode).toBe(403);
    expect(nee.body).toContain('Er is niets opgeslagen');
  });

  it('a stale text form is a conflict with a Dutch message, and nothing changes', async () => {
    const r = await post(app, `/rapportages/${P}/teksten`, redactie.cookie, {
      _csrf: redactie.csrf,
      'tekst:onderdeel:A:mijlpalen': 'Overschreven door iemand met een oud formulier.',
      'versie:onderdeel:A:mijlpalen': '0',
    });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft deze tekst intussen gewijzigd');
    const [t] = await db.query<{ tekst: string }>(`SELECT tekst FROM ronde_teksten WHERE sleutel = 'onderdeel:A:mijlpalen'`);
    expect(t.tekst).toBe('Wetsvoorstel kwaliteitsregistraties aangenomen.');
  });

  it('fixing needs the rondes.vaststellen role and the current version', async () => {
    expect((await post(app, `/rapportages/${P}/vaststellen`, secretarisA.cookie, { _csrf: secretarisA.csrf, versie: '1' })).statusCode).toBe(403);
    const oud = await post(app, `/rapportages/${P}/vaststellen`, redactie.cookie, { _csrf: redactie.csrf, versie: '7' });
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('De ronde is intussen gewijzigd');
    const ok = await post(app, `/rapportages/${P}/vaststellen`, redactie.cookie, {
      _csrf: redactie.csrf,
      versie: '1',
      cijfers: 'berekend',
      bevestig: 'ja',
      bevestiging: 'test: snelle toetsen en plannen nog niet ingelezen',
    });
    expect(ok.statusCode).toBe(303);
    const pagina = await app.inject({ url: `/rapportages/${P}`, headers: { ...html, cookie: boLid.cookie } });
    expect(pagina.body).toMatch(/Vastgesteld op \d+ \w+ \d{4}/);
    expect(pagina.body).toContain('Wetsvoorstel kwaliteitsregistraties aangenomen.');
    // fixed but not published: still not public
    expect((await app.inject({ url: `/rapportages/${P}`, headers: html })).statusCode).toBe(404);
  });

  it('publishing makes the round public, with its PDF and open data', async () => {
    const ok = await post(app, `/rapportages/${P}/publiceren`, redactie.cookie, { _csrf: redactie.csrf, versie: '2' });
    expect(ok.statusCode).toBe(303);
    const publiek = await app.inject({ url: `/rapportages/${P}`, headers: html });
    expect(publiek.statusCode).toBe(200);
    expect(publiek.body).toContain('Q3 2025');
    const j = await app.inject({ url: `/rapportages/${P}/kerncijfers.json` });
    expect(j.json()).toMatchObject({ bron: 'vastgesteld', acties: { totaal: 263 } });
    const pdf = await app.inject({ url: `/rapportages/${P}/rapport.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const v = await app.inject({ url: `/rapportages/${P}/vergelijking`, headers: html });
    expect(v.statusCode).toBe(200);
    expect(v.body).toContain('vorige publicatie met peildatum 20 mei 2025');
  }, 60_000);
});
