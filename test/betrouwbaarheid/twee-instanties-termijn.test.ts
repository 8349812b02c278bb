// The deadline of a voorgenomen besluit across two instances (issue 20). The vragentermijn is no
// in-process timer: every instance derives it from the stored date of the besluit, so A and B agree
// on when it ends, and when it has ended the approval happens once: two approvals at the same moment
// on A and B give one Goedgekeurd, one conflict and one audit entry. Needs PostgreSQL: two pools on
// one schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nieuweTestDbOp, PG_URL, verbindingVan } from '../helpers/db.js';
import { PostgresDb, type Db } from '../../src/platform/db.js';
import { dienPlanIn, dienToetsIn, planOp, voerPlanActieUit, voerToetsActieUit } from '../../src/transformatie/store/index.js';
import { COORDINEREND, COORDINEREND_COLLEGA, INDIENER, VERZEKERAAR } from '../transformatie/gebruikers.js';

let dbA: Db;
let dbB: Db;

beforeAll(async () => {
  dbA = await nieuweTestDbOp('postgres', 'seed', PG_URL);
  // the second instance opens the same test database and schema as the first
  const { url, schema } = verbindingVan(dbA);
  dbB = await PostgresDb.open(url, schema);
}, 120_000);
afterAll(async () => {
  await dbB?.close();
  await dbA?.close();
});

function ok<T extends { ok: boolean }>(r: T): asserts r is Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`verwacht ok, kreeg ${JSON.stringify(r)}`);
}

describe('vragentermijn van een voorgenomen besluit op twee instanties', () => {
  it('A en B zien hetzelfde einde van de termijn; daarna keurt maar één van beide goed', async () => {
    const t = await dienToetsIn(
      dbA,
      { titel: 'Termijn over twee instanties', omschrijving: 'x', regios: ['Groningen'], sectoren: ['Huisartsenzorg'], themas: ['Ouderen'], gevraagd_bedrag_eur: 1_000_000, coordinerend_verzekeraar: 'Menzis' },
      INDIENER,
      '2025-02-03',
    );
    ok(t);
    ok(await voerToetsActieUit(dbA, { id: t.id, actie: 'beoordeling_starten' }, COORDINEREND, '2025-02-03'));
    ok(await voerToetsActieUit(dbB, { id: t.id, actie: 'goedkeuren' }, COORDINEREND, '2025-02-04'));
    const p = await dienPlanIn(dbA, { toetsId: t.id, titel: 'Plan termijn', omschrijving: 'x', betrokkenheid_patienten: 'nee', bedrag_aangevraagd_eur: 500_000 }, INDIENER, '2025-02-05');
    ok(p);
    ok(await voerPlanActieUit(dbB, { id: p.id, actie: 'beoordeling_starten' }, COORDINEREND, '2025-02-05'));
    // the besluit on A on 6 February: the 14-day vragentermijn runs through 20 February
    ok(await voerPlanActieUit(dbA, { id: p.id, actie: 'besluit_voornemen', akkoordTweedeVerzekeraar: true, tweedeVerzekeraar: 'VGZ' }, COORDINEREND, '2025-02-06'));

    for (const db of [dbA, dbB]) {
      const teVroeg = await voerPlanActieUit(db, { id: p.id, actie: 'goedkeuren', bedragBeschikbaarGesteldEur: 500_000 }, COORDINEREND, '2025-02-20');
      expect(teVroeg).toMatchObject({ ok: false, soort: 'validatie', fout: expect.stringContaining('20 februari 2025') });
      const teLaat = await voerPlanActieUit(db, { id: p.id, actie: 'vraag_stellen', toelichting: 'Nog een vraag' }, VERZEKERAAR, '2025-02-21');
      expect(teLaat).toMatchObject({ ok: false, fout: expect.stringContaining('gesloten') });
    }

    const versie = (await planOp(dbA, p.id, '2025-02-21'))!.versie;
    const uitkomsten = await Promise.all([
      voerPlanActieUit(dbA, { id: p.id, actie: 'goedkeuren', versie, status: 'Voorgenomen besluit', bedragBeschikbaarGesteldEur: 500_000 }, COORDINEREND, '2025-02-21'),
      voerPlanActieUit(dbB, { id: p.id, actie: 'goedkeuren', versie, status: 'Voorgenomen besluit', bedragBeschikbaarGesteldEur: 450_000 }, COORDINEREND_COLLEGA, '2025-02-21'),
    ]);
    expect(uitkomsten.filter((u) => u.ok)).toHaveLength(1);
    expect(uitkomsten.find((u) => !u.ok)).toMatchObject({ ok: false, soort: 'conflict' });
    const nu = await planOp(dbB, p.id, '2025-02-21');
    expect(nu).toMatchObject({ status: 'Goedgekeurd', versie: versie + 1 });
    const audit = await dbB.query(`SELECT 1 FROM audit_log WHERE actie = 'plan.goedkeuren' AND object_id = $1`, [p.id]);
    expect(audit).toHaveLength(1);
  }, 120_000);
});
