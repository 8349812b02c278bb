// The impact_maatregelen and impact_codekoppelingen file types through the real importer and exporter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';

const KOP =
  'versie;soort;code;titel;cluster;werknemers_laag;werknemers_gemiddeld;werknemers_hoog;fte_laag;fte_gemiddeld;fte_hoog;deeltijdfactor;betrouwbaarheid;randvoorwaarden;neveneffecten_positief;neveneffecten_negatief;aantal;azwa_codes;toelichting;bron';

function tmpMap(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'am-impact-'));
}

async function aantal(db: Db, tabel: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`))[0].n;
}

describe('bestandstype impact_maatregelen', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  it('is referentiedata: ook zonder seed staan het model en de codekoppelingen erin', async () => {
    expect(await aantal(db, 'impact_maatregelen')).toBe(28);
    expect(await aantal(db, 'impact_codekoppelingen')).toBe(16);
    const e4 = await db.query<{ code_naar: string; geverifieerd: boolean }>(
      `SELECT code_naar, geverifieerd FROM impact_codekoppelingen WHERE versie_van = 'concept-0.6' AND code_van = 'E4'`,
    );
    expect(e4).toEqual([{ code_naar: 'D7', geverifieerd: false }]);
    const a4 = await db.query<Record<string, unknown>>(`SELECT werknemers_gemiddeld, fte_gemiddeld FROM impact_maatregelen WHERE code = 'A4'`);
    expect(a4).toEqual([{ werknemers_gemiddeld: 3954, fte_gemiddeld: 3954 }]);
  });

  it('een fout bestand geeft per probleem bestand, regel, kolom en waarde, en verandert niets', async () => {
    const map = tmpMap();
    const bestand = path.join(map, 'impact_maatregelen.csv');
    fs.writeFileSync(
      bestand,
      [
        KOP,
        'concept-0.7;deeltijdfactor;ggz;Ggz;;;;;;;;1,5;;;;;;;;test',
        'concept-0.7;maatregel;X1;Nieuwe maatregel;bestaat-niet;1;2;3;1;2;;;;;;;;;;test',
        'concept-0.7;maatregel;X2;Nog een;bestaat-niet;1;2;3;1;2;3;;;;;;;;;test',
        'concept-0.7;cluster;c;Cluster;;;;;;;;;heel hoog;;;;;;;test',
      ].join('\n'),
    );
    const voor = await aantal(db, 'impact_maatregelen');
    const fout = await importeer(db, bestand, { door: 'test' }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ImportFout);
    const p = (fout as ImportFout).problemen.map((x) => [x.regel, x.kolom, x.waarde, x.reden]);
    expect(p).toEqual([
      [2, 'deeltijdfactor', '1,5', 'deeltijdfactor moet groter dan 0 en hoogstens 1 zijn'],
      [3, 'fte_hoog', '', 'verplicht bij soort "maatregel"'],
      [5, 'betrouwbaarheid', 'heel hoog', 'onbekende waarde; toegestaan: laag, gemiddeld, hoog'],
      // the reference check runs in the same run as the cell checks (issue 14.5)
      [4, 'cluster', 'bestaat-niet', 'onbekend cluster "bestaat-niet"; leg het cluster vast als rij met soort "cluster" en dezelfde versie'],
    ]);
    expect(await aantal(db, 'impact_maatregelen')).toBe(voor);
  });

  it('een maatregel verwijst naar een cluster van dezelfde versie', async () => {
    const map = tmpMap();
    const bestand = path.join(map, 'impact_maatregelen.csv');
    fs.writeFileSync(bestand, [KOP, 'concept-0.7;maatregel;X2;Nog een;overige;1;2;3;1;2;3;;;;;;;;;test'].join('\n'));
    const fout = (await importeer(db, bestand, { door: 'test' }).catch((e: unknown) => e)) as ImportFout;
    expect(fout.problemen).toEqual([
      {
        bestand: 'impact_maatregelen.csv',
        regel: 2,
        kolom: 'cluster',
        waarde: 'overige',
        reden: 'onbekend cluster "overige"; leg het cluster vast als rij met soort "cluster" en dezelfde versie',
      },
    ]);
  });

  it('export en opnieuw importeren verandert niets (round trip)', async () => {
    const map = tmpMap();
    await exporteer(db, map);
    const tekst = fs.readFileSync(path.join(map, 'impact_maatregelen.csv'), 'utf8');
    expect(tekst).toContain('concept-0.6;deeltijdfactor;vvt;VVT (sectorgemiddelde);;;;;;;;0,59;');
    const r = await importeer(db, map, { door: 'test' });
    for (const naam of ['impact_maatregelen', 'impact_codekoppelingen']) {
      const b = r.bestanden.find((x) => x.bestandstype === naam)!;
      expect([b.nieuw, b.gewijzigd, b.ongewijzigd], naam).toEqual([0, 0, b.rijen]);
    }
  });
});
