import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer, probleemRapport } from '../../src/kern/contract/importeren.js';
import { exporteer } from '../../src/kern/contract/exporteren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';

// Import of the round texts, published series and source list of the seed (contract types of issue 13).
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'am-i13-'));
const KOP_TEKSTEN = 'peildatum;sectie;subsectie;volgorde;kop;tekst;bron';

async function telling(db: Db) {
  const n = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;
  return {
    teksten0520: await n(`SELECT count(*)::int AS n FROM rondeteksten WHERE peildatum = '2025-05-20'`),
    teksten0225: await n(`SELECT count(*)::int AS n FROM rondeteksten WHERE peildatum = '2025-02-25'`),
    reeksen: await n(`SELECT count(*)::int AS n FROM gepubliceerde_reeksen`),
    metWaarde: await n(`SELECT count(*)::int AS n FROM gepubliceerde_reeksen WHERE waarde IS NOT NULL`),
    bronnen: await n(`SELECT count(*)::int AS n FROM bronnen`),
  };
}

describe('rondeteksten, gepubliceerde reeksen en bronnen via de importer', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb();
  });
  afterAll(async () => db.close());

  it('de seed laadt alle teksten, reeksen en bronnen van de gepubliceerde rondes', async () => {
    expect(await telling(db)).toEqual({ teksten0520: 36, teksten0225: 2, reeksen: 127, metWaarde: 49, bronnen: 8 });
    const [nza] = await db.query<{ kop: string; tekst: string }>(
      `SELECT kop, tekst FROM rondeteksten WHERE peildatum = '2025-05-20' AND sectie = 'nza_duiding' AND subsectie = 'iza_partijen_geven_richting'`,
    );
    expect(nza.kop).toBe('IZA-partijen geven richting');
    expect(nza.tekst).toMatch(/^- Op dit moment \(20-5-2025\) heeft de NZa voor 48 transformatieplannen/);
    expect(nza.tekst.split('\n- ')).toHaveLength(4);
    const [hoofd] = await db.query<{ subsectie: string }>(`SELECT subsectie FROM rondeteksten WHERE sectie = 'noemenswaardig'`);
    expect(hoofd.subsectie).toBe('');
    const [g] = await db.query<{ waarde: string }>(
      `SELECT waarde::text FROM gepubliceerde_reeksen WHERE reeks = 'acties_per_thematafel' AND categorie = 'G' AND serie = 'Afgerond'`,
    );
    expect(Number(g.waarde)).toBe(16);
  });

  it('export → import verandert niets, ook met een peildatum (alleen wat toen gold)', async () => {
    const map = tmp();
    await exporteer(db, map);
    const r = await importeer(db, map, { door: 'test' });
    for (const t of ['rondeteksten', 'gepubliceerde_reeksen', 'bronnen']) {
      const b = r.bestanden.find((x) => x.bestandstype === t)!;
      expect([b.nieuw, b.gewijzigd], t).toEqual([0, 0]);
    }
    expect(await telling(db)).toEqual({ teksten0520: 36, teksten0225: 2, reeksen: 127, metWaarde: 49, bronnen: 8 });
    const februari = tmp();
    await exporteer(db, februari, { peildatum: '2025-02-25' });
    const regels = fs.readFileSync(path.join(februari, 'rondeteksten.csv'), 'utf8');
    expect(regels).toMatch(/2025-02-25;inleiding;ontwikkelingen_iza/);
    expect(regels).not.toMatch(/2025-05-20/);
    expect(fs.readFileSync(path.join(februari, 'gepubliceerde_reeksen.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('een nieuwe versie van een tekst vervangt de oude (sleutel peildatum + sectie + subsectie)', async () => {
    const map = tmp();
    fs.writeFileSync(path.join(map, 'rondeteksten-2025-02-25.csv'), `${KOP_TEKSTEN}\n2025-02-25;inleiding;monitoring;2;Monitoring;"Nieuwe **tekst**.";004 r. 14\n`);
    const r = await importeer(db, map, { door: 'test' });
    expect(r.bestanden[0]).toMatchObject({ bestandstype: 'rondeteksten', nieuw: 0, gewijzigd: 1 });
    const [t] = await db.query<{ tekst: string }>(`SELECT tekst FROM rondeteksten WHERE peildatum = '2025-02-25' AND subsectie = 'monitoring'`);
    expect(t.tekst).toBe('Nieuwe **tekst**.');
  });

  it('weigert HTML, een onbekende sectie en een lege waarde zonder opmerking, met bestand, regel, kolom en reden; niets gewijzigd', async () => {
    const map = tmp();
    fs.writeFileSync(
      path.join(map, 'rondeteksten.csv'),
      `${KOP_TEKSTEN}\n2025-05-20;noemenswaardig;;1;;"<script>x</script>";\n2025-05-20;voorwoord;;2;;Tekst;\n`,
    );
    fs.writeFileSync(
      path.join(map, 'gepubliceerde_reeksen.csv'),
      'peildatum;reeks;volgorde;categorie;serie;periode;waarde;eenheid;aard;bron;opmerking\n2025-05-20;msz_wachttijden;1;Zwolle;;;;weken;gepubliceerd aggregaat;000 r. 505;\n2025-05-20;msz_wachttijden;2;Oost;;;7,5;weken;berekend;000 r. 505;\n',
    );
    const voor = await telling(db);
    const fout = await importeer(db, map, { door: 'test' }).catch((e) => e);
    expect(fout).toBeInstanceOf(ImportFout);
    const rapport = probleemRapport((fout as ImportFout).problemen);
    expect(rapport).toContain('rondeteksten.csv, regel 2, kolom tekst (waarde "<script>x</script>"): HTML is niet toegestaan');
    expect(rapport).toMatch(/rondeteksten\.csv, regel 3, kolom sectie \(waarde "voorwoord"\): onbekende sectie/);
    expect(rapport).toContain('gepubliceerde_reeksen.csv, regel 2, kolom opmerking: een ontbrekende waarde vraagt een opmerking die zegt waarom');
    expect(rapport).toMatch(/gepubliceerde_reeksen\.csv, regel 3, kolom aard \(waarde "berekend"\): onbekende waarde/);
    expect(await telling(db)).toEqual(voor);
  });
});

describe('lezers voor de rapportage', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb();
  });
  afterAll(async () => db.close());

  it('geven de teksten, reeksen en bronnen van een ronde in de vormen van het domein', async () => {
    const { rondetekstenOp, reeksenOp, alleBronnen } = await import('../../src/kern/publicatie.js');
    const { ordenRondeteksten } = await import('../../src/domein/rondeteksten.js');
    const { groepeerReeksen } = await import('../../src/domein/gepubliceerde-reeksen.js');
    const teksten = ordenRondeteksten(await rondetekstenOp(db, '2025-05-20'));
    expect(teksten[0]).toMatchObject({ peildatum: '2025-05-20', sectie: 'noemenswaardig', subsectie: '', kop: '', bron: '000 r. 34-37' });
    const reeksen = groepeerReeksen(await reeksenOp(db, '2025-05-20'));
    const middelen = reeksen.find((r) => r.reeks === 'transformatiemiddelen_per_status')!;
    expect(middelen.rijen.map((r) => r.waarde)).toEqual([740409907, 614629512, 125780395, 0, 0, 150788, 740409907]);
    expect(await reeksenOp(db, '2025-02-25')).toEqual([]);
    const bronnen = await alleBronnen(db);
    expect(bronnen.find((b) => b.document === '004')).toMatchObject({ vanRegel: 1, totRegel: 29, datum: '2025-04-14', datumTekst: '' });
  });
});
