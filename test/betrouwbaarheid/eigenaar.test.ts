// Issue 20: a POST to a snelle toets or plan that does not exist is 404 and stores nothing; a
// doorbraakclaim on a plan is for that plan's coördinerend verzekeraar (or a beheerder); and the
// coördinerend verzekeraar is the organisation with exactly that name, not one whose name contains it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, sessie, post } from '../toegang/hulp.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { dienPlanIn, dienToetsIn, voegDoorbraakclaimToe, voerToetsActieUit } from '../../src/transformatie/store/index.js';
import { isCoordinerendVoor } from '../../src/domein/beleid.js';
import { BEHEERDER, COORDINEREND, INDIENER, VERZEKERAAR } from '../transformatie/gebruikers.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let alles: { cookie: string; csrf: string };

/** Rows per table of the transformation funds and the audit log. */
async function tellingen(): Promise<Record<string, number>> {
  const tabellen = await db.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ANY(current_schemas(false))
        AND (table_name LIKE 'transformatie%' OR table_name IN ('snelle_toetsen_log', 'snelle_toetsen_app', 'kpis_log', 'doorbraakclaims', 'audit_log'))`,
  );
  const uit: Record<string, number> = {};
  for (const { t } of tabellen) uit[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return uit;
}

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  // one user with every role that can post to a toets or plan
  const g = await maakGebruiker(db, {
    email: 'alles@test.nl',
    naam: 'Alle rollen',
    organisatie: 'Menzis',
    rollen: ['beheerder', 'indiener', 'verzekeraar', 'nza'],
    wachtwoord: 'een-lang-testwachtwoord-2025',
    door: 'test',
  });
  alles = await sessie(app, db, g.id);
});
afterAll(async () => {
  await sluit();
});

describe('POST to a toets or plan that does not exist', () => {
  const posts: [string, Record<string, string>][] = [
    ['/transformatie/toetsen/ST-9999/indiener', { actie: 'opnieuw_indienen', versie: '1', toelichting: 'x' }],
    ['/transformatie/toetsen/ST-9999/indiener', { actie: 'heropenen', versie: '1', toelichting: 'x' }],
    ['/transformatie/toetsen/ST-9999/beoordeling', { actie: 'beoordeling_starten', versie: '1' }],
    ['/transformatie/toetsen/ST-9999/beoordeling', { actie: 'informatie_opvragen', versie: '1', reden: 'Meer informatie.' }],
    ['/transformatie/toetsen/ST-9999/beoordeling', { actie: 'goedkeuren', versie: '1' }],
    ['/transformatie/plannen/TP-9999/indiener', { actie: 'opnieuw_indienen', versie: '1', toelichting: 'x' }],
    ['/transformatie/plannen/TP-9999/beoordeling', { actie: 'beoordeling_starten', versie: '1' }],
    ['/transformatie/plannen/TP-9999/beoordeling', { actie: 'besluit_voornemen', versie: '1', akkoord_tweede_verzekeraar: 'ja', tweede_verzekeraar: 'VGZ' }],
    ['/transformatie/plannen/TP-9999/beoordeling', { actie: 'goedkeuren', versie: '1', bedrag: '1000' }],
    ['/transformatie/plannen/TP-9999/vragen', { actie: 'vraag_stellen', versie: '1', toelichting: 'Een vraag?' }],
    ['/transformatie/plannen/TP-9999/vragen/1/antwoord', { antwoord: 'Een antwoord.' }],
    ['/transformatie/plannen/TP-9999/nza', { versie: '1', nza_beschikking_datum: '2025-06-01', nza_bedrag_eur: '1000' }],
    ['/transformatie/plannen/TP-9999/ventiel', { versie: '1', ventiel: 'ja' }],
    ['/transformatie/plannen/TP-9999/kpis', { omschrijving: 'KPI', jaar: '2026', bedrag_eur: '1000' }],
    ['/transformatie/plannen/TP-9999/kpis/K-1', { actie: 'resultaat_vastleggen', versie: '1', resultaat: 'Behaald' }],
  ];
  it.each(posts)('%s answers 404 and stores nothing', async (url, velden) => {
    const voor = await tellingen();
    const r = await post(app, url, alles.cookie, { _csrf: alles.csrf, ...velden });
    expect(r.statusCode).toBe(404);
    expect(await tellingen()).toEqual(voor);
  });
});

describe('doorbraakclaims and the coördinerend verzekeraar', () => {
  it('a claim on a plan that does not exist is refused next to the field, nothing stored', async () => {
    const r = await post(app, '/transformatie/doorbraakclaims', alles.cookie, { _csrf: alles.csrf, jaar: '2027', plan_id: 'TP-9999', omschrijving: 'Claim', bedrag_eur: '1000' });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('Plan TP-9999 bestaat niet.');
    expect(await db.query(`SELECT 1 FROM doorbraakclaims`)).toHaveLength(0);
  });

  it('a claim on a plan is refused to another insurer, allowed to its coördinerend verzekeraar', async () => {
    const toets = await dienToetsIn(
      db,
      { titel: 'Toets', omschrijving: 'Toets', regios: ['Groningen'], sectoren: ['Huisartsenzorg'], themas: ['Ouderen'], gevraagd_bedrag_eur: 1_000_000, coordinerend_verzekeraar: 'Menzis' },
      INDIENER,
      '2025-03-03',
    );
    if (!toets.ok) throw new Error(JSON.stringify(toets));
    for (const actie of ['beoordeling_starten', 'goedkeuren'] as const) {
      const r = await voerToetsActieUit(db, { id: toets.id, actie }, COORDINEREND, '2025-03-04');
      if (!r.ok) throw new Error(JSON.stringify(r));
    }
    const plan = await dienPlanIn(db, { toetsId: toets.id, titel: 'Plan', omschrijving: 'Plan', betrokkenheid_patienten: 'ja', bedrag_aangevraagd_eur: 500_000 }, INDIENER, '2025-03-05');
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    const claim = { jaar: 2027, plan_id: plan.id, omschrijving: 'Doorbraak', bedrag_eur: 100_000, sociaal_domein: false };
    const vreemd = await voegDoorbraakclaimToe(db, claim, VERZEKERAAR, '2025-03-06');
    expect(vreemd).toMatchObject({ ok: false, soort: 'verboden' });
    expect(await db.query(`SELECT 1 FROM doorbraakclaims`)).toHaveLength(0);
    expect(await voegDoorbraakclaimToe(db, claim, COORDINEREND, '2025-03-06')).toMatchObject({ ok: true });
    expect(await voegDoorbraakclaimToe(db, claim, BEHEERDER, '2025-03-06')).toMatchObject({ ok: true });
  });

  it('"DSW Zorgverzekeraar" is not the coördinerend verzekeraar "Zorgverzekeraar" (nor the other way round)', () => {
    const dsw = { ...COORDINEREND, organisatie_naam: 'DSW Zorgverzekeraar' };
    expect(isCoordinerendVoor(dsw, 'Zorgverzekeraar')).toBe(false);
    expect(isCoordinerendVoor({ ...COORDINEREND, organisatie_naam: 'Zorgverzekeraar' }, 'DSW Zorgverzekeraar')).toBe(false);
    expect(isCoordinerendVoor(dsw, 'DSW Zorgverzekeraar')).toBe(true);
    expect(isCoordinerendVoor(dsw, ' dsw  zorgverzekeraar ')).toBe(true);
  });
});
