// The AZWA financial framework in the app: the build-up page, money per agreement with realisation,
// the macro-control step on the kader page, import/export of the new file types and their role rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, post, sessie, testApp } from '../toegang/hulp.js';
import { uploadCsv } from '../helpers/upload.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let redactie: { cookie: string; csrf: string };
let lezer: { cookie: string; csrf: string };

const tekst = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  redactie = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer')).id);
});
afterAll(async () => sluit?.());

const get = (url: string, wie?: { cookie: string }) => app.inject({ url, headers: { accept: 'text/html', ...(wie ? { cookie: wie.cookie } : {}) } });

describe('opbouw van de kaders', () => {
  it('shows every sector and year with the printed kader, flags the lines that do not add up, and IZA next to AZWA 2026', async () => {
    const r = await get('/financien/opbouw?peildatum=2025-12-31');
    expect(r.statusCode).toBe(200);
    const t = tekst(r.body);
    expect(t).toContain('Opbouw kader MSZ 2026–2028');
    expect(t).toMatch(/kader MSZ inclusief groei in prijspeil 2025 31\.898 32\.427 32\.514/);
    expect(t).toContain('GGZ 2028 regel 7 "volumegroei totaal": gedrukt 47, som van de w.v.-regels 46 (afrondingsverschil 1).');
    expect(t).toContain('Regels die niet optellen (5)'); // GGZ
    expect(t).toMatch(/Wijkverpleging 4\.104 3\.792 -312/);
    // sources as the numbered document, not as line numbers of our source text
    expect(t).toContain('remgeld 2028: gedrukt 1.151 ([1]), som over 5 sectoren 1.152 (afrondingsverschil -1).');
    expect(t).toContain('Bronnen Onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord (AZWA), met bijlagen en werkagenda , AZWA-partijen, 3 juli 2025');
  });
});

describe('geld per afspraak', () => {
  it('lists Bijlage 2 with the printed and recomputed totals, the envelopes and Bijlage 3', async () => {
    const r = await get('/financien/afspraken?peildatum=2025-12-31');
    expect(r.statusCode).toBe(200);
    const t = tekst(r.body);
    expect(t).toMatch(/Totaal via begroting VWS \(gedrukt\) 125 472 635 698 668 684/);
    expect(t).toMatch(/Som van de regels \(nagerekend\) 125 472,4 635,2 698,65 668,5 684,5/);
    expect(t).toContain("Regionale eerstelijnssamenwerkingsverbanden (RESV's)");
    expect(t).toContain('[D7] We zorgen voor voldoende participatie');
    expect(r.body).toContain('href="/financien/afspraken/D5?peildatum=2025-12-31"');
  });

  it('a vws-redactie records realisation on the agreement page; it shows per year and in the overview, with an audit entry', async () => {
    const pagina = await get('/financien/afspraken/D6', redactie);
    expect(pagina.statusCode).toBe(200);
    expect(tekst(pagina.body)).toContain('Realisatie invoeren');
    const fout = await post(app, '/financien/afspraken/D6/realisatie', redactie.cookie, { _csrf: redactie.csrf, omschrijving: 'Coördinatie gemeenten', jaar: '26', realisatie_mln: '1,234', stand: '2027-04-01' });
    expect(fout.statusCode).toBe(400);
    expect(tekst(fout.body)).toContain('Vul een jaar in, bijvoorbeeld 2026.');
    expect(tekst(fout.body)).toContain('Hooguit twee decimalen');
    const goed = await post(app, '/financien/afspraken/D6/realisatie', redactie.cookie, { _csrf: redactie.csrf, omschrijving: 'Coördinatie gemeenten', jaar: '2026', realisatie_mln: '24,5', stand: '2027-04-01', toelichting: 'jaarverslag' });
    expect(goed.statusCode).toBe(200);
    expect(tekst(goed.body)).toContain('Realisatie 2026 voor "Coördinatie gemeenten" vastgelegd');
    const detail = tekst((await get('/financien/afspraken/D6?peildatum=2027-06-30')).body);
    expect(detail).toMatch(/2026 30 24,5 -5,5 82% 1 april 2027 jaarverslag/);
    const overzicht = tekst((await get('/financien/afspraken?peildatum=2027-06-30')).body);
    expect(overzicht).toContain('D6 30 / 24,5 (82%)');
    const audit = await db.query(`SELECT 1 FROM audit_log WHERE object_soort = 'begrotingsrealisatie' AND door = 'vws-redactie@test.nl'`);
    expect(audit).toHaveLength(1);
  });

  it('a lezer may read but not record realisation or import', async () => {
    expect((await get('/financien/afspraken/D6', lezer)).statusCode).toBe(200);
    expect(tekst((await get('/financien/afspraken/D6', lezer)).body)).not.toContain('Realisatie invoeren');
    const r = await post(app, '/financien/afspraken/D6/realisatie', lezer.cookie, { _csrf: lezer.csrf, omschrijving: 'Coördinatie gemeenten', jaar: '2026', realisatie_mln: '1', stand: '2027-04-01' });
    expect(r.statusCode).toBe(403);
    expect((await get('/financien/azwa/invoer', lezer)).statusCode).toBe(403);
  });

  it('the AZWA agreement page of the actions register links to the agreement\'s money', async () => {
    const r = await get('/acties/azwa/D5', lezer);
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/href="\/financien\/afspraken\/D5(\?peildatum=[\d-]+)?">\s*geld en realisatie van D5/);
  });

  it('an unknown agreement is a 404', async () => {
    expect((await get('/financien/afspraken/Z9')).statusCode).toBe(404);
  });
});

