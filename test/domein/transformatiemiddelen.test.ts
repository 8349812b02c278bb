import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_STATUSSEN, TOETS_STATUSSEN } from '../../src/domein/begrippen.js';
import {
  berekenTransformatiemiddelen,
  fondsGrootboek,
  type KpiStand,
  type PlanStand,
  type Transformatiemiddelen,
} from '../../src/domein/transformatiemiddelen.js';

const kpi = (plan_id: string, kpi_id: string, k: Partial<KpiStand>): KpiStand => ({
  plan_id,
  kpi_id,
  bedrag_eur: null,
  bedrag_definitief_eur: null,
  resultaat: 'open',
  betaalstatus: 'open',
  vrijgave: null,
  ...k,
});

// Met de hand opgezet grootboek.
// Plan A, goedgekeurd, € 1.000.000:
//   K1 € 300.000 behaald, definitief 300.000, betaald                 → betaalbaar 300.000
//   K2 € 200.000 deels behaald, definitief 150.000, betaald,
//      vrijgave 'nog vrij te geven'                                   → betaalbaar 150.000; nog vrij 50.000
//   K3 € 250.000 niet behaald, definitief 0, 'definitief vrijgegeven' → definitief vrijgegeven 250.000
//   K4 € 100.000 open                                                  → verwacht 100.000
//   KPI-som 850.000 → mogelijk nog vrij te geven 1.000.000 − 850.000 = 150.000
// Plan B, goedgekeurd, € 400.000: K1 300.000 open, K2 150.000 open → verwacht 450.000;
//   KPI-som 450.000 > 400.000 → mogelijk max(0, −50.000) = 0
// Plan C: op P nog 'Voorgenomen besluit' (pas daarna goedgekeurd): telt niet, ook zijn KPI niet.
// Plan D: afgekeurd, met een bedrag: telt niet.
const PLANNEN: PlanStand[] = [
  { id: 'A', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 1_000_000 },
  { id: 'B', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 400_000 },
  { id: 'C', status: 'Voorgenomen besluit', bedrag_beschikbaar_gesteld_eur: null },
  { id: 'D', status: 'Afgekeurd', bedrag_beschikbaar_gesteld_eur: 900_000 },
];
const KPIS: KpiStand[] = [
  kpi('A', 'K1', { bedrag_eur: 300_000, resultaat: 'behaald', bedrag_definitief_eur: 300_000, betaalstatus: 'betaald' }),
  kpi('A', 'K2', { bedrag_eur: 200_000, resultaat: 'deels behaald', bedrag_definitief_eur: 150_000, betaalstatus: 'betaald', vrijgave: 'nog vrij te geven' }),
  kpi('A', 'K3', { bedrag_eur: 250_000, resultaat: 'niet behaald', bedrag_definitief_eur: 0, vrijgave: 'definitief vrijgegeven' }),
  kpi('A', 'K4', { bedrag_eur: 100_000 }),
  kpi('B', 'K1', { bedrag_eur: 300_000 }),
  kpi('B', 'K2', { bedrag_eur: 150_000 }),
  kpi('C', 'K1', { bedrag_eur: 500_000 }),
  kpi('D', 'K1', { bedrag_eur: 900_000, resultaat: 'behaald', bedrag_definitief_eur: 900_000, betaalstatus: 'betaald' }),
];

