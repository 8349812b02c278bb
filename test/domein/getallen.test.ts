import { describe, expect, it } from 'vitest';
import { ontleedDatum, ontleedEenDecimaal, ontleedEuro, ontleedGetal, rondAf } from '../../src/domein/getallen.js';

const waarde = (r: ReturnType<typeof ontleedGetal>) => (r.ok ? r.waarde : `fout: ${r.reden}`);

describe('Nederlandse getallen in importbestanden (contract §1)', () => {
  it.each([
    ['1.234.567,89', 1234567.89],
    ['3,2', 3.2],
    ['1.234', 1234], // grouped in threes: whole thousands
    ['12.345.678', 12345678],
    ['1234.56', 1234.56], // any other dot is a decimal point
    ['3.2', 3.2],
    ['28090.0', 28090],
    ['-58', -58],
    ['€ 740.409.907', 740409907],
    ['+5', 5],
    ['€ -1.015', -1015],
  ])('"%s" leest als %d', (tekst, verwacht) => {
    expect(waarde(ontleedGetal(tekst))).toBe(verwacht);
  });

  it.each(['', '-', '€ -', '  '])('"%s" is geen waarde', (tekst) => {
    expect(waarde(ontleedGetal(tekst))).toBeNull();
  });

  it.each(['1,2,3', 'abc', '1.23.4', '12,3.4'])('"%s" is geen geldig getal', (tekst) => {
    expect(ontleedGetal(tekst).ok).toBe(false);
  });

  it('een eurobedrag met centen ongelijk aan nul wordt geweigerd, ,00 mag', () => {
    expect(waarde(ontleedEuro('1.234,00'))).toBe(1234);
    expect(ontleedEuro('1.234,50').ok).toBe(false);
  });

  it('miljoenen houden één decimaal; twee decimalen worden geweigerd', () => {
    expect(waarde(ontleedEenDecimaal('30.157,4'))).toBe(30157.4);
    expect(ontleedEenDecimaal('1,25').ok).toBe(false);
  });

  it('datums in JJJJ-MM-DD en DD-MM-JJJJ; een niet-bestaande datum is een fout', () => {
    expect(ontleedDatum('2025-05-20')).toEqual({ ok: true, waarde: '2025-05-20' });
    expect(ontleedDatum('20-05-2025')).toEqual({ ok: true, waarde: '2025-05-20' });
    expect(ontleedDatum('2025-02-30').ok).toBe(false);
    expect(ontleedDatum('20/05/2025').ok).toBe(false);
  });

  it('afronden gaat half van nul af (2,5 → 3 en −2,5 → −3)', () => {
    expect(rondAf(2.5)).toBe(3);
    expect(rondAf(-2.5)).toBe(-3);
    expect(rondAf(259.5)).toBe(260);
    expect(rondAf(1.05, 1)).toBe(1.1);
  });
});
