import { describe, expect, it } from 'vitest';
import {
  DOORBRAAK_PLAFOND_PER_JAAR_EUR,
  DOORBRAAK_SOCIAAL_DOMEIN_PER_JAAR_EUR,
  TRANSFORMATIEMIDDELEN_PLAFOND_EUR,
  cumulatiefAangevraagd,
  formatEuro,
  toetsDoorbraakclaims,
  verdeelBudget,
  wouOverschrijden,
  type Jaarbudget,
  type Toekenning,
} from '../../src/domein/budget.js';

const BUDGETTEN: Jaarbudget[] = [
  { jaar: 2026, bedrag_eur: 500_000 },
  { jaar: 2024, bedrag_eur: 800_000 },
  { jaar: 2025, bedrag_eur: 1_000_000 },
];

// Bewust niet op volgorde aangeleverd.
const TOEKENNINGEN: Toekenning[] = [
  { plan_id: 'P-4', goedgekeurd_op: '2025-04-01', jaar: 2025, bedrag_eur: 20_000 },
  { plan_id: 'P-2', goedgekeurd_op: '2025-03-01', jaar: 2025, bedrag_eur: 350_000 },
  { plan_id: 'P-5', goedgekeurd_op: '2026-01-10', jaar: 2026, bedrag_eur: 200_000 },
  { plan_id: 'P-1', goedgekeurd_op: '2025-03-01', jaar: 2025, bedrag_eur: 300_000 },
  { plan_id: 'P-3', goedgekeurd_op: '2025-02-01', jaar: 2025, bedrag_eur: 400_000 },
  { plan_id: 'P-0', goedgekeurd_op: '2024-06-01', jaar: 2024, bedrag_eur: 500_000 },
];

describe('verdeelBudget: wie het eerst komt, die het eerst maalt', () => {
  const v = verdeelBudget(BUDGETTEN, TOEKENNINGEN, '2026-02-01');

  it('zet toekenningen op jaar, dan goedkeurdatum, dan plan-id', () => {
    expect(v.toekenningen.map((t) => t.plan_id)).toEqual(['P-0', 'P-3', 'P-1', 'P-2', 'P-4', 'P-5']);
  });

  it('geeft per toekenning het resterende budget erna (1.000.000 − 400.000 − 300.000 − 350.000 − 20.000)', () => {
    expect(v.toekenningen.filter((t) => t.jaar === 2025).map((t) => t.resterend_na_eur)).toEqual([600_000, 300_000, -50_000, -70_000]);
  });

  it('markeert de eerste die niet past en alles daarna in dat jaar, ook als het kleine bedrag nog gepast had', () => {
    expect(v.toekenningen.map((t) => [t.plan_id, t.overschrijdt])).toEqual([
      ['P-0', false],
      ['P-3', false],
      ['P-1', false],
      ['P-2', true],
      ['P-4', true],
      ['P-5', false],
    ]);
  });

  it('een overschrijding in 2025 raakt 2026 niet', () => {
    expect(v.toekenningen.find((t) => t.plan_id === 'P-5')).toMatchObject({ resterend_na_eur: 300_000, overschrijdt: false });
  });

  it('geeft per jaar budget, toegekend, resterend, overschrijding en wat vervalt', () => {
    expect(v.jaren).toEqual([
      { jaar: 2024, budget_eur: 800_000, toegekend_eur: 500_000, resterend_eur: 300_000, overschrijding_eur: 0, afgelopen: true, vervallen_eur: 300_000 },
      { jaar: 2025, budget_eur: 1_000_000, toegekend_eur: 1_070_000, resterend_eur: 0, overschrijding_eur: 70_000, afgelopen: true, vervallen_eur: 0 },
      { jaar: 2026, budget_eur: 500_000, toegekend_eur: 200_000, resterend_eur: 300_000, overschrijding_eur: 0, afgelopen: false, vervallen_eur: 0 },
    ]);
  });

  it('use it or lose it: wat in 2024 over is, komt niet bij 2025 (anders was 2025 niet overschreden)', () => {
    const jaar2025 = v.jaren.find((j) => j.jaar === 2025)!;
    expect(jaar2025.budget_eur).toBe(1_000_000);
    expect(jaar2025.overschrijding_eur).toBe(70_000);
  });

  it('een jaar vervalt pas als het voorbij is: op 31 december nog niet, op 1 januari wel', () => {
    const opOudjaar = verdeelBudget(BUDGETTEN, TOEKENNINGEN, '2026-12-31').jaren.find((j) => j.jaar === 2026)!;
    expect(opOudjaar).toMatchObject({ afgelopen: false, vervallen_eur: 0 });
    const opNieuwjaar = verdeelBudget(BUDGETTEN, TOEKENNINGEN, '2027-01-01').jaren.find((j) => j.jaar === 2026)!;
    expect(opNieuwjaar).toMatchObject({ afgelopen: true, vervallen_eur: 300_000 });
  });

  it('een toekenning in een jaar zonder budget (na 2028) overschrijdt altijd', () => {
    const r = verdeelBudget(BUDGETTEN, [{ plan_id: 'P-9', goedgekeurd_op: '2028-11-01', jaar: 2029, bedrag_eur: 1 }], '2028-12-01');
    expect(r.toekenningen[0]).toMatchObject({ resterend_na_eur: -1, overschrijdt: true });
    expect(r.jaren.find((j) => j.jaar === 2029)).toMatchObject({ budget_eur: 0, overschrijding_eur: 1 });
  });

  it('precies het hele budget toekennen is geen overschrijding', () => {
    const r = verdeelBudget([{ jaar: 2027, bedrag_eur: 100 }], [{ plan_id: 'A', goedgekeurd_op: '2027-01-05', jaar: 2027, bedrag_eur: 100 }], '2027-06-01');
    expect(r.toekenningen[0]).toMatchObject({ resterend_na_eur: 0, overschrijdt: false });
  });

  it('weigert gebroken euro\'s, dubbele budgetjaren en ongeldige datums', () => {
    expect(() => verdeelBudget([{ jaar: 2025, bedrag_eur: 10.5 }], [], '2025-01-01')).toThrow(RangeError);
    expect(() => verdeelBudget([{ jaar: 2025, bedrag_eur: 1 }, { jaar: 2025, bedrag_eur: 2 }], [], '2025-01-01')).toThrow(/Dubbel budget/);
    expect(() => verdeelBudget(BUDGETTEN, [{ plan_id: 'X', goedgekeurd_op: '01-03-2025', jaar: 2025, bedrag_eur: 1 }], '2025-01-01')).toThrow(RangeError);
  });
});

