import { describe, expect, it } from 'vitest';
import { isAzwaCode, mag, magOnderdeel, type Gebruiker } from '../../src/domein/beleid.js';

const g = (rollen: Gebruiker['rollen'], onderdelen: string[]): Gebruiker => ({ id: 1, email: 'x@y.nl', naam: 'X', organisatie_id: 1, organisatie_naam: 'VWS', rollen, onderdelen });

describe('rol azwa-trekker', () => {
  it('meldt alleen de status van de eigen AZWA-afspraken, nooit van een thematafel', () => {
    const t = g(['azwa-trekker'], ['D7', 'C3a', 'G']);
    expect(mag(t, 'acties.status-wijzigen')).toBe(true);
    expect(magOnderdeel(t, 'D7')).toBe(true);
    expect(magOnderdeel(t, 'C3a')).toBe(true);
    expect(magOnderdeel(t, 'C4')).toBe(false);
    expect(magOnderdeel(t, 'G')).toBe(false);
  });
  it('een secretaris houdt thematafels en AZWA-codes; BO vastleggen is voor VWS-redactie en beheer', () => {
    expect(magOnderdeel(g(['thematafel-secretaris'], ['G']), 'G')).toBe(true);
    expect(mag(g(['vws-redactie'], []), 'bo.beheren')).toBe(true);
    expect(mag(g(['azwa-trekker'], ['D7']), 'bo.beheren')).toBe(false);
  });
  it('AZWA-codes: A1 … E6, C3a en C3b; geen letters A–J of KPMG-codes als F5', () => {
    expect(['A1', 'C3a', 'C3b', 'E6'].every(isAzwaCode)).toBe(true);
    expect(['A', 'J', 'F5', 'A1.2'].some(isAzwaCode)).toBe(false);
  });
});
