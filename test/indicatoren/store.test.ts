import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { importeerCbs } from '../../src/indicatoren/import.js';
import { alleDefinities, revisies, waarnemingen } from '../../src/indicatoren/store.js';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';

const CBS = path.join(FIXTURES, 'cbs');
const IND = path.join(FIXTURES, 'indicatoren');
const DOOR = 'test';

/** The stored observation rows, as comparable plain values. */
async function opgeslagen(db: Db, indicator: string) {
  return db.query<Record<string, unknown>>(
    `SELECT indicator, periode, gebied, dimensie, waarde::text AS waarde, to_char(bron_datum, 'YYYY-MM-DD') AS bron_datum
       FROM indicatoren WHERE indicator = $1 ORDER BY periode, gebied, dimensie, bron_datum`,
    [indicator],
  );
}

function tijdelijkBestand(naam: string, inhoud: string): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'ind-test-'));
  const p = path.join(map, naam);
  fs.writeFileSync(p, inhoud);
  return p;
}

describe('CBS v3, CBS v4 en contract-CSV landen als dezelfde waarnemingen in de store', () => {
  const dbs: Db[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('de opgeslagen rijen na een v3-import, een v4-import (twee pagina’s) en een CSV-import zijn gelijk', async () => {
    const [a, b, c] = [await nieuweTestDb({ seed: 'none' }), await nieuweTestDb({ seed: 'none' }), await nieuweTestDb({ seed: 'none' })];
    dbs.push(a, b, c);
    const r3 = await importeerCbs(a, path.join(CBS, 'vacaturegraad-v3-typeddataset.json'), path.join(IND, 'koppeling-vacaturegraad-v3.json'), { door: DOOR });
    const r4 = await importeerCbs(
      b,
      [path.join(CBS, 'vacaturegraad-v4-observations-pagina1.json'), path.join(CBS, 'vacaturegraad-v4-observations-pagina2.json')],
      path.join(IND, 'koppeling-vacaturegraad-v4.json'),
      { door: DOOR },
    );
    // the contract file must carry its type's name (contract §1)
    await importeer(c, tijdelijkBestand('indicatoren.csv', fs.readFileSync(path.join(CBS, 'vacaturegraad.csv'), 'utf8')), { door: DOOR });
    expect(r3.rijen).toBe(9);
    expect(r4.rijen).toBe(9);
    // the missing PV27 2025Q1 value is skipped with a warning, not imported as 0
    expect(r3.cbsWaarschuwingen.join(' ')).toMatch(/geen waarde/);
    const [va, vb, vc] = [await opgeslagen(a, 'azw_vacaturegraad'), await opgeslagen(b, 'azw_vacaturegraad'), await opgeslagen(c, 'azw_vacaturegraad')];
    expect(vc).toHaveLength(9);
    expect(va).toEqual(vc);
    expect(vb).toEqual(vc);
    expect(vc[0]).toEqual({ indicator: 'azw_vacaturegraad', periode: '2024Q1', gebied: 'NL', dimensie: '', waarde: '52', bron_datum: '2025-05-16' });
  });

  it('een CBS-import wordt vastgelegd in imports en het auditlog (met de naam en sha256 van het CBS-antwoord)', async () => {
    const db = dbs[0];
    const audit = await db.query<{ actie: string; na: { bron?: string; sha256?: string; rijen?: number } }>(
      `SELECT actie, na FROM audit_log WHERE object_soort = 'indicatoren' ORDER BY id`,
    );
    expect(audit.map((x) => x.actie)).toEqual(['import', 'cbs-import']);
    expect(audit[1].na.bron).toBe('vacaturegraad-v3-typeddataset.json');
    expect(audit[1].na.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [imp] = await db.query<{ rijen: number; nieuw: number }>(`SELECT rijen, nieuw FROM imports WHERE bestandstype = 'indicatoren'`);
    expect(imp).toEqual({ rijen: 9, nieuw: 9 });
  });

  it('dezelfde CBS-import opnieuw verandert niets (idempotent)', async () => {
    const db = dbs[0];
    const r = await importeerCbs(db, path.join(CBS, 'vacaturegraad-v3-typeddataset.json'), path.join(IND, 'koppeling-vacaturegraad-v3.json'), { door: DOOR });
    expect(r.bestanden[0]).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 9 });
  });

  it('alleen pagina 1 van een v4-antwoord met nextLink wordt geweigerd als onvolledig', async () => {
    const db = dbs[1];
    await expect(
      importeerCbs(db, path.join(CBS, 'vacaturegraad-v4-observations-pagina1.json'), path.join(IND, 'koppeling-vacaturegraad-v4.json'), { door: DOOR }),
    ).rejects.toThrow(ImportFout);
  });
});

