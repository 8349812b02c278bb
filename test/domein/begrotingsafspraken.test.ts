// AZWA Bijlage 2 (002 r. 7430-7540) from data/seed/begrotingsafspraken.csv: the totals per year are
// reproduced from their lines; Bijlage 3 (r. 7541-7571) and the envelopes of §8 are checked against it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  begrotingsoverzicht,
  nieuwsteBegrotingsstand,
  realisatieVanAfspraak,
  totaleRealisatie,
  type Begrotingsoverzicht,
  type BegrotingsRegel,
  type BegrotingNiveau,
  type RealisatieRegel,
} from '../../src/domein/begrotingsafspraken.js';
import { somMln } from '../../src/domein/optelling.js';
import { getal, leegIsNull, leesSeed } from '../helpers/seedcsv.js';

let regels: BegrotingsRegel[];
let overzicht: Begrotingsoverzicht;

beforeAll(async () => {
  regels = (await leesSeed('begrotingsafspraken.csv')).map((c) => ({
    stand: c.stand,
    stand_omschrijving: leegIsNull(c.stand_omschrijving),
    afspraak: leegIsNull(c.afspraak),
    volgorde: getal(c.volgorde),
    niveau: c.niveau as BegrotingNiveau,
    omschrijving: c.omschrijving,
    periode: c.periode,
    bedrag_mln: getal(c.bedrag_mln),
    bron: leegIsNull(c.bron),
  }));
  overzicht = begrotingsoverzicht(nieuwsteBegrotingsstand(regels, '2025-12-31'));
});

const groep = (code: string) => overzicht.afspraken.find((a) => a.afspraak === code)!;

describe('Bijlage 2: afspraken via de VWS-begroting', () => {
  it('has the six periods and the printed totals 125 / 472 / 635 / 698 / 668 / 684', () => {
    expect(overzicht.perioden).toEqual(['2026', '2027', '2028', '2029', '2030', 'structureel']);
    expect(overzicht.totaal_gedrukt).toEqual({ '2026': 125, '2027': 472, '2028': 635, '2029': 698, '2030': 668, structureel: 684 });
  });

  it('reproduces the total of every period from its lines; the printed totals drop the decimals', () => {
    expect(overzicht.totaal_controles.map((c) => [c.periode, c.berekend, c.verschil, c.oordeel])).toEqual([
      ['2026', 125, 0, 'klopt'],
      ['2027', 472.4, -0.4, 'afronding'],
      ['2028', 635.2, -0.2, 'afronding'],
      ['2029', 698.65, -0.65, 'afronding'],
      ['2030', 668.5, -0.5, 'afronding'],
      ['structureel', 684.5, -0.5, 'afronding'],
    ]);
    // 698,65 and 668,5 would round to 699 and 669: the annex truncates rather than rounds.
    expect(overzicht.signalen).toContain('Totaal via begroting VWS 2029: gedrukt 698, som van 12 regels 698,65 (afrondingsverschil -0,65).');
  });

  it('groups the 33 printed lines into 12 budget lines: 11 agreements, B4 from its sub-lines, and Flankerend beleid', () => {
    expect(overzicht.afspraken.map((a) => a.afspraak ?? a.omschrijving)).toEqual([
      'A1', 'B1', 'B2', 'B3', 'B4', 'C2', 'D5', 'D6', 'E3', 'E5', 'E6', 'Flankerend beleid AZWA',
    ]);
    expect(groep('B4').eigen).toBeNull();
    expect(groep('B4').bedragen).toEqual({ '2026': 2, '2027': 104, '2028': 106, '2029': 61, '2030': 82, structureel: 68 });
    expect(groep('E5').bedragen['2029']).toBe(0.65);
  });

  it('the D5 and D6 totals are exactly the sum of their sub-lines in every period', () => {
    for (const code of ['D5', 'D6']) {
      const g = groep(code);
      expect(g.controles).toHaveLength(6);
      for (const c of g.controles) expect(c.oordeel, `${code} ${c.periode}`).toBe('klopt');
    }
    expect(groep('D5').deelposten).toHaveLength(11);
    expect(groep('D6').deelposten).toHaveLength(4);
  });

  it('the amounts of §8 match the annex: opleidingen 185, preventie 68, sociaal domein 371 + 196 incidenteel, overige 61', () => {
    const struc = (code: string) => groep(code).bedragen.structureel;
    expect(struc('B3')).toBe(185); // §8d, 002 r. 7082
    expect(struc('B4')).toBe(68); // §8c.2, r. 7049-7051
    expect(struc('D5') + struc('D6')).toBe(371); // §8e, r. 7091
    // §8e: € 196 mln incidental over 2027 and 2028 = the D5/D6 sub-lines that are not structural.
    const incidenteel = [...groep('D5').deelposten, ...groep('D6').deelposten]
      .filter((d) => d.bedragen.structureel === 0)
      .flatMap((d) => [d.bedragen['2027'], d.bedragen['2028']]);
    expect(somMln(incidenteel)).toBe(196);
    // §8f: "oplopend naar in totaal € 61 miljoen structureel" (r. 7127): E3 + E5 + E6 = 60,5.
    expect(somMln([struc('E3'), struc('E5'), struc('E6')])).toBe(60.5);
    // §8c.3: € 45 mln reserved in 2027 and 2028 (r. 7055-7057).
    const reservering = groep('B4').deelposten.find((d) => d.omschrijving === 'Reservering')!;
    expect([reservering.bedragen['2027'], reservering.bedragen['2028']]).toEqual([45, 45]);
  });

  it('a sub-line that does not add up to its agreement is flagged as afwijking', () => {
    const kapot = regels.map((r) => (r.omschrijving === 'Nicotinevrij' && r.periode === '2028' ? { ...r, bedrag_mln: 15 } : r));
    const o = begrotingsoverzicht(kapot);
    expect(o.signalen).toContain('D5 2028: gedrukt 204, som van 11 deelposten 214 (wijkt af: -10).');
  });

  it('Bijlage 3: exactly the eight printed agreements are marked as financed through contracting', async () => {
    const afspraken = await leesSeed('azwa_afspraken.csv');
    const viaContractering = afspraken.filter((a) => a.financiering.split('|').includes('contractering (Bijlage 3)')).map((a) => a.code);
    expect(viaContractering).toEqual(['A1', 'B2', 'C5', 'C8', 'D2', 'D3', 'D4', 'D7']);
    // A1 and B2 are in both annexes.
    const viaBegroting = afspraken.filter((a) => a.financiering.split('|').includes('VWS-begroting (Bijlage 2)')).map((a) => a.code);
    expect(viaBegroting).toEqual(overzicht.afspraken.filter((a) => a.afspraak).map((a) => a.afspraak));
  });
});