describe('wouOverschrijden: waarschuwing op het goedkeurformulier', () => {
  it('past precies in wat over is (500.000 − 200.000 = 300.000)', () => {
    expect(wouOverschrijden(BUDGETTEN, TOEKENNINGEN, { jaar: 2026, bedrag_eur: 300_000 })).toEqual({
      overschrijdt: false,
      resterend_eur: 300_000,
      tekort_eur: 0,
      melding: null,
    });
  });

  it('één euro te veel geeft een Nederlandse melding met rest en tekort', () => {
    const r = wouOverschrijden(BUDGETTEN, TOEKENNINGEN, { jaar: 2026, bedrag_eur: 300_001 });
    expect(r).toMatchObject({ overschrijdt: true, resterend_eur: 300_000, tekort_eur: 1 });
    expect(r.melding).toBe('Dit bedrag overschrijdt het resterende budget voor 2026 (€ 300.000) met € 1.');
  });

  it('in een al overschreden jaar is de rest 0, niet negatief', () => {
    expect(wouOverschrijden(BUDGETTEN, TOEKENNINGEN, { jaar: 2025, bedrag_eur: 5 })).toMatchObject({ resterend_eur: 0, tekort_eur: 5 });
  });

  it('na de looptijd van het fonds zegt de melding dat het tot en met 2028 loopt', () => {
    const r = wouOverschrijden(BUDGETTEN, [], { jaar: 2029, bedrag_eur: 10 });
    expect(r.overschrijdt).toBe(true);
    expect(r.melding).toContain('tot en met 2028');
  });
});

