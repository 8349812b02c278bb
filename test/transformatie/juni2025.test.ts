// De fixture juni2025 (verzonnen records, gepubliceerde totalen) door de echte import: de kerncijfers,
// het grootboek en de overzichtspagina geven de gepubliceerde cijfers van 20 mei 2025 (rapportage
// 16 juni 2025, §3, §4 en §6; data/seed/kerncijfers-2025-05-20.json).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { berekenKerncijfers } from '../../src/kern/kerncijfers.js';
import { overzichtOp } from '../../src/transformatie/overzicht.js';
import { rapportGegevensVoor } from '../../src/rapportage/rondes.js';
import { budgetOverzicht, planOp, voorgenomenOp, vragentermijnDagen } from '../../src/transformatie/store/index.js';
import { renderPagina } from '../../src/platform/web/pagina.js';
import { OverzichtPagina } from '../../src/transformatie/pages/overzicht.js';
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

describe('fixture juni2025 na import', () => {
  it('berekenKerncijfers op 20 mei 2025 geeft de gepubliceerde aantallen en transformatiemiddelen', async () => {
    const k = await berekenKerncijfers(db, '2025-05-20');
    expect(k.snelle_toetsen).toEqual(GEPUBLICEERD.snelle_toetsen);
    expect(k.transformatieplannen).toEqual(GEPUBLICEERD.transformatieplannen);
    expect(k.transformatiemiddelen).toEqual(GEPUBLICEERD.transformatiemiddelen);
    expect(k.transformatiemiddelen).toEqual({
      beschikbaar_gesteld: 740_409_907,
      verwacht: 614_629_512,
      betaalbaar_en_betaald: 125_780_395,
      raming: 740_409_907,
      nog_vrij_te_geven: 150_788,
      definitief_vrijgegeven: 0,
      mogelijk_nog_vrij_te_geven: 0,
    });
  });

  it('het grootboek per plan telt op tot dezelfde cijfers, en meldt het ene plan met KPI’s boven het planbedrag', async () => {
    const o = await overzichtOp(db, '2025-05-20');
    expect(o.grootboek.totaal).toEqual(o.kerncijfers.transformatiemiddelen);
    expect(o.grootboek.plannen).toHaveLength(59);
    const boven = o.grootboek.waarschuwingen.filter((w) => w.code === 'kpis_boven_planbedrag');
    expect(boven.map((w) => w.plan_id)).toEqual(['TP-011']);
    // 48 NZa-beschikkingen en 3 plannen via het ventiel (aantallen zoals gepubliceerd; de bedragen van de NZa zijn een andere bron)
    expect(o.nza.aantal).toBe(48);
    expect(o.ventiel.aantal).toBe(3);
  });

  it('de overzichtspagina toont de gepubliceerde bedragen in Nederlandse notatie', async () => {
    const o = await overzichtOp(db, '2025-05-20');
    const html = renderPagina(OverzichtPagina({ gebruiker: null, csrf: '', vandaag: '2025-05-20', o, gepubliceerd: null, bronnen: [] }));
    for (const tekst of ['€ 740.409.907', '€ 614.629.512', '€ 125.780.395', '€ 150.788', 'kan overlap bevatten', '270 goedgekeurde snelle toetsen', '125 transformatieplannen in uitwerking']) {
      expect(html).toContain(tekst);
    }
    // elke grafiek heeft een tabel en een CSV-link
    // seven charts of the workflow plus the cumulative requests against the € 2,4 mld (issue 17)
    expect(html.match(/Download de cijfers als CSV/g)?.length).toBe(8);
  });

  it('de grafieken tellen een toets in elke regio die hij raakt, maar het kwartaaloverzicht telt hem één keer', async () => {
    const o = await overzichtOp(db, '2025-05-20');
    const kwartaal = o.grafieken['toetsen-per-kwartaal'];
    const som = kwartaal.reeksen.reduce((s, r) => s + r.waarden.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(som).toBe(416);
    const regio = o.grafieken['toetsen-per-regio'];
    const perRegio = regio.reeksen.reduce((s, r) => s + r.waarden.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(perRegio).toBeGreaterThanOrEqual(270 + 83);
    const plannen = o.grafieken['plannen-per-kwartaal'];
    expect(plannen.reeksen.reduce((s, r) => s + r.waarden.reduce<number>((a, b) => a + (b ?? 0), 0), 0)).toBe(145);
  });

  it('de pagina en het rapport tellen met dezelfde regel: goed- en afgekeurd per sector, thema en regio, en de betrokkenheid van patiënten', async () => {
    const o = await overzichtOp(db, '2025-05-20');
    const { gegevens } = await rapportGegevensVoor(db, '2025-05-20');
    const t = gegevens.toetsen!;
    for (const [naam, v] of [['toetsen-per-sector', t.per_sector], ['toetsen-per-thema', t.per_thema], ['toetsen-per-regio', t.per_regio]] as const) {
      const g = o.grafieken[naam];
      expect(g.categorieen).toEqual(v.categorieen);
      expect(g.reeksen.map((r) => r.waarden)).toEqual(v.waarden);
    }
    const b = gegevens.plannen!.betrokkenheid;
    expect(o.grafieken['betrokkenheid-patienten'].reeksen[0].waarden).toEqual([b.ja, b.nee, b.niet_ingesteld]);
    expect(b.ja + b.nee + b.niet_ingesteld).toBe(145);
  });

  it('na de peildatum: TP-043 goedgekeurd op 10 juni 2025, de vragentermijn van het voorgenomen besluit komt uit het log', async () => {
    const p = await planOp(db, 'TP-043', '2025-05-20');
    expect(p?.status).toBe('Voorgenomen besluit');
    const op = await voorgenomenOp(db, 'TP-043', '2025-05-20');
    expect(op).not.toBeNull();
    expect(await vragentermijnDagen(db)).toBe(14);
    expect((await planOp(db, 'TP-043', '2025-06-10'))?.bedrag_beschikbaar_gesteld_eur).toBe(4_250_000);
    const k = await berekenKerncijfers(db, '2025-06-10');
    expect(k.transformatiemiddelen.beschikbaar_gesteld).toBe(740_409_907 + 4_250_000);
    // zonder jaarbudgetten geen verdeling, wel toekenningen per plan en jaar
    const b = await budgetOverzicht(db, '2025-05-20');
    expect(new Set(b.toekenningen.map((t) => t.plan_id)).size).toBe(59);
    expect(b.toekenningen.reduce((s, t) => s + t.bedrag_eur, 0)).toBe(740_409_907 + 150_788);
  });
});
