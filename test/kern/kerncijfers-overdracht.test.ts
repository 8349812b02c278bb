// How the state rows reach Node must not change a figure: on PGlite berekenKerncijfers fetches them as
// one JSON text of column arrays, inside a transaction (no engine known) as plain rows. Both give the
// published figures of 20 mei 2025, and a peildatum before every record counts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { berekenKerncijfers } from '../../src/kern/kerncijfers.js';
import { FIXTURES, SEED_MAP, nieuweTestDb } from '../helpers/db.js';

const GEPUBLICEERD = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8'));

let db: Db;
beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'none' });
  await importeer(db, path.join(FIXTURES, 'juni2025'), { door: 'test' });
});
afterAll(async () => {
  await db.close();
});

describe('kerncijfers: dezelfde cijfers langs beide wegen uit de database', () => {
  it('op 20 mei 2025 gelijk buiten en binnen een transactie, en gelijk aan de gepubliceerde cijfers', async () => {
    const buiten = await berekenKerncijfers(db, '2025-05-20');
    const binnen = await db.transaction((tx) => berekenKerncijfers(tx, '2025-05-20'));
    expect(buiten).toEqual(binnen);
    expect(buiten.snelle_toetsen).toEqual(GEPUBLICEERD.snelle_toetsen);
    expect(buiten.transformatieplannen).toEqual(GEPUBLICEERD.transformatieplannen);
    expect(buiten.transformatiemiddelen).toEqual(GEPUBLICEERD.transformatiemiddelen);
  });

  it('vóór het eerste record telt alles nul, ook zonder één rij om over te dragen', async () => {
    const k = await berekenKerncijfers(db, '2000-01-01');
    expect(k.snelle_toetsen.totaal).toBe(0);
    expect(k.transformatieplannen.ingediend).toBe(0);
    expect(k.transformatiemiddelen.beschikbaar_gesteld).toBe(0);
    expect(k).toEqual(await db.transaction((tx) => berekenKerncijfers(tx, '2000-01-01')));
  });
});
