// Issue 20 (hostile files) and issue 14 item 5: every hostile import file ends in a Dutch problem
// report with file, line and column — never an exception, a 500 or a partial write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';
import { maakZip, werkmapDelen } from '../helpers/zip.js';

function map(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'am-vijandig-'));
}

const TABELLEN = ['acties_log', 'snelle_toetsen_log', 'transformatieplannen_log', 'kpis_log', 'financiele_kaders', 'impact_maatregelen', 'imports', 'audit_log'];

async function tellingen(db: Db): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  for (const t of TABELLEN) uit[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return uit;
}

/** Imports `pad`, expects a refusal with Dutch problems and no change to any table; returns the problems. */
async function geweigerd(db: Db, pad: string): Promise<ImportFout> {
  const voor = await tellingen(db);
  const fout = await importeer(db, pad, { door: 'test' }).catch((e: unknown) => e);
  expect(fout, String((fout as Error)?.message)).toBeInstanceOf(ImportFout);
  expect(await tellingen(db)).toEqual(voor);
  for (const p of (fout as ImportFout).problemen) expect(p.reden, p.reden).not.toMatch(/invalid|quote|signature|string length|encoding|unexpected/i);
  return fout as ImportFout;
}

const ACTIES_KOP = 'code;akkoord;onderdeel;titel;status_datum';

describe('vijandige CSV-bestanden', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  it('Latin-1 (geen UTF-8) wordt geweigerd met de regel, in plaats van als U+FFFD opgeslagen', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), Buffer.from(`${ACTIES_KOP}\nQ.1;IZA;A;Goed;2030-01-01\nQ.2;IZA;A;Caf\xe9 en cr\xe8che;2030-01-01\n`, 'latin1'));
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 3, reden: expect.stringContaining('UTF-8') }));
  });

  it('een kolomnaam die twee keer in de kopregel staat wordt geweigerd (niet: de laatste wint)', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), `${ACTIES_KOP};Titel\nQ.1;IZA;A;Eerste;2030-01-01;Tweede\n`);
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 1, kolom: 'titel', reden: expect.stringContaining('twee keer') }));
  });

  it('een cel van 10 MB wordt begrensd: een Nederlands probleem, geen geheugenexplosie', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), `${ACTIES_KOP}\nQ.1;IZA;A;${'x'.repeat(10 * 1024 * 1024)};2030-01-01\n`);
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 2, reden: expect.stringMatching(/te lang|te groot/) }));
  });

  it('negatieve bedragen (euro) en aantallen worden geweigerd; negatieve miljoenen in de kaders blijven mogelijk', async () => {
    const m = map();
    fs.writeFileSync(
      path.join(m, 'kpis.csv'),
      'plan_id;kpi_id;status_datum;bedrag_eur\nP-N;K1;2030-01-01;-5.000\n',
    );
    fs.writeFileSync(
      path.join(m, 'impact_maatregelen.csv'),
      'versie;soort;code;titel;cluster;werknemers_laag;werknemers_gemiddeld;werknemers_hoog;fte_laag;fte_gemiddeld;fte_hoog;bron\n' +
        '2030;cluster;C1;Cluster;;;;;;;;KPMG\n2030;maatregel;M1;Maatregel;C1;-10;20;30;5;10;15;KPMG\n',
    );
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'kpis.csv', regel: 2, kolom: 'bedrag_eur', reden: expect.stringContaining('negatief') }));
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'impact_maatregelen.csv', regel: 3, kolom: 'werknemers_laag', reden: expect.stringContaining('negatief') }));
  });

  it('een NUL-teken geeft een Nederlandse probleemregel met regel en kolom (geen databasefout)', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), `${ACTIES_KOP}\nQ.1;IZA;A;Ti\0tel;2030-01-01\n`);
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 2, kolom: 'titel', reden: expect.stringContaining('NUL') }));
  });

  it('een losse aanhalingsteken geeft een Nederlandse probleemregel (bestand, regel, kolom), niet "Invalid Opening Quote"', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), `${ACTIES_KOP}\nQ.1;IZA;A;Goed;2030-01-01\nQ.2;IZA;A;Ti"tel;2030-01-01\n`);
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 3, kolom: 'titel', reden: expect.stringContaining('aanhalingsteken') }));
  });

  it('de probleemlijst is begrensd: de eerste 100 en het totaal', async () => {
    const m = map();
    const regels = [ACTIES_KOP];
    for (let i = 0; i < 5000; i++) regels.push(`Q.${i};IZA;Z;Titel;2030-01-01`);
    fs.writeFileSync(path.join(m, 'acties.csv'), regels.join('\n'));
    const f = await geweigerd(db, m);
    expect(f.problemen).toHaveLength(100);
    expect(f.totaal).toBe(5000);
    expect(f.message).toContain('5000');
    expect(f.message).toContain('eerste 100');
  });

  it('issue 14.5: celfouten en verwijzingsfouten komen in één run (een plan bij een snelle toets die niet bestaat)', async () => {
    const m = map();
    fs.writeFileSync(path.join(m, 'acties.csv'), `${ACTIES_KOP}\nQ.1;IZA;Z;Titel;2030-01-01\n`);
    fs.writeFileSync(path.join(m, 'transformatieplannen.csv'), 'id;snelle_toets_id;titel;ingediend_op;status;status_datum\nP-X;BESTAAT-NIET;Plan;2030-02-01;Ingediend;2030-02-01\n');
    const f = await geweigerd(db, m);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 2, kolom: 'onderdeel' }));
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'transformatieplannen.csv', regel: 2, kolom: 'snelle_toets_id', reden: expect.stringContaining('bestaat niet') }));
  });
});

