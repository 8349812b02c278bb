// The shipped classification file data/referentie/regio_indelingen.csv (made by
// scripts/maak-regio-indelingen.ts from the boundaries in data/geo/): every one of the 342 gemeenten
// of 2025 lies in exactly one region of every classification with boundaries, and known cases hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controleerIndelingen, gemeentenVan, regiosVan, type Indeling } from '../../src/domein/regios.js';
import { leesHerindelingen, leesRegioIndelingen, referentieRegioboek } from '../../src/kern/regios.js';

const rijen = leesRegioIndelingen();
const boek = referentieRegioboek();
const MET_GRENZEN: Indeling[] = ['provincie', 'ggdregio', 'zorgkantoorregio', 'veiligheidsregio', 'arbeidsmarktregio'];

function grenzen(laag: string): Map<string, string> {
  const topo = JSON.parse(readFileSync(new URL(`../../data/geo/${laag}_2025.topojson`, import.meta.url), 'utf8'));
  return new Map(topo.objects[`${laag}_2025`].geometries.map((g: { properties: { statcode: string; statnaam: string } }) => [g.properties.statcode, g.properties.statnaam]));
}

describe('regio-indelingen 2025', () => {
  const gemeenten = grenzen('gemeente');

  it('de gemeente-indeling is precies de 342 gemeenten van het grenzenbestand, met hun naam', () => {
    const g = rijen.filter((r) => r.indeling === 'gemeente');
    expect(g).toHaveLength(342);
    expect(new Map(g.map((r) => [r.regio_code, r.regio_naam]))).toEqual(gemeenten);
  });

  it.each(MET_GRENZEN)('%s: elke gemeente in precies één regio, elke regio van het grenzenbestand gebruikt', (indeling) => {
    const r = rijen.filter((x) => x.indeling === indeling);
    const perGemeente = new Map<string, string[]>();
    for (const x of r) perGemeente.set(x.gemeente_code!, [...(perGemeente.get(x.gemeente_code!) ?? []), x.regio_code]);
    expect([...perGemeente.keys()].sort()).toEqual([...gemeenten.keys()].sort());
    expect([...perGemeente.values()].filter((v) => v.length !== 1)).toEqual([]);
    const regios = grenzen(indeling);
    expect(new Map(r.map((x) => [x.regio_code, x.regio_naam]))).toEqual(new Map([...regios].filter(([c]) => r.some((x) => x.regio_code === c))));
    expect(new Set(r.map((x) => x.regio_code)).size).toBe(regios.size);
  });

  it('de levering doorstaat de contractcontrole', () => {
    expect(controleerIndelingen(rijen)).toEqual([]);
  });

  it('klopt op bekende gevallen', () => {
    const regio = (gm: string, i: Indeling) => boek.gebieden.get(boek.regioVan.get(gm)!.get(i)!)!.naam;
    expect(regio('GM0344', 'zorgkantoorregio')).toBe('Utrecht');
    expect(regio('GM0935', 'zorgkantoorregio')).toBe('Zuid-Limburg');
    expect(regio('GM0935', 'ggdregio')).toBe('GGD Zuid-Limburg');
    expect(regio('GM0935', 'veiligheidsregio')).toBe('Limburg-Zuid');
    expect(regio('GM0363', 'provincie')).toBe('Noord-Holland');
    expect(regio('GM0363', 'veiligheidsregio')).toBe('Amsterdam-Amstelland');
    expect(regio('GM0153', 'zorgkantoorregio')).toBe('Twente');
    expect(regio('GM0193', 'arbeidsmarktregio')).toBe('Regio Zwolle');
    expect(regio('GM0034', 'provincie')).toBe('Flevoland');
    expect(regio('GM0518', 'ggdregio')).toBe('GGD Haaglanden');
    expect(regio('GM0599', 'zorgkantoorregio')).toBe('Rotterdam');
    expect(regio('GM1900', 'provincie')).toBe('Fryslân');
    // a gemeente at a border (Nieuwegein lies in provincie Utrecht, Weesp's successor Amsterdam in Noord-Holland)
    expect(regio('GM0356', 'provincie')).toBe('Utrecht');
    expect(gemeentenVan(boek, 'provincie', 'PV26')).toHaveLength(26);
    expect(gemeentenVan(boek, 'provincie', 'PV29')).toHaveLength(13);
  });

  it('ROAZ: tien regio’s met naam en code, zonder leden', () => {
    expect(regiosVan(boek, 'roaz').map((g) => g.naam)).toEqual([
      'Brabant',
      'Euregio',
      'Limburg',
      'Midden-Nederland',
      'Noord-Nederland',
      'Noordwest',
      'Oost',
      'West',
      'Zuidwest',
      'Zwolle',
    ]);
    expect(regiosVan(boek, 'roaz').every((g) => gemeentenVan(boek, 'roaz', g.code).length === 0)).toBe(true);
  });

  it('herindelingen wijzen van een opgeheven code naar een gemeente van 2025', () => {
    for (const h of leesHerindelingen()) {
      expect(gemeenten.has(h.oude_code), h.oude_code).toBe(false);
      expect(gemeenten.get(h.nieuwe_code), h.nieuwe_code).toBe(h.nieuwe_naam);
    }
  });
});
