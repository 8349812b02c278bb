import { describe, expect, it } from 'vitest';
import { dagenInMaand, formatteerDatum, isGeldigeDatum, isIsoDatum, isoDatum, MAANDNAMEN, plusDagen } from '../../src/domein/kalender.js';
import { MAANDNAMEN as MAANDNAMEN_FORMAAT, datum } from '../../src/platform/formaat.js';
import { parsePeriode } from '../../src/domein/perioden.js';

describe('kalender: één lijst maandnamen voor domein en opmaak', () => {
  it('heeft twaalf maanden, januari eerst, en formaat geeft dezelfde lijst door', () => {
    expect(MAANDNAMEN).toHaveLength(12);
    expect(MAANDNAMEN[0]).toBe('januari');
    expect(MAANDNAMEN[11]).toBe('december');
    expect(MAANDNAMEN_FORMAAT).toBe(MAANDNAMEN);
  });
  it('schrijft een datum als "1 juli 2025", gelijk aan formaat.datum en aan het periodelabel', () => {
    expect(formatteerDatum('2025-07-01')).toBe('1 juli 2025');
    expect(datum('2025-05-20')).toBe(formatteerDatum('2025-05-20'));
    expect(parsePeriode('2025-05-20').label).toBe('20 mei 2025');
  });
});

describe('kalender: rekenen op YYYY-MM-DD', () => {
  it('kent schrikkeljaren', () => {
    expect(dagenInMaand(2024, 2)).toBe(29);
    expect(dagenInMaand(2025, 2)).toBe(28);
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2025-02-29')).toBe(false);
    expect(isGeldigeDatum(2025, 13, 1)).toBe(false);
    expect(isIsoDatum('2025-5-20')).toBe(false);
  });
  it('telt dagen op over maand- en jaargrenzen, ook terug', () => {
    expect(plusDagen('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusDagen('2025-12-31', 1)).toBe('2026-01-01');
    expect(plusDagen('2025-01-01', -1)).toBe('2024-12-31');
    expect(isoDatum(2025, 7, 1)).toBe('2025-07-01');
  });
});