describe('foute codes en perioden', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  it('een CSV met een onbekende periode en een ongeldige gemeentecode wordt geweigerd met regel, kolom en waarde; er verandert niets', async () => {
    const csv = tijdelijkBestand(
      'indicatoren.csv',
      'indicator;periode;gebied;dimensie;waarde;bron_datum\nazw_vacaturegraad;2024Q1;NL;;52;2025-05-16\nazw_vacaturegraad;2024KW05;NL;;50;2025-05-16\nha_wachtlijst;2025-03;GM363a;;12;2025-03-31\n',
    );
    const fout = await importeer(db, csv, { door: DOOR }).catch((e) => e);
    expect(fout).toBeInstanceOf(ImportFout);
    const p = (fout as ImportFout).problemen;
    expect(p).toEqual([
      expect.objectContaining({ bestand: 'indicatoren.csv', regel: 3, kolom: 'periode', waarde: '2024KW05' }),
      expect.objectContaining({ bestand: 'indicatoren.csv', regel: 4, kolom: 'gebied', waarde: 'GM363a' }),
    ]);
    expect(await opgeslagen(db, 'azw_vacaturegraad')).toEqual([]);
  });

  it('CBS-codes in een contract-CSV worden genormaliseerd (2024KW01 → 2024Q1, nl01 → NL, gm0363 → GM0363)', async () => {
    const csv = tijdelijkBestand('indicatoren.csv', 'indicator;periode;gebied;dimensie;waarde;bron_datum\nazw_vacaturegraad;2024KW01;nl01;;52;2025-05-16\nha_wachtlijst;2025MM03;gm0363;;12;2025-03-31\n');
    await importeer(db, csv, { door: DOOR });
    expect(await opgeslagen(db, 'azw_vacaturegraad')).toEqual([
      { indicator: 'azw_vacaturegraad', periode: '2024Q1', gebied: 'NL', dimensie: '', waarde: '52', bron_datum: '2025-05-16' },
    ]);
    expect((await opgeslagen(db, 'ha_wachtlijst'))[0]).toMatchObject({ periode: '2025-03', gebied: 'GM0363' });
  });

  it('twee schrijfwijzen van dezelfde sleutel in één bestand (2024Q2 en 2024KW02) zijn een dubbele rij', async () => {
    const csv = tijdelijkBestand('indicatoren.csv', 'indicator;periode;gebied;dimensie;waarde;bron_datum\nazw_vacaturegraad;2024Q2;NL;;52;2025-05-16\nazw_vacaturegraad;2024KW02;NL;;53;2025-05-16\n');
    const fout = (await importeer(db, csv, { door: DOOR }).catch((e) => e)) as ImportFout;
    expect(fout.problemen[0]).toMatchObject({ regel: 3, reden: expect.stringMatching(/dubbele rij/) });
  });

  it('een CBS-antwoord met een onbekende periode wordt geweigerd met het rijnummer en de ID; er verandert niets', async () => {
    const json = JSON.parse(fs.readFileSync(path.join(CBS, 'vacaturegraad-v3-typeddataset.json'), 'utf8'));
    json.value[4].Perioden = '2024XX02';
    const respons = tijdelijkBestand('respons.json', JSON.stringify(json));
    const voor = await opgeslagen(db, 'azw_vacaturegraad');
    const fout = (await importeerCbs(db, respons, path.join(IND, 'koppeling-vacaturegraad-v3.json'), { door: DOOR }).catch((e) => e)) as ImportFout;
    expect(fout).toBeInstanceOf(ImportFout);
    expect(fout.problemen).toEqual([expect.objectContaining({ bestand: 'respons.json', regel: 5, reden: expect.stringContaining('Onbekende periode "2024XX02"') })]);
    expect(fout.problemen[0].reden).toContain('ID 4');
    expect(await opgeslagen(db, 'azw_vacaturegraad')).toEqual(voor);
  });

  it('een kapotte koppeling wordt geweigerd met de naam van het koppelingsbestand', async () => {
    const k = tijdelijkBestand('koppeling.json', JSON.stringify({ indicator: 'azw_vacaturegraad', formaat: 'v5', periodeKolom: 'Perioden' }));
    const fout = (await importeerCbs(db, path.join(CBS, 'vacaturegraad-v3-typeddataset.json'), k, { door: DOOR }).catch((e) => e)) as ImportFout;
    expect(fout.problemen[0]).toMatchObject({ bestand: 'koppeling.json', reden: expect.stringContaining('formaat') });
  });
});

describe('revisies: de nieuwste levering wint, oudere blijven zichtbaar', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'seed' });
    await importeer(db, path.join(IND, 'indicatoren.csv'), { door: DOOR });
  });
  afterAll(async () => db.close());

  it('vacaturegraad 2024Q4 is twee keer geleverd: de waarde van 16 mei 2025 geldt, die van 14 februari is een revisie', async () => {
    const rijen = await waarnemingen(db, 'azw_vacaturegraad');
    expect(rijen).toHaveLength(13);
    const q4 = rijen.find((r) => r.periode === '2024Q4')!;
    expect(q4.bron_datum).toBe('2025-05-16');
    const rev = await revisies(db, 'azw_vacaturegraad');
    expect(rev).toEqual([expect.objectContaining({ periode: '2024Q4', bron_datum: '2025-02-14', waarde: q4.waarde! + 2, huidige_waarde: q4.waarde, huidige_bron_datum: '2025-05-16' })]);
  });

  it('wat op 1 maart 2025 bekend was: de levering van 14 februari', async () => {
    const rijen = await waarnemingen(db, 'azw_vacaturegraad', { bekendOp: '2025-03-01' });
    expect(rijen.map((r) => r.periode)).toEqual(['2024Q4']);
    expect(rijen[0].bron_datum).toBe('2025-02-14');
  });

  it('waarnemingen staan in tijdsvolgorde (maand vóór kwartaal, 2024-12 vóór 2025-01)', async () => {
    const rijen = await waarnemingen(db, 'wlz_wachtenden', { dimensie: 'GHZ' });
    expect(rijen.map((r) => r.periode)).toEqual(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
  });

  it('de seedwaarde ha_wachtlijst_mutatie (150) blijft en de definities tellen hun waarnemingen', async () => {
    const defs = new Map((await alleDefinities(db)).map((d) => [d.code, d]));
    expect(defs.size).toBe(19);
    expect(defs.get('ha_wachtlijst_mutatie')!.aantal).toBe(1);
    expect(defs.get('ggz_totale_wachttijd')!.aantal).toBe(16 * 12);
    expect(defs.get('ggz_totale_wachttijd')!.norm).toBe(14);
    expect(defs.get('azw_werktevredenheid')!.aantal).toBe(0);
  });
});
