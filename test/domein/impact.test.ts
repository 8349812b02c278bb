// The KPMG fte-impact model (002 l. 8607–9630) read from the real data file through the contract
// descriptor: published subtotals reproduced, grand total computed, anomalies flagged, calculator.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPACT_MAATREGELEN } from '../../src/kern/contract/bestandstypen.js';
import { leesCel } from '../../src/kern/contract/cellen.js';
import { leesCsv } from '../../src/kern/contract/lezen.js';
import {
  bereken,
  bouwModel,
  clusterTotalen,
  controleerDeeltijdfactoren,
  leesInvulling,
  passendeFactoren,
  signaleringen,
  totaal,
  waardeBij,
  type ImpactModel,
  type ImpactRij,
} from '../../src/domein/impact.js';
import { SEED_MAP } from '../helpers/db.js';

async function leesRijen(bestand: string): Promise<ImpactRij[]> {
  const { kop, rijen } = await leesCsv(bestand);
  const uit: ImpactRij[] = [];
  for await (const { cellen } of rijen) {
    const rij: Record<string, unknown> = {};
    for (const kolom of IMPACT_MAATREGELEN.kolommen) {
      const r = leesCel(kolom, cellen[kop.indexOf(kolom.naam)] ?? null);
      if (!r.ok) throw new Error(`${kolom.naam}: ${r.reden}`);
      rij[kolom.naam] = r.waarde;
    }
    uit.push(rij as unknown as ImpactRij);
  }
  return uit;
}

let model: ImpactModel;
let rijen: ImpactRij[];

beforeAll(async () => {
  rijen = await leesRijen(path.join(SEED_MAP, 'impact_maatregelen.csv'));
  model = bouwModel(rijen, 'concept-0.6');
});

describe('het KPMG-model als data', () => {
  it('bevat 16 doorgerekende maatregelen in 5 clusters, 5 deeltijdfactoren en de records zonder cijfers', () => {
    expect(model.maatregelen.map((m) => m.code).sort()).toEqual(
      ['A1', 'A2', 'A3', 'A4', 'A5', 'D4', 'E2', 'E3', 'E4', 'E5', 'F1', 'F2', 'F4', 'F5', 'F6', 'F8'],
    );
    expect(model.clusters.map((c) => c.code)).toEqual(['ai-technologie', 'passende-zorg', 'administratieve-lasten', 'geneesmiddelen', 'overige']);
    expect(Object.fromEntries(model.factoren.map((f) => [f.code, f.factor]))).toEqual({
      vvt: 0.59,
      wijkverpleging: 0.68,
      'msz-verpleegkundigen': 0.75,
      ggz: 0.77,
      huisartsen: 0.74,
    });
    expect(model.clusters.map((c) => c.betrouwbaarheid)).toEqual(['laag', 'gemiddeld', 'gemiddeld', 'gemiddeld', null]);
    const kwalitatief = model.overig.find((o) => o.soort === 'kwalitatief')!;
    expect(kwalitatief.aantal).toBe(12);
    const zonder = model.overig.find((o) => o.soort === 'zonder_analyse')!;
    // AZWA codes, not KPMG codes: AZWA E4 (eerlijke bijdrage) is not KPMG E4
    expect(zonder.versie).toBe('AZWA');
    expect(zonder.azwa_codes).toEqual(['C3', 'C6', 'E4', 'E6']);
  });

  it('reproduceert de vijf gepubliceerde clustersubtotalen in alle zes kolommen', () => {
    const t = clusterTotalen(model);
    expect(t.map((c) => [c.cluster.code, c.klopt])).toEqual([
      ['ai-technologie', true],
      ['passende-zorg', true],
      ['administratieve-lasten', true],
      ['geneesmiddelen', true],
      ['overige', true],
    ]);
    // the figures themselves, as printed at l. 9151, 9273, 9403, 9511, 9628
    expect(t.map((c) => [c.berekend.werknemers, c.berekend.fte])).toEqual([
      [{ laag: 1607, gemiddeld: 8391, hoog: 28667 }, { laag: 969, gemiddeld: 6572, hoog: 18582 }],
      [{ laag: 2346, gemiddeld: 3163, hoog: 5173 }, { laag: 1710, gemiddeld: 2301, hoog: 3767 }],
      [{ laag: 999, gemiddeld: 2423, hoog: 5003 }, { laag: 653, gemiddeld: 1590, hoog: 3315 }],
      [{ laag: 2187, gemiddeld: 2938, hoog: 3690 }, { laag: 1487, gemiddeld: 1998, hoog: 2509 }],
      [{ laag: 1854, gemiddeld: 3797, hoog: 5690 }, { laag: 1265, gemiddeld: 2590, hoog: 3921 }],
    ]);
  });

  it('berekent het eindtotaal (niet in de bron) en markeert het als berekend', () => {
    expect(totaal(model)).toEqual({
      werknemers: { laag: 8993, gemiddeld: 20712, hoog: 48223 },
      fte: { laag: 6084, gemiddeld: 15051, hoog: 32094 },
      berekend: true,
    });
  });

  it('een gewijzigd subtotaal wordt gesignaleerd, niet gecorrigeerd', () => {
    const fout = rijen.map((r) => (r.code === 'passende-zorg' ? { ...r, fte_hoog: 3768 } : r));
    const m = bouwModel(fout, 'concept-0.6');
    expect(signaleringen(m).filter((s) => s.soort === 'subtotaal')).toEqual([
      { code: 'passende-zorg', scenario: 'hoog', soort: 'subtotaal', reden: 'fte hoog: gepubliceerd subtotaal 3.768, som van de maatregelen 3.767' },
    ]);
    expect(clusterTotalen(m).find((c) => c.cluster.code === 'passende-zorg')!.gepubliceerd!.fte.hoog).toBe(3768);
  });
});