describe('macrobeheersing op de kaderpagina', () => {
  it('2024: GGZ and Huisartsenzorg overspend without MBI (§6f), the others are lowered in spring 2025 (§7b)', async () => {
    const t = tekst((await get('/financien/2024?peildatum=2025-05-20')).body);
    expect(t).toContain('Macrobeheersing 2024: welke stap geldt');
    expect(t).toMatch(/GGZ: overschrijding van € 260 mln §6f Geen macrobeheersinstrument voor GGZ, huisartsenzorg en MDZ t\/m 2024\./);
    // the AZWA as a numbered source with its title, not our line numbers (issue 14 item 10)
    expect(t).toMatch(/in de periode t\/m 2024 wordt het macrobeheersinstrument niet ingezet\. \(bron: \[\d\]\)/);
    expect(t).toContain('Bronnen bij de macrobeheersing');
    expect(t).toMatch(/Bronnen bij de macrobeheersing (\d\. )?Onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord/);
    expect(t).not.toMatch(/\br\. \d/);
    expect(t).toMatch(/Wijkverpleging: onderschrijding van € 1\.015 mln §7b/);
    expect(t).toContain('voorjaarsbesluitvorming 2025 op basis van de Q4-cijfers 2024 van het Zorginstituut');
  });

  it('2026: only kaders, so the kader is the maximum (§7c), and the IZA kader is named next to it', async () => {
    const t = tekst((await get('/financien/2026?peildatum=2025-12-31')).body);
    expect(t).toMatch(/MSZ: nog geen uitgaven §7c Het kader is het maximum van de toegestane uitgaven\./);
    expect(t).toContain('2026 heeft ook een IZA-kader: MSZ 31.813 (AZWA 31.898)');
  });
});

describe('import en export van de AZWA-bestanden', () => {
  const upload = (type: string, naam: string, inhoud: string) =>
    uploadCsv(app, redactie, '/financien/azwa/import', { naam, inhoud }, { bestandstype: type });

  it('imports envelope use through the form and refuses a bad file in Dutch, naming line, column and value', async () => {
    const fout = await upload('enveloppe_gebruik', 'gebruik.csv', 'enveloppe;jaar;stand;bedrag_mln\nresv_mdz;2027;2028-04-01;75,123');
    expect(fout.statusCode).toBe(400);
    expect(tekst(fout.body)).toContain('gebruik.csv, regel 2, kolom bedrag_mln (waarde "75,123"): hoogstens twee decimalen (bedrag in miljoenen)');
    const goed = await upload('enveloppe_gebruik', 'gebruik.csv', 'enveloppe;jaar;stand;bedrag_mln\nresv_mdz;2027;2028-04-01;75');
    expect(goed.statusCode).toBe(200);
    expect(tekst(goed.body)).toContain('gebruik.csv geïmporteerd als enveloppe_gebruik: 1 rijen, 1 nieuw');
    const t = tekst((await get('/financien/afspraken?peildatum=2028-12-31')).body);
    expect(t).toMatch(/RESV's\).*2027 70 75 boven plafond -5/);
  });

  it('exports each type in the import format, at the peildatum', async () => {
    const r = await get('/financien/azwa/kaderopbouw.csv?peildatum=2025-12-31');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    const regels = r.body.replace(/^\ufeff/, '').trim().split('\n');
    expect(regels[0]).toBe('stand;stand_omschrijving;sector;jaar;volgorde;regelnummer;omschrijving;soort;bedrag_mln;bron');
    expect(regels).toHaveLength(140);
    const vroeg = await get('/financien/azwa/kaderopbouw.csv?peildatum=2025-01-01');
    expect(vroeg.body.replace(/^\ufeff/, '').trim().split('\n')).toHaveLength(1);
    expect((await get('/financien/azwa/acties.csv')).statusCode).toBe(404);
  });
});

describe('transformatiemiddelen: aanvragen tegen € 2,4 miljard, sluiting 1 juli 2025, oormerk', () => {
  it('the overview shows the cumulative requests against the cap (chart with table and CSV) and the cut-off and earmark rules', async () => {
    const { importeer } = await import('../../src/kern/contract/importeren.js');
    const { FIXTURES } = await import('../helpers/db.js');
    await importeer(db, `${FIXTURES}/juni2025`, { door: 'test' });
    const r = await get('/transformatie?peildatum=2025-05-20', lezer);
    expect(r.statusCode).toBe(200);
    const t = tekst(r.body);
    expect(t).toContain('Aanvragen tegen € 2,4 miljard');
    expect(t).toMatch(/De aanvragen tellen op tot € [\d.]+, \d+% van het beschikbare bedrag van € 2\.400\.000\.000/);
    expect(r.body).toContain('id="grafiek-aanvragen-cumulatief"');
    expect(t).toContain('Sinds 1 juli 2025 worden geen nieuwe snelle toetsen meer aangenomen');
    expect(t).toContain('Er zijn geen toetsen op of na die datum ingediend.');
    expect(t).toContain('geldt tot en met 2026 en wordt niet verlengd');
    const csv = await get('/transformatie/grafieken/aanvragen-cumulatief.csv?peildatum=2025-05-20', lezer);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Cumulatief aangevraagd');
  });
});
