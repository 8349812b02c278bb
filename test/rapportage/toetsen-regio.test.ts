// The toetsen-per-region chart of the report counts per IZA region under its name in the
// zorgkantoorregio list: "Zuid Limburg" and "Zuid-Limburg" are one region; regions no toets touched
// are left out (the section says so).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { bouwRapportGegevens } from '../../src/rapportage/gegevens.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';
import { izaRegioNamen, maakRegioboek } from '../../src/domein/regios.js';

let db: Db;
let map = '';
const kop = 'id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar';
const toets = (id: string, regios: string) => [
  `${id};Proef ${id};${regios};Huisartsenzorg;Acute zorg;2025-01-10;Ingediend;2025-01-10;Menzis`,
  `${id};;;;;2025-01-10;Beoordeling gestart;2025-01-20;`,
  `${id};;;;;2025-01-10;Goedgekeurd;2025-02-01;`,
];

beforeAll(async () => {
  db = await nieuweTestDb();
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-toetsen-regio-'));
  fs.writeFileSync(path.join(map, 'snelle_toetsen.csv'), [kop, ...toets('ST-9001', 'Zuid Limburg'), ...toets('ST-9002', 'Zuid-Limburg|Twente'), ...toets('ST-9003', 'ZK22')].join('\n') + '\n');
  await importeer(db, path.join(map, 'snelle_toetsen.csv'), { door: 'test' });
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(map, { recursive: true, force: true });
});

describe('snelle toetsen per IZA-regio in de rapportage', () => {
  it('telt elke IZA-regio één keer onder haar naam uit de lijst en laat ongeraakte regio’s weg', async () => {
    const g = await bouwRapportGegevens(db, '2025-03-31');
    const v = g.toetsen!.per_regio;
    expect([...v.categorieen].sort()).toEqual(['Twente', 'Zuid-Limburg']);
    const goed = v.statussen.indexOf('Goedgekeurd');
    expect(v.waarden[goed][v.categorieen.indexOf('Zuid-Limburg')]).toBe(2);
    expect(v.waarden[goed][v.categorieen.indexOf('Twente')]).toBe(2);
    expect(renderRapportHtml(g)).toContain('Regio’s die niet zijn weergegeven, zijn nog niet geraakt door goed- of afgekeurde snelle toetsen.');
  });

  it('izaRegioNamen: naam of code wordt de naam uit de lijst, een onbekende waarde blijft staan', () => {
    const boek = maakRegioboek([
      { indeling: 'zorgkantoorregio', regio_code: 'ZK22', regio_naam: 'Twente', gemeente_code: null, geldig_vanaf: '2025-01-01' },
    ]);
    expect(izaRegioNamen(boek, ['twente', 'ZK22', 'Atlantis'])).toEqual(['Twente', 'Atlantis']);
    expect(izaRegioNamen(boek, null)).toBeNull();
  });
});
