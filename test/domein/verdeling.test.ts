import { describe, expect, it } from 'vitest';
import { beoordeeldPer, kwartaalVan, perKwartaalNaarStatus, telBetrokkenheid } from '../../src/domein/verdeling.js';

const toets = (status: string | null, ingediend_op: string | null, sectoren: string[] | null = null, themas: string[] | null = null) => ({
  status,
  ingediend_op,
  sectoren,
  themas,
  regios: null,
});

describe('verdeling per kwartaal van indiening', () => {
  const items = [toets('Ingediend', '2025-01-15'), toets('Goedgekeurd', '2025-03-31'), toets('Goedgekeurd', '2025-08-01'), toets('Onbekend', '2025-08-02'), toets('Ingediend', null)];

  it('"2025-05-20" ligt in Q2 2025', () => {
    expect(kwartaalVan('2025-05-20')).toBe('Q2 2025');
  });
  it('telt per kwartaal en status; een status buiten de lijst of zonder indieningsdatum telt niet', () => {
    const v = perKwartaalNaarStatus(items, ['Ingediend', 'Goedgekeurd']);
    expect(v.categorieen).toEqual(['Q1 2025', 'Q3 2025']);
    expect(v.waarden).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
  it('met zonderGaten staat ook het lege kwartaal ertussen', () => {
    const v = perKwartaalNaarStatus(items, ['Ingediend', 'Goedgekeurd'], { zonderGaten: true });
    expect(v.categorieen).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025']);
    expect(v.waarden[1]).toEqual([1, 0, 1]);
  });
});

describe('goed- en afgekeurde toetsen per lijstwaarde', () => {
  const toetsen = [
    toets('Goedgekeurd', '2025-01-01', ['Huisartsenzorg', 'Wijkverpleging', 'Huisartsenzorg'], ['Digitale zorg']),
    toets('Afgekeurd', '2025-01-02', ['Wijkverpleging'], ['Digitale zorg', 'Preventie']),
    toets('Ingediend', '2025-01-03', ['Ggz'], ['Preventie']),
  ];
  it('een toets telt één keer bij elke waarde die hij raakt; alleen goed- of afgekeurd', () => {
    const v = beoordeeldPer(toetsen, 'sectoren');
    expect(v.statussen).toEqual(['Goedgekeurd', 'Afgekeurd']);
    // Wijkverpleging (2) vóór Huisartsenzorg (1): meeste eerst
    expect(v.categorieen).toEqual(['Wijkverpleging', 'Huisartsenzorg']);
    expect(v.waarden).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
  it('met een vaste volgorde staan de bekende waarden in die volgorde', () => {
    expect(beoordeeldPer(toetsen, 'sectoren', ['Huisartsenzorg', 'Wijkverpleging']).categorieen).toEqual(['Huisartsenzorg', 'Wijkverpleging']);
    expect(beoordeeldPer(toetsen, 'themas').categorieen).toEqual(['Digitale zorg', 'Preventie']);
  });
});

describe('betrokkenheid van patiënten', () => {
  it('ja, nee, of niet ingesteld', () => {
    expect(telBetrokkenheid([{ betrokkenheid_patienten: 'ja' }, { betrokkenheid_patienten: 'nee' }, { betrokkenheid_patienten: null }, { betrokkenheid_patienten: 'ja' }])).toEqual({
      ja: 2,
      nee: 1,
      niet_ingesteld: 1,
    });
  });
});
