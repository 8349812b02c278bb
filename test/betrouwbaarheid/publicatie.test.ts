// Issue 20: the public sees published figures only, everywhere. A fixed but unpublished round stays
// hidden from readers without concept.lezen; public action pages and downloads show the records as
// known when the round was published (a status backdated later does not appear, ?sinds= reveals
// nothing); and the public sees organisations, not the e-mail addresses of staff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie, WACHTWOORD } from '../toegang/hulp.js';
import { maakGebruiker, alsGebruiker } from '../../src/toegang/gebruikers.js';
import { meldStatussen, laatsteVolgnrs } from '../../src/acties/store.js';
import { maakRonde, publiceerRonde, stelRondeVast, bewaarTeksten } from '../../src/rapportage/rondes.js';
import type { Gebruiker } from '../../src/domein/beleid.js';

const P = '2025-09-30'; // published round
const Q = '2025-12-31'; // fixed, not published
const html = { accept: 'text/html' };
let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let lezer: { cookie: string; csrf: string };
let trekker: Gebruiker;

async function meld(code: string, status: string, status_datum: string, toelichting: string): Promise<void> {
  const volgnr = (await laatsteVolgnrs(db, { code })).get(code)!;
  await meldStatussen(db, trekker, [{ code, status, status_datum, toelichting, volgnr }], '2026-01-15');
}

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer')).id);
  const rij = await maakGebruiker(db, {
    email: 'trekker.a1@zn.example',
    naam: 'Trekker A1',
    organisatie: 'Zorgverzekeraars Nederland',
    rollen: ['azwa-trekker'],
    onderdelen: ['A1'],
    wachtwoord: WACHTWOORD,
    door: 'test',
  });
  trekker = alsGebruiker(rij);
  // before the round of P is fixed: a status that the publication of P carries
  await meld('AZWA-A1.1', 'Loopt op schema', '2025-09-01', 'Eerste projecten gestart.');
  await maakRonde(db, { peildatum: P, bo_datum: null, titel: 'Q3 2025' }, 'test');
  await stelRondeVast(db, P, { versie: 1, door: 'test', bevestiging: 'test: registers deels leeg' });
  await publiceerRonde(db, P, { versie: 2, door: 'test' });
  // after publication: a status backdated to before P (the published figures must not move)
  await meld('AZWA-A1.2', 'Afgerond', '2025-09-15', 'Achteraf gemeld: opgenomen in de regionale agenda.');
  // a round fixed after that, not published, with a text of onderdeel A1
  await maakRonde(db, { peildatum: Q, bo_datum: null, titel: 'Q4 2025 geheim' }, 'test');
  const beheerder = alsGebruiker(await gebruikerMetRol(db, 'beheerder'));
  await bewaarTeksten(db, Q, [{ sleutel: 'onderdeel:A1:voortgang', tekst: 'Nog niet openbare voortgangstekst.', versie: 0 }], beheerder);
  await stelRondeVast(db, Q, { versie: 1, door: 'test', bevestiging: 'test: registers deels leeg' });
});
afterAll(async () => {
  await sluit();
});

