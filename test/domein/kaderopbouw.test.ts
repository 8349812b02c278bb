// The AZWA Bijlage 1 build-up (002 r. 7277-7429) from data/seed/kaderopbouw.csv: every printed kader
// 2026-2028 is reproduced from its lines, and every line that does not add up is flagged with its
// exact gap.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KaderSector } from '../../src/domein/begrippen.js';
import {
  bouwKaderOp,
  controleerSectortotalen,
  izaVersusAzwa,
  kaderopbouwen,
  type Kaderopbouw,
  type OpbouwRegel,
  type OpbouwSoort,
} from '../../src/domein/kaderopbouw.js';
import { getal, leegIsNull, leesSeed } from '../helpers/seedcsv.js';

let regels: OpbouwRegel[];
let opbouwen: Kaderopbouw[];
let kadersCsv: Record<string, string>[];

beforeAll(async () => {
  regels = (await leesSeed('kaderopbouw.csv')).map((c) => ({
    stand: c.stand,
    stand_omschrijving: leegIsNull(c.stand_omschrijving),
    sector: c.sector as KaderSector,
    jaar: getal(c.jaar),
    volgorde: getal(c.volgorde),
    regelnummer: leegIsNull(c.regelnummer),
    omschrijving: c.omschrijving,
    soort: c.soort as OpbouwSoort,
    bedrag_mln: getal(c.bedrag_mln),
    bron: leegIsNull(c.bron),
  }));
  opbouwen = kaderopbouwen(regels, '2025-12-31');
  kadersCsv = await leesSeed('financiele_kaders.csv');
});

// The kaders as printed in §5 "Beschikbare kaders" (002 r. 6871-6881), a second place in the text.
const PARAGRAAF_5: Record<KaderSector, [number, number, number]> = {
  MSZ: [31898, 32427, 32514],
  GGZ: [5857, 5935, 5974],
  Wijkverpleging: [3792, 3849, 3934],
  Huisartsenzorg: [4839, 5086, 5273],
  MDZ: [1038, 1176, 1233],
};

const opbouw = (sector: KaderSector, jaar: number) => opbouwen.find((o) => o.sector === sector && o.jaar === jaar)!;

