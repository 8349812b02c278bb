// Routes of the fte-impact part on the real app and a real database: the public model page with its
// flags, the calculator as a plain form, scenarios (versions, visibility per organisation, audit),
// comparison and exports, the model import, and the role checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { gebruikerMetRol, post, sessie, testApp, WACHTWOORD } from '../toegang/hulp.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let vws: { cookie: string; csrf: string };
let vws2: { cookie: string; csrf: string };
let zn: { cookie: string; csrf: string };
let lezer: { cookie: string; csrf: string };

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  const redactie = await gebruikerMetRol(db, 'vws-redactie');
  const collega = await maakGebruiker(db, { email: 'collega@vws.nl', naam: 'Collega VWS', organisatie: 'VWS', rollen: ['bo-lid'], wachtwoord: WACHTWOORD, door: 'test' });
  const verzekeraar = await maakGebruiker(db, { email: 'zn@zn.nl', naam: 'Iemand ZN', organisatie: 'Zorgverzekeraars Nederland', rollen: ['verzekeraar'], wachtwoord: WACHTWOORD, door: 'test' });
  const l = await gebruikerMetRol(db, 'lezer');
  vws = await sessie(app, db, redactie.id);
  vws2 = await sessie(app, db, collega.id);
  zn = await sessie(app, db, verzekeraar.id);
  lezer = await sessie(app, db, l.id);
});
afterAll(async () => sluit?.());

