import { describe, expect, it } from 'vitest';
import {
  normaliseerGebied,
  normaliseerPeriode,
  parseGebied,
  parsePeriode,
  periodeAfgeslotenOp,
  probeerPeriode,
  vergelijkPerioden,
} from '../../src/domein/perioden.js';

describe('parsePeriode: contractvormen', () => {
  it('een jaar loopt van 1 januari tot en met 31 december', () => {
    expect(parsePeriode('2025')).toEqual({ soort: 'jaar', code: '2025', van: '2025-01-01', tot: '2025-12-31', label: '2025' });
  });
  it('een kwartaal heeft label "Q1 2024" en eindigt op de laatste dag van de derde maand', () => {
    expect(parsePeriode('2024Q1')).toEqual({ soort: 'kwartaal', code: '2024Q1', van: '2024-01-01', tot: '2024-03-31', label: 'Q1 2024' });
    expect(parsePeriode('2024Q2').tot).toBe('2024-06-30');
    expect(parsePeriode('2024q4').code).toBe('2024Q4');
  });
  it('een maand heeft een Nederlands label en kent schrikkeljaren', () => {
    expect(parsePeriode('2025-03')).toEqual({ soort: 'maand', code: '2025-03', van: '2025-03-01', tot: '2025-03-31', label: 'maart 2025' });
    expect(parsePeriode('2024-02').tot).toBe('2024-02-29');
    expect(parsePeriode('2025-02').tot).toBe('2025-02-28');
  });
  it('een dag mag als YYYY-MM-DD of DD-MM-YYYY en krijgt de ISO-vorm als code', () => {
    expect(parsePeriode('2025-03-31')).toEqual({ soort: 'dag', code: '2025-03-31', van: '2025-03-31', tot: '2025-03-31', label: '31 maart 2025' });
    expect(parsePeriode('31-03-2025').code).toBe('2025-03-31');
  });
});

describe('parsePeriode: CBS-codes', () => {
  it('CBS-kwartaal 2024KW01 wordt 2024Q1', () => {
    expect(parsePeriode('2024KW01')).toEqual(parsePeriode('2024Q1'));
  });
  it('CBS-maand 2024MM03 wordt 2024-03 met label "maart 2024"', () => {
    const p = parsePeriode('2024MM03');
    expect(p.code).toBe('2024-03');
    expect(p.label).toBe('maart 2024');
  });
  it('CBS-jaar 2024JJ00 wordt 2024', () => {
    expect(parsePeriode('2024JJ00').code).toBe('2024');
  });
  it('spaties rond een CBS-code worden genegeerd', () => {
    expect(normaliseerPeriode(' 2024KW02  ')).toBe('2024Q2');
  });
});

describe('parsePeriode: fouten', () => {
  it('kwartaal 5 geeft "Onbekende periode"', () => {
    expect(() => parsePeriode('2024KW05')).toThrow('Onbekende periode "2024KW05"');
    expect(() => parsePeriode('2024Q5')).toThrow('Onbekende periode "2024Q5"');
  });
  it('maand 13, dag 30 februari, halfjaar, week en lege tekst worden geweigerd', () => {
    for (const s of ['2024MM13', '2024-13', '2025-02-30', '2024HJ01', '2024W101', '2024X000', '', 'Q1 2024', '20245']) {
      expect(probeerPeriode(s), s).toBeNull();
    }
  });
  it('onwaarschijnlijke jaren (tikfouten) worden geweigerd', () => {
    expect(probeerPeriode('0225')).toBeNull();
  });
});

describe('perioden vergelijken', () => {
  it('sorteert op begindatum en bij gelijke start de kortste eerst', () => {
    const codes = ['2025', '2024Q4', '2025-01', '2025Q1', '2024-12-31'].map(parsePeriode).sort(vergelijkPerioden).map((p) => p.code);
    expect(codes).toEqual(['2024Q4', '2024-12-31', '2025-01', '2025Q1', '2025']);
  });
  it('een kwartaal is afgesloten op zijn laatste dag, niet ervoor', () => {
    expect(periodeAfgeslotenOp(parsePeriode('2025Q1'), '2025-03-31')).toBe(true);
    expect(periodeAfgeslotenOp(parsePeriode('2025Q1'), '2025-03-30')).toBe(false);
  });
});

describe('parseGebied', () => {
  it('NL en CBS NL01/NL00 (ook met spaties) worden NL', () => {
    expect(parseGebied('NL')).toEqual({ soort: 'land', code: 'NL' });
    expect(normaliseerGebied('NL01  ')).toBe('NL');
    expect(normaliseerGebied('NL00')).toBe('NL');
  });
  it('CBS-codes worden herkend naar soort en in hoofdletters gezet', () => {
    expect(parseGebied('GM0363')).toEqual({ soort: 'gemeente', code: 'GM0363' });
    expect(parseGebied('gm0363 ')).toEqual({ soort: 'gemeente', code: 'GM0363' });
    expect(parseGebied('PV27')).toEqual({ soort: 'provincie', code: 'PV27' });
    expect(parseGebied('ZK01').soort).toBe('zorgkantoorregio');
    expect(parseGebied('GG3406').soort).toBe('ggdregio');
    expect(parseGebied('VR13').soort).toBe('veiligheidsregio');
  });
  it('een code met het verkeerde aantal cijfers of een onbekend voorvoegsel is een fout', () => {
    expect(() => parseGebied('GM363')).toThrow('Onbekend gebied "GM363"');
    expect(() => parseGebied('PV271')).toThrow('Onbekend gebied "PV271"');
    expect(() => parseGebied('XX12')).toThrow('Onbekend gebied "XX12"');
    expect(() => parseGebied('NL02')).toThrow('Onbekend gebied "NL02"');
    expect(() => parseGebied('  ')).toThrow('Onbekend gebied ""');
  });
  it('een regionaam zonder regiolijst wordt als regio aangenomen', () => {
    expect(parseGebied('Zuid-Limburg')).toEqual({ soort: 'regio', code: 'Zuid-Limburg' });
  });
  it('met een regiolijst moet de naam erin staan en komt de spelling van de lijst terug', () => {
    const regionamen = ['Zuid-Limburg', 'Amsterdam-Amstelland'];
    expect(parseGebied('zuid-limburg', { regionamen })).toEqual({ soort: 'regio', code: 'Zuid-Limburg' });
    expect(() => parseGebied('Atlantis', { regionamen })).toThrow('Onbekend gebied "Atlantis"');
  });
});
