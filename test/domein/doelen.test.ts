import { describe, expect, it } from 'vitest';
import { clusterSommen, hogerIsBeter, splitsIndicatoren, kringInOuders, laatsteMeting, metingen, padWaarde, voortgang, type Doel, type Waarneming } from '../../src/domein/doelen.js';

// TD1 and its AZWA share as the AZWA writes them (002 r. 952-958, r. 995-1002, r. 1091-1093, r. 1177-1358).
function doel(d: Partial<Doel> & Pick<Doel, 'code' | 'streefwaarde'>): Doel {
  return {
    titel: d.code,
    transitiedoel: 'TD1',
    bovenliggend: null,
    eenheid: 'personen',
    streefwaarde_soort: 'minimaal',
    basis_waarde: 0,
    basis_datum: '2024-12-31',
    streef_datum: '2028-12-31',
    indicatoren: [],
    afspraken: [],
    bron_document: '002',
    bron_regels: null,
    ...d,
  };
}
const TD1 = doel({ code: 'TD1', streefwaarde: 100_000, streefwaarde_soort: 'circa' });
const AZWA = doel({ code: 'TD1-AZWA', bovenliggend: 'TD1', streefwaarde: 40_000 });
const CLUSTERS = [
  doel({ code: 'TD1-PZ', bovenliggend: 'TD1-AZWA', streefwaarde: 20_000, streefwaarde_soort: 'circa' }),
  doel({ code: 'TD1-AI', bovenliggend: 'TD1-AZWA', streefwaarde: 8_000 }),
  doel({ code: 'TD1-ADM', bovenliggend: 'TD1-AZWA', streefwaarde: 5_000, streefwaarde_soort: 'circa' }),
  doel({ code: 'TD1-VK', bovenliggend: 'TD1-AZWA', streefwaarde: 4_000 }),
  doel({ code: 'TD1-OV', bovenliggend: 'TD1-AZWA', streefwaarde: 3_000, streefwaarde_soort: 'circa' }),
];

describe('pad van basis naar streefwaarde', () => {
  it('TD1: 0 eind 2024 → 100.000 eind 2028 is halverwege (31 december 2026) op 50.000', () => {
    // 2024-12-31 → 2026-12-31 = 730 days of 1461
    expect(padWaarde(TD1, '2026-12-31')).toBeCloseTo((100_000 * 730) / 1461, 6);
    expect(Math.round(padWaarde(TD1, '2026-12-31')!)).toBe(49_966);
  });
  it('op de basisdatum de basiswaarde, na de streefdatum de streefwaarde, ervóór geen pad', () => {
    expect(padWaarde(TD1, '2024-12-31')).toBe(0);
    expect(padWaarde(TD1, '2029-06-30')).toBe(100_000);
    expect(padWaarde(TD1, '2024-06-30')).toBeNull();
  });
  it('zonder basiswaarde is er geen pad (administratietijd: de bronnen geven geen nulmeting)', () => {
    const adm = doel({ code: 'A-ADM20', eenheid: '%', streefwaarde: 20, streefwaarde_soort: 'maximaal', basis_waarde: null, basis_datum: null, streef_datum: '2030-01-01' });
    expect(padWaarde(adm, '2027-01-01')).toBeNull();
    expect(hogerIsBeter(adm)).toBe(false);
  });
  it('een dalend pad: mensen ongewenst zonder huisarts naar nul eind 2028', () => {
    const ha = doel({ code: 'TD2-HA', eenheid: 'personen', streefwaarde: 0, streefwaarde_soort: 'maximaal', basis_waarde: 1000, basis_datum: '2026-12-31' });
    expect(hogerIsBeter(ha)).toBe(false);
    expect(padWaarde(ha, '2027-12-31')).toBeCloseTo(1000 - (1000 * 365) / 731, 6);
  });
});

describe('clusterverdeling van het AZWA-aandeel', () => {
  it('20.000 + 8.000 + 5.000 + 4.000 + 3.000 = 40.000 (002 r. 1211, 1247, 1275, 1300, 1356 tegen r. 1093)', () => {
    const sommen = clusterSommen([TD1, AZWA, ...CLUSTERS]);
    const azwa = sommen.find((s) => s.ouder === 'TD1-AZWA')!;
    expect(azwa.som).toBe(40_000);
    expect(azwa.klopt).toBe(true);
    expect(azwa.kinderen).toEqual(['TD1-PZ', 'TD1-AI', 'TD1-ADM', 'TD1-VK', 'TD1-OV']);
  });
  it('TD1 heeft alleen het AZWA-deel als kind: 40.000 ≠ 100.000 wordt gemeld, niet verborgen', () => {
    const td1 = clusterSommen([TD1, AZWA, ...CLUSTERS]).find((s) => s.ouder === 'TD1')!;
    expect(td1).toMatchObject({ som: 40_000, streefwaarde: 100_000, klopt: false });
  });
  it('een kring in de ouders wordt gevonden', () => {
    expect(kringInOuders([{ code: 'a', bovenliggend: 'b' }, { code: 'b', bovenliggend: 'a' }, { code: 'c', bovenliggend: 'a' }])).toEqual(['a', 'b', 'c']);
    expect(kringInOuders([TD1, AZWA, ...CLUSTERS])).toEqual([]);
  });
});

