import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, PgliteDb } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';

describe('database', () => {
  it('een tweede proces op dezelfde databasemap stopt met een duidelijke melding', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-lock-'));
    // a live process that is not us holds the lock: our parent (the test runner's parent) is alive
    fs.writeFileSync(path.join(map, 'akkoordmonitor.lock'), String(process.ppid));
    expect(() => acquireLock(map)).toThrow(/in gebruik door een ander proces \(pid \d+\)/);
  });

  it('een achtergebleven slot van een gestopt proces wordt opgeruimd', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-lock-'));
    fs.writeFileSync(path.join(map, 'akkoordmonitor.lock'), '999999');
    const vrij = acquireLock(map);
    expect(fs.readFileSync(path.join(map, 'akkoordmonitor.lock'), 'utf8')).toBe(String(process.pid));
    vrij();
    expect(fs.existsSync(path.join(map, 'akkoordmonitor.lock'))).toBe(false);
  });

  it('de ingebouwde database bewaart gegevens tussen twee starts', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-pglite-'));
    const a = await PgliteDb.open(map);
    await a.exec('CREATE TABLE t (x int)');
    await a.query('INSERT INTO t VALUES ($1)', [7]);
    await a.close();
    const b = await PgliteDb.open(map);
    expect(await b.query('SELECT x FROM t')).toEqual([{ x: 7 }]);
    await b.close();
  });

  it('datums blijven tekst, bigint wordt een getal en numeric tekst, op beide engines', async () => {
    const db = await nieuweTestDb({ seed: 'none' });
    const [r] = await db.query<Record<string, unknown>>(`SELECT DATE '2025-05-20' AS d, 740409907::bigint AS b, 30157.4::numeric AS n`);
    expect(r).toEqual({ d: '2025-05-20', b: 740409907, n: '30157.4' });
    await db.close();
  });

  it('het auditlog kan niet worden gewijzigd of gewist', async () => {
    const db = await nieuweTestDb({ seed: 'none' });
    await db.query(`INSERT INTO audit_log (door, actie) VALUES ('test', 'proef')`);
    await expect(db.query(`UPDATE audit_log SET actie = 'anders'`)).rejects.toThrow(/auditlog kan niet/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/auditlog kan niet/);
    await db.close();
  });

  it('een transactie die faalt laat niets achter', async () => {
    const db = await nieuweTestDb({ seed: 'none' });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO instellingen (sleutel, waarde) VALUES ('x', '1')`);
        throw new Error('mis');
      }),
    ).rejects.toThrow('mis');
    expect(await db.query(`SELECT * FROM instellingen WHERE sleutel = 'x'`)).toEqual([]);
    await db.close();
  });
});
