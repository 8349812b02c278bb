// Import and export of the AZWA monitoring file types (docs/contract/*.md): the seed from 002 loads,
// bad references are refused naming file, line, column and both codes, and export → import is a fixed point.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { ImportFout } from '../../src/kern/probleem.js';

let db: Db;
let map: string;
beforeAll(async () => {
  db = await nieuweTestDb();
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'azwa-import-'));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(map, { recursive: true, force: true });
});

function schrijf(naam: string, inhoud: string): string {
  const p = path.join(map, naam);
  fs.writeFileSync(p, inhoud);
  return p;
}

async function problemenVan(pad: string) {
  try {
    await importeer(db, pad, { door: 'test' });
  } catch (e) {
    if (e instanceof ImportFout) return e.problemen;
    throw e;
  }
  throw new Error('import werd niet geweigerd');
}

describe('seed', () => {
  it('laadt 19 doelen, 9 monitoren, 1 BO en 19 toezeggingen uit 002', async () => {
    const tel = async (t: string) => (await db.query<{ n: number }>(`SELECT count(DISTINCT ${t === 'toezeggingen_log' ? 'id' : t === 'bo_overleggen' ? 'id' : 'code'})::int AS n FROM ${t}`))[0].n;
    expect(await tel('doelen')).toBe(19);
    expect(await tel('monitoren')).toBe(9);
    expect(await tel('bo_overleggen')).toBe(1);
    expect(await tel('toezeggingen_log')).toBe(19);
  });
  it('het AZWA-aandeel van TD1 is minimaal 40.000 personen met bron 002 r. 1091-1093', async () => {
    const [d] = await db.query<Record<string, unknown>>(`SELECT * FROM doelen WHERE code = 'TD1-AZWA'`);
    expect(d).toMatchObject({ bovenliggend: 'TD1', eenheid: 'personen', streefwaarde_soort: 'minimaal', bron_regels: '1091-1093' });
    expect(Number(d.streefwaarde)).toBe(40000);
    const kinderen = await db.query<{ code: string; s: string }>(`SELECT code, streefwaarde::text AS s FROM doelen WHERE bovenliggend = 'TD1-AZWA' ORDER BY streefwaarde DESC`);
    expect(kinderen.map((k) => [k.code, Number(k.s)])).toEqual([
      ['TD1-PZ', 20000],
      ['TD1-AI', 8000],
      ['TD1-ADM', 5000],
      ['TD1-VK', 4000],
      ['TD1-OV', 3000],
    ]);
  });
});

describe('foute verwijzingen worden geweigerd, alles-of-niets', () => {
  it('een doel met een onbekende indicator en een onbekende afspraak noemt beide, met regel en kolom', async () => {
    const p = schrijf(
      'doelen.csv',
      'code;titel;eenheid;streefwaarde;streef_datum;indicatoren;afspraken\nX1;Proef;%;50;2028-12-31;bestaat_niet|azw_regeldruk;A4|F5\n',
    );
    const problemen = await problemenVan(p);
    expect(problemen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bestand: 'doelen.csv', regel: 2, kolom: 'indicatoren', waarde: 'bestaat_niet', reden: expect.stringContaining('onbekende indicator "bestaat_niet" in doel "X1"') }),
        expect.objectContaining({ bestand: 'doelen.csv', regel: 2, kolom: 'afspraken', waarde: 'F5', reden: expect.stringContaining('onbekende AZWA-afspraak "F5" in doel "X1"') }),
      ]),
    );
    expect(problemen).toHaveLength(2);
    expect((await db.query(`SELECT 1 FROM doelen WHERE code = 'X1'`)).length).toBe(0);
  });
  it('een besluit zonder overleg, een onbekend overleg, een kring in de doelen en een streefdatum vóór de basis', async () => {
    fs.rmSync(path.join(map, 'doelen.csv'));
    const sub = fs.mkdtempSync(path.join(map, 'map-'));
    fs.writeFileSync(
      path.join(sub, 'doelen.csv'),
      'code;titel;bovenliggend;eenheid;basis_datum;streefwaarde;streef_datum\nK1;a;K2;%;;1;2028-12-31\nK2;b;K1;%;;1;2028-12-31\nK3;c;;%;2029-01-01;1;2028-12-31\n',
    );
    fs.writeFileSync(
      path.join(sub, 'toezeggingen.csv'),
      'id;soort;bo_id;titel;status_datum\nB1;besluit;;Zonder overleg;2026-01-10\nB2;besluit;BO-NIET;Onbekend overleg;2026-01-10\n',
    );
    const problemen = await problemenVan(sub);
    const redenen = problemen.map((p) => `${p.bestand}:${p.regel}:${p.kolom}: ${p.reden}`);
    expect(redenen).toEqual(
      expect.arrayContaining([
        'doelen.csv:2:bovenliggend: doel "K1" ligt in een kring van bovenliggende doelen',
        'doelen.csv:3:bovenliggend: doel "K2" ligt in een kring van bovenliggende doelen',
        'doelen.csv:4:streef_datum: streefdatum ligt vóór de basisdatum 2029-01-01 (doel "K3")',
        'toezeggingen.csv:2:bo_id: bo_id ontbreekt: besluit "B1" hoort bij een bestuurlijk overleg',
        'toezeggingen.csv:3:bo_id: bestuurlijk overleg "BO-NIET" van besluit "B2" bestaat niet (bo_overleggen)',
      ]),
    );
  });
});

describe('export → import', () => {
  it('de nieuwe bestandstypen komen terug zoals ze gingen en een herimport verandert niets', async () => {
    const uit = fs.mkdtempSync(path.join(map, 'export-'));
    await exporteer(db, uit);
    const doelen = fs.readFileSync(path.join(uit, 'doelen.csv'), 'utf8');
    expect(doelen.split('\n')[0]).toBe(
      'code;titel;transitiedoel;bovenliggend;eenheid;streefwaarde_soort;basis_waarde;basis_datum;streefwaarde;streef_datum;indicatoren;afspraken;bron_document;bron_regels;toelichting',
    );
    expect(doelen).toContain('TD1-AZWA;AZWA-aandeel in transitiedoel 1: potentiële arbeidsbesparing;TD1;TD1;personen;minimaal;0;2024-12-31;40000;2028-12-31;;;');
    const r = await importeer(db, uit, { door: 'test' });
    for (const b of r.bestanden.filter((x) => ['doelen', 'monitoren', 'bo_overleggen', 'toezeggingen'].includes(x.bestandstype))) {
      expect({ type: b.bestandstype, nieuw: b.nieuw, gewijzigd: b.gewijzigd }).toEqual({ type: b.bestandstype, nieuw: 0, gewijzigd: 0 });
    }
  });
});