describe('metingen en laatste meting', () => {
  const w = (x: Partial<Waarneming> & Pick<Waarneming, 'periode' | 'waarde'>): Waarneming => ({
    indicator: 'ha_ongewenst_zonder_huisarts',
    gebied: 'NL',
    dimensie: null,
    bron_datum: null,
    ...x,
  });
  it('zonder waarnemingen: nog geen meting', () => {
    expect(laatsteMeting(metingen([], ['ha_ongewenst_zonder_huisarts'], '2026-06-30'))).toBeNull();
    expect(voortgang(TD1, null)).toBe('geen-meting');
  });
  it('alleen landelijke waarden zonder dimensie, bekend op de peildatum; per periode telt de nieuwste levering', () => {
    const lijst = metingen(
      [
        w({ periode: '2025', waarde: 300, bron_datum: '2026-02-01' }),
        w({ periode: '2025', waarde: 310, bron_datum: '2026-04-01' }),
        w({ periode: '2026Q1', waarde: 280, bron_datum: '2026-07-15' }),
        w({ periode: '2025', waarde: 20, gebied: 'GM0363' }),
        w({ periode: '2025', waarde: 5, dimensie: 'Utrecht' }),
        w({ periode: '2025', waarde: 999, indicator: 'iets_anders' }),
        w({ periode: '2024', waarde: null }),
      ],
      ['ha_ongewenst_zonder_huisarts'],
      '2026-06-30',
    );
    expect(lijst).toEqual([{ indicator: 'ha_ongewenst_zonder_huisarts', periode: '2025', datum: '2025-12-31', waarde: 310, bron_datum: '2026-04-01' }]);
    expect(laatsteMeting(lijst)?.waarde).toBe(310);
  });
  it('de laatste meting is die van de laatste periode', () => {
    const lijst = metingen([w({ periode: '2026Q1', waarde: 280 }), w({ periode: '2025-12', waarde: 300 })], ['ha_ongewenst_zonder_huisarts'], '2026-06-30');
    expect(laatsteMeting(lijst)).toMatchObject({ periode: '2026Q1', datum: '2026-03-31', waarde: 280 });
  });
});

describe('indicatoren van een doel', () => {
  it('alleen indicatoren in de eenheid van het doel meten het; wachttijden in weken zijn verwant (TD2-GGZ)', () => {
    const defs = [
      { code: 'azw_regeldruk', eenheid: '%' },
      { code: 'ggz_totale_wachttijd', eenheid: 'weken' },
    ];
    expect(splitsIndicatoren({ eenheid: '%', indicatoren: ['azw_regeldruk'] }, defs)).toEqual({ meten: ['azw_regeldruk'], verwant: [] });
    expect(splitsIndicatoren({ eenheid: '% binnen norm', indicatoren: ['ggz_totale_wachttijd'] }, defs)).toEqual({ meten: [], verwant: ['ggz_totale_wachttijd'] });
  });
});

describe('voortgang tegen het pad', () => {
  const meting = (datum: string, waarde: number) => ({ indicator: 'x', periode: datum.slice(0, 4), datum, waarde, bron_datum: null });
  it('boven het stijgende pad is op pad, eronder achter, op of boven de streefwaarde gehaald', () => {
    expect(voortgang(TD1, meting('2026-12-31', 60_000))).toBe('op-pad');
    expect(voortgang(TD1, meting('2026-12-31', 40_000))).toBe('achter');
    expect(voortgang(TD1, meting('2027-12-31', 100_000))).toBe('gehaald');
  });
  it('zonder pad: geen-pad tot de streefwaarde gehaald is', () => {
    const adm = doel({ code: 'A-ADM20', eenheid: '%', streefwaarde: 20, streefwaarde_soort: 'maximaal', basis_waarde: null, basis_datum: null, streef_datum: '2030-01-01' });
    expect(voortgang(adm, meting('2026-12-31', 31))).toBe('geen-pad');
    expect(voortgang(adm, meting('2026-12-31', 19.5))).toBe('gehaald');
  });
});