const get = (url: string, cookie = '') => app.inject({ url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

describe('het model (publiek)', () => {
  it('toont clustersubtotalen, het berekende eindtotaal en de signaleringen A4 en E4', async () => {
    const r = await get('/impact');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Totaal (berekend; de bron drukt geen eindtotaal af)');
    for (const w of ['8.993', '20.712', '48.223', '6.084', '15.051', '32.094']) expect(r.body).toContain(`>${w}<`);
    expect(r.body.match(/– gelijk aan het gepubliceerde totaal/g)).toHaveLength(5);
    expect(r.body).toContain('<strong>A4 (gemiddeld)</strong>: werknemers = fte (3.954)');
    expect(r.body).toContain('<strong>E4</strong>: impliciete deeltijdfactor verschilt per scenario');
    expect(r.body).toContain('niet geverifieerd');
    expect(r.body).toContain('AZWA C3, C6, E4, E6: geen impactanalyse.');
    expect(r.body).not.toContain('Model importeren'); // not for anonymous visitors
  });

  it('export: CSV met signalering bij de rij en het berekende totaal; XLSX leesbaar', async () => {
    const csv = await get('/impact/model.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const regels = csv.body.split('\r\n');
    expect(regels.find((x) => x.startsWith('maatregel;AI en technologische innovatie;A4;A4 (niet geverifieerd);'))).toContain('werknemers = fte (3.954)');
    expect(regels.find((x) => x.startsWith('totaal (berekend, niet in de bron)'))).toContain(';8993;20712;48223;6084;15051;32094;');
    const xlsx = await app.inject({ url: '/impact/model.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const totaalRij = ws.getSheetValues().find((r) => Array.isArray(r) && String(r[1]).startsWith('totaal (berekend')) as unknown[];
    expect(totaalRij.slice(6, 12)).toEqual([8993, 20712, 48223, 6084, 15051, 32094]);
  });
});

describe('de rekenhulp', () => {
  it('zonder inloggen: naar de inlogpagina', async () => {
    const r = await get('/impact/rekenhulp');
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toMatch(/^\/inloggen/);
  });

  it('standaard alles gemiddeld: 20.712 werknemers, 52% van het AZWA-doel', async () => {
    const r = await get('/impact/rekenhulp', lezer.cookie);
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/data-uitkomst="werknemers">20\.712</);
    expect(r.body).toMatch(/data-uitkomst="azwa">52%</);
    expect(r.body).not.toContain('Scenario opslaan'); // a lezer may calculate, not save
  });

  it('het formulier rekent zonder JavaScript: A4 hoog en F1 op 75%', async () => {
    const r = await post(app, '/impact/rekenhulp', vws.cookie, { _csrf: vws.csrf, inv_A4: 'hoog', inv_F1: 'pct', pct_F1: '75' });
    expect(r.statusCode).toBe(200);
    // 20.712 + (18.535 − 3.954) + ((2.173 + 3.567) / 2 − 2.173) = 35.990; fte 15.051 + 8.650 + 523 = 24.224
    expect(r.body).toMatch(/data-uitkomst="werknemers">35\.990</);
    expect(r.body).toMatch(/data-uitkomst="fte">24\.224</);
    expect(r.body).toMatch(/data-rij="F1-werknemers">2\.870</);
    expect(r.body).toMatch(/data-uitkomst="azwa">90%</);
  });

  it('een ongeldig percentage: 400 en de fout bij de afspraak', async () => {
    const r = await post(app, '/impact/rekenhulp', vws.cookie, { _csrf: vws.csrf, inv_F2: 'pct', pct_F2: '140' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('F2: vul een percentage van 0 tot en met 100 in (bijvoorbeeld 75).');
  });

  it('zonder CSRF-token geweigerd', async () => {
    const r = await post(app, '/impact/rekenhulp', vws.cookie, { inv_A4: 'hoog' });
    expect(r.statusCode).toBe(403);
  });
});

describe('scenario’s', () => {
  let id: number;
  let ander: number;

  it('opslaan geeft versie 1, nog eens opslaan versie 2; beide in het auditlog', async () => {
    const r1 = await post(app, '/impact/scenarios', vws.cookie, { _csrf: vws.csrf, naam: 'AI hoog', zichtbaarheid: 'eigen', inv_A4: 'hoog', inv_F6: 'hoog' });
    expect(r1.statusCode).toBe(303);
    const m = /^\/impact\/scenarios\/(\d+)\?versie=1&opgeslagen=1$/.exec(String(r1.headers.location));
    expect(m).not.toBeNull();
    id = Number(m![1]);
    const r2 = await post(app, '/impact/scenarios', vws.cookie, { _csrf: vws.csrf, naam: 'AI hoog', zichtbaarheid: 'eigen', inv_A4: 'hoog', inv_F6: 'pct', pct_F6: '80' });
    expect(r2.headers.location).toBe(`/impact/scenarios/${id}?versie=2&opgeslagen=1`);
    const pagina = await get(`/impact/scenarios/${id}`, vws.cookie);
    expect(pagina.body).toContain('Versie 2, opgeslagen op');
    expect(pagina.body).toContain('A4 hoog, F6 80%');
    const v1 = await get(`/impact/scenarios/${id}?versie=1`, vws.cookie);
    expect(v1.body).toContain('A4 hoog, F6 hoog');
    const audit = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'impact.scenario-opgeslagen' AND object_id = $1`, [String(id)]);
    expect(audit[0].n).toBe(2);
  });

  it('zichtbaarheid: eigen → organisatie → iedereen; wie het niet mag zien krijgt 404', async () => {
    expect((await get(`/impact/scenarios/${id}`, vws2.cookie)).statusCode).toBe(404);
    // only the owner changes it; a colleague gets 404 as if it did not exist
    expect((await post(app, `/impact/scenarios/${id}/zichtbaarheid`, vws2.cookie, { _csrf: vws2.csrf, zichtbaarheid: 'iedereen' })).statusCode).toBe(404);
    await post(app, `/impact/scenarios/${id}/zichtbaarheid`, vws.cookie, { _csrf: vws.csrf, zichtbaarheid: 'organisatie' });
    expect((await get(`/impact/scenarios/${id}`, vws2.cookie)).statusCode).toBe(200);
    expect((await get(`/impact/scenarios/${id}`, zn.cookie)).statusCode).toBe(404);
    await post(app, `/impact/scenarios/${id}/zichtbaarheid`, vws.cookie, { _csrf: vws.csrf, zichtbaarheid: 'iedereen' });
    expect((await get(`/impact/scenarios/${id}`, zn.cookie)).statusCode).toBe(200);
    expect((await get('/impact/scenarios', zn.cookie)).body).toContain('AI hoog');
  });

  it('een collega kan de naam van een ander niet overschrijven', async () => {
    const r = await post(app, '/impact/scenarios', vws2.cookie, { _csrf: vws2.csrf, naam: 'AI hoog', zichtbaarheid: 'organisatie' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Uw organisatie heeft al een scenario &quot;AI hoog&quot; van een collega. Kies een andere naam.');
  });

  it('een lezer mag niet opslaan (403)', async () => {
    const r = await post(app, '/impact/scenarios', lezer.cookie, { _csrf: lezer.csrf, naam: 'x', zichtbaarheid: 'eigen' });
    expect(r.statusCode).toBe(403);
  });

  it('vergelijken naast elkaar, met Excel- en CSV-export', async () => {
    const r = await post(app, '/impact/scenarios', zn.cookie, { _csrf: zn.csrf, naam: 'Alles laag', zichtbaarheid: 'iedereen', ...Object.fromEntries(['A1', 'A2', 'A3', 'A4', 'A5', 'D4', 'E2', 'E3', 'E4', 'E5', 'F1', 'F2', 'F4', 'F5', 'F6', 'F8'].map((c) => [`inv_${c}`, 'laag'])) });
    ander = Number(/scenarios\/(\d+)/.exec(String(r.headers.location))![1]);
    const v = await get(`/impact/vergelijk?a=${id}&b=${ander}`, zn.cookie);
    expect(v.statusCode).toBe(200);
    expect(v.body).toContain('AI hoog (v2) en Alles laag (v1)');
    expect(v.body).toContain('>8.993<'); // all laag = the lower edge of the band
    const csv = await get(`/impact/vergelijk.csv?a=${id}&b=${ander}`, zn.cookie);
    expect(csv.body.split('\r\n').find((x) => x.startsWith('totaal (berekend)'))).toBe(
      `totaal (berekend);;;;;${Math.round(20712 + (18535 - 3954) + 0.6 * (10132 - 4437))};8993;${8993 - Math.round(20712 + 14581 + 0.6 * 5695)};${Math.round(15051 + 8650 + 0.6 * 3360)};6084;${6084 - Math.round(15051 + 8650 + 0.6 * 3360)}`,
    );
    const xlsx = await app.inject({ url: `/impact/vergelijk.xlsx?a=${id}&b=${ander}`, headers: { cookie: zn.cookie } });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['1 Vergelijking AI hoog v2 – All', '2 Scenario A AI hoog', '3 Scenario B Alles laag']);
  });

  it('een scenario dat je niet mag zien is ook niet te vergelijken of te downloaden', async () => {
    const r = await post(app, '/impact/scenarios', vws.cookie, { _csrf: vws.csrf, naam: 'Geheim', zichtbaarheid: 'eigen' });
    const geheim = Number(/scenarios\/(\d+)/.exec(String(r.headers.location))![1]);
    expect((await get(`/impact/vergelijk?a=${geheim}&b=${ander}`, zn.cookie)).statusCode).toBe(404);
    expect((await get(`/impact/scenarios/${geheim}/export.csv`, zn.cookie)).statusCode).toBe(404);
    expect((await get(`/impact/rekenhulp?scenario=${geheim}`, zn.cookie)).statusCode).toBe(404);
  });
});

describe('import van het model via de webpagina', () => {
  function multipart(naam: string, inhoud: string) {
    const grens = '----impacttest';
    const body = `--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="${naam}"\r\nContent-Type: text/csv\r\n\r\n${inhoud}\r\n--${grens}--\r\n`;
    return { body, type: `multipart/form-data; boundary=${grens}` };
  }

  it('een fout bestand: 400 met bestand, regel, kolom en waarde; niets gewijzigd', async () => {
    const m = multipart(
      'impact_maatregelen.csv',
      'versie;soort;code;titel;bron;werknemers_laag\nconcept-0.6;maatregel;A4;AI;test;veel\n',
    );
    const r = await app.inject({ method: 'POST', url: `/impact/import?_csrf=${encodeURIComponent(vws.csrf)}`, headers: { cookie: vws.cookie, accept: 'text/html', 'content-type': m.type }, payload: m.body });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('impact_maatregelen.csv, regel 2, kolom werknemers_laag (waarde &quot;veel&quot;)');
    const a4 = await db.query<{ werknemers_laag: number }>(`SELECT werknemers_laag FROM impact_maatregelen WHERE code = 'A4'`);
    expect(a4[0].werknemers_laag).toBe(240);
  });

  it('alleen beheerder en VWS-redactie (verzekeraar: 403)', async () => {
    const m = multipart('impact_codekoppelingen.csv', 'x\n');
    const r = await app.inject({ method: 'POST', url: `/impact/import?_csrf=${encodeURIComponent(zn.csrf)}`, headers: { cookie: zn.cookie, accept: 'text/html', 'content-type': m.type }, payload: m.body });
    expect(r.statusCode).toBe(403);
  });
});