describe('controles op deeltijdfactoren en volgorde', () => {
  it('signaleert precies A4 (gemiddeld) en E4, met hun reden', () => {
    const s = signaleringen(model);
    expect(s.map((x) => [x.code, x.scenario, x.soort])).toEqual([
      ['A4', 'gemiddeld', 'deeltijdfactor'],
      ['E4', null, 'deeltijdfactor'],
    ]);
    expect(s[0].reden).toBe(
      'werknemers = fte (3.954), impliciete deeltijdfactor 1,00; laag en hoog gebruiken 0,68 (Wijkverpleging). ' +
        'Met 0,68 zou gemiddeld 5.815 werknemers zijn (uitgaande van de fte) of 2.689 fte (uitgaande van de werknemers).',
    );
    expect(s[1].reden).toBe(
      'impliciete deeltijdfactor verschilt per scenario (laag 0,70, gemiddeld 0,70, hoog 0,77); 0,70 is geen opgegeven factor (0,59; 0,68; 0,74; 0,75; 0,77).',
    );
  });

  it('kleine getallen vallen binnen de afronding (D4: 3/4, 9/14, 15/24 fte/werknemers passen bij 0,59)', () => {
    const d4 = model.maatregelen.find((m) => m.code === 'D4')!;
    expect(passendeFactoren(d4.fte.hoog, d4.werknemers.hoog, model.factoren).map((f) => f.factor)).toEqual([0.59]);
    expect(controleerDeeltijdfactoren({ ...model, maatregelen: [d4] })).toEqual([]);
  });

  it('laag > gemiddeld wordt gesignaleerd', () => {
    const fout = rijen.map((r) => (r.code === 'F2' ? { ...r, werknemers_laag: 171, fte_laag: 116 } : r));
    const s = signaleringen(bouwModel(fout, 'concept-0.6')).filter((x) => x.soort === 'volgorde');
    expect(s).toEqual([
      { code: 'F2', scenario: 'gemiddeld', soort: 'volgorde', reden: 'werknemers: laag (171) is groter dan gemiddeld (170)' },
      { code: 'F2', scenario: 'gemiddeld', soort: 'volgorde', reden: 'fte: laag (116) is groter dan gemiddeld (115)' },
    ]);
  });
});

describe('de rekenhulp: potentie × invulling randvoorwaarden', () => {
  it('zonder instellingen is alles gemiddeld: 20.712 werknemers, 15.051 fte', () => {
    const b = bereken(model, {});
    expect(b.totaal).toEqual({ werknemers: 20712, fte: 15051 });
    expect(b.aandeelAzwa).toBeCloseTo(20712 / 40000, 10);
    expect(b.aandeelTd1).toBeCloseTo(0.20712, 10);
    expect(b.band.werknemers).toEqual({ laag: 8993, gemiddeld: 20712, hoog: 48223 });
    expect(b.clusters.find((c) => c.code === 'passende-zorg')).toMatchObject({ werknemers: 3163, fte: 2301 });
  });

  it('alles laag of alles hoog geeft de randen van de band', () => {
    expect(bereken(model, {}, 'laag').totaal).toEqual({ werknemers: 8993, fte: 6084 });
    expect(bereken(model, {}, 'hoog').positieInBand).toEqual({ werknemers: 1, fte: 1 });
  });

  it('twee afspraken hoog zetten verandert de cluster en het totaal met precies hun verschil', () => {
    const b = bereken(model, { A4: 'hoog', F1: 'hoog' });
    expect(b.totaal.werknemers).toBe(20712 + (18535 - 3954) + (3567 - 2173));
    expect(b.totaal.fte).toBe(15051 + (12604 - 3954) + (2675 - 1629));
    expect(b.clusters.find((c) => c.code === 'ai-technologie')).toMatchObject({ werknemers: 18535 + 4437, fte: 12604 + 2618 });
  });

  it('een percentage loopt lineair tussen de scenario’s (0 = laag, 50 = gemiddeld, 100 = hoog)', () => {
    const f1 = model.maatregelen.find((m) => m.code === 'F1')!;
    expect(waardeBij(f1.fte, 0)).toBe(1233);
    expect(waardeBij(f1.fte, 25)).toBe((1233 + 1629) / 2);
    expect(waardeBij(f1.fte, 50)).toBe(1629);
    expect(waardeBij(f1.fte, 75)).toBe((1629 + 2675) / 2);
    expect(waardeBij(f1.fte, 100)).toBe(2675);
  });

  it('leest invullingen uit formulieren en weigert wat geen invulling is', () => {
    expect(leesInvulling('Hoog')).toBe('hoog');
    expect(leesInvulling('37,5%')).toBe(37.5);
    expect(leesInvulling('100')).toBe(100);
    expect(leesInvulling('101')).toBeNull();
    expect(leesInvulling('veel')).toBeNull();
    expect(leesInvulling('')).toBeNull();
  });
});
