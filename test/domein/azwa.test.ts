import { describe, expect, it } from 'vitest';
import { blokVanAfspraak, isVerlopen, telAzwaPerBlok, toezeggingStatus, voerAfgerondeIzaActiesAf, type ActieStand } from '../../src/domein/azwa.js';

const ANKER = '2025-07-03'; // onderhandelaarsakkoord, 002 r. 1173

// Real sub-agreements of data/seed/acties.csv with their deadlines as written in the AZWA (002); the
// statuses are made up for the test (the seed has none yet).
const ACTIES: ActieStand[] = [
  { code: 'AZWA-A1.5', akkoord: 'AZWA', onderdeel: 'A1', status: 'Loopt op schema', deadline: 'Q4 2025 (projectplan)' },
  { code: 'AZWA-C3a.9', akkoord: 'AZWA', onderdeel: 'C3a', status: 'Afgerond', deadline: 'uiterlijk 1/10/2025 (tijdpad: uiterlijk einde Q3 2025)' },
  { code: 'AZWA-C4.4', akkoord: 'AZWA', onderdeel: 'C4', status: null, deadline: 'gereed 1 juli 2026' },
  { code: 'AZWA-D7.3', akkoord: 'AZWA', onderdeel: 'D7', status: 'Loopt achter', deadline: 'uiterlijk in Q3 2025' },
  { code: 'AZWA-E2.1', akkoord: 'AZWA', onderdeel: 'E2', status: null, deadline: 'eerste BO AZWA na de zomer (2025)' },
  { code: 'A.12', akkoord: 'IZA', onderdeel: 'A', status: 'Afgerond', deadline: null },
];

describe('blok van een afspraakcode', () => {
  it('C3a en C3b horen bij blok C; er is geen blok F (domain.md §3)', () => {
    expect(blokVanAfspraak('C3a')).toBe('C');
    expect(blokVanAfspraak('E6')).toBe('E');
    expect(blokVanAfspraak('F5')).toBeNull();
    expect(blokVanAfspraak('A')).toBeNull();
  });
});

describe('AZWA-telling per blok A–E', () => {
  it('op 1 december 2025: D7 (Q3 2025) verlopen, A1 (Q4 2025) nog niet; afgerond C3a telt niet als verlopen', () => {
    const t = telAzwaPerBlok(ACTIES, '2025-12-01', ANKER, null);
    expect(t.map((b) => b.blok)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const per = Object.fromEntries(t.map((b) => [b.blok, b]));
    expect(per.A).toMatchObject({ totaal: 1, verlopen: 0, zonder_status: 0, afgerond_sinds_vorige: null });
    expect(per.A.per_status['Loopt op schema']).toBe(1);
    expect(per.B.totaal).toBe(0);
    expect(per.C).toMatchObject({ totaal: 2, zonder_status: 1, verlopen: 0 });
    expect(per.C.per_status.Afgerond).toBe(1);
    expect(per.D).toMatchObject({ totaal: 1, verlopen: 1 });
    expect(per.E).toMatchObject({ totaal: 1, zonder_status: 1, verlopen: 0 }); // a meeting is no date
  });
  it('op 2 januari 2026 is ook A1 (Q4 2025) verlopen; IZA-acties tellen niet mee', () => {
    const t = telAzwaPerBlok(ACTIES, '2026-01-02', ANKER, null);
    expect(t.reduce((s, b) => s + b.totaal, 0)).toBe(5);
    expect(t.find((b) => b.blok === 'A')!.verlopen).toBe(1);
  });
  it('afgerond sinds de vorige vastgestelde ronde: wat toen nog niet Afgerond was', () => {
    expect(telAzwaPerBlok(ACTIES, '2025-12-01', ANKER, new Set()).find((b) => b.blok === 'C')!.afgerond_sinds_vorige).toBe(1);
    expect(telAzwaPerBlok(ACTIES, '2025-12-01', ANKER, new Set(['AZWA-C3a.9'])).find((b) => b.blok === 'C')!.afgerond_sinds_vorige).toBe(0);
  });
  it('een relatieve termijn zonder anker kan niet verlopen ("binnen 3 maanden")', () => {
    expect(isVerlopen({ deadline: 'binnen 3 maanden', status: null }, '2026-06-01', null)).toBe(false);
    expect(isVerlopen({ deadline: 'binnen 3 maanden', status: null }, '2026-06-01', ANKER)).toBe(true);
  });
});

describe('afvoeren van IZA-acties die al afgerond waren (002 r. 7764-7766)', () => {
  const iza = [
    { code: 'A.1', akkoord: 'IZA', status: 'Afgerond' },
    { code: 'A.2', akkoord: 'IZA', status: 'Afgerond' },
    { code: 'A.3', akkoord: 'IZA', status: 'Loopt op schema' },
    { code: 'A.4', akkoord: 'IZA', status: 'Loopt achter' },
    { code: 'AZWA-A1.1', akkoord: 'AZWA', status: 'Afgerond' },
  ];
  it('afgerond bij de vorige vastgestelde ronde en nog steeds afgerond: afgevoerd en geteld', () => {
    const r = voerAfgerondeIzaActiesAf(iza, new Set(['A.1', 'AZWA-A1.1']));
    expect(r.afgevoerd).toBe(1);
    expect(r.blijven.map((a) => a.code)).toEqual(['A.2', 'A.3', 'A.4']);
  });
  it('sindsdien heropend (toen Afgerond, nu niet): blijft in de rapportage', () => {
    const r = voerAfgerondeIzaActiesAf(iza, new Set(['A.4']));
    expect(r.afgevoerd).toBe(0);
    expect(r.blijven.map((a) => a.code)).toContain('A.4');
  });
  it('zonder vorige vastgestelde ronde wordt niets afgevoerd', () => {
    expect(voerAfgerondeIzaActiesAf(iza, null)).toMatchObject({ afgevoerd: 0 });
  });
});

describe('toezeggingen zonder afspraakcode', () => {
  it('werkafspraak monitoring transitiedoelen "vóór eind 2025" (002 r. 7650-7652) is op 2 januari 2026 verlopen tenzij afgerond', () => {
    expect(toezeggingStatus({ deadline: 'vóór eind 2025', status: 'Loopt op schema' }, '2026-01-02', ANKER)).toBe('verlopen');
    expect(toezeggingStatus({ deadline: 'vóór eind 2025', status: 'Afgerond' }, '2026-01-02', ANKER)).toBe('op-tijd');
    expect(toezeggingStatus({ deadline: 'vóór eind 2025', status: null }, '2025-12-15', ANKER)).toBe('binnenkort');
  });
  it('MTR-besluit "voor 1 juli 2027" (r. 7711): op 30 juni 2027 nog niet verlopen, op 1 juli wel', () => {
    expect(toezeggingStatus({ deadline: 'voor 1 juli 2027', status: null }, '2027-06-30', ANKER)).toBe('binnenkort');
    expect(toezeggingStatus({ deadline: 'voor 1 juli 2027', status: null }, '2027-07-01', ANKER)).toBe('verlopen');
  });
  it('zonder termijn: geen datum', () => {
    expect(toezeggingStatus({ deadline: null, status: null }, '2027-07-01', ANKER)).toBe('geen-datum');
  });
});