describe('berekenTransformatiemiddelen: contractformules op een met de hand berekend grootboek', () => {
  it('totalen over de op P goedgekeurde plannen', () => {
    // beschikbaar 1.000.000 + 400.000 = 1.400.000; verwacht 100.000 + 450.000 = 550.000;
    // betaalbaar 300.000 + 150.000 = 450.000; raming 550.000 + 450.000 = 1.000.000;
    // nog vrij 200.000 − 150.000 = 50.000; definitief vrijgegeven 250.000 − 0 = 250.000; mogelijk 150.000 + 0.
    expect(berekenTransformatiemiddelen(PLANNEN, KPIS)).toEqual({
      beschikbaar_gesteld: 1_400_000,
      verwacht: 550_000,
      betaalbaar_en_betaald: 450_000,
      raming: 1_000_000,
      nog_vrij_te_geven: 50_000,
      definitief_vrijgegeven: 250_000,
      mogelijk_nog_vrij_te_geven: 150_000,
    });
  });

  it('per plan: A met ongebonden geld, B met KPI\'s boven het planbedrag (mogelijk nog vrij te geven 0)', () => {
    const g = fondsGrootboek(PLANNEN, KPIS);
    expect(g.plannen.map((p) => p.plan_id)).toEqual(['A', 'B']);
    expect(g.plannen[0]).toMatchObject({ beschikbaar_gesteld: 1_000_000, verwacht: 100_000, betaalbaar_en_betaald: 450_000, raming: 550_000, nog_vrij_te_geven: 50_000, definitief_vrijgegeven: 250_000, mogelijk_nog_vrij_te_geven: 150_000, kpi_bedrag_totaal: 850_000, aantal_kpis: 4 });
    expect(g.plannen[1]).toMatchObject({ beschikbaar_gesteld: 400_000, verwacht: 450_000, betaalbaar_en_betaald: 0, raming: 450_000, mogelijk_nog_vrij_te_geven: 0, kpi_bedrag_totaal: 450_000 });
    expect(g.waarschuwingen.map((w) => [w.code, w.plan_id])).toEqual([['kpis_boven_planbedrag', 'B']]);
  });

  it('de totalen zijn de som van de planregels', () => {
    const g = fondsGrootboek(PLANNEN, KPIS);
    for (const veld of Object.keys(g.totaal) as (keyof Transformatiemiddelen)[]) {
      expect(g.totaal[veld], veld).toBe(g.plannen.reduce((s, p) => s + p[veld], 0));
    }
  });

  it('een plan dat pas na de peildatum is goedgekeurd telt niet, ook niet met KPI\'s op P', () => {
    // Alleen C: status op P 'Voorgenomen besluit' → alles 0.
    const alleenC = berekenTransformatiemiddelen([PLANNEN[2]], [KPIS[6]]);
    expect(Object.values(alleenC)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('open KPI zonder bedrag telt als 0 in verwacht, met waarschuwing', () => {
    const g = fondsGrootboek([{ id: 'E', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 500_000 }], [kpi('E', 'K1', { bedrag_eur: null }), kpi('E', 'K2', { bedrag_eur: 200_000 })]);
    // verwacht 0 + 200.000; mogelijk 500.000 − 200.000 = 300.000.
    expect(g.totaal).toMatchObject({ verwacht: 200_000, mogelijk_nog_vrij_te_geven: 300_000 });
    expect(g.waarschuwingen.map((w) => [w.code, w.kpi_id])).toEqual([['kpi_zonder_bedrag', 'K1']]);
  });

  it('betaalbaar gestelde KPI zonder definitief bedrag telt als 0, met waarschuwing', () => {
    const g = fondsGrootboek(
      [{ id: 'F', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 100_000 }],
      [kpi('F', 'K1', { bedrag_eur: 100_000, resultaat: 'behaald', betaalstatus: 'betaalbaar gesteld' })],
    );
    expect(g.totaal).toMatchObject({ verwacht: 0, betaalbaar_en_betaald: 0, raming: 0, mogelijk_nog_vrij_te_geven: 0 });
    expect(g.waarschuwingen.map((w) => w.code)).toEqual(['kpi_zonder_definitief_bedrag']);
  });

  it('leeg resultaat en lege betaalstatus gelden als open, zonder waarschuwing', () => {
    const g = fondsGrootboek([{ id: 'G', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 70_000 }], [kpi('G', 'K1', { bedrag_eur: 70_000, resultaat: null, betaalstatus: null })]);
    expect(g.totaal).toMatchObject({ verwacht: 70_000, betaalbaar_en_betaald: 0 });
    expect(g.waarschuwingen).toEqual([]);
  });

  it('behaald maar nog niet betaalbaar gesteld valt tussen verwacht en betaalbaar in: gemeld, niet verborgen', () => {
    const g = fondsGrootboek([{ id: 'H', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 10_000 }], [kpi('H', 'K1', { bedrag_eur: 10_000, resultaat: 'behaald', bedrag_definitief_eur: 10_000 })]);
    expect(g.totaal).toMatchObject({ verwacht: 0, betaalbaar_en_betaald: 0, raming: 0 });
    expect(g.waarschuwingen.map((w) => w.code)).toEqual(['kpi_resultaat_zonder_betaalstatus']);
  });

  it('KPI van een plan dat op P niet bestaat telt nergens en wordt gemeld', () => {
    const g = fondsGrootboek([], [kpi('X', 'K1', { bedrag_eur: 5 })]);
    expect(Object.values(g.totaal)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(g.waarschuwingen.map((w) => w.code)).toEqual(['kpi_zonder_plan']);
  });

  it('bedragen moeten hele euro\'s zijn', () => {
    expect(() => berekenTransformatiemiddelen([{ id: 'A', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: 10.5 }], [])).toThrow(RangeError);
  });

  it('een som boven Number.MAX_SAFE_INTEGER wordt geweigerd in plaats van onnauwkeurig', () => {
    const groot = Number.MAX_SAFE_INTEGER - 1;
    expect(() =>
      berekenTransformatiemiddelen(
        [
          { id: 'A', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: groot },
          { id: 'B', status: 'Goedgekeurd', bedrag_beschikbaar_gesteld_eur: groot },
        ],
        [],
      ),
    ).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Fixture juni2025: verzonnen records die de gepubliceerde cijfers van 20 mei 2025 opleveren.

const FIXTURE = new URL('../fixtures/juni2025/', import.meta.url);
const PUBLICATIE = JSON.parse(readFileSync(new URL('../../data/seed/kerncijfers-2025-05-20.json', import.meta.url), 'utf8'));

/** Minimale ;-CSV-lezer met RFC 4180-aanhalingstekens (de echte importer is elders). */
function leesCsv(naam: string): Record<string, string>[] {
  const tekst = readFileSync(new URL(naam, FIXTURE), 'utf8').replace(/^\uFEFF/, '');
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let inQuote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (inQuote) {
      if (c === '"' && tekst[i + 1] === '"') (cel += '"'), i++;
      else if (c === '"') inQuote = false;
      else cel += c;
    } else if (c === '"') inQuote = true;
    else if (c === ';') rij.push(cel), (cel = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      rij.push(cel), rijen.push(rij), (rij = []), (cel = '');
    } else cel += c;
  }
  if (cel !== '' || rij.length) rij.push(cel), rijen.push(rij);
  const [kop, ...data] = rijen;
  return data.map((r) => Object.fromEntries(kop.map((k, i) => [k.trim().toLowerCase(), r[i] ?? ''])));
}

/**
 * Stand op P volgens contract §1: rijen met status_datum ≤ P, op datum (bij gelijke datum in
 * bestandsvolgorde); status van de laatste rij, elke andere kolom de laatste niet-lege waarde.
 */
function standOp(rijen: Record<string, string>[], sleutel: (r: Record<string, string>) => string, P: string, statusKolom: string | null) {
  const perSleutel = new Map<string, { r: Record<string, string>; i: number }[]>();
  rijen.forEach((r, i) => {
    if (r.status_datum > P) return;
    const k = sleutel(r);
    perSleutel.set(k, [...(perSleutel.get(k) ?? []), { r, i }]);
  });
  const uit = new Map<string, Record<string, string>>();
  for (const [k, lijst] of perSleutel) {
    lijst.sort((a, b) => (a.r.status_datum < b.r.status_datum ? -1 : a.r.status_datum > b.r.status_datum ? 1 : a.i - b.i));
    const stand: Record<string, string> = {};
    for (const { r } of lijst) for (const [kol, v] of Object.entries(r)) if (v !== '') stand[kol] = v;
    if (statusKolom) stand[statusKolom] = lijst[lijst.length - 1].r[statusKolom];
    uit.set(k, stand);
  }
  return uit;
}

const leeg = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const bedrag = (v: string | undefined) => (leeg(v) === null ? null : Number(v));

function middelenOp(P: string) {
  const plannen = standOp(leesCsv('transformatieplannen.csv'), (r) => r.id, P, 'status');
  const kpis = standOp(leesCsv('kpis.csv'), (r) => `${r.plan_id}|${r.kpi_id}`, P, null);
  return fondsGrootboek(
    [...plannen.values()].map((p) => ({ id: p.id, status: p.status as PlanStand['status'], bedrag_beschikbaar_gesteld_eur: bedrag(p.bedrag_beschikbaar_gesteld_eur) })),
    [...kpis.values()].map((k) => ({
      plan_id: k.plan_id,
      kpi_id: k.kpi_id,
      bedrag_eur: bedrag(k.bedrag_eur),
      bedrag_definitief_eur: bedrag(k.bedrag_definitief_eur),
      resultaat: leeg(k.resultaat) as KpiStand['resultaat'],
      betaalstatus: leeg(k.betaalstatus) as KpiStand['betaalstatus'],
      vrijgave: leeg(k.vrijgave) as KpiStand['vrijgave'],
    })),
  );
}

describe('fixture juni2025 reproduceert de gepubliceerde cijfers van 20 mei 2025', () => {
  it('transformatiemiddelen op 2025-05-20 gelijk aan de publicatie (002 r. 10210-10247)', () => {
    const g = middelenOp('2025-05-20');
    expect(g.totaal).toEqual(PUBLICATIE.transformatiemiddelen);
    // Vaste getallen ook letterlijk, zodat een gewijzigde seed dit niet ongemerkt meeneemt.
    expect(g.totaal).toEqual({
      beschikbaar_gesteld: 740409907,
      verwacht: 614629512,
      betaalbaar_en_betaald: 125780395,
      raming: 740409907,
      nog_vrij_te_geven: 150788,
      definitief_vrijgegeven: 0,
      mogelijk_nog_vrij_te_geven: 0,
    });
    expect(g.plannen).toHaveLength(59);
    // De publicatie klopt alleen als precies één plan KPI's heeft die 150.788 boven het planbedrag uitkomen.
    const boven = g.plannen.filter((p) => p.kpi_bedrag_totaal !== p.beschikbaar_gesteld);
    expect(boven.map((p) => p.kpi_bedrag_totaal - p.beschikbaar_gesteld)).toEqual([150788]);
    expect(g.waarschuwingen.map((w) => w.code)).toEqual(['kpis_boven_planbedrag']);
  });

  it('na de peildatum verandert het beeld: een plan goedgekeurd op 10 juni 2025 en vrijgegeven geld', () => {
    const later = middelenOp('2025-07-01').totaal;
    // Het plan van 10 juni 2025 brengt € 4.250.000 (zie maak-fixture.ts).
    expect(later.beschikbaar_gesteld).toBe(740409907 + 4_250_000);
    expect(later.definitief_vrijgegeven).toBeGreaterThan(0);
    expect(later.betaalbaar_en_betaald).toBeGreaterThan(125780395);
  });

  it('snelle toetsen en transformatieplannen tellen op P zoals gepubliceerd', () => {
    const P = '2025-05-20';
    const toetsRijen = leesCsv('snelle_toetsen.csv');
    const planRijen = leesCsv('transformatieplannen.csv');
    const toetsen = [...standOp(toetsRijen, (r) => r.id, P, 'status').values()].filter((t) => t.ingediend_op <= P);
    const plannen = [...standOp(planRijen, (r) => r.id, P, 'status').values()].filter((p) => p.ingediend_op <= P);
    const telling = (lijst: Record<string, string>[], statussen: readonly string[]) =>
      Object.fromEntries(statussen.map((s) => [s, lijst.filter((x) => x.status === s).length]));

    expect(toetsen).toHaveLength(PUBLICATIE.snelle_toetsen.totaal);
    expect(telling(toetsen, TOETS_STATUSSEN)).toEqual(PUBLICATIE.snelle_toetsen.per_status);
    expect(plannen).toHaveLength(PUBLICATIE.transformatieplannen.ingediend);
    expect(telling(plannen, PLAN_STATUSSEN)).toEqual(PUBLICATIE.transformatieplannen.per_status);

    const goedgekeurd = new Set(toetsen.filter((t) => t.status === 'Goedgekeurd').map((t) => t.id));
    expect(goedgekeurd.size).toBe(PUBLICATIE.transformatieplannen.goedgekeurde_snelle_toetsen);
    const metPlan = new Set(plannen.map((p) => p.snelle_toets_id));
    expect([...goedgekeurd].filter((id) => !metPlan.has(id))).toHaveLength(PUBLICATIE.transformatieplannen.in_uitwerking);
  });

  it('elk plan verwijst naar een toets die goedgekeurd is op de indieningsdatum van het plan', () => {
    const toetsRijen = leesCsv('snelle_toetsen.csv');
    for (const p of standOp(leesCsv('transformatieplannen.csv'), (r) => r.id, '9999-12-31', 'status').values()) {
      const toets = standOp(toetsRijen, (r) => r.id, p.ingediend_op, 'status').get(p.snelle_toets_id);
      expect(toets?.status, `${p.id} → ${p.snelle_toets_id}`).toBe('Goedgekeurd');
    }
  });

  it('datums: toetsen ingediend 2022-11-01 t/m 2025-05-15 (vóór P), statussen op P niet na P', () => {
    const rijen = leesCsv('snelle_toetsen.csv');
    for (const r of rijen.filter((r) => r.ingediend_op <= '2025-05-20')) {
      expect(r.ingediend_op >= '2022-11-01' && r.ingediend_op <= '2025-05-15', r.id).toBe(true);
      expect(r.status_datum >= r.ingediend_op, r.id).toBe(true);
    }
    // Er zijn rijen na P, anders test de fixture 'stand op peildatum' niet.
    expect(rijen.some((r) => r.status_datum > '2025-05-20')).toBe(true);
  });
});
