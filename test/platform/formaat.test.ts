import { describe, expect, it } from 'vitest';
import { csvGetal, datum, datumKort, euro, euroMln, getal, LEEG, procent, rondAf } from '../../src/platform/formaat.js';

describe('formaat', () => {
  it('euro schrijft hele euro’s met punt als duizendtalscheiding en een gewone spatie na het euroteken', () => {
    expect(euro(1234567)).toBe('€ 1.234.567');
    expect(euro(740409907)).toBe('€ 740.409.907');
    expect(euro(0)).toBe('€ 0');
    expect(euro(-1234)).toBe('€ -1.234');
    expect(euro(1234567)).not.toMatch(/[\u00a0\u202f]/);
  });

  it('euro rondt half van nul af, ook bij negatieve bedragen', () => {
    expect(euro(2.5)).toBe('€ 3');
    expect(euro(-2.5)).toBe('€ -3');
    expect(euro(1234.49)).toBe('€ 1.234');
  });

  it('euroMln schrijft miljoenen met "mln" en Nederlandse decimalen', () => {
    expect(euroMln(30157)).toBe('€ 30.157 mln');
    expect(euroMln(2.4)).toBe('€ 2,4 mln');
    expect(euroMln(483, 1)).toBe('€ 483,0 mln');
  });

  it('getal gebruikt punt voor duizendtallen en komma voor decimalen, ook bij vier cijfers', () => {
    expect(getal(1234)).toBe('1.234');
    expect(getal(3.2)).toBe('3,2');
    expect(getal(3.2, 2)).toBe('3,20');
    expect(getal(12345678.9, 1)).toBe('12.345.678,9');
    expect(getal(-0.4)).toBe('-0,4');
  });

  it('getal zonder decimalen-argument toont hooguit twee decimalen', () => {
    expect(getal(3)).toBe('3');
    expect(getal(3.14159)).toBe('3,14');
  });

  it('afronden is half van nul af op de decimale waarde, niet op de binaire float (1,005 → 1,01)', () => {
    expect(getal(1.005, 2)).toBe('1,01');
    expect(getal(0.125, 2)).toBe('0,13');
    expect(getal(-0.125, 2)).toBe('-0,13');
    expect(getal(2.5, 0)).toBe('3');
    expect(getal(-2.5, 0)).toBe('-3');
    expect(rondAf(1.005, 2)).toBe(1.01);
    expect(rondAf(-0.4, 0)).toBe(0);
    expect(Object.is(rondAf(-0.4, 0), -0)).toBe(false);
  });

  it('procent schrijft het getal als percentage zonder spatie', () => {
    expect(procent(26)).toBe('26%');
    expect(procent(3.25, 1)).toBe('3,3%');
  });

  it('ontbrekende waarden worden een en-dash', () => {
    for (const f of [euro, euroMln, getal, procent]) {
      expect(f(null)).toBe(LEEG);
      expect(f(undefined)).toBe(LEEG);
      expect(f(Number.NaN)).toBe(LEEG);
    }
    expect(datum(null)).toBe('–');
    expect(datumKort(undefined)).toBe('–');
  });

  it('datum schrijft de dag met Nederlandse maandnaam, zonder tijdzoneverschuiving', () => {
    expect(datum('2025-05-20')).toBe('20 mei 2025');
    expect(datum('2025-01-01')).toBe('1 januari 2025');
    expect(datum('31-12-2024')).toBe('31 december 2024');
    expect(datum(new Date(Date.UTC(2025, 6, 3)))).toBe('3 juli 2025');
  });

  it('datumKort schrijft DD-MM-YYYY', () => {
    expect(datumKort('2025-05-20')).toBe('20-05-2025');
    expect(datumKort('2025-07-03T10:00:00Z')).toBe('03-07-2025');
  });

  it('een onmogelijke datum geeft een Nederlandse fout', () => {
    expect(() => datum('2025-02-30')).toThrow('Ongeldige datum "2025-02-30"');
    expect(() => datumKort('mei 2025')).toThrow(/Ongeldige datum/);
  });

  it('csvGetal schrijft een decimale komma zonder duizendtalscheiding', () => {
    expect(csvGetal(1234.5)).toBe('1234,5');
    expect(csvGetal(null)).toBe('');
  });
});
