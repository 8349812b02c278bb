// The command line as a user runs it: a real process on a real (embedded) data directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { PgliteDb } from '../../src/platform/db.js';
import { berekenKerncijfers } from '../../src/kern/kerncijfers.js';
import { FIXTURES, SEED_MAP } from '../helpers/db.js';

const gepubliceerd = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8'));

describe('npm run cli (contract §5)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cli-'));

  it('import van de seedmap en de juni-2025-fixture op een lege database geeft via de rekenregels de gepubliceerde cijfers', async () => {
    const seed = await cli(dataDir, 'import', SEED_MAP);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('acties.csv (acties): 263 rijen, 263 nieuw');
    const juni = await cli(dataDir, 'import', path.join(FIXTURES, 'juni2025'));
    expect(juni.code, juni.stderr).toBe(0);
    const db = await PgliteDb.open(dataDir);
    try {
      const k = await berekenKerncijfers(db, '2025-05-20');
      expect(k.snelle_toetsen).toEqual(gepubliceerd.snelle_toetsen);
      expect(k.transformatiemiddelen).toEqual(gepubliceerd.transformatiemiddelen);
    } finally {
      await db.close();
    }
  });

  it('een kapot bestand eindigt met een foutcode, noemt regel en kolom, en wijzigt niets', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cli-bad-'));
    fs.writeFileSync(path.join(map, 'financiele_kaders.csv'), 'jaar;sector;stand;kader_soort;kader_mln\n2025;Tandzorg;2025-10-31;IZA;12,34\n');
    const r = await cli(dataDir, 'import', map);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('financiele_kaders.csv, regel 2, kolom sector (waarde "Tandzorg")');
    expect(r.stderr).toContain('kolom kader_mln (waarde "12,34"): hoogstens één decimaal');
    const db = await PgliteDb.open(dataDir);
    try {
      expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM financiele_kaders WHERE jaar = 2025`))[0].n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('export schrijft alle bestandstypen terug; met --peildatum alleen wat toen bekend was', async () => {
    const uit = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cli-export-'));
    const r = await cli(dataDir, 'export', uit, '--peildatum', '2025-05-20');
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(uit)).toEqual(expect.arrayContaining(['acties.csv', 'snelle_toetsen.csv', 'kpis.csv', 'kerncijfers-2025-05-20.json']));
    expect(fs.readFileSync(path.join(uit, 'snelle_toetsen.csv'), 'utf8')).not.toContain(';2025-06-');
    const fout = await cli(dataDir, 'export', uit, '--peildatum', '2025-13-01');
    expect(fout.code).toBe(2);
    expect(fout.stderr).toContain('Ongeldige peildatum');
  });
});
