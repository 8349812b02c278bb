// Web upload of the round texts (issue 13): the redactie imports a rondeteksten CSV from
// /rapportages/importeren and the text is in the report; a wrong file changes nothing; the role is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie, anoniem } from '../toegang/hulp.js';
import { uploadCsv } from '../helpers/upload.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let redactie: { cookie: string; csrf: string };
let verzekeraar: { cookie: string; csrf: string };

const KOP = 'peildatum;sectie;subsectie;volgorde;kop;tekst;bron';
const NIEUW = 'Op 1 mei is de betaaltitel voor samenwerking in de regio ingegaan.';

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  redactie = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  verzekeraar = await sessie(app, db, (await gebruikerMetRol(db, 'verzekeraar')).id);
});
afterAll(async () => {
  await sluit();
});

const upload = (wie: { cookie: string; csrf: string }, naam: string, inhoud: string, soort = '') =>
  uploadCsv(app, wie, '/rapportages/importeren', { naam, inhoud }, { soort });

const noemenswaardig = async () =>
  (await db.query<{ tekst: string }>(`SELECT tekst FROM rondeteksten WHERE peildatum = '2025-05-20' AND sectie = 'noemenswaardig'`))[0]?.tekst;
const rapport = async () => (await app.inject({ url: '/rapportages/2025-05-20/rapport.html', headers: { accept: 'text/html' } })).body;

describe('teksten van een ronde uploaden', () => {
  it('the rapportages list links to the upload page for the redactie only', async () => {
    expect((await app.inject({ url: '/rapportages', headers: { accept: 'text/html', cookie: redactie.cookie } })).body).toContain('href="/rapportages/importeren"');
    expect((await app.inject({ url: '/rapportages', headers: { accept: 'text/html', cookie: verzekeraar.cookie } })).body).not.toContain('href="/rapportages/importeren"');
  });

  it('a file with an error is refused with the Dutch problem line, and nothing changes', async () => {
    const voor = await noemenswaardig();
    const voorRapport = await rapport();
    const r = await upload(redactie, 'teksten mei.csv', `${KOP}\n2025-05-20;noemenswaardig;;1;;"- ${NIEUW}";\n2025-05-20;voorwoord;;2;;Een tekst.;`);
    expect(r.statusCode).toBe(400);
    const melding = /id="importproblemen">([\s\S]*?)<\/ul>/.exec(r.body)![1].replace(/<[^>]+>/g, '');
    expect(melding).toContain('Import geweigerd; er is niets gewijzigd.');
    expect(melding).toMatch(/teksten mei\.csv, regel 3, kolom sectie/);
    expect(melding).toContain('voorwoord');
    expect(await noemenswaardig()).toBe(voor);
    expect(await rapport()).toBe(voorRapport);
  });

  it('a missing file is named next to the file field', async () => {
    const r = await upload(redactie, '', '');
    expect(r.statusCode).toBe(400);
    expect(r.body).toMatch(/id="bestand-fout"[^>]*>[\s\S]*?Kies een CSV-bestand/);
  });

  it('the redactie uploads a rondeteksten CSV (type read from the header) and the text is in the report', async () => {
    expect(await rapport()).not.toContain(NIEUW);
    const audit = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE door = 'vws-redactie@test.nl'`))[0].n;
    const auditVoor = await audit();
    const r = await upload(redactie, 'mijn teksten.csv', `${KOP}\n2025-05-20;noemenswaardig;;1;;"- ${NIEUW}";`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('mijn teksten.csv geïmporteerd als teksten van een ronde: 1 rijen, 0 nieuw, 1 gewijzigd');
    expect(await noemenswaardig()).toBe(`- ${NIEUW}`);
    expect(await rapport()).toContain(NIEUW);
    expect(await audit()).toBeGreaterThan(auditVoor);
  });

  it('a chosen type must fit the columns; bronnen import with the type chosen in the form', async () => {
    const fout = await upload(redactie, 'teksten.csv', `${KOP}\n2025-05-20;noemenswaardig;;1;;Weg.;`, 'bronnen');
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('de kolommen zijn die van teksten van een ronde, niet van brondocumenten');
    const bronnen = 'document;bestand;van_regel;tot_regel;titel;uitgever;datum;datum_tekst\n900;900_test.txt;1;10;Kamerbrief over de voortgang van de akkoorden;minister van VWS;2025-10-01;';
    const r = await upload(redactie, 'documenten.csv', bronnen, 'bronnen');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('documenten.csv geïmporteerd als brondocumenten: 1 rijen, 1 nieuw');
    expect((await db.query<{ titel: string }>(`SELECT titel FROM bronnen WHERE document = '900'`))[0]?.titel).toBe('Kamerbrief over de voortgang van de akkoorden');
  });

  it('a verzekeraar gets 403 and the public is sent to the login page', async () => {
    const g = await app.inject({ url: '/rapportages/importeren', headers: { accept: 'text/html', cookie: verzekeraar.cookie } });
    expect(g.statusCode).toBe(403);
    const p = await upload(verzekeraar, 'teksten.csv', `${KOP}\n2025-05-20;noemenswaardig;;1;;Weg.;`);
    expect(p.statusCode).toBe(403);
    const publiek = await app.inject({ url: '/rapportages/importeren', headers: { accept: 'text/html' } });
    expect(publiek.statusCode).toBe(303);
    expect(publiek.headers.location).toMatch(/^\/inloggen\?terug=/);
    const a = await anoniem(app);
    expect((await upload(a, 'teksten.csv', `${KOP}\n2025-05-20;noemenswaardig;;1;;Weg.;`)).statusCode).toBe(303);
    expect(await noemenswaardig()).toBe(`- ${NIEUW}`);
  });
});
