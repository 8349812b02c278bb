// Macro control (AZWA §6-§7, 002 r. 6839-6922) on the real 2024 stand and on invented overspends in
// years without a stand yet.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KaderSector } from '../../src/domein/begrippen.js';
import { berekenKader, type KaderRij } from '../../src/domein/kaders.js';
import { macrobeheersing, macrobeheersingVanJaar, type MacroOordeel } from '../../src/domein/macrobeheersing.js';
import { getal, leegIsNull, leesSeed } from '../helpers/seedcsv.js';

let kaders: KaderRij[];
beforeAll(async () => {
  const n = (v: string) => (v === '' ? null : getal(v));
  kaders = (await leesSeed('financiele_kaders.csv')).map((c) => ({
    jaar: getal(c.jaar),
    sector: c.sector as KaderSector,
    stand: c.stand,
    stand_omschrijving: leegIsNull(c.stand_omschrijving),
    kwartalen_declaraties: n(c.kwartalen_declaraties),
    kader_soort: c.kader_soort as KaderRij['kader_soort'],
    uitgaven_mln: n(c.uitgaven_mln),
    kader_mln: getal(c.kader_mln),
    aanspraak_buiten_zvw_mln: n(c.aanspraak_buiten_zvw_mln),
    covid_prestaties_mln: n(c.covid_prestaties_mln),
    groei_dure_geneesmiddelen_pct: n(c.groei_dure_geneesmiddelen_pct),
    basis_dure_geneesmiddelen_mln: n(c.basis_dure_geneesmiddelen_mln),
    balanspost_pct: n(c.balanspost_pct),
  }));
});

function jaar(j: number): MacroOordeel[] {
  return macrobeheersingVanJaar(
    kaders.filter((k) => k.jaar === j).map((k) => ({ sector: k.sector, jaar: k.jaar, kader_soort: k.kader_soort, verschil: berekenKader(k).waarden.resterend_verschil })),
  );
}

describe('macrobeheersing on the published stand 2024 (000 r. 370-393)', () => {
  it('GGZ 2024 overspends by 260 and the MBI is not used (§6f: GGZ, huisartsenzorg, MDZ t/m 2024)', () => {
    const ggz = jaar(2024).find((o) => o.sector === 'GGZ')!;
    expect(ggz.situatie).toBe('overschrijding');
    expect(ggz.verschil).toBe(260);
    expect(ggz.mbi).toBe('niet_ingezet');
    expect(ggz.stap).toMatchObject({ code: '6f', bron: '002 r. 6888-6890' });
    // §6c sees the underspends of the other four sectors: MSZ 58 + WV 1.015 + MDZ 2 (HA overspends).
    expect(ggz.stappen.find((s) => s.code === '6c')).toMatchObject({ geldt: true });
    expect(ggz.samenvatting).toContain('(€ 1.075 mln)');
    expect(ggz.stappen.map((s) => `${s.code}${s.geldt ? '+' : '-'}`)).toEqual(['6a+', '6b+', '6c+', '6d+', '6e+', '6f+', '7b+', '7c+']);
  });

  it('Huisartsenzorg 2024 (+110) likewise without MBI; the underspending sectors get the spring adjustment of 2025', () => {
    const j = jaar(2024);
    expect(j.map((o) => [o.sector, o.situatie, o.mbi, o.stap.code])).toEqual([
      ['MSZ', 'onderschrijding', 'niet_van_toepassing', '7b'],
      ['GGZ', 'overschrijding', 'niet_ingezet', '6f'],
      ['Wijkverpleging', 'onderschrijding', 'niet_van_toepassing', '7b'],
      ['Huisartsenzorg', 'overschrijding', 'niet_ingezet', '6f'],
      ['MDZ', 'onderschrijding', 'niet_van_toepassing', '7b'],
    ]);
    const wv = j[2];
    expect(wv.bijstelling).toEqual({ besluitjaar: 2025, basis: 'Q4-cijfers 2024 van het Zorginstituut' });
    expect(wv.stap.bron).toBe('002 r. 6906-6916');
  });

  it('the AZWA kaders 2026-2028 without spending: the kader is the maximum (§7c)', () => {
    for (const o of jaar(2027)) {
      expect(o.situatie).toBe('geen_stand');
      expect(o.stap).toMatchObject({ code: '7c', bron: '002 r. 6918-6922' });
    }
  });
});

