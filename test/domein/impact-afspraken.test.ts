// fte impact per AZWA agreement and per group of agreements through the code mappings: each measure
// counted once, unverified mappings marked, other analysis versions ignored.
import { describe, expect, it } from 'vitest';
import { impactVanAfspraken, type Koppeling } from '../../src/domein/impact-afspraken.js';
import type { ImpactMaatregel, ImpactModel } from '../../src/domein/impact.js';

const maatregel = (code: string, fte: number): ImpactMaatregel => ({
  versie: 'v1',
  code,
  titel: code,
  cluster: 'c',
  toelichting: null,
  bron: null,
  werknemers: { laag: fte, gemiddeld: 2 * fte, hoog: 3 * fte },
  fte: { laag: fte / 2, gemiddeld: fte, hoog: 2 * fte },
});
const model: ImpactModel = { versie: 'v1', factoren: [], clusters: [], overig: [], maatregelen: [maatregel('M1', 100), maatregel('M2', 40), maatregel('M3', 7)] };
const k = (code_van: string, code_naar: string, geverifieerd = true, versie_van = 'v1'): Koppeling => ({ versie_van, code_van, versie_naar: 'AZWA', code_naar, geverifieerd });

describe('impact per AZWA-afspraak', () => {
  const koppelingen = [k('M1', 'A1'), k('M1', 'A2'), k('M2', 'A2', false), k('M3', 'B1', true, 'v0')];
  it('telt de gekoppelde maatregelen van één afspraak', () => {
    expect(impactVanAfspraken(model, koppelingen, ['A1'])).toEqual({
      werknemers: { laag: 100, gemiddeld: 200, hoog: 300 },
      fte: { laag: 50, gemiddeld: 100, hoog: 200 },
      maatregelen: ['M1'],
      geverifieerd: true,
    });
  });
  it('telt een maatregel die aan twee afspraken van een cluster hangt één keer, en markeert een niet geverifieerde koppeling', () => {
    const c = impactVanAfspraken(model, koppelingen, ['A1', 'A2']);
    expect(c?.fte.gemiddeld).toBe(140);
    expect(c?.maatregelen).toEqual(['M1', 'M2']);
    expect(c?.geverifieerd).toBe(false);
  });
  it('geeft null zonder gekoppelde maatregel, ook als alleen een andere analyseversie koppelt', () => {
    expect(impactVanAfspraken(model, koppelingen, ['B1'])).toBeNull();
    expect(impactVanAfspraken(model, koppelingen, ['E6'])).toBeNull();
  });
});
