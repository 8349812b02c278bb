// Who may import which register file on /importeren: the general import right plus the handeling of
// the register, and a coordinating insurer only for its own toetsen (domein/importrechten.ts).
import { describe, expect, it } from 'vitest';
import { alleenEigenToetsen, andereImportpagina, importeerbareTypen, IMPORT_RECHTEN } from '../../src/domein/importrechten.js';
import { BESTANDSTYPEN } from '../../src/kern/contract/bestandstypen.js';
import type { Gebruiker, Rol } from '../../src/domein/beleid.js';

const als = (...rollen: Rol[]): Gebruiker => ({ id: 1, email: 'x@test.nl', naam: 'X', organisatie_id: 1, organisatie_naam: 'CZ', rollen, onderdelen: [] });
const typen = (...rollen: Rol[]) => importeerbareTypen(als(...rollen)).map((r) => r.type);

describe('importrechten', () => {
  it('every register file is a contract type and has exactly one upload page', () => {
    const namen = BESTANDSTYPEN.map((t) => t.naam as string);
    for (const r of IMPORT_RECHTEN) {
      expect(namen).toContain(r.type);
      expect(andereImportpagina(r.type)).toBeUndefined();
    }
  });

  it('a beheerder imports every register file; the redactie the BO files, not the actions', () => {
    expect(typen('beheerder')).toEqual(IMPORT_RECHTEN.map((r) => r.type));
    expect(typen('vws-redactie')).toEqual(['bo_overleggen', 'toezeggingen', 'doelen', 'monitoren', 'plan_impact']);
  });

  it('a coordinating insurer imports toetsen, plans, KPIs and plan impact, only its own; a plain insurer and a reader none', () => {
    expect(typen('coordinerend-verzekeraar')).toEqual(['snelle_toetsen', 'transformatieplannen', 'kpis', 'plan_impact']);
    expect(alleenEigenToetsen(als('coordinerend-verzekeraar'), 'plan_impact')).toBe(true);
    // VWS records the impact of any plan, as in the plan page's form
    expect(alleenEigenToetsen(als('vws-redactie'), 'plan_impact')).toBe(false);
    expect(alleenEigenToetsen(als('coordinerend-verzekeraar'), 'snelle_toetsen')).toBe(true);
    expect(alleenEigenToetsen(als('beheerder', 'coordinerend-verzekeraar'), 'snelle_toetsen')).toBe(false);
    expect(typen('verzekeraar')).toEqual([]);
    expect(typen('lezer')).toEqual([]);
    expect(typen('thematafel-secretaris')).toEqual([]);
    expect(importeerbareTypen(null)).toEqual([]);
  });

  it('a token limited to reading imports nothing, whatever the role', () => {
    expect(importeerbareTypen({ ...als('beheerder'), tokenScopes: ['intern.lezen'] })).toEqual([]);
  });
});
