// De keten van snelle toets tot betaalde KPI in de store: elke rol doet zijn stap, de regels komen uit
// domein/workflow.ts, en de kerncijfers (berekenKerncijfers) bewegen bij elke stap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { berekenKerncijfers } from '../../src/kern/kerncijfers.js';
import {
  beantwoordVraag,
  budgetOverzicht,
  dienPlanIn,
  dienToetsIn,
  doorbraakOverzicht,
  handelingenVan,
  kpisOp,
  legNzaBeschikkingVast,
  planOp,
  toetsOp,
  voegDoorbraakclaimToe,
  voegKpiToe,
  voerKpiActieUit,
  voerPlanActieUit,
  voerToetsActieUit,
  vragenVan,
  zetBudget,
  zetInstelling,
  INSTELLING_SLUITING,
} from '../../src/transformatie/store/index.js';
import type { ToetsInvoer } from '../../src/domein/transformatie-invoer.js';
import { ANDERE_INDIENER, COORDINEREND, COORDINEREND_COLLEGA, INDIENER, NZA, VERZEKERAAR, VWS } from './gebruikers.js';

let db: Db;
beforeAll(async () => {
  db = await nieuweTestDb();
});
afterAll(async () => {
  await db.close();
});

const TOETS: ToetsInvoer = {
  titel: 'Hybride huisartsenzorg Noord',
  omschrijving: 'Digitale triage en thuismonitoring voor kwetsbare ouderen.',
  regios: ['Groningen', 'Drenthe'],
  sectoren: ['Huisartsenzorg', 'Wijkverpleging'],
  themas: ['Digitale zorg', 'Ouderen'],
  gevraagd_bedrag_eur: 2_500_000,
  coordinerend_verzekeraar: 'Menzis',
};

function ok<T extends { ok: boolean }>(r: T): asserts r is Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`verwacht ok, kreeg ${JSON.stringify(r)}`);
}

