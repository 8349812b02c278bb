// The AZWA part through HTTP (app.inject) on the real seed: the TD1 goal page, an AZWA trekker's status
// report showing up in the block counts, a BO decision that is overdue after its deadline, report
// part 1 (dropped IZA actions), the monitors and the MTR dossier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, post, sessie, testApp } from '../toegang/hulp.js';
import { azwaDeel1 } from '../../src/azwa/index.js';
import { vandaag } from '../../src/platform/tijd.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let vws: { cookie: string; csrf: string };
let trekker: { cookie: string; csrf: string };
const NU = vandaag();

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  vws = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  trekker = await sessie(app, db, (await gebruikerMetRol(db, 'azwa-trekker', { onderdelen: ['D7'] })).id);
});
afterAll(async () => {
  await sluit?.();
});

const html = async (url: string, cookie = '') => {
  const r = await app.inject({ url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  return { status: r.statusCode, body: r.body };
};

describe('doelpagina TD1-AZWA', () => {
  it('toont het AZWA-aandeel, de vijf clusters met hun som en de bronregels; zonder meting "nog geen meting"', async () => {
    const { status, body } = await html('/azwa/doelen/TD1-AZWA');
    expect(status).toBe(200);
    expect(body).toContain('minimaal 40.000 personen');
    for (const c of ['TD1-PZ', 'TD1-AI', 'TD1-ADM', 'TD1-VK', 'TD1-OV']) expect(body).toContain(`/azwa/doelen/${c}`);
    expect(body).toMatch(/Som \(in personen\)<\/th><td[^>]*>40\.000<\/td><td[^>]*>gelijk aan de streefwaarde van TD1-AZWA/);
    // the source as a numbered document with its title (issue 14 item 10), not our line numbers
    expect(body).toMatch(/<strong>Bron:<\/strong> \[1\]/);
    expect(body).toContain('Onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord');
    expect(body).not.toMatch(/regel \d|r\. \d/);
    expect(body).toContain('nog geen meting');
    expect(body).toContain('<svg role="img"');
  });
  it('TD1 noemt het verschil tussen 100.000 en het AZWA-deel van 40.000', async () => {
    const { body } = await html('/azwa/doelen/TD1');
    expect(body).toContain('de streefwaarde van TD1 is 100.000: verschil 60.000');
  });
  it('de padgrafiek als CSV: basis eind 2024 en streefwaarde eind 2028', async () => {
    const r = await app.inject({ url: '/azwa/doelen/TD1-AZWA.csv' });
    expect(r.statusCode).toBe(200);
    expect(r.body.replace('\ufeff', '')).toBe('Datum;Pad naar de streefwaarde (personen)\r\n2024-12-31;0\r\n2028-12-31;40000\r\n');
  });
  it('een gemeten indicator komt als laatste meting op de pagina (administratietijd, azw_regeldruk)', async () => {
    await db.query(`INSERT INTO indicatoren (indicator, periode, gebied, dimensie, waarde, bron_datum, bron_datum_sleutel, door) VALUES ('azw_regeldruk', '2025', 'NL', '', 31.5, '2026-03-01', '2026-03-01', 'test')`);
    const { body } = await html('/azwa/doelen/A-ADM20');
    expect(body).toContain('31,5%');
    expect(body).toContain('periode 2025, geleverd 1 maart 2026');
    expect(body).toContain('Geen nulmeting');
  });
  it('een onbekend doel geeft 404', async () => {
    expect((await html('/azwa/doelen/TD9')).status).toBe(404);
  });
});

describe('AZWA-trekker meldt een status', () => {
  it('mag alleen zijn eigen afspraak (D7) en ziet de melding terug in de blokstand', async () => {
    const voor = await azwaDeel1(db, NU);
    const d = (x: typeof voor) => x.blokken.find((b) => b.blok === 'D')!;
    const form = await html('/acties/actie/AZWA-D7.3', trekker.cookie);
    expect(form.body).toContain('name="status"');
    const volgnr = /name="volgnr" value="(\d+)"/.exec(form.body)![1];
    const r = await post(app, '/acties/actie/AZWA-D7.3/status', trekker.cookie, {
      _csrf: trekker.csrf,
      status: 'Afgerond',
      status_datum: NU,
      toelichting: 'Inventarisatie gereed',
      volgnr,
    });
    expect(r.statusCode).toBe(303);
    const na = await azwaDeel1(db, NU);
    expect(d(na).per_status.Afgerond).toBe(d(voor).per_status.Afgerond + 1);
    expect(d(na).zonder_status).toBe(d(voor).zonder_status - 1);
    const pagina = await html(`/azwa?peildatum=${NU}`, trekker.cookie);
    expect(pagina.body).toMatch(new RegExp(`data-blok="D"><th[^>]*>D De voorkant: preventie</th><td[^>]*>${d(na).per_status.Afgerond}</td>`));
    // not his agreement: refused
    const ander = await post(app, '/acties/actie/AZWA-C4.4/status', trekker.cookie, { _csrf: trekker.csrf, status: 'Afgerond', status_datum: NU, volgnr: '1' });
    expect(ander.statusCode).toBe(403);
  });
});

describe('BO-besluit met opvolging', () => {
  it('VWS legt een overleg en een besluit vast; na de termijn staat het als verstreken', async () => {
    const o = await post(app, '/azwa/bo', vws.cookie, { _csrf: vws.csrf, datum: '2026-03-19', soort: 'BO IZA/AZWA', titel: 'BO IZA/AZWA maart 2026', agendapunten: 'Werkafspraak monitoring|MTR' });
    expect(o.statusCode).toBe(303);
    const fout = await post(app, '/azwa/bo/BO-2026-03-19/besluit', vws.cookie, { _csrf: vws.csrf, besluit: 'Vormgeving MTR uitwerken', eigenaar: '', deadline: 'ooit', afspraken: 'F5' });
    expect(fout.statusCode).toBe(422);
    expect(fout.body).toContain('Vul in wie de opvolging trekt.');
    expect(fout.body).toContain('De termijn &quot;ooit&quot; is niet te lezen');
    expect(fout.body).toContain('Onbekende AZWA-afspraak: F5');
    const b = await post(app, '/azwa/bo/BO-2026-03-19/besluit', vws.cookie, {
      _csrf: vws.csrf,
      besluit: 'Vormgeving MTR uitwerken',
      eigenaar: 'VWS',
      deadline: '2026-06-30',
      afspraken: 'E2',
      doelen: 'TD1',
    });
    expect(b.statusCode).toBe(303);
    const voor = await html('/azwa/bo?peildatum=2026-06-30', vws.cookie);
    expect(voor.body).toMatch(/data-toezegging="BO-2026-03-19.1" data-stand="binnenkort"/);
    const na = await html('/azwa/bo?peildatum=2026-07-01', vws.cookie);
    expect(na.body).toMatch(/data-toezegging="BO-2026-03-19.1" data-stand="verlopen"/);
    const audit = await db.query<{ actie: string }>(`SELECT actie FROM audit_log WHERE object_id IN ('BO-2026-03-19', 'BO-2026-03-19.1') ORDER BY id`);
    expect(audit.map((a) => a.actie)).toEqual(['bo.overleg', 'toezegging.besluit']);
  });
  it('een statusmelding na de termijn vraagt een toelichting; afgerond is niet meer verstreken', async () => {
    const zonder = await post(app, '/azwa/toezeggingen/BO-2026-03-19.1/status', vws.cookie, { _csrf: vws.csrf, status: 'Loopt achter', status_datum: NU, toelichting: '' });
    expect(zonder.statusCode).toBe(422);
    expect(zonder.body).toContain('Een toelichting is verplicht');
    const goed = await post(app, '/azwa/toezeggingen/BO-2026-03-19.1/status', vws.cookie, { _csrf: vws.csrf, status: 'Afgerond', status_datum: NU, toelichting: 'Vastgesteld in het BO' });
    expect(goed.statusCode).toBe(303);
    const na = await html(`/azwa/bo?peildatum=${NU}`, vws.cookie);
    expect(na.body).toMatch(/data-toezegging="BO-2026-03-19.1" data-stand="op-tijd"/);
  });
  it('de werkafspraak monitoring transitiedoelen ("vóór eind 2025") is op 2 januari 2026 verstreken', async () => {
    const { body } = await html('/azwa/bo?peildatum=2026-01-02', vws.cookie);
    expect(body).toMatch(/data-toezegging="T-WERKAFSPRAAK-TD" data-stand="verlopen"/);
    expect(body).toMatch(/data-toezegging="T-MTR-BESLUIT" data-stand="op-tijd"/);
  });
  it('het register vraagt een login; een lezer ziet het maar kan niets vastleggen', async () => {
    expect((await html('/azwa/bo')).status).toBe(303);
    const lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer')).id);
    const r = await html('/azwa/bo', lezer.cookie);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain('Besluit vastleggen');
    expect((await post(app, '/azwa/bo', lezer.cookie, { _csrf: lezer.csrf, datum: '2026-05-01', titel: 'x' })).statusCode).toBe(403);
  });
});

describe('rapportdeel 1 en de afgevoerde IZA-acties', () => {
  it('IZA-acties die bij de vorige vastgestelde ronde al afgerond waren, vallen af en worden geteld', async () => {
    await db.query(
      `INSERT INTO acties_log (code, akkoord, onderdeel, titel, status, status_sleutel, status_datum, door) VALUES
         ('A.901', 'IZA', 'A', 'Proef afgerond', 'Afgerond', 'Afgerond', '2025-01-10', 'test'),
         ('A.902', 'IZA', 'A', 'Proef loopt', 'Loopt op schema', 'Loopt op schema', '2025-01-10', 'test'),
         ('A.903', 'IZA', 'A', 'Proef later afgerond', 'Loopt op schema', 'Loopt op schema', '2025-01-10', 'test'),
         ('A.903', 'IZA', 'A', NULL, 'Afgerond', 'Afgerond', '2026-02-01', 'test')`,
    );
    await db.query(`INSERT INTO rapportagerondes (peildatum, titel, status, aangemaakt_door) VALUES ('2025-12-01', 'Q4 2025', 'vastgesteld', 'test')`);
    const d = await azwaDeel1(db, '2026-03-01');
    expect(d.vorige_peildatum).toBe('2025-12-01');
    expect(d.iza_afgevoerd).toBe(1);
    expect(d.iza.totaal).toBe(2);
    expect(d.iza.afgerond_sinds_vorige).toBe(1);
    expect(d.blokken.reduce((s, b) => s + b.totaal, 0)).toBe(d.azwa_totaal);
    expect(d.azwa_totaal).toBe(263);
  });
});

describe('beweging, doelgroepen en MTR', () => {
  it('de monitorpagina noemt de vier thema\'s met instituut en zegt dat er nog geen cijfers zijn', async () => {
    const { status, body } = await html('/azwa/monitoren');
    expect(status).toBe(200);
    for (const t of ['Passende zorg als norm', 'Meer regionale samenwerking', 'Meer hybride zorg', 'Sterkere eerste lijn', 'Ouderen met een kwetsbare gezondheid']) expect(body).toContain(t);
    expect(body).toContain('NIVEL');
    expect(body).toContain('https://www.regiobeeld.nl/monitor-doelgroepen-iza');
    expect(body.match(/Nog geen cijfers van deze monitor in het platform/g)).toHaveLength(9);
    expect(body).toContain('medio 2024 (1 mei 2024 – 31 augustus 2024)');
  });
  it('het MTR-dossier toont de clusters en de AZWA-kaders, en is te downloaden als XLSX', async () => {
    const { body } = await html('/azwa/mtr?peildatum=2026-06-30', vws.cookie);
    expect(body).toContain('Inbedding en opschaling van passende zorg-initiatieven');
    expect(body).toContain('€ 31.898 mln');
    const x = await app.inject({ url: '/azwa/mtr.xlsx?peildatum=2026-06-30', headers: { cookie: vws.cookie } });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Afspraken', 'Clusters', 'Kaders', 'Doorbraakmiddelen', 'Opties']);
    expect(wb.getWorksheet('Afspraken')!.rowCount).toBe(1 + 32);
    // fte impact per cluster: AI (A4, B2) = KPMG A4 + F6, gemiddeld 3.954 + 2.618
    const ai = wb.getWorksheet('Clusters')!.getRows(2, 6)!.find((r) => r.getCell(1).value === 'TD1-AI')!;
    expect([ai.getCell(8).value, ai.getCell(9).value, ai.getCell(10).value, ai.getCell(12).value]).toEqual([969, 6572, 18582, 'nee']);
  });
  it('het MTR-dossier toont de fte-impact per afspraak, gemarkeerd als niet geverifieerd', async () => {
    const { body } = await html('/azwa/mtr?peildatum=2026-06-30', vws.cookie);
    // TD1-ADM: KPMG A1-A3 and A5 → AZWA A1-A3 and B1: 653 / 1.590 / 3.315 fte, the published subtotal
    expect(body).toContain('1.590 fte (653–3.315), niet geverifieerd');
    expect(body).toContain('geen analyse');
    expect(body).toContain('Doorbraakmiddelen uit de remgelden 2027: plafond € 400 mln, nog niets toegekend in het platform');
  });
});