describe('Bijlage 1: kaderopbouw', () => {
  it('has a build-up for every sector and year 2026-2028, each with a source line per amount', () => {
    expect(opbouwen.map((o) => `${o.jaar} ${o.sector}`)).toHaveLength(15);
    expect(new Set(opbouwen.map((o) => o.jaar))).toEqual(new Set([2026, 2027, 2028]));
    for (const r of regels) expect(r.bron).toMatch(/^002 r\. \d{4}$/);
    // Bijlage 1 spans r. 7277-7429.
    for (const r of regels) {
      const n = Number(r.bron!.slice(7));
      expect(n).toBeGreaterThanOrEqual(7277);
      expect(n).toBeLessThanOrEqual(7429);
    }
  });

  it('the kader line equals §5 and the AZWA rows of financiele_kaders.csv', () => {
    for (const [sector, kaders] of Object.entries(PARAGRAAF_5) as [KaderSector, number[]][]) {
      kaders.forEach((k, i) => {
        const jaar = 2026 + i;
        expect(opbouw(sector, jaar).kader, `${sector} ${jaar}`).toBe(k);
        const rij = kadersCsv.find((c) => c.sector === sector && getal(c.jaar) === jaar && c.kader_soort === 'AZWA')!;
        expect(getal(rij.kader_mln)).toBe(k);
      });
    }
  });

  it('reproduces every printed kader 2026-2028 from the line above it plus the posts since (step by step)', () => {
    const uitkomst = opbouwen.map((o) => {
      const c = o.controles.find((x) => x.soort === 'kader')!;
      return `${o.sector} ${o.jaar}: ${c.berekend} ${c.oordeel}`;
    });
    expect(uitkomst).toEqual([
      'MSZ 2026: 31898 klopt',
      'GGZ 2026: 5857 klopt',
      'Wijkverpleging 2026: 3792 klopt',
      'Huisartsenzorg 2026: 4839 klopt',
      'MDZ 2026: 1038 klopt',
      'MSZ 2027: 32427 klopt',
      'GGZ 2027: 5935 klopt',
      'Wijkverpleging 2027: 3849 klopt',
      'Huisartsenzorg 2027: 5086 klopt',
      'MDZ 2027: 1176 klopt',
      'MSZ 2028: 32514 klopt',
      'GGZ 2028: 5975 afronding',
      'Wijkverpleging 2028: 3934 klopt',
      'Huisartsenzorg 2028: 5274 afronding',
      'MDZ 2028: 1233 klopt',
    ]);
  });

  it('reproduces every printed kader from all its posts, with the exact rounding gap', () => {
    const gaps = Object.fromEntries(opbouwen.map((o) => [`${o.sector} ${o.jaar}`, o.kader_uit_posten!.verschil]));
    expect(gaps).toEqual({
      'MSZ 2026': 0, 'MSZ 2027': 0, 'MSZ 2028': 0,
      'GGZ 2026': 1, 'GGZ 2027': -1, 'GGZ 2028': -2,
      'Wijkverpleging 2026': 1, 'Wijkverpleging 2027': 0, 'Wijkverpleging 2028': 0,
      'Huisartsenzorg 2026': 1, 'Huisartsenzorg 2027': 1, 'Huisartsenzorg 2028': 0,
      'MDZ 2026': 0, 'MDZ 2027': -1, 'MDZ 2028': -1,
    });
    // Each gap is within what rounding of the printed lines can explain; none is a real deviation.
    for (const o of opbouwen) expect(o.kader_uit_posten!.oordeel).not.toBe('afwijking');
    expect(opbouw('MSZ', 2026).som_posten).toBe(31898);
  });

  it('flags exactly the lines that do not add up (afronding), none hidden', () => {
    const signalen = opbouwen.flatMap((o) => o.signalen.map((s) => `${o.sector} ${o.jaar} ${s.omschrijving} ${s.verschil}`));
    const gesorteerd = [...signalen].sort();
    expect(gesorteerd).toEqual(
      [
        'GGZ 2026 stand kader prijspeil 2025 1',
        'GGZ 2027 stand kader prijspeil 2025 -1',
        'GGZ 2028 kader GGZ inclusief groei in prijspeil 2025 -1',
        'GGZ 2028 stand kader prijspeil 2025 -1',
        'GGZ 2028 volumegroei totaal 1',
        'Huisartsenzorg 2026 stand kader prijspeil 2025 1',
        'Huisartsenzorg 2027 stand kader prijspeil 2025 1',
        'Huisartsenzorg 2028 kader Huisartsenzorg inclusief groei in prijspeil 2025 -1',
        'Huisartsenzorg 2028 stand kader prijspeil 2025 1',
        'MDZ 2027 stand kader prijspeil 2025 -1',
        'MDZ 2028 stand kader prijspeil 2025 -1',
        'Wijkverpleging 2026 stand kader prijspeil 2025 1',
      ].sort(),
    );
    for (const o of opbouwen) for (const s of o.signalen) expect(s.oordeel).toBe('afronding');
    const ggz = opbouw('GGZ', 2028).signalen.find((s) => s.omschrijving === 'volumegroei totaal')!;
    expect(ggz.melding).toBe('GGZ 2028 regel 7 "volumegroei totaal": gedrukt 47, som van de w.v.-regels 46 (afrondingsverschil 1).');
    expect(ggz.bron).toBe('002 r. 7331');
  });

  it('a line that is really off is an afwijking, not rounding', () => {
    const msz = opbouw('MSZ', 2026).regels.map((r) => (r.omschrijving === 'wijkklinieken' ? { ...r, bedrag_mln: 50 } : r));
    const o = bouwKaderOp(msz);
    const kader = o.controles.find((c) => c.soort === 'kader')!;
    expect(kader).toMatchObject({ gedrukt: 31898, berekend: 31943, verschil: -45, oordeel: 'afwijking' });
    expect(o.signalen).toHaveLength(1);
  });

  it('shows the IZA and the AZWA kader 2026 and explains their difference from the lines in between', () => {
    const v = izaVersusAzwa(opbouwen.filter((o) => o.jaar === 2026));
    expect(v.map((x) => [x.sector, x.iza_kader, x.azwa_kader, x.verschil])).toEqual([
      ['MSZ', 31813, 31898, 85],
      ['GGZ', 5831, 5857, 26],
      ['Wijkverpleging', 4104, 3792, -312],
      ['Huisartsenzorg', 4826, 4839, 13],
      ['MDZ', 1034, 1038, 4],
    ]);
    const msz = v[0];
    expect(msz.verklaring.map((p) => `${p.omschrijving} ${p.bedrag_mln}`)).toEqual([
      'aanpassing startniveau -75',
      'uitstel tranchering eigen risico 2026 147',
      'bekostiging meedenkadvies 8',
      'wijkklinieken 5',
    ]);
    for (const x of v) expect(x.controle.oordeel).toBe('klopt');
  });

  it('the meedenkadvies moves 8 from Huisartsenzorg to MSZ: it nets to zero over the sectors', () => {
    for (const jaar of [2026, 2027, 2028]) {
      const som = opbouwen
        .filter((o) => o.jaar === jaar)
        .flatMap((o) => o.regels.filter((r) => r.omschrijving === 'bekostiging meedenkadvies'))
        .reduce((s, r) => s + r.bedrag_mln, 0);
      expect(som).toBe(0);
    }
  });

  it('checks the sector totals the text prints elsewhere: growth 377/762 (§1d) and remgeld 1.028/1.151 (§4b)', () => {
    const c = controleerSectortotalen(opbouwen);
    expect(c.map((x) => `${x.omschrijving} ${x.jaar}: ${x.gedrukt} vs ${x.berekend} ${x.oordeel}`)).toEqual([
      'volumegroei totaal 2027: 377 vs 377 klopt',
      'volumegroei totaal 2028: 762 vs 763 afronding',
      'remgeld 2027: 1028 vs 1028 klopt',
      'remgeld 2028: 1151 vs 1152 afronding',
    ]);
    expect(c[3].sectoren).toHaveLength(5);
  });

  it('takes the newest stand at the peildatum and refuses mixed build-ups', () => {
    expect(kaderopbouwen(regels, '2025-07-02')).toEqual([]);
    const nieuw = regels.filter((r) => r.sector === 'MDZ' && r.jaar === 2026).map((r) => ({ ...r, stand: '2026-04-15' }));
    const beide = kaderopbouwen([...regels, ...nieuw], '2026-12-31');
    expect(beide.filter((o) => o.sector === 'MDZ' && o.jaar === 2026).map((o) => o.stand)).toEqual(['2026-04-15']);
    expect(() => bouwKaderOp([...nieuw, regels[0]])).toThrow(/meer dan één opbouw/);
  });
});
