// The checks across rows after issue 19 (imports at CBS scale): the columns required per item are checked
// in one pass, the staging COPY runs while the next chunk is read; every problem still comes back at once,
// with file, line and column, and nothing is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { ImportFout, type Probleem } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';

const KOP_TOETS = 'id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar';
const KOP_INDICATOR = 'indicator;periode;gebied;dimensie;waarde;bron_datum';

async function problemenVan(db: Db, map: string): Promise<Probleem[]> {
  try {
    await importeer(db, map, { door: 'test' });
  } catch (e) {
    if (e instanceof ImportFout) return e.problemen;
    throw e;
  }
  throw new Error('de import had moeten mislukken');
}

const aantal = async (db: Db, tabel: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`))[0].n;

describe('controles over rijen en bestanden bij een import', () => {
  let db: Db;
  let map: string;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(map, { recursive: true, force: true });
  });

  it('een toets zonder titel en zonder ingediend_op en een onbekende indicator: elk probleem met bestand en regel, niets geschreven', async () => {
    map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-controles-'));
    fs.writeFileSync(
      path.join(map, 'snelle_toetsen.csv'),
      [KOP_TOETS, 'T1;Toets een;;;;2024-01-02;Ingediend;2024-01-02;', 'T2;;;;;;Ingediend;2024-02-01;', 'T2;;;;;;Beoordeling gestart;2024-03-01;'].join('\n'),
    );
    fs.writeFileSync(path.join(map, 'indicatoren.csv'), [KOP_INDICATOR, 'azw_ziekteverzuim;2024;NL;;5,1;2025-06-16', 'bestaat_niet;2024;NL;;1;2025-06-16'].join('\n'));
    const voor = { toetsen: await aantal(db, 'snelle_toetsen_log'), indicatoren: await aantal(db, 'indicatoren') };
    const p = await problemenVan(db, map);
    expect(p).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bestand: 'snelle_toetsen.csv', regel: 3, kolom: 'titel', waarde: 'T2', reden: 'titel ontbreekt: verplicht op minstens één rij van id "T2"' }),
        expect.objectContaining({ bestand: 'snelle_toetsen.csv', regel: 3, kolom: 'ingediend_op', waarde: 'T2' }),
        expect.objectContaining({ bestand: 'indicatoren.csv', regel: 3, kolom: 'indicator', waarde: 'bestaat_niet', reden: expect.stringContaining('onbekende indicator "bestaat_niet"') }),
      ]),
    );
    expect(p).toHaveLength(3);
    expect({ toetsen: await aantal(db, 'snelle_toetsen_log'), indicatoren: await aantal(db, 'indicatoren') }).toEqual(voor);
  });

  it('in een bestand van meer dan twee COPY-blokken komen een foute cel achteraan en een onbekende indicator allebei terug', async () => {
    fs.rmSync(map, { recursive: true, force: true });
    map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-controles-'));
    const gemeenten = (await db.query<{ code: string }>(`SELECT DISTINCT regio_code AS code FROM regio_indelingen WHERE indeling = 'gemeente' ORDER BY 1`)).map((r) => r.code);
    const regels = [KOP_INDICATOR];
    for (let i = 0; i < 25_000; i++) {
      const gm = gemeenten[i % gemeenten.length];
      const maand = Math.floor(i / gemeenten.length);
      const indicator = i === 12_345 ? 'bestaat_niet' : 'azw_ziekteverzuim';
      const waarde = i === 24_000 ? 'veel' : '4,2';
      regels.push(`${indicator};${2000 + Math.floor(maand / 12)}-${String(1 + (maand % 12)).padStart(2, '0')};${gm};;${waarde};2025-06-16`);
    }
    fs.writeFileSync(path.join(map, 'indicatoren.csv'), regels.join('\n'));
    const voor = await aantal(db, 'indicatoren');
    const p = await problemenVan(db, map);
    expect(p).toEqual([
      expect.objectContaining({ bestand: 'indicatoren.csv', regel: 24_002, kolom: 'waarde', waarde: 'veel' }),
      expect.objectContaining({ bestand: 'indicatoren.csv', regel: 12_347, kolom: 'indicator', waarde: 'bestaat_niet' }),
    ]);
    expect(await aantal(db, 'indicatoren')).toBe(voor);
  });
});
