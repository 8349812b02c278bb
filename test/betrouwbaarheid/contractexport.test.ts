// Issue 20: CSV formula injection in the contract export. A text cell starting with =, +, -, @, TAB or
// CR gets a leading apostrophe; the importer takes exactly one apostrophe off again, so the export
// still round-trips (docs/contract/formule-injectie.md). Numbers, also negative ones, stay numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteer, exporteerTypeCsv } from '../../src/kern/contract/exporteren.js';
import { bestandstype } from '../../src/kern/contract/bestandstypen.js';
import { nieuweTestDb } from '../helpers/db.js';

const TITELS = ['=HYPERLINK("http://evil.example","klik")', '+31 6 1234', '-Min', '@SUM(A1)', "'=al met apostrof", "''@twee", '-86', 'Gewone titel'];

describe('contractexport: geen formules voor een spreadsheet, wel een vast punt', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-inj-'));
    const regels = ['code;akkoord;onderdeel;titel;status_datum', ...TITELS.map((t, i) => `Q.${i};IZA;A;"${t.replace(/"/g, '""')}";2030-01-01`)];
    fs.writeFileSync(path.join(map, 'acties.csv'), regels.join('\n'));
    await importeer(db, map, { door: 'test' });
  });
  afterAll(async () => db.close());

  it('tekstcellen die met = + - @ beginnen krijgen een apostrof; een getal als -86 niet', async () => {
    const csv = await exporteerTypeCsv(db, bestandstype('acties')!);
    const titels = csv.split(/\r?\n/).slice(1).filter(Boolean).map((r) => r.split(';')[3]);
    expect(titels).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(titels).toContain("'+31 6 1234");
    expect(titels).toContain("'-Min");
    expect(titels).toContain("'@SUM(A1)");
    expect(titels).toContain('-86');
    for (const t of titels) expect(t.replace(/^"/, '')).not.toMatch(/^[=+@]|^-[^\d]/);
  });

  it('export → import geeft precies dezelfde titels terug', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-inj-uit-'));
    await exporteer(db, map);
    const db2 = await nieuweTestDb({ seed: 'none' });
    try {
      await importeer(db2, path.join(map, 'acties.csv'), { door: 'test' });
      const titels = async (d: Db) => (await d.query<{ titel: string }>(`SELECT titel FROM acties_log ORDER BY code`)).map((r) => r.titel);
      expect(await titels(db2)).toEqual(await titels(db));
      // as in Excel, one leading apostrophe before = + - @ marks text: the importer takes it off
      expect(await titels(db2)).toEqual(TITELS.map((t) => t.replace(/^'(?='*[=+\-@])/, '')));
    } finally {
      await db2.close();
    }
  });
});
