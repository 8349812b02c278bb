// Import and export of the AZWA financial file types (docs/contract/kaderopbouw.md,
// begrotingsafspraken.md, begrotingsrealisatie.md, enveloppen.md, enveloppe_gebruik.md): the seed
// loads, export → import is a fixed point, and bad rows are refused in Dutch, all or nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';

const TABELLEN = ['kaderopbouw', 'begrotingsafspraken', 'begrotingsrealisatie', 'enveloppen', 'enveloppe_gebruik'];

function tmpMap(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'am-azwa-'));
}

async function aantallen(db: Db): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  for (const t of TABELLEN) uit[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return uit;
}

async function fout(db: Db, map: string): Promise<ImportFout> {
  const f = await importeer(db, map, { door: 'test' }).catch((e) => e);
  expect(f).toBeInstanceOf(ImportFout);
  return f as ImportFout;
}

describe('AZWA-financiën: import en export', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb();
  });
  afterAll(async () => db.close());

  it('the seed loads Bijlage 1, Bijlage 2 and the envelopes', async () => {
    expect(await aantallen(db)).toEqual({ kaderopbouw: 139, begrotingsafspraken: 198, begrotingsrealisatie: 0, enveloppen: 18, enveloppe_gebruik: 0 });
    const [e5] = await db.query<{ b: string }>(`SELECT bedrag_mln::text AS b FROM begrotingsafspraken WHERE afspraak = 'E5' AND periode = '2029'`);
    expect(Number(e5.b)).toBe(0.65);
    const [msz] = await db.query<{ b: string }>(`SELECT bedrag_mln::text AS b FROM kaderopbouw WHERE sector = 'MSZ' AND jaar = 2026 AND volgorde = 1`);
    expect(Number(msz.b)).toBe(30460);
  });

  it('export → import into an empty database → export gives the same files (round trip)', async () => {
    const map1 = tmpMap();
    await importeer(db, writeCsv(tmpMap(), 'begrotingsrealisatie', ['afspraak;omschrijving;jaar;stand;realisatie_mln;toelichting', 'D6;Coördinatie gemeenten;2026;2027-04-01;24,5;jaarverslag']), { door: 'test' });
    await importeer(db, writeCsv(tmpMap(), 'enveloppe_gebruik', ['enveloppe;jaar;stand;bedrag_mln;toelichting', 'resv_mdz;2027;2028-04-01;71,25;']), { door: 'test' });
    await exporteer(db, map1);
    for (const t of TABELLEN) expect(fs.existsSync(path.join(map1, `${t}.csv`)), t).toBe(true);
    const leeg = await nieuweTestDb({ seed: 'none' });
    try {
      await importeer(leeg, map1, { door: 'test' });
      expect(await aantallen(leeg)).toEqual({ ...(await aantallen(db)) });
      const map2 = tmpMap();
      await exporteer(leeg, map2);
      for (const t of TABELLEN) {
        expect(fs.readFileSync(path.join(map2, `${t}.csv`), 'utf8'), t).toBe(fs.readFileSync(path.join(map1, `${t}.csv`), 'utf8'));
      }
      // and importing the same again changes nothing
      const r = await importeer(leeg, map2, { door: 'test' });
      for (const b of r.bestanden.filter((x) => TABELLEN.includes(x.bestandstype))) expect(b, b.bestand).toMatchObject({ nieuw: 0, gewijzigd: 0 });
    } finally {
      await leeg.close();
    }
    const tekst = fs.readFileSync(path.join(map1, 'begrotingsafspraken.csv'), 'utf8');
    expect(tekst).toContain(';E5;30;afspraak;We verbeteren toegang tot bestaande geneesmiddelen voor patiënten;2029;0,65;');
  });

  it('an export at a peildatum leaves out stands after it', async () => {
    const map = tmpMap();
    await exporteer(db, map, { peildatum: '2027-12-31' });
    const gebruik = fs.readFileSync(path.join(map, 'enveloppe_gebruik.csv'), 'utf8').trim().split('\n');
    expect(gebruik).toHaveLength(1); // header only: the use figure has stand 2028-04-01
  });

  it('refuses bad Bijlage 2 rows with file, line, column, value and a Dutch reason, and writes nothing', async () => {
    const voor = await aantallen(db);
    const map = writeCsv(tmpMap(), 'begrotingsafspraken', [
      'stand;afspraak;volgorde;niveau;omschrijving;periode;bedrag_mln',
      '2026-05-01;X9;1;afspraak;Bestaat niet;2027;1',
      '2026-05-01;;2;deelpost;Zonder afspraak;2027;1',
      '2026-05-01;B3;3;afspraak;Opleiden;2031-2032;1',
      '2026-05-01;B3;4;afspraak;Opleiden;2027;1,234',
      '2026-05-01;B3;5;totaal;Totaal;2027;1',
    ]);
    const p = (await fout(db, map)).problemen;
    expect(p).toContainEqual(expect.objectContaining({ regel: 3, kolom: 'afspraak', reden: 'een deelpost hoort bij een afspraak: vul de afspraakcode in' }));
    expect(p).toContainEqual(expect.objectContaining({ regel: 4, kolom: 'periode', waarde: '2031-2032' }));
    expect(p).toContainEqual(expect.objectContaining({ regel: 5, kolom: 'bedrag_mln', waarde: '1,234', reden: 'hoogstens twee decimalen (bedrag in miljoenen)' }));
    expect(p).toContainEqual(expect.objectContaining({ regel: 6, kolom: 'afspraak', waarde: 'B3' }));
    expect(await aantallen(db)).toEqual(voor);
    // references are checked once every row is readable
    const p2 = (await fout(db, writeCsv(tmpMap(), 'begrotingsafspraken', ['stand;afspraak;volgorde;niveau;omschrijving;periode;bedrag_mln', '2026-05-01;X9;1;afspraak;Bestaat niet;2027;1']))).problemen;
    expect(p2).toEqual([{ bestand: 'begrotingsafspraken.csv', regel: 2, kolom: 'afspraak', waarde: 'X9', reden: 'onbekende AZWA-afspraak "X9"; verwacht A1 … E6' }]);
    expect(await aantallen(db)).toEqual(voor);
  });

  it('refuses realisation of a line that Bijlage 2 does not have, and use of an unknown envelope', async () => {
    const map = tmpMap();
    writeCsv(map, 'begrotingsrealisatie', ['afspraak;omschrijving;jaar;stand;realisatie_mln', 'D5;Bestaat niet;2026;2027-01-01;1']);
    writeCsv(map, 'enveloppe_gebruik', ['enveloppe;jaar;stand;bedrag_mln', 'geen_idee;2027;2028-01-01;1']);
    const p = (await fout(db, map)).problemen;
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'begrotingsrealisatie.csv', regel: 2, kolom: 'omschrijving', waarde: 'Bestaat niet' }));
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'enveloppe_gebruik.csv', regel: 2, kolom: 'enveloppe', reden: 'onbekende enveloppe "geen_idee"; leg die eerst vast (enveloppen)' }));
  });

  it('refuses a build-up with a second kader line or a w.v. line without a post above it', async () => {
    const map = writeCsv(tmpMap(), 'kaderopbouw', [
      'stand;sector;jaar;volgorde;regelnummer;omschrijving;soort;bedrag_mln',
      '2026-04-01;MDZ;2027;1;;w.v. groei;waarvan;5',
      '2026-04-01;MDZ;2027;2;1;begroting;post;1000',
      '2026-04-01;MDZ;2027;3;2;kader;kader;1000',
      '2026-04-01;MDZ;2027;4;3;kader nogmaals;kader;1000',
    ]);
    const p = (await fout(db, map)).problemen;
    expect(p.map((x) => [x.regel, x.kolom, x.reden])).toEqual([
      [2, 'soort', 'een w.v.-regel zonder post erboven (kleiner volgordenummer) in dezelfde opbouw'],
      [4, 'soort', 'meer dan één regel met soort kader in de opbouw van MDZ 2027'],
      [5, 'soort', 'meer dan één regel met soort kader in de opbouw van MDZ 2027'],
    ]);
  });
});

function writeCsv(map: string, type: string, regels: string[]): string {
  fs.writeFileSync(path.join(map, `${type}.csv`), `${regels.join('\n')}\n`);
  return map;
}