describe('realisatie per afspraak', () => {
  // Invented realisation figures (none are published yet) to exercise the rules.
  const realisatie: RealisatieRegel[] = [
    { afspraak: 'D6', omschrijving: 'Coördinatie gemeenten', jaar: 2026, stand: '2027-04-01', realisatie_mln: 20, toelichting: null },
    { afspraak: 'D6', omschrijving: 'Mentale gezonde school', jaar: 2026, stand: '2027-04-01', realisatie_mln: 5.5, toelichting: null },
    { afspraak: 'D6', omschrijving: 'Coördinatie gemeenten', jaar: 2026, stand: '2027-09-01', realisatie_mln: 24, toelichting: 'definitief' },
    { afspraak: 'D6', omschrijving: 'Bestaat niet', jaar: 2026, stand: '2027-04-01', realisatie_mln: 1, toelichting: null },
    { afspraak: 'B3', omschrijving: 'Versterken van de lerende omgeving: opleiden en ontwikkelen als vanzelfsprekendheid', jaar: 2026, stand: '2027-03-01', realisatie_mln: 50, toelichting: null },
  ];

  it('sums realised sub-lines per year, newest stand at the peildatum, and compares with the budget', () => {
    const d6 = realisatieVanAfspraak(groep('D6'), realisatie, '2027-06-30');
    const j2026 = d6.jaren.find((j) => j.jaar === 2026)!;
    expect(j2026).toMatchObject({ begroot: 30, realisatie: 25.5, verschil: -4.5, pct: 85, stand: '2027-04-01' });
    const later = realisatieVanAfspraak(groep('D6'), realisatie, '2027-12-31').jaren.find((j) => j.jaar === 2026)!;
    expect(later).toMatchObject({ realisatie: 29.5, stand: '2027-09-01', toelichting: 'definitief' });
    expect(d6.onbekend.map((r) => r.omschrijving)).toEqual(['Bestaat niet']);
    expect(d6.jaren.find((j) => j.jaar === 2027)).toMatchObject({ begroot: 103, realisatie: null, verschil: null });
  });

  it('adds the realisation of all agreements per year', () => {
    const per = overzicht.afspraken.map((a) => realisatieVanAfspraak(a, realisatie, '2027-06-30'));
    expect(totaleRealisatie(per).get(2026)).toBe(75.5);
  });
});