describe('van snelle toets tot betaalde KPI', () => {
  it('loopt door elke rol en de kerncijfers bewegen bij elke stap', async () => {
    const k0 = await berekenKerncijfers(db, '2025-03-03');
    expect(k0.snelle_toetsen.totaal).toBe(0);

    // 1. indiener dient de snelle toets in
    const ingediend = await dienToetsIn(db, TOETS, INDIENER, '2025-03-03');
    ok(ingediend);
    const toetsId = ingediend.id;
    expect(toetsId).toBe('ST-0001');
    let k = await berekenKerncijfers(db, '2025-03-03');
    expect(k.snelle_toetsen.totaal).toBe(1);
    expect(k.snelle_toetsen.per_status.Ingediend).toBe(1);

    // een andere verzekeraar mag niet beoordelen; de coördinerend verzekeraar wel
    const verboden = await voerToetsActieUit(db, { id: toetsId, actie: 'beoordeling_starten' }, VERZEKERAAR, '2025-03-04');
    expect(verboden).toMatchObject({ ok: false, soort: 'verboden' });
    ok(await voerToetsActieUit(db, { id: toetsId, actie: 'beoordeling_starten' }, COORDINEREND, '2025-03-04'));
    k = await berekenKerncijfers(db, '2025-03-04');
    expect(k.snelle_toetsen.per_status).toMatchObject({ Ingediend: 0, 'Beoordeling gestart': 1 });

    // 2. goedkeuren → toets telt als goedgekeurd en het plan is 'in uitwerking'
    ok(await voerToetsActieUit(db, { id: toetsId, actie: 'goedkeuren' }, COORDINEREND, '2025-03-10'));
    k = await berekenKerncijfers(db, '2025-03-10');
    expect(k.snelle_toetsen.per_status.Goedgekeurd).toBe(1);
    expect(k.transformatieplannen).toMatchObject({ goedgekeurde_snelle_toetsen: 1, in_uitwerking: 1, ingediend: 0 });

    // 3. alleen de indienende organisatie dient het plan in
    const vreemd = await dienPlanIn(db, { toetsId, titel: 'x', omschrijving: 'x', betrokkenheid_patienten: 'ja', bedrag_aangevraagd_eur: 1 }, ANDERE_INDIENER, '2025-03-17');
    expect(vreemd).toMatchObject({ ok: false, soort: 'verboden' });
    const zonderBetrokkenheid = await dienPlanIn(db, { toetsId, titel: 'Plan', omschrijving: 'Plan', betrokkenheid_patienten: null, bedrag_aangevraagd_eur: 1_000_000 }, INDIENER, '2025-03-17');
    expect(zonderBetrokkenheid).toMatchObject({ ok: false, soort: 'validatie', velden: { betrokkenheid_patienten: expect.stringContaining('patiënten') } });
    const plan = await dienPlanIn(
      db,
      { toetsId, titel: 'Transformatieplan hybride huisartsenzorg Noord', omschrijving: 'Uitrol in twee regio’s.', betrokkenheid_patienten: 'ja', bedrag_aangevraagd_eur: 1_000_000 },
      INDIENER,
      '2025-03-17',
    );
    ok(plan);
    const planId = plan.id;
    k = await berekenKerncijfers(db, '2025-03-17');
    expect(k.transformatieplannen).toMatchObject({ in_uitwerking: 0, ingediend: 1 });
    expect(k.transformatieplannen.per_status.Ingediend).toBe(1);

    // 4. beoordeling en voorgenomen besluit (met instemming van de tweede verzekeraar)
    ok(await voerPlanActieUit(db, { id: planId, actie: 'beoordeling_starten' }, COORDINEREND, '2025-03-18'));
    const zonderAkkoord = await voerPlanActieUit(db, { id: planId, actie: 'besluit_voornemen' }, COORDINEREND, '2025-03-20');
    expect(zonderAkkoord).toMatchObject({ ok: false, soort: 'validatie' });
    ok(await voerPlanActieUit(db, { id: planId, actie: 'besluit_voornemen', akkoordTweedeVerzekeraar: true, tweedeVerzekeraar: 'VGZ' }, COORDINEREND, '2025-03-20'));
    k = await berekenKerncijfers(db, '2025-03-20');
    expect(k.transformatieplannen.per_status['Voorgenomen besluit']).toBe(1);

    // in de vragentermijn stelt een andere verzekeraar een vraag; de coördinerend verzekeraar antwoordt
    ok(await voerPlanActieUit(db, { id: planId, actie: 'vraag_stellen', toelichting: 'Hoe wordt de impact op fte gemeten?' }, VERZEKERAAR, '2025-03-25'));
    const [vraag] = await vragenVan(db, planId);
    expect(vraag.vraag).toBe('Hoe wordt de impact op fte gemeten?');
    ok(await beantwoordVraag(db, { planId, vraagId: vraag.id, antwoord: 'Met de AZW-cijfers per kwartaal.' }, COORDINEREND, '2025-03-26'));

    // 5. de termijn (14 dagen) loopt tot en met 3 april; goedkeuren kan pas daarna, vanzelf
    const teVroeg = await voerPlanActieUit(db, { id: planId, actie: 'goedkeuren', bedragBeschikbaarGesteldEur: 900_000 }, COORDINEREND, '2025-04-03');
    expect(teVroeg).toMatchObject({ ok: false, soort: 'validatie', fout: expect.stringContaining('3 april 2025') });
    const teLaatVoorVraag = await voerPlanActieUit(db, { id: planId, actie: 'vraag_stellen', toelichting: 'Nog een vraag' }, VERZEKERAAR, '2025-04-04');
    expect(teLaatVoorVraag).toMatchObject({ ok: false, fout: expect.stringContaining('gesloten') });
    ok(await voerPlanActieUit(db, { id: planId, actie: 'goedkeuren', bedragBeschikbaarGesteldEur: 900_000 }, COORDINEREND, '2025-04-04'));
    k = await berekenKerncijfers(db, '2025-04-04');
    expect(k.transformatieplannen.per_status.Goedgekeurd).toBe(1);
    expect(k.transformatiemiddelen).toMatchObject({ beschikbaar_gesteld: 900_000, verwacht: 0, mogelijk_nog_vrij_te_geven: 900_000 });

    // 6. NZa-beschikking
    const geenNza = await legNzaBeschikkingVast(db, { planId, datum: '2025-04-10', bedrag_eur: 900_000 }, COORDINEREND, '2025-04-10');
    expect(geenNza).toMatchObject({ ok: false, soort: 'verboden' });
    ok(await legNzaBeschikkingVast(db, { planId, datum: '2025-04-10', bedrag_eur: 900_000 }, NZA, '2025-04-10'));
    const p = await planOp(db, planId, '2025-04-10');
    expect(p).toMatchObject({ status: 'Goedgekeurd', nza_beschikking_datum: '2025-04-10', nza_bedrag_eur: 900_000, bedrag_beschikbaar_gesteld_eur: 900_000 });

    // 7. KPI's: behaald → betaalbaar gesteld → betaald
    const k1 = await voegKpiToe(db, { planId, omschrijving: 'Triage in 10 praktijken', jaar: 2025, bedrag_eur: 600_000 }, COORDINEREND, '2025-04-11');
    ok(k1);
    ok(await voegKpiToe(db, { planId, omschrijving: 'Thuismonitoring 500 cliënten', jaar: 2026, bedrag_eur: 300_000 }, COORDINEREND, '2025-04-11'));
    k = await berekenKerncijfers(db, '2025-04-11');
    expect(k.transformatiemiddelen).toMatchObject({ verwacht: 900_000, betaalbaar_en_betaald: 0, raming: 900_000, mogelijk_nog_vrij_te_geven: 0 });

    ok(await voerKpiActieUit(db, { planId, kpiId: k1.kpiId, actie: 'resultaat_vastleggen', resultaat: 'behaald' }, COORDINEREND_COLLEGA, '2025-06-02'));
    k = await berekenKerncijfers(db, '2025-06-02');
    // behaald maar nog niet betaalbaar: telt nergens (contractformules), het grootboek meldt dat
    expect(k.transformatiemiddelen).toMatchObject({ verwacht: 300_000, betaalbaar_en_betaald: 0 });
    ok(await voerKpiActieUit(db, { planId, kpiId: k1.kpiId, actie: 'betaalbaar_stellen' }, COORDINEREND, '2025-06-02'));
    k = await berekenKerncijfers(db, '2025-06-02');
    expect(k.transformatiemiddelen).toMatchObject({ verwacht: 300_000, betaalbaar_en_betaald: 600_000, raming: 900_000 });
    ok(await voerKpiActieUit(db, { planId, kpiId: k1.kpiId, actie: 'betalen' }, COORDINEREND, '2025-06-16'));
    const kpis = await kpisOp(db, '2025-06-16', planId);
    expect(kpis.find((x) => x.kpi_id === k1.kpiId)).toMatchObject({ resultaat: 'behaald', bedrag_definitief_eur: 600_000, betaalstatus: 'betaald' });
    k = await berekenKerncijfers(db, '2025-06-16');
    expect(k.transformatiemiddelen.betaalbaar_en_betaald).toBe(600_000);

    // de peildatum blijft werken: op 1 april is het plan nog een voorgenomen besluit
    expect((await planOp(db, planId, '2025-04-01'))?.status).toBe('Voorgenomen besluit');
    expect((await berekenKerncijfers(db, '2025-04-01')).transformatiemiddelen.beschikbaar_gesteld).toBe(0);

    // elke stap staat in de tijdlijn en in het auditlog
    const handelingen = await handelingenVan(db, 'plan', planId);
    expect(handelingen.map((h) => h.actie)).toEqual([
      'indienen',
      'beoordeling_starten',
      'besluit_voornemen',
      'vraag_stellen',
      'vraag_beantwoorden',
      'goedkeuren',
      'nza_beschikking',
      'kpi_toevoegen',
      'kpi_toevoegen',
      'resultaat_vastleggen',
      'betaalbaar_stellen',
      'betalen',
    ]);
    const audit = await db.query<{ actie: string }>(`SELECT actie FROM audit_log WHERE object_id IN ($1, $2) OR object_id LIKE $3 ORDER BY id`, [toetsId, planId, `${planId}/%`]);
    expect(audit.map((a) => a.actie)).toContain('plan.goedkeuren');
    expect(audit.length).toBe(3 + 12);
    // de rijen in de contractlogs dragen de gebruiker als 'door'
    const log = await db.query<{ door: string; status_datum: string; status: string }>(`SELECT door, status_datum, status FROM transformatieplannen_log WHERE id = $1 ORDER BY volgnr`, [planId]);
    expect(log.at(-1)).toMatchObject({ door: NZA.email, status: 'Goedgekeurd' });
  });

  it('twee gelijktijdige goedkeuringen van hetzelfde plan: één slaagt, de ander krijgt een conflict en er gaat niets verloren', async () => {
    const t = await dienToetsIn(db, { ...TOETS, titel: 'Gelijktijdig' }, INDIENER, '2025-02-03');
    ok(t);
    ok(await voerToetsActieUit(db, { id: t.id, actie: 'beoordeling_starten' }, COORDINEREND, '2025-02-03'));
    ok(await voerToetsActieUit(db, { id: t.id, actie: 'goedkeuren' }, COORDINEREND, '2025-02-04'));
    const p = await dienPlanIn(db, { toetsId: t.id, titel: 'Plan gelijktijdig', omschrijving: 'x', betrokkenheid_patienten: 'nee', bedrag_aangevraagd_eur: 500_000 }, INDIENER, '2025-02-05');
    ok(p);
    ok(await voerPlanActieUit(db, { id: p.id, actie: 'beoordeling_starten' }, COORDINEREND, '2025-02-05'));
    ok(await voerPlanActieUit(db, { id: p.id, actie: 'besluit_voornemen', akkoordTweedeVerzekeraar: true, tweedeVerzekeraar: 'VGZ' }, COORDINEREND, '2025-02-06'));
    const versie = (await planOp(db, p.id, '2025-03-01'))!.versie;

    const [a, b] = await Promise.all([
      voerPlanActieUit(db, { id: p.id, actie: 'goedkeuren', versie, status: 'Voorgenomen besluit', bedragBeschikbaarGesteldEur: 500_000 }, COORDINEREND, '2025-03-01'),
      voerPlanActieUit(db, { id: p.id, actie: 'goedkeuren', versie, status: 'Voorgenomen besluit', bedragBeschikbaarGesteldEur: 450_000 }, COORDINEREND_COLLEGA, '2025-03-01'),
    ]);
    const uitkomsten = [a, b];
    expect(uitkomsten.filter((u) => u.ok)).toHaveLength(1);
    const verliezer = uitkomsten.find((u) => !u.ok)!;
    expect(verliezer).toMatchObject({ ok: false, soort: 'conflict', fout: expect.stringContaining('Iemand anders heeft dit transformatieplan gewijzigd') });
    const nu = await planOp(db, p.id, '2025-03-01');
    expect(nu?.status).toBe('Goedgekeurd');
    expect(nu?.versie).toBe(versie + 1);
    expect(nu?.bedrag_beschikbaar_gesteld_eur).toBe(a.ok ? 500_000 : 450_000);
    const goedkeuringen = await db.query(`SELECT 1 FROM audit_log WHERE actie = 'plan.goedkeuren' AND object_id = $1`, [p.id]);
    expect(goedkeuringen).toHaveLength(1);
  });

  it('een formulier op een oude stand (ook na een import zonder nieuwe versie) geeft een conflict', async () => {
    const t = await dienToetsIn(db, { ...TOETS, titel: 'Oud formulier' }, INDIENER, '2025-02-10');
    ok(t);
    const stand = (await toetsOp(db, t.id, '2025-02-10'))!;
    ok(await voerToetsActieUit(db, { id: t.id, actie: 'beoordeling_starten', versie: stand.versie, status: stand.status }, COORDINEREND, '2025-02-11'));
    const oud = await voerToetsActieUit(db, { id: t.id, actie: 'beoordeling_starten', versie: stand.versie, status: stand.status }, COORDINEREND_COLLEGA, '2025-02-11');
    expect(oud).toMatchObject({ ok: false, soort: 'conflict' });
  });

  it('na de sluitingsdatum (instelling, standaard 1 juli 2025) geen nieuwe snelle toetsen, behalve met toegelichte uitzondering', async () => {
    const na = await dienToetsIn(db, TOETS, INDIENER, '2025-07-01');
    expect(na).toMatchObject({ ok: false, soort: 'validatie', fout: expect.stringContaining('Vanaf 1 juli 2025 kunnen geen nieuwe snelle toetsen') });
    const metUitzondering = await dienToetsIn(db, { ...TOETS, uitzondering: true, toelichting: 'Gemeld op 20 juni aan Menzis.' }, INDIENER, '2025-07-02');
    ok(metUitzondering);
    await zetInstelling(db, INSTELLING_SLUITING, '2025-06-01', VWS.email);
    const eerder = await dienToetsIn(db, TOETS, INDIENER, '2025-06-15');
    expect(eerder).toMatchObject({ ok: false, fout: expect.stringContaining('1 juni 2025') });
    await zetInstelling(db, INSTELLING_SLUITING, '2025-07-01', VWS.email);
  });

  it('een toets met meer dan 8 thema’s of zonder titel wordt geweigerd met meldingen per veld', async () => {
    const r = await dienToetsIn(db, { ...TOETS, titel: ' ', themas: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }, INDIENER, '2025-03-01');
    expect(r).toMatchObject({ ok: false, soort: 'validatie', velden: { titel: 'Vul een titel in.', themas: expect.stringContaining('hooguit 8') } });
  });

  it('budget per jaar: wie het eerst komt, wat er over is en wat vervalt; doorbraakclaims tegen het jaarplafond', async () => {
    ok(await zetBudget(db, { jaar: 2025, bedrag_eur: 1_000_000 }, VWS));
    ok(await zetBudget(db, { jaar: 2026, bedrag_eur: 100_000 }, VWS));
    const fout = await zetBudget(db, { jaar: 2029, bedrag_eur: 1 }, VWS);
    expect(fout).toMatchObject({ ok: false, velden: { jaar: expect.stringContaining('2028') } });
    const o = await budgetOverzicht(db, '2025-06-30');
    const j2026 = o.verdeling.jaren.find((j) => j.jaar === 2026)!;
    // 300.000 KPI-bedrag in 2026 tegen 100.000 budget
    expect(j2026).toMatchObject({ budget_eur: 100_000, toegekend_eur: 300_000, overschrijding_eur: 200_000 });
    expect(o.verdeling.toekenningen.filter((t) => t.overschrijdt).map((t) => t.jaar)).toContain(2026);

    const c = await voegDoorbraakclaimToe(db, { jaar: 2027, plan_id: null, omschrijving: 'Regioplan sociaal domein', bedrag_eur: 120_000_000, sociaal_domein: true }, COORDINEREND, '2025-06-30');
    ok(c);
    expect(c.meldingen[0]).toContain('sociaal domein');
    const d = await doorbraakOverzicht(db);
    expect(d.toets.jaren.find((j) => j.jaar === 2027)).toMatchObject({ sociaal_domein_boven_plafond: true, boven_plafond: false });
  });
});