describe('toetsDoorbraakclaims: jaarplafond en sociaal domein', () => {
  it('de standaardwaarden zijn € 400 mln per jaar en € 100 mln voor het sociaal domein', () => {
    expect(DOORBRAAK_PLAFOND_PER_JAAR_EUR).toBe(400_000_000);
    expect(DOORBRAAK_SOCIAAL_DOMEIN_PER_JAAR_EUR).toBe(100_000_000);
  });

  it('zonder claims staan 2027 en 2028 erin met 0 en is alles in orde', () => {
    const r = toetsDoorbraakclaims([]);
    expect(r.in_orde).toBe(true);
    expect(r.jaren.map((j) => [j.jaar, j.totaal_eur, j.plafond_eur])).toEqual([
      [2027, 0, 400_000_000],
      [2028, 0, 400_000_000],
    ]);
  });

  const claims = [
    { jaar: 2027, bedrag_eur: 250_000_000, sociaal_domein: false },
    { jaar: 2027, bedrag_eur: 70_000_000, sociaal_domein: true },
    { jaar: 2027, bedrag_eur: 50_000_000, sociaal_domein: true },
    { jaar: 2028, bedrag_eur: 380_000_000, sociaal_domein: false },
    { jaar: 2028, bedrag_eur: 30_000_000, sociaal_domein: true },
  ];

  it('2027: totaal 370 mln past, maar het sociaal domein (120 mln) gaat 20 mln over zijn 100 mln', () => {
    const j = toetsDoorbraakclaims(claims).jaren.find((x) => x.jaar === 2027)!;
    expect(j).toMatchObject({
      totaal_eur: 370_000_000,
      boven_plafond: false,
      sociaal_domein_eur: 120_000_000,
      sociaal_domein_boven_plafond: true,
      overig_eur: 250_000_000,
    });
    expect(j.meldingen).toEqual([
      'Het sociaal-domeindeel in 2027 (€ 120.000.000) overschrijdt de € 100.000.000 voor het sociaal domein met € 20.000.000.',
    ]);
  });

  it('2028: totaal 410 mln gaat 10 mln over het jaarplafond', () => {
    const j = toetsDoorbraakclaims(claims).jaren.find((x) => x.jaar === 2028)!;
    expect(j).toMatchObject({ totaal_eur: 410_000_000, boven_plafond: true, sociaal_domein_boven_plafond: false });
    expect(j.meldingen).toEqual([
      'De claims op doorbraakmiddelen in 2028 (€ 410.000.000) overschrijden het jaarplafond van € 400.000.000 met € 10.000.000.',
    ]);
  });

  it('elk jaar wordt apart getoetst: een overschot in 2027 dekt 2028 niet', () => {
    const r = toetsDoorbraakclaims(claims);
    expect(r.in_orde).toBe(false);
    expect(r.meldingen).toHaveLength(2);
  });

  it('een claim buiten 2027-2028 wordt gemeld', () => {
    const r = toetsDoorbraakclaims([{ jaar: 2026, bedrag_eur: 5_000_000, sociaal_domein: false }]);
    const j = r.jaren.find((x) => x.jaar === 2026)!;
    expect(j).toMatchObject({ binnen_periode: false, plafond_eur: 0, boven_plafond: true });
    expect(j.meldingen[0]).toContain('alleen in 2027 en 2028');
  });

  it('plafonds en jaren zijn instelbaar', () => {
    const r = toetsDoorbraakclaims(claims, { plafond_per_jaar_eur: 420_000_000, sociaal_domein_per_jaar_eur: 150_000_000 });
    expect(r.in_orde).toBe(true);
    const alleen2028 = toetsDoorbraakclaims([], { jaren: [2028] });
    expect(alleen2028.jaren.map((j) => j.jaar)).toEqual([2028]);
  });
});

describe('cumulatiefAangevraagd: aanvragen op indieningsdatum tegen € 2,4 mld', () => {
  it('het standaardplafond is € 2,4 mld', () => {
    expect(TRANSFORMATIEMIDDELEN_PLAFOND_EUR).toBe(2_400_000_000);
  });

  it('telt op per datum; precies het plafond is niet erboven, één euro meer wel', () => {
    const reeks = cumulatiefAangevraagd([
      { ingediend_op: '2024-03-01', bedrag_aangevraagd_eur: 1 },
      { ingediend_op: '2024-01-10', bedrag_aangevraagd_eur: 1_000_000_000 },
      { ingediend_op: '2024-02-01', bedrag_aangevraagd_eur: 900_000_000 },
      { ingediend_op: '2024-01-10', bedrag_aangevraagd_eur: 500_000_000 },
      { ingediend_op: '2024-03-01', bedrag_aangevraagd_eur: null },
    ]);
    expect(reeks).toEqual([
      { datum: '2024-01-10', aantal: 2, cumulatief: 1_500_000_000, boven_plafond: false },
      { datum: '2024-02-01', aantal: 3, cumulatief: 2_400_000_000, boven_plafond: false },
      { datum: '2024-03-01', aantal: 5, cumulatief: 2_400_000_001, boven_plafond: true },
    ]);
  });

  it('een ander plafond kan worden meegegeven', () => {
    const reeks = cumulatiefAangevraagd([{ ingediend_op: '2025-01-01', bedrag_aangevraagd_eur: 150 }], 100);
    expect(reeks[0].boven_plafond).toBe(true);
  });

  it('zonder plannen is de reeks leeg', () => {
    expect(cumulatiefAangevraagd([])).toEqual([]);
  });
});

describe('formatEuro', () => {
  it('groepeert duizendtallen met punten', () => {
    expect(formatEuro(1_234_567)).toBe('€ 1.234.567');
    expect(formatEuro(0)).toBe('€ 0');
    expect(formatEuro(999)).toBe('€ 999');
    expect(formatEuro(-1_234)).toBe('€ -1.234');
  });
});
