// Choropleth rules: own values first, sums only for counts, and the five class bounds.
import { describe, expect, it } from 'vitest';
import { maakRegioboek, type RegioIndelingRij } from '../../src/domein/regios.js';
import { HUISARTS_WACHTLIJST_GRENZEN, isOptelbaar, kaartGrenzen, waardenPerRegio } from '../../src/domein/regiokaart.js';

const rij = (indeling: RegioIndelingRij['indeling'], regio_code: string, regio_naam: string, gemeente_code: string | null): RegioIndelingRij => ({ indeling, regio_code, regio_naam, gemeente_code, geldig_vanaf: '2025-01-01' });
const boek = maakRegioboek([
  rij('gemeente', 'GM0001', 'Aa', 'GM0001'),
  rij('gemeente', 'GM0002', 'Bb', 'GM0002'),
  rij('gemeente', 'GM0003', 'Cc', 'GM0003'),
  rij('provincie', 'PV01', 'Noord', 'GM0001'),
  rij('provincie', 'PV01', 'Noord', 'GM0002'),
  rij('provincie', 'PV02', 'Zuid', 'GM0003'),
]);

describe('waarden per regio', () => {
  const w = [
    { gebied: 'GM0001', periode: '2025-01', waarde: 10 },
    { gebied: 'GM0002', periode: '2025-01', waarde: 5 },
    { gebied: 'GM0001', periode: '2025-02', waarde: 12 },
  ];
  it('telt een aantal op over de gemeenten, in de nieuwste periode, met hoeveel gemeenten leverden', () => {
    const r = waardenPerRegio(boek, 'provincie', w, 'aantal');
    expect(r.herkomst).toBe('som');
    expect(r.periode).toBe('2025-02');
    expect(r.regios).toEqual([
      { code: 'PV01', naam: 'Noord', waarde: 12, metWaarde: 1, van: 2 },
      { code: 'PV02', naam: 'Zuid', waarde: null, metWaarde: 0, van: 1 },
    ]);
    expect(waardenPerRegio(boek, 'provincie', w, 'aantal', '2025-01').regios[0].waarde).toBe(15);
  });
  it('telt een percentage of wachttijd nooit op', () => {
    expect(isOptelbaar('%')).toBe(false);
    expect(waardenPerRegio(boek, 'provincie', w, 'weken').herkomst).toBe('geen');
  });
  it('neemt waarden die voor de regio zelf zijn geleverd (op naam of code) boven een som', () => {
    const r = waardenPerRegio(boek, 'provincie', [...w, { gebied: 'Zuid', periode: '2025-02', waarde: 7.5 }], '%');
    expect(r.herkomst).toBe('eigen');
    expect(r.regios.map((x) => x.waarde)).toEqual([null, 7.5]);
  });
});

describe('klassegrenzen', () => {
  it('de huisartsenwachtlijst per gemeente krijgt de klassen van de rapportage', () => {
    expect(kaartGrenzen('ha_wachtlijst', 'gemeente', [3, 4000])).toEqual(HUISARTS_WACHTLIJST_GRENZEN);
  });
  it('andere indicatoren: vijf klassen op de kwintielen, afgerond, oplopend en aansluitend', () => {
    const g = kaartGrenzen('ha_wachtlijst', 'zorgkantoorregio', [12, 130, 260, 390, 520, 650, 780, 910, 1040, 1234]);
    expect(g).toEqual([
      { van: 12, tot: 259 },
      { van: 260, tot: 519 },
      { van: 520, tot: 779 },
      { van: 780, tot: 999 },
      { van: 1000, tot: null },
    ]);
    expect(g.length).toBe(5);
    for (let i = 1; i < g.length; i++) expect(g[i].van).toBeGreaterThan(g[i - 1].tot!);
  });
  it('weinig verschillende waarden geven minder klassen; decimalen krijgen grenzen op één decimaal', () => {
    expect(kaartGrenzen('x', 'roaz', [5, 5, 5])).toEqual([{ van: 5, tot: null }]);
    expect(kaartGrenzen('x', 'roaz', [4.8, 8.3, 10.7, 6.1, 9.9])).toEqual([
      { van: 4.8, tot: 6 },
      { van: 6.1, tot: 8.2 },
      { van: 8.3, tot: 9.8 },
      { van: 9.9, tot: 9.9 },
      { van: 10, tot: null },
    ]);
  });
});
