import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { berekenKerncijfers, kerncijfers } from '../../src/kern/kerncijfers.js';
import { FIXTURES, nieuweTestDb, SEED_MAP } from '../helpers/db.js';

const gepubliceerd = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8'));
const JUNI = path.join(FIXTURES, 'juni2025');

function tmpMap(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'am-test-'));
}

async function tellingen(db: Db): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  for (const t of ['acties_log', 'snelle_toetsen_log', 'transformatieplannen_log', 'kpis_log', 'financiele_kaders', 'indicatoren', 'kerncijfers_snapshots', 'imports']) {
    uit[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  }
  return uit;
}

describe('import van de seed en van contractbestanden', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  it('de seedmap op een lege database geeft de gepubliceerde kerncijfers van 20 mei 2025 terug', async () => {
    const r = await importeer(db, SEED_MAP, { door: 'test' });
    expect(r.bestanden.find((b) => b.bestandstype === 'acties')?.nieuw).toBe(263);
    const k = (await kerncijfers(db, '2025-05-20', undefined)) as any;
    expect(k.bron).toBe('vastgesteld');
    expect(k.snelle_toetsen.totaal).toBe(gepubliceerd.snelle_toetsen.totaal);
    expect(k.snelle_toetsen.per_status.Goedgekeurd).toBe(270);
    expect(k.transformatiemiddelen.beschikbaar_gesteld).toBe(740409907);
    expect(k.opmerkingen.length).toBeGreaterThan(0); // data-quality notes stay visible
  });

  it('elke import is vastgelegd met sha256, aantallen en een auditregel', async () => {
    const imports = await db.query<{ bestand: string; sha256: string; rijen: number }>(`SELECT bestand, sha256, rijen FROM imports WHERE bestand = 'acties.csv'`);
    expect(imports[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(imports[0].rijen).toBe(263);
    const audit = await db.query(`SELECT 1 FROM audit_log WHERE actie = 'import' AND object_soort = 'acties'`);
    expect(audit.length).toBeGreaterThan(0);
  });

  it('opnieuw importeren van dezelfde map verandert niets (idempotent)', async () => {
    const voor = await tellingen(db);
    const r = await importeer(db, SEED_MAP, { door: 'test' });
    expect(r.bestanden.every((b) => b.nieuw === 0 && b.gewijzigd === 0)).toBe(true);
    const na = await tellingen(db);
    expect({ ...na, imports: 0 }).toEqual({ ...voor, imports: 0 });
  });

  it('de testfixture van juni 2025 reproduceert via de rekenregels de gepubliceerde aantallen en bedragen', async () => {
    await importeer(db, JUNI, { door: 'test' });
    const k = await berekenKerncijfers(db, '2025-05-20');
    expect(k.snelle_toetsen).toEqual(gepubliceerd.snelle_toetsen);
    expect(k.transformatieplannen).toEqual(gepubliceerd.transformatieplannen);
    expect(k.transformatiemiddelen).toEqual(gepubliceerd.transformatiemiddelen);
  });

  it('een kapot bestand geeft een Nederlands rapport van elk probleem en wijzigt niets', async () => {
    const map = tmpMap();
    fs.writeFileSync(
      path.join(map, 'snelle_toetsen.csv'),
      [
        'id;titel;ingediend_op;status;status_datum;sectoren',
        'X1;Goede toets;2025-01-10;Ingediend;2025-01-10;MSZ',
        'X2;Slechte datum;2025-13-01;Ingediend;2025-01-10;MSZ',
        'X3;Slechte status;2025-01-10;Bijna klaar;2025-01-10;MSZ',
        'X4;Onbekende sector;2025-01-10;Ingediend;2025-01-10;Tandarts',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(map, 'kpis.csv'), 'plan_id;kpi_id;status_datum;bedrag_eur\nBESTAAT-NIET;K1;2025-01-10;12,50\n');
    const voor = await tellingen(db);
    const fout = await importeer(db, map, { door: 'test' }).catch((e) => e);
    expect(fout).toBeInstanceOf(ImportFout);
    const p = (fout as ImportFout).problemen;
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'snelle_toetsen.csv', regel: 3, kolom: 'ingediend_op', waarde: '2025-13-01' }));
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'snelle_toetsen.csv', regel: 4, kolom: 'status', waarde: 'Bijna klaar' }));
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'snelle_toetsen.csv', regel: 5, kolom: 'sectoren' }));
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'kpis.csv', regel: 2, kolom: 'bedrag_eur', reden: expect.stringContaining('hele euro') }));
    expect(await tellingen(db)).toEqual(voor);
  });

  it('het rapport noemt de problemen van alle bestanden samen: een kapotte kerncijfers-JSON én een kapotte CSV', async () => {
    const map = tmpMap();
    fs.writeFileSync(path.join(map, 'kerncijfers-2030-01-01.json'), JSON.stringify({ peildatum: '2030-01-01', snelle_toetsen: { totaal: -1 } }));
    fs.writeFileSync(path.join(map, 'acties.csv'), 'code;akkoord;onderdeel;titel;status_datum\nQ.1;IZA;Z;Titel;2030-01-01\n');
    const fout = (await importeer(db, map, { door: 'test' }).catch((e) => e)) as ImportFout;
    expect(fout).toBeInstanceOf(ImportFout);
    expect(fout.problemen.map((p) => p.bestand).sort()).toEqual(['acties.csv', 'kerncijfers-2030-01-01.json', 'kerncijfers-2030-01-01.json']);
    expect(fout.problemen).toContainEqual(expect.objectContaining({ bestand: 'acties.csv', regel: 2, kolom: 'onderdeel', waarde: 'Z' }));
  });

  it('een plan bij een snelle toets die op de indieningsdatum niet is goedgekeurd wordt geweigerd', async () => {
    const map = tmpMap();
    fs.writeFileSync(path.join(map, 'snelle_toetsen.csv'), 'id;titel;ingediend_op;status;status_datum\nY1;Toets;2025-01-10;Ingediend;2025-01-10\nY1;;;Goedgekeurd;2025-03-01\n');
    fs.writeFileSync(path.join(map, 'transformatieplannen.csv'), 'id;snelle_toets_id;titel;ingediend_op;status;status_datum\nP-Y1;Y1;Plan;2025-02-01;Ingediend;2025-02-01\n');
    const fout = (await importeer(db, map, { door: 'test' }).catch((e) => e)) as ImportFout;
    expect(fout).toBeInstanceOf(ImportFout);
    expect(fout.problemen[0]).toMatchObject({ bestand: 'transformatieplannen.csv', kolom: 'snelle_toets_id', waarde: 'Y1' });
    expect(fout.problemen[0].reden).toContain('niet Goedgekeurd');
  });

  it('een latere import met eerdere rijen van een bestaand item herberekent de toestand (event log, contract §1)', async () => {
    const a = tmpMap();
    fs.writeFileSync(path.join(a, 'snelle_toetsen.csv'), 'id;titel;ingediend_op;status;status_datum\nZ1;Titel uit maart;2024-01-05;Beoordeling gestart;2024-03-01\n');
    await importeer(db, a, { door: 'test' });
    const b = tmpMap();
    fs.writeFileSync(path.join(b, 'snelle_toetsen.csv'), 'id;titel;ingediend_op;status;status_datum\nZ1;Titel uit januari;2024-01-05;Ingediend;2024-01-05\nZ1;;;Goedgekeurd;2024-04-01\n');
    await importeer(db, b, { door: 'test' });
    const op = async (p: string) =>
      (await db.query<{ titel: string; status: string }>(`SELECT ${'t_titel'} AS titel, status FROM snelle_toetsen_log WHERE id = 'Z1' AND status_datum <= $1 AND (geldig_tot IS NULL OR geldig_tot > $1)`, [p]))[0];
    expect(await op('2024-02-01')).toEqual({ titel: 'Titel uit januari', status: 'Ingediend' });
    expect(await op('2024-03-15')).toEqual({ titel: 'Titel uit maart', status: 'Beoordeling gestart' });
    expect(await op('2024-05-01')).toEqual({ titel: 'Titel uit maart', status: 'Goedgekeurd' });
  });

  it('een afgebroken import halverwege het schrijven laat de gegevens zoals ze waren', async () => {
    const map = tmpMap();
    const regels = ['id;titel;ingediend_op;status;status_datum'];
    for (let i = 0; i < 12_000; i++) regels.push(`C${i};Toets ${i};2024-01-01;Ingediend;2024-01-01`);
    fs.writeFileSync(path.join(map, 'snelle_toetsen.csv'), regels.join('\n'));
    const voor = await tellingen(db);
    await expect(
      importeer(db, map, {
        door: 'test',
        onVoortgang: (fase) => {
          if (fase === 'schrijven') throw new Error('stroomstoring');
        },
      }),
    ).rejects.toThrow('stroomstoring');
    expect(await tellingen(db)).toEqual(voor);
  });

  it('import → export → import is een vast punt: de tweede export is gelijk aan de eerste', async () => {
    const eerste = tmpMap();
    await exporteer(db, eerste);
    const db2 = await nieuweTestDb({ seed: 'none' });
    try {
      await importeer(db2, eerste, { door: 'test' });
      const tweede = tmpMap();
      await exporteer(db2, tweede);
      const namen = fs.readdirSync(eerste).sort();
      expect(fs.readdirSync(tweede).sort()).toEqual(namen);
      for (const n of namen) expect(fs.readFileSync(path.join(tweede, n), 'utf8'), n).toBe(fs.readFileSync(path.join(eerste, n), 'utf8'));
      // and the figures agree
      expect(await berekenKerncijfers(db2, '2025-05-20')).toEqual(await berekenKerncijfers(db, '2025-05-20'));
    } finally {
      await db2.close();
    }
  });

  it('export met peildatum bevat alleen wat op die datum bekend was', async () => {
    const map = tmpMap();
    await exporteer(db, map, { peildatum: '2025-05-20' });
    const acties = fs.readFileSync(path.join(map, 'acties.csv'), 'utf8').trim().split('\n');
    expect(acties).toHaveLength(1); // AZWA actions are registered on 2025-07-03: only the header
    expect(fs.existsSync(path.join(map, 'kerncijfers-2025-05-20.json'))).toBe(true);
  });

  it('een XLSX-werkmap met een blad per bestandstype wordt net zo gelezen als CSV', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('financiele_kaders');
    ws.addRow(['jaar', 'sector', 'stand', 'kader_soort', 'uitgaven_mln', 'kader_mln', 'groei_dure_geneesmiddelen_pct']);
    ws.addRow([2025, 'MSZ', new Date(Date.UTC(2025, 9, 31)), 'IZA', 31000.5, 31100, 9]);
    const bestand = path.join(tmpMap(), 'kaders.xlsx');
    await wb.xlsx.writeFile(bestand);
    const r = await importeer(db, bestand, { door: 'test' });
    expect(r.bestanden[0]).toMatchObject({ bestandstype: 'financiele_kaders', rijen: 1, nieuw: 1 });
    const rij = await db.query<{ uitgaven_mln: string; stand: string }>(`SELECT uitgaven_mln, stand FROM financiele_kaders WHERE jaar = 2025`);
    expect(rij[0]).toEqual({ uitgaven_mln: '31000.5', stand: '2025-10-31' });
  });
});