describe('macrobeheersing on invented overspends', () => {
  it('GGZ 2027 over its kader: no exception applies, VWS may use the MBI (§6e)', () => {
    const o = macrobeheersing({ sector: 'GGZ', jaar: 2027, kader_soort: 'AZWA', verschil: 65 });
    expect(o.mbi).toBe('mogelijk');
    expect(o.stap).toMatchObject({ code: '6e', bron: '002 r. 6867-6869, 6882-6884' });
    expect(o.stappen.find((s) => s.code === '6c')!.uitleg).toContain('niet bekend');
  });

  it('Wijkverpleging 2026 over the AZWA kader but within the IZA kader: no MBI (§6g)', () => {
    // AZWA kader 3.792, IZA kader 4.104 (Bijlage 1); spending 3.900.
    const o = macrobeheersing({ sector: 'Wijkverpleging', jaar: 2026, kader_soort: 'AZWA', verschil: 3900 - 3792, verschil_iza: 3900 - 4104 });
    expect(o.mbi).toBe('niet_ingezet');
    expect(o.stap).toMatchObject({ code: '6g', bron: '002 r. 6892-6898' });
    expect(o.mbi_uitleg).toContain('€ 204 mln eronder');
  });

  it('Wijkverpleging 2026 above the IZA kader too: the MBI can be used', () => {
    const o = macrobeheersing({ sector: 'Wijkverpleging', jaar: 2026, kader_soort: 'AZWA', verschil: 4200 - 3792, verschil_iza: 4200 - 4104 });
    expect(o.mbi).toBe('mogelijk');
    expect(o.stap.code).toBe('6e');
    expect(o.stap.bron).toContain('6892-6898');
  });

  it('MSZ 2026 without a known IZA kader: undecided, and says so', () => {
    const o = macrobeheersing({ sector: 'MSZ', jaar: 2026, kader_soort: 'AZWA', verschil: 10 });
    expect(o.mbi).toBe('onbekend');
    expect(o.samenvatting).toContain('hangt af van het IZA-kader');
  });

  it('MSZ 2027: the §5 kaders apply without exception', () => {
    const o = macrobeheersing({ sector: 'MSZ', jaar: 2027, kader_soort: 'AZWA', verschil: 100, verschil_iza: -500 });
    expect(o.mbi).toBe('mogelijk');
  });

  it('MDZ 2025 (after the §6f period) may get the MBI; MDZ 2024 may not', () => {
    expect(macrobeheersing({ sector: 'MDZ', jaar: 2025, kader_soort: 'IZA', verschil: 5 }).mbi).toBe('mogelijk');
    expect(macrobeheersing({ sector: 'MDZ', jaar: 2024, kader_soort: 'IZA', verschil: 5 }).mbi).toBe('niet_ingezet');
  });
});

describe('macrobeheersingVanStand', () => {
  it('derives the verschil against the IZA kader from the kader figures and the Bijlage 1 IZA kader', async () => {
    const { macrobeheersingVanStand } = await import('../../src/domein/macrobeheersing.js');
    // Invented stand 2026: Wijkverpleging spends 3.900 against AZWA 3.792 (IZA kader 4.104); MSZ 31.900 against 31.898 (IZA 31.813).
    const o = macrobeheersingVanStand(
      [
        { sector: 'Wijkverpleging', jaar: 2026, kader_soort: 'AZWA', kader: 3792, resterend_verschil: 108 },
        { sector: 'MSZ', jaar: 2026, kader_soort: 'AZWA', kader: 31898, resterend_verschil: 2 },
      ],
      new Map([['Wijkverpleging', 4104], ['MSZ', 31813]]),
    );
    expect(o.map((x) => [x.sector, x.mbi, x.stap.code])).toEqual([
      ['MSZ', 'mogelijk', '6e'],
      ['Wijkverpleging', 'niet_ingezet', '6g'],
    ]);
  });
});
