// Envelopes with their own cap (data/seed/enveloppen.csv, AZWA financial paragraph) against their use.
import { beforeAll, describe, expect, it } from 'vitest';
import { enveloppeStanden, leesPeriode, type Enveloppe, type EnveloppeGebruik } from '../../src/domein/enveloppen.js';
import { getal, leegIsNull, leesSeed } from '../helpers/seedcsv.js';

let enveloppen: Enveloppe[];

beforeAll(async () => {
  enveloppen = (await leesSeed('enveloppen.csv')).map((c) => ({
    enveloppe: c.enveloppe,
    omschrijving: c.omschrijving,
    periode: c.periode,
    plafond_mln: getal(c.plafond_mln),
    binnen: leegIsNull(c.binnen),
    afspraken: c.afspraken ? c.afspraken.split('|') : [],
    bron: leegIsNull(c.bron),
  }));
});

const cap = (id: string, periode: string) => enveloppen.find((e) => e.enveloppe === id && e.periode === periode)!.plafond_mln;

describe('enveloppen', () => {
  it('holds the caps of the text with their source lines', () => {
    expect(cap('resv_mdz', '2027')).toBe(70);
    expect(cap('doorbraakmiddelen', '2028')).toBe(400);
    expect(cap('doorbraak_sociaal_domein', '2027')).toBe(100);
    expect(cap('sociaal_domein_incidenteel', '2027-2028')).toBe(196);
    expect(cap('kwaliteitsprogrammas', '2027')).toBe(12.5);
    expect(cap('transformatiemiddelen', 'totaal')).toBe(2400);
    for (const e of enveloppen) {
      expect(leesPeriode(e.periode).geldig, e.enveloppe).toBe(true);
      expect(e.bron, e.enveloppe).toMatch(/^002 r\. \d+/);
    }
    expect(leesPeriode('2028-2027').geldig).toBe(false);
    expect(leesPeriode('2027-2028').jaren).toEqual([2027, 2028]);
  });

  it('without any use every envelope is shown with its cap and nothing used', () => {
    const { standen, signalen } = enveloppeStanden(enveloppen, [], '2028-12-31');
    expect(standen).toHaveLength(enveloppen.length);
    expect(standen.every((s) => s.gebruikt === null && !s.boven_plafond)).toBe(true);
    expect(signalen).toEqual([]);
  });

  // Invented use figures (nothing is published yet) to exercise the cap rules.
  const gebruik: EnveloppeGebruik[] = [
    { enveloppe: 'resv_mdz', jaar: 2027, stand: '2028-04-01', bedrag_mln: 64, toelichting: null },
    { enveloppe: 'resv_mdz', jaar: 2027, stand: '2028-10-01', bedrag_mln: 75.5, toelichting: 'Q4-cijfers' },
    { enveloppe: 'doorbraak_sociaal_domein', jaar: 2028, stand: '2029-04-01', bedrag_mln: 100, toelichting: null },
    { enveloppe: 'sociaal_domein_incidenteel', jaar: 2027, stand: '2028-04-01', bedrag_mln: 80, toelichting: null },
    { enveloppe: 'sociaal_domein_incidenteel', jaar: 2028, stand: '2029-04-01', bedrag_mln: 119, toelichting: null },
    { enveloppe: 'resv_mdz', jaar: 2026, stand: '2027-04-01', bedrag_mln: 10, toelichting: null },
    { enveloppe: 'onbekend', jaar: 2027, stand: '2028-04-01', bedrag_mln: 1, toelichting: null },
  ];

  it('flags RESV use above € 70 mln within the MDZ kader, newest stand at the peildatum', () => {
    const voor = enveloppeStanden(enveloppen, gebruik, '2028-06-30').standen.find((s) => s.enveloppe === 'resv_mdz' && s.periode === '2027')!;
    expect(voor).toMatchObject({ gebruikt: 64, resterend: 6, boven_plafond: false, pct: 91 });
    const na = enveloppeStanden(enveloppen, gebruik, '2028-12-31');
    const resv = na.standen.find((s) => s.enveloppe === 'resv_mdz' && s.periode === '2027')!;
    expect(resv).toMatchObject({ gebruikt: 75.5, resterend: -5.5, boven_plafond: true });
    expect(resv.melding).toContain('€ 5,5 mln te veel (002 r. 6765-6771');
  });

  it('a cap over a range adds the years; exactly on the cap is not above it', () => {
    const { standen, signalen } = enveloppeStanden(enveloppen, gebruik, '2029-12-31');
    expect(standen.find((s) => s.enveloppe === 'sociaal_domein_incidenteel')).toMatchObject({ gebruikt: 199, boven_plafond: true, jaren_met_gebruik: [2027, 2028] });
    expect(standen.find((s) => s.enveloppe === 'doorbraak_sociaal_domein' && s.periode === '2028')).toMatchObject({ gebruikt: 100, boven_plafond: false, pct: 100 });
    expect(signalen).toContain("Gebruik van onbekende enveloppe 'onbekend' in 2027; het telt nergens mee.");
    expect(signalen).toContain("Gebruik van enveloppe 'resv_mdz' in 2026 valt buiten de periodes met een plafond.");
  });
});
