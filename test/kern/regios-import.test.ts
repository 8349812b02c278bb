// Region classifications in the database and checked area values on import (issue 18).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { regioboekUitDb } from '../../src/kern/regios.js';
import { nieuweTestDb } from '../helpers/db.js';

let db: Db;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regios-import-'));
function bestand(naam: string, inhoud: string): string {
  const map = fs.mkdtempSync(path.join(tmp, 'm-'));
  const p = path.join(map, naam);
  fs.writeFileSync(p, inhoud);
  return p;
}
async function fout(p: string): Promise<ImportFout> {
  try {
    await importeer(db, p, { door: 'test' });
  } catch (e) {
    if (e instanceof ImportFout) return e;
    throw e;
  }
  throw new Error('import had moeten mislukken');
}

const KOP = 'indicator;periode;gebied;dimensie;waarde;bron_datum\n';

beforeAll(async () => {
  // AKKOORDMONITOR_SEED=none: only reference data
  db = await nieuweTestDb({ seed: 'none' });
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('regio-indelingen als referentiedata', () => {
  it('staan in elke database, ook zonder seed: 342 gemeenten × 5 indelingen, 342 gemeenten, 10 ROAZ-regio’s', async () => {
    const tel = await db.query<{ indeling: string; n: number }>(`SELECT indeling, count(*)::int AS n FROM regio_indelingen GROUP BY 1 ORDER BY 1`);
    expect(Object.fromEntries(tel.map((r) => [r.indeling, r.n]))).toEqual({
      arbeidsmarktregio: 342,
      gemeente: 342,
      ggdregio: 342,
      provincie: 342,
      roaz: 10,
      veiligheidsregio: 342,
      zorgkantoorregio: 342,
    });
    const boek = await regioboekUitDb(db);
    expect(boek.gebieden.get(boek.regioVan.get('GM0935')!.get('zorgkantoorregio')!)?.naam).toBe('Zuid-Limburg');
  });
});

describe('gebied in indicatoren wordt gecontroleerd', () => {
  it('GM9999 weigert de hele import; het rapport noemt bestand, regel, kolom, GM9999 en de dichtstbijzijnde codes', async () => {
    const p = bestand('indicatoren.csv', `${KOP}ha_wachtlijst;2025-03;GM0153;;490;2025-03-31\nha_wachtlijst;2025-03;GM9999;;7;2025-03-31\n`);
    const f = await fout(p);
    expect(f.problemen).toHaveLength(1);
    expect(f.problemen[0]).toMatchObject({ bestand: 'indicatoren.csv', regel: 3, kolom: 'gebied', waarde: 'GM9999' });
    expect(f.problemen[0].reden).toMatch(/^Onbekend gebied "GM9999"\. Bedoelde u: .*\(GM\d{4}\)/);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicatoren`);
    expect(n).toBe(0);
  });

  it('hetzelfde bestand zonder GM9999 wordt geïmporteerd', async () => {
    const r = await importeer(db, bestand('indicatoren.csv', `${KOP}ha_wachtlijst;2025-03;GM0153;;490;2025-03-31\n`), { door: 'test' });
    expect(r.bestanden[0].nieuw).toBe(1);
    expect(r.waarschuwingen).toEqual([]);
  });

  it('GM0457 (Weesp) wordt geïmporteerd met een waarschuwing die de omzetting noemt en komt op Amsterdam', async () => {
    const r = await importeer(db, bestand('indicatoren.csv', `${KOP}ha_wachtlijst;2024-12;GM0457;;15;2024-12-31\nha_wachtlijst;2025-03;gm0457;;16;2025-03-31\n`), {
      door: 'test',
    });
    expect(r.bestanden[0].nieuw).toBe(2);
    expect(r.waarschuwingen).toEqual([
      { bestand: 'indicatoren.csv', regel: 2, kolom: 'gebied', waarde: 'GM0457', reden: 'GM0457 (Weesp) is per 24 maart 2022 opgegaan in Amsterdam (GM0363); omgezet naar GM0363.' },
      { bestand: 'indicatoren.csv', regel: 3, kolom: 'gebied', waarde: 'gm0457', reden: 'GM0457 (Weesp) is per 24 maart 2022 opgegaan in Amsterdam (GM0363); omgezet naar GM0363.' },
    ]);
    const rijen = await db.query<{ gebied: string; waarde: string }>(`SELECT gebied, waarde::text FROM indicatoren WHERE indicator = 'ha_wachtlijst' AND waarde < 100 ORDER BY periode`);
    expect(rijen).toEqual([
      { gebied: 'GM0363', waarde: '15' },
      { gebied: 'GM0363', waarde: '16' },
    ]);
  });

  it('ROAZ-namen en aliassen worden herkend; "Limburg" naast Euregio is de ROAZ-regio; een dubbelzinnige naam alleen wordt geweigerd', async () => {
    const msz = ['Euregio', 'Limburg', 'Noord', 'Zwolle'].map((g, i) => `msz_wachttijd_behandeling;2025-04;${g};;${5 + i};2025-04-29`).join('\n');
    const r = await importeer(db, bestand('indicatoren.csv', `${KOP}${msz}\n`), { door: 'test' });
    expect(r.bestanden[0].nieuw).toBe(4);
    const f = await fout(bestand('indicatoren.csv', `${KOP}msz_wachttijd_diagnostiek;2025-04;Limburg;;2;2025-04-29\n`));
    expect(f.problemen[0]).toMatchObject({ regel: 2, kolom: 'gebied', waarde: 'Limburg' });
    expect(f.problemen[0].reden).toBe('"Limburg" is dubbelzinnig: provincie Limburg (PV31), ROAZ-regio Limburg (ROAZ10). Gebruik de code.');
  });

  it('een onbekende regionaam noemt de dichtstbijzijnde namen', async () => {
    const f = await fout(bestand('indicatoren.csv', `${KOP}msz_wachttijd_diagnostiek;2025-04;Euregioo;;2;2025-04-29\n`));
    expect(f.problemen[0].reden).toMatch(/^Onbekend gebied "Euregioo"\. Bedoelde u: Euregio \(ROAZ03\)/);
  });
});

describe('regios in snelle toetsen', () => {
  const TKOP = 'id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar\n';
  it('een onbekende IZA-regio wordt geweigerd; een gemeente is geen IZA-regio; een ZK-code wordt de naam', async () => {
    const f = await fout(bestand('snelle_toetsen.csv', `${TKOP}ST-X1;Test;Zuid-Limburg|Oost-Achterhoek;;;2023-01-10;Ingediend;2023-01-10;\nST-X2;Test;GM0344;;;2023-01-10;Ingediend;2023-01-10;\n`));
    expect(f.problemen.map((p) => [p.regel, p.kolom, p.waarde])).toEqual([
      [2, 'regios', 'Oost-Achterhoek'],
      [3, 'regios', 'GM0344'],
    ]);
    expect(f.problemen[0].reden).toMatch(/^Onbekend gebied "Oost-Achterhoek" als zorgkantoorregio \(IZA-regio\)\. Bedoelde u: /);
    await importeer(db, bestand('snelle_toetsen.csv', `${TKOP}ST-X3;Test;ZK31|Utrecht;;;2023-01-10;Ingediend;2023-01-10;\n`), { door: 'test' });
    const [t] = await db.query<{ regios: string[] }>(`SELECT regios FROM snelle_toetsen_log WHERE id = 'ST-X3'`);
    expect(t.regios).toEqual(['Zuid-Limburg', 'Utrecht']);
  });
});

describe('bestandstype regio_indelingen', () => {
  const RKOP = 'indeling;regio_code;regio_naam;gemeente_code;geldig_vanaf\n';
  it('ROAZ-lidmaatschap: een gemeente in twee regio’s en een onvolledige levering worden geweigerd; een volledige wordt geïmporteerd', async () => {
    const f = await fout(bestand('regio_indelingen.csv', `${RKOP}roaz;ROAZ10;Limburg;GM0935;2025-01-01\nroaz;ROAZ09;Brabant;GM0935;2025-01-01\n`));
    expect(f.problemen.map((p) => [p.regel, p.kolom])).toEqual([
      [3, 'gemeente_code'],
      [null, 'gemeente_code'],
    ]);
    expect(f.problemen[0]).toMatchObject({ bestand: 'regio_indelingen.csv', waarde: 'GM0935' });
    expect(f.problemen[0].reden).toContain('al in regio ROAZ10 (regel 2)');
    expect(f.problemen[1].reden).toMatch(/^Indeling roaz \(2025-01-01\) mist 341 gemeente\(n\)/);
    // a complete delivery, CONSTRUCTED for this test from the provinces (not the real ROAZ membership)
    const roazVanProvincie: Record<string, [string, string]> = {
      PV20: ['ROAZ01', 'Noord-Nederland'], PV21: ['ROAZ01', 'Noord-Nederland'], PV22: ['ROAZ01', 'Noord-Nederland'],
      PV23: ['ROAZ02', 'Zwolle'], PV24: ['ROAZ06', 'Noordwest'], PV25: ['ROAZ04', 'Oost'], PV26: ['ROAZ05', 'Midden-Nederland'],
      PV27: ['ROAZ06', 'Noordwest'], PV28: ['ROAZ07', 'West'], PV29: ['ROAZ08', 'Zuidwest'], PV30: ['ROAZ09', 'Brabant'], PV31: ['ROAZ10', 'Limburg'],
    };
    const prov = await db.query<{ regio_code: string; gemeente_code: string }>(`SELECT regio_code, gemeente_code FROM regio_indelingen WHERE indeling = 'provincie'`);
    const regels = prov.map((p) => `roaz;${roazVanProvincie[p.regio_code].join(';')};${p.gemeente_code.toLowerCase()};2025-01-01`);
    const r = await importeer(db, bestand('regio_indelingen.csv', `${RKOP}${regels.join('\n')}\n`), { door: 'test' });
    expect(r.bestanden[0].nieuw).toBe(342);
    const boek = await regioboekUitDb(db);
    expect(boek.regioVan.get('GM0935')?.get('roaz')).toBe('ROAZ10');
  });

  it('een nieuwe gemeente-indeling zonder de andere indelingen bij te werken wordt geweigerd (onvolledige dekking)', async () => {
    const f = await fout(bestand('regio_indelingen.csv', `${RKOP}gemeente;GM0344;Utrecht;GM0344;2026-01-01\nprovincie;PV26;Utrecht;GM0344;2026-01-01\nprovincie;PV26;Utrecht;GM0307;2026-01-01\n`));
    expect(f.problemen.map((p) => p.reden)).toEqual(['Indeling provincie (2026-01-01) noemt gemeenten die niet in de gemeente-indeling staan: GM0307.']);
  });

  it('export bevat de indelingen en opnieuw importeren verandert niets (rondgang)', async () => {
    const map = fs.mkdtempSync(path.join(tmp, 'export-'));
    await exporteer(db, map);
    const regels = fs.readFileSync(path.join(map, 'regio_indelingen.csv'), 'utf8').trim().split('\n');
    expect(regels[0]).toBe('indeling;regio_code;regio_naam;gemeente_code;geldig_vanaf');
    expect(regels).toContain('roaz;ROAZ03;Euregio;;2025-01-01');
    expect(regels).toContain('zorgkantoorregio;ZK23;Utrecht;GM0344;2025-01-01');
    expect(regels.length).toBe(1 + 342 * 7 + 10);
    const r = await importeer(db, path.join(map, 'regio_indelingen.csv'), { door: 'test' });
    expect(r.bestanden[0]).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 342 * 7 + 10 });
  });
});
