// XLSX export (issue 13): every file type, the new ones of 2025 included, goes into one workbook (a
// sheet per type) that imports back into an empty database with exactly the same contents.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nieuweTestDb } from '../helpers/db.js';
import type { Db } from '../../src/platform/db.js';
import { exporteerTypeCsv, exporteerXlsx } from '../../src/kern/contract/exporteren.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { BESTANDSTYPEN } from '../../src/kern/contract/bestandstypen.js';
import { werkbladen } from '../../src/kern/contract/lezen.js';

const NIEUW = ['rondeteksten', 'gepubliceerde_reeksen', 'bronnen', 'doelen', 'monitoren', 'bo_overleggen', 'toezeggingen', 'regio_indelingen', 'kaderopbouw', 'begrotingsafspraken'];
const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-xlsx-'));
const bestand = path.join(map, 'alles.xlsx');
let bron: Db;
let doel: Db;

beforeAll(async () => {
  bron = await nieuweTestDb();
  doel = await nieuweTestDb({ seed: 'none' });
});
afterAll(async () => {
  await bron?.close();
  await doel?.close();
  fs.rmSync(map, { recursive: true, force: true });
});

describe('XLSX-export: één werkmap, een blad per bestandstype', () => {
  it('heeft een blad per bestandstype, en de nieuwe bestandstypen hebben rijen uit de seed', async () => {
    const r = await exporteerXlsx(bron, bestand);
    expect(await werkbladen(bestand)).toEqual(BESTANDSTYPEN.map((t) => t.naam));
    const rijen = Object.fromEntries(r.bestanden.map((b) => [b.bestand.split('#')[1], b.rijen]));
    for (const t of NIEUW) expect(rijen[t], t).toBeGreaterThan(0);
  });

  it('terug geïmporteerd in een lege database is elk bestandstype gelijk aan het origineel', async () => {
    const r = await importeer(doel, bestand, { door: 'test' });
    expect(r.bestanden.length).toBe(BESTANDSTYPEN.length);
    for (const t of BESTANDSTYPEN) {
      expect(await exporteerTypeCsv(doel, t), t.naam).toBe(await exporteerTypeCsv(bron, t));
    }
  }, 120_000);

  it('met peildatum 25 februari 2025 alleen wat toen bekend was: de teksten van die ronde, niet die van mei', async () => {
    const oud = path.join(map, 'februari.xlsx');
    const r = await exporteerXlsx(bron, oud, { peildatum: '2025-02-25', typen: ['acties', 'rondeteksten'] });
    expect(await werkbladen(oud)).toEqual(['acties', 'rondeteksten']);
    const rijen = Object.fromEntries(r.bestanden.map((b) => [b.bestand.split('#')[1], b.rijen]));
    expect(rijen.acties).toBe(0); // AZWA actions are registered on 2025-07-03
    const [{ n }] = await bron.query<{ n: number }>(`SELECT count(*)::int AS n FROM rondeteksten WHERE peildatum = '2025-02-25'`);
    expect(n).toBeGreaterThan(0);
    expect(rijen.rondeteksten).toBe(n);
  });
});
