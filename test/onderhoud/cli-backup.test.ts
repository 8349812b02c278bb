// `npm run cli -- backup/restore` as a user runs them: real processes on real embedded data directories.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { PgliteDb } from '../../src/platform/db.js';

describe('npm run cli -- backup / restore', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cli-backup-'));
  const bron = path.join(tmp, 'bron');
  const doel = path.join(tmp, 'doel');
  const bestand = path.join(tmp, 'bron.amb');

  it('op een ingebouwde database die de server vasthoudt: een duidelijke Nederlandse verwijzing naar Beheer → Backup', async () => {
    const bezet = path.join(tmp, 'bezet');
    fs.mkdirSync(bezet);
    // a live process (this test) holds the lock, as the running server would
    fs.writeFileSync(path.join(bezet, 'akkoordmonitor.lock'), String(process.pid));
    const r = await cli(bezet, 'backup', path.join(tmp, 'x.amb'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is in gebruik door de draaiende server');
    expect(r.stderr).toContain('Beheer → Backup maken (/beheer/backup)');
    expect(r.stderr).toContain('of stop de server');
    expect(fs.existsSync(path.join(tmp, 'x.amb'))).toBe(false);
  }, 60_000);

  it('backup met voortgang en sha256; restore in een lege map; een tweede restore weigert zonder --overschrijf', async () => {
    const db = await PgliteDb.open(bron);
    const { migreer } = await import('../../src/platform/migraties.js');
    await migreer(db);
    await db.query(`INSERT INTO audit_log (door, actie) VALUES ('test', 'test.cli')`);
    await db.close();
    const b = await cli(bron, 'backup', bestand);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/backup \d+\/\d+ tabellen: audit_log \(1 rijen\)/);
    expect(b.stdout).toMatch(/^Backup geschreven: .*; sha256 [0-9a-f]{64}\)/);
    const h = await cli(doel, 'restore', bestand);
    expect(h.code, h.stderr).toBe(0);
    expect(h.stdout).toContain('Backup hersteld in de ingebouwde database');
    const nogmaals = await cli(doel, 'restore', bestand);
    expect(nogmaals.code).toBe(1);
    expect(nogmaals.stderr).toMatch(/De doeldatabase is niet leeg .*--overschrijf/);
    const over = await cli(doel, 'restore', bestand, '--overschrijf');
    expect(over.code, over.stderr).toBe(0);
    const d = await PgliteDb.open(doel);
    try {
      expect(await d.query(`SELECT door, actie FROM audit_log`)).toEqual([{ door: 'test', actie: 'test.cli' }]);
      // a restored database is not new: the seed is not loaded on top at the next start
      expect(await d.query(`SELECT 1 FROM instellingen WHERE sleutel = 'seed_geladen'`)).toHaveLength(1);
    } finally {
      await d.close();
    }
  }, 180_000);
});
