import { describe, expect, it } from 'vitest';
import { beoordeelStatusWijziging, isSlechter, STATUS_RANG, type StatusWijziging } from '../../src/domein/acties.js';
import { ACTIE_STATUSSEN } from '../../src/domein/begrippen.js';

const basis: StatusWijziging = {
  vorigeStatus: 'Loopt op schema',
  vorigeDatum: '2025-07-03',
  deadline: null,
  status: 'Loopt op schema',
  statusDatum: '2025-09-01',
  toelichting: '',
  vandaag: '2025-09-15',
  anker: '2025-07-03',
};

describe('rangorde van actiestatussen', () => {
  it('loopt van Afgerond (best) via Loopt voor, Loopt op schema en Loopt achter naar Nog niet gestart (slechtst)', () => {
    const volgorde = [...ACTIE_STATUSSEN].sort((a, b) => STATUS_RANG[b] - STATUS_RANG[a]);
    expect(volgorde).toEqual(['Afgerond', 'Loopt voor', 'Loopt op schema', 'Loopt achter', 'Nog niet gestart']);
  });
  it('een afgeronde actie die weer open gaat is een verslechtering', () => {
    expect(isSlechter('Afgerond', 'Loopt op schema')).toBe(true);
    expect(isSlechter('Loopt achter', 'Nog niet gestart')).toBe(true);
    expect(isSlechter('Loopt achter', 'Loopt op schema')).toBe(false);
  });
  it('zonder status geldt als "Loopt op schema": een eerste melding "Loopt achter" is slechter, "Afgerond" niet', () => {
    expect(isSlechter(null, 'Loopt achter')).toBe(true);
    expect(isSlechter(null, 'Nog niet gestart')).toBe(true);
    expect(isSlechter(null, 'Loopt op schema')).toBe(false);
    expect(isSlechter(null, 'Afgerond')).toBe(false);
  });
});

describe('beoordeelStatusWijziging', () => {
  it('een slechtere status zonder toelichting geeft een fout bij het veld toelichting', () => {
    const b = beoordeelStatusWijziging({ ...basis, status: 'Loopt achter' });
    expect(b.redenen).toEqual(['slechter']);
    expect(b.fouten.toelichting).toMatch(/toelichting is verplicht.*"Loopt op schema" naar "Loopt achter"/i);
  });
  it('met toelichting is dezelfde verslechtering goed', () => {
    expect(beoordeelStatusWijziging({ ...basis, status: 'Loopt achter', toelichting: 'Wacht op besluit BO' }).fouten).toEqual({});
  });
  it('een gemiste termijn ("uiterlijk Q3 2025", gemeld op 15 oktober 2025) vraagt een toelichting, ook als de status gelijk blijft', () => {
    const b = beoordeelStatusWijziging({ ...basis, deadline: 'uiterlijk Q3 2025', statusDatum: '2025-10-15', vandaag: '2025-10-20' });
    expect(b.redenen).toEqual(['termijn-verlopen']);
    expect(b.fouten.toelichting).toMatch(/termijn "uiterlijk Q3 2025" is op 15 oktober 2025 verstreken/);
  });
  it('"Afgerond" na de termijn vraagt geen toelichting', () => {
    expect(beoordeelStatusWijziging({ ...basis, deadline: 'uiterlijk Q3 2025', status: 'Afgerond', statusDatum: '2025-10-15', vandaag: '2025-10-20' }).fouten).toEqual({});
  });
  it('"binnen 3 maanden" telt vanaf het anker 3 juli 2025: op 4 oktober 2025 verstreken', () => {
    expect(beoordeelStatusWijziging({ ...basis, deadline: 'binnen 3 maanden', statusDatum: '2025-10-03', vandaag: '2025-10-20' }).redenen).toEqual([]);
    expect(beoordeelStatusWijziging({ ...basis, deadline: 'binnen 3 maanden', statusDatum: '2025-10-04', vandaag: '2025-10-20' }).redenen).toEqual(['termijn-verlopen']);
  });
  it('weigert een onbekende status, een datum in de toekomst en een datum vóór de laatste melding', () => {
    expect(beoordeelStatusWijziging({ ...basis, status: 'Klaar' }).fouten.status).toMatch(/Kies een status/);
    expect(beoordeelStatusWijziging({ ...basis, statusDatum: '2025-09-16' }).fouten.status_datum).toMatch(/toekomst/);
    expect(beoordeelStatusWijziging({ ...basis, statusDatum: '2025-07-02' }).fouten.status_datum).toMatch(/vóór de laatste melding van 3 juli 2025/);
    expect(beoordeelStatusWijziging({ ...basis, statusDatum: '2025-02-30' }).fouten.status_datum).toMatch(/bestaande datum/);
  });
});