describe('vijandige XLSX-bestanden', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  const rij = (n: number, cellen: string[]) =>
    `<row r="${n}">${cellen.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
  const blad = (rijen: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rijen}</sheetData></worksheet>`;

  it('een zipbom (klein archief, honderden MB uitgepakt) wordt geweigerd vóór het lezen', async () => {
    const herhaal = rij(2, ['Q.1', 'IZA', 'A', 'x'.repeat(1000), '2030-01-01']);
    const zip = await maakZip(werkmapDelen('acties', { herhaal, keer: Math.ceil((300 * 1024 * 1024) / herhaal.length) }));
    expect(zip.length).toBeLessThan(3 * 1024 * 1024);
    const bestand = path.join(map(), 'acties.xlsx');
    fs.writeFileSync(bestand, zip);
    const f = await geweigerd(db, bestand);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.xlsx', reden: expect.stringContaining('uitgepakt') }));
  });

  it('een bestand dat geen zip is geeft een Nederlandse melding', async () => {
    const bestand = path.join(map(), 'acties.xlsx');
    fs.writeFileSync(bestand, 'dit is geen Excel-bestand');
    const f = await geweigerd(db, bestand);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.xlsx', reden: expect.stringContaining('geen geldig Excel-bestand') }));
  });

  it('een DTD of externe entiteit in de XML wordt geweigerd', async () => {
    const xml = blad(rij(1, ['code', 'akkoord', 'onderdeel', 'titel', 'status_datum']) + rij(2, ['Q.1', 'IZA', 'A', '&xxe;', '2030-01-01'])).replace(
      '<worksheet',
      '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet',
    );
    const bestand = path.join(map(), 'acties.xlsx');
    fs.writeFileSync(bestand, await maakZip(werkmapDelen('acties', xml)));
    const f = await geweigerd(db, bestand);
    expect(f.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.xlsx', reden: expect.stringContaining('DTD') }));
  });

  it('een formulecel wordt geweigerd met regel en kolom (de opgeslagen uitkomst kan verouderd zijn)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('financiele_kaders');
    ws.addRow(['jaar', 'sector', 'stand', 'kader_soort', 'uitgaven_mln', 'kader_mln']);
    ws.addRow([2031, 'MSZ', new Date(Date.UTC(2031, 0, 31)), 'IZA', { formula: 'F2*2', result: 62000 }, 31000]);
    const bestand = path.join(map(), 'kaders.xlsx');
    await wb.xlsx.writeFile(bestand);
    const f = await geweigerd(db, bestand);
    expect(f.problemen).toContainEqual(expect.objectContaining({ regel: 2, kolom: 'uitgaven_mln', reden: expect.stringContaining('formule') }));
  });
});