describe('a fixed but unpublished round is readable with concept.lezen only', () => {
  it('the API gives a reader without concept.lezen no snapshot of it (computed figures at most)', async () => {
    const r = await app.inject({ url: `/api/v1/kerncijfers?peildatum=${Q}`, headers: { cookie: lezer.cookie } });
    expect(r.body).not.toContain('Q4 2025 geheim');
    expect(r.json().bron).toBe('berekend');
    const v = await app.inject({ url: `/api/v1/kerncijfers?peildatum=${Q}&bron=vastgesteld`, headers: { cookie: lezer.cookie } });
    expect(v.statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/kerncijfers?peildatum=${Q}` })).statusCode).toBe(404);
  });

  it('the dashboard ?peildatum= does not offer or show it to a reader', async () => {
    const r = await app.inject({ url: `/?peildatum=${Q}`, headers: { ...html, cookie: lezer.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('Q4 2025 geheim');
    expect(r.body).not.toContain('31 december 2025 (vastgesteld)');
  });

  it('its texts do not appear on the page of the onderdeel for a reader or the public', async () => {
    for (const cookie of [lezer.cookie, '']) {
      const r = await app.inject({ url: `/acties/azwa/A1?peildatum=${Q}`, headers: { ...html, cookie } });
      expect(r.statusCode).toBe(200);
      expect(r.body).not.toContain('Nog niet openbare voortgangstekst.');
    }
  });

  it('the report routes answer 403 to a reader and 404 to the public', async () => {
    expect((await app.inject({ url: `/rapportages/${Q}`, headers: { ...html, cookie: lezer.cookie } })).statusCode).toBe(403);
    for (const pad of ['', '/rapport.html', '/kerncijfers.json', '/kerncijfers.csv']) {
      expect((await app.inject({ url: `/rapportages/${Q}${pad}` })).statusCode).toBe(404);
    }
  });
});

describe('public action pages and downloads show what was published', () => {
  it('a status backdated after the publication does not appear under the published peildatum', async () => {
    const pagina = await app.inject({ url: `/acties/actie/AZWA-A1.2?peildatum=${P}`, headers: html });
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).not.toContain('Achteraf gemeld');
    const csv = (await app.inject({ url: `/acties/historie.csv?peildatum=${P}` })).body;
    expect(csv).toContain('Eerste projecten gestart.');
    expect(csv).not.toContain('Achteraf gemeld');
    const export_ = (await app.inject({ url: `/acties/export.csv?onderdeel=A1&peildatum=${Q}` })).body;
    expect(export_).toContain('AZWA-A1.2');
    expect(export_).not.toContain('Afgerond');
    // the count of the public overview is that of the published round
    const json = (await app.inject({ url: `/rapportages/${P}/kerncijfers.json` })).json();
    const voortgang = (await app.inject({ url: `/acties/voortgang.csv?akkoord=AZWA&peildatum=${P}` })).body;
    expect(json.acties.per_status.Afgerond).toBe(0);
    // columns: onderdeel; naam; Afgerond; …
    expect(voortgang.split('\n').find((l) => l.startsWith('A1;'))).toMatch(/^A1;(?:"[^"]*"|[^;]*);0;/);
    // logged in: the live register
    const intern = await app.inject({ url: `/acties/actie/AZWA-A1.2?peildatum=${P}`, headers: { ...html, cookie: lezer.cookie } });
    expect(intern.body).toContain('Achteraf gemeld');
  });

  it('?sinds= does not reveal the state at an unpublished date', async () => {
    const zonder = (await app.inject({ url: `/acties?peildatum=${P}`, headers: html })).body;
    const met = (await app.inject({ url: `/acties?peildatum=${P}&sinds=2025-09-20`, headers: html })).body;
    expect(met).not.toContain('20 september 2025');
    expect(met.replace(/name="_csrf" value="[^"]*"/g, '')).toBe(zonder.replace(/name="_csrf" value="[^"]*"/g, ''));
  });
});

describe('the public sees organisations, not staff e-mail addresses', () => {
  it('action page and historie.csv name the organisation; a logged-in reader sees who', async () => {
    const pagina = await app.inject({ url: `/acties/actie/AZWA-A1.1?peildatum=${P}`, headers: html });
    expect(pagina.body).toContain('Eerste projecten gestart.');
    expect(pagina.body).not.toContain('trekker.a1@zn.example');
    expect(pagina.body).toContain('Zorgverzekeraars Nederland');
    for (const url of [`/acties/historie.csv?peildatum=${P}`, `/acties/azwa/A1?peildatum=${P}`]) {
      const r = await app.inject({ url, headers: html });
      expect(r.statusCode).toBe(200);
      expect(r.rawPayload.includes(Buffer.from('trekker.a1@'))).toBe(false);
    }
    expect((await app.inject({ url: `/acties/historie.csv?peildatum=${P}` })).body).toContain('Zorgverzekeraars Nederland');
    const intern = await app.inject({ url: `/acties/historie.csv?peildatum=${P}`, headers: { cookie: lezer.cookie } });
    expect(intern.body).toContain('trekker.a1@zn.example');
  });
});
