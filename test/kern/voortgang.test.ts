// Progress of a long import (issue 19): the counts the command line's progress bar and the upload page
// show are the rows of the file as read, checked and written, and they end at what was imported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer, type Voortgang } from '../../src/kern/contract/importeren.js';
import { voortgangsBalk, voortgangsTekst } from '../../src/kern/voortgang.js';
import { nieuweTestDb } from '../helpers/db.js';

let db: Db;
const map = fs.mkdtempSync(path.join(os.tmpdir(), 'voortgang-'));
beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'none' });
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(map, { recursive: true, force: true });
});

/** 12,001 observations of one indicator over 3 areas; line 5,000 has a bad value when `fout`. */
function bestand(fout = false): string {
  const regels = ['indicator;periode;gebied;dimensie;waarde;bron_datum'];
  for (let i = 0; i < 12_001; i++) {
    const waarde = fout && i === 4_998 ? 'veel' : String(i % 100).replace('.', ',');
    regels.push(`azw_ziekteverzuim;${2000 + Math.floor(i / 300)}-${String(1 + (i % 12)).padStart(2, '0')};${['NL', 'GM0363', 'GM0599'][i % 3]};d${Math.floor(i / 12) % 25};${waarde};2025-06-16`);
  }
  const b = path.join(fs.mkdtempSync(path.join(map, 'f-')), 'indicatoren.csv');
  fs.writeFileSync(b, regels.join('\n') + '\n');
  return b;
}

describe('progress of an import', () => {
  it('counts rows read, checked and written, estimates the file from its start, and ends at what was imported', async () => {
    const stappen: (Voortgang & { fase: string })[] = [];
    const r = await importeer(db, bestand(), { door: 'test', onVoortgang: (f, _b, _n, v) => stappen.push({ ...v, fase: f }) });
    expect(r.bestanden[0]).toMatchObject({ rijen: 12_001, nieuw: 12_001 });
    const lezen = stappen.filter((v) => v.stap === 'lezen');
    // a call every 2,500 rows read and one at the end of the file ...
    const gelezen = lezen.filter((v) => v.fase === 'controle');
    expect(gelezen.map((v) => v.gelezen)).toEqual([2_500, 5_000, 7_500, 10_000, 12_001]);
    expect(gelezen.map((v) => v.geschreven)).toEqual([0, 0, 0, 0, 12_001]);
    // ... and one when the database has each chunk of 10,000 (it writes while the next chunk is read)
    const geschreven = lezen.filter((v) => v.fase === 'schrijven');
    expect(geschreven.map((v) => v.geschreven)).toEqual([10_000, 12_001]);
    for (const v of geschreven) expect(v.gelezen).toBeGreaterThanOrEqual(v.geschreven);
    for (const v of lezen) expect(v.goed).toBeLessThanOrEqual(v.gelezen);
    // the estimate from the first 64 KB is near the real size; at the end it is exact
    expect(Math.abs(lezen[0].geschat! - 12_001)).toBeLessThan(600);
    expect(lezen.at(-1)!.geschat).toBe(12_001);
    expect(stappen.slice(-2).map((v) => [v.stap, v.geschreven])).toEqual([
      ['samenvoegen', 0],
      ['klaar', 12_001],
    ]);
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicatoren WHERE indicator = 'azw_ziekteverzuim'`))[0].n).toBe(12_001);
  });

  it('a row with a problem is read but not counted as good or written; nothing is merged', async () => {
    const stappen: Voortgang[] = [];
    await expect(importeer(db, bestand(true), { door: 'test', onVoortgang: (_f, _b, _n, v) => stappen.push({ ...v }) })).rejects.toThrow();
    const eind = stappen.filter((v) => v.stap === 'lezen').at(-1)!;
    expect(eind).toMatchObject({ gelezen: 12_001, goed: 12_000, geschreven: 12_000 });
    expect(stappen.some((v) => v.stap !== 'lezen')).toBe(false);
  });

  it('reads as Dutch text with a bar and the reading time left', () => {
    const v: Voortgang = { bestand: 'indicatoren.csv', stap: 'lezen', gelezen: 250_000, goed: 249_990, geschreven: 240_000, geschat: 1_000_000 };
    expect(voortgangsTekst(v, 10_000)).toBe(
      'indicatoren.csv: 250.000 van ongeveer 1.000.000 rijen gelezen, 249.990 goedgekeurd, 240.000 geschreven; lezen nog ongeveer 30 s',
    );
    expect(voortgangsBalk(v, 90_000, 8)).toMatch(/^\[##\.\.\.\.\.\.\]  25% .*lezen nog ongeveer 4 min 30 s$/);
    expect(voortgangsTekst({ ...v, stap: 'samenvoegen', gelezen: 1_000_000 }, 60_000)).toBe('indicatoren.csv: 1.000.000 rijen gecontroleerd; bezig met samenvoegen in de tabel');
  });
});
