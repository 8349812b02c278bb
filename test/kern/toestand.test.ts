import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { toestandSql } from '../../src/kern/toestand.js';
import { toestandenOp } from '../../src/domein/gebeurtenissen.js';
import { SNELLE_TOETSEN } from '../../src/kern/contract/bestandstypen.js';
import { nieuweTestDb } from '../helpers/db.js';

// A small deterministic generator, so a failure can be reproduced.
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('de toestand op een peildatum is in SQL dezelfde als in het domein (contract §1)', () => {
  let db: Db;
  const rijen: Record<string, unknown>[] = [];
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
    const r = lcg(42);
    const statussen = [null, 'Ingediend', 'Beoordeling gestart', 'Goedgekeurd', 'Afgekeurd'];
    for (let i = 0; i < 400; i++) {
      const id = `T${Math.floor(r() * 60)}`;
      const dag = 1 + Math.floor(r() * 28);
      const rij = {
        id,
        titel: r() < 0.4 ? `titel ${i}` : null,
        regios: r() < 0.3 ? ['Twente', `Regio ${i % 5}`].slice(0, 1 + Math.floor(r() * 2)) : null,
        ingediend_op: r() < 0.3 ? `2024-01-${String(dag).padStart(2, '0')}` : null,
        status: statussen[Math.floor(r() * statussen.length)],
        status_datum: `2024-0${1 + Math.floor(r() * 3)}-${String(dag).padStart(2, '0')}`,
      };
      // skip rows whose key (id, date, status) was taken: the table keeps one row per key
      if (rijen.some((x) => x.id === rij.id && x.status_datum === rij.status_datum && (x.status ?? '') === (rij.status ?? ''))) continue;
      const [{ volgnr }] = await db.query<{ volgnr: number }>(
        `INSERT INTO snelle_toetsen_log (id, titel, regios, ingediend_op, status, status_sleutel, status_datum, door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'test') RETURNING volgnr`,
        [rij.id, rij.titel, rij.regios, rij.ingediend_op, rij.status, rij.status ?? '', rij.status_datum],
      );
      rijen.push({ ...rij, volgnr });
    }
  });
  afterAll(async () => db.close());

  it.each(['2024-01-15', '2024-02-01', '2024-03-31'])('op %s geven beide dezelfde status, titel, regio’s en indieningsdatum', async (peildatum) => {
    const sql = await db.query<Record<string, unknown>>(toestandSql(SNELLE_TOETSEN, ['titel', 'regios', 'ingediend_op', 'status']), [peildatum]);
    const domein = toestandenOp(rijen as never, (r: any) => r.id, peildatum);
    expect(sql.length).toBe(domein.size);
    for (const s of sql) {
      const d = domein.get(s.id as string)!;
      expect({ status: s.status, titel: s.titel, regios: s.regios ?? null, ingediend_op: s.ingediend_op ?? null, eerste: s.eerste_datum }).toEqual({
        status: d.status ?? null,
        titel: d.titel ?? null,
        regios: d.regios ?? null,
        ingediend_op: d.ingediend_op ?? null,
        eerste: d.eerste_datum,
      });
    }
  });
});
