import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaderTabel } from '../../src/domein/kaders-tabel.js';
import { alsGepubliceerd } from '../../src/domein/kaders-gepubliceerd.js';
import type { KaderRij } from '../../src/domein/kaders.js';

// The 2024 table of June 2025: the rows give GGZ 260 and Huisartsenzorg 110, the report printed 259 and 109.
const SEED = new URL('../../data/seed/', import.meta.url);
const gepubliceerd = JSON.parse(readFileSync(new URL('kerncijfers-2025-05-20.json', SEED), 'utf8')).financiele_kaders;
const [kop, ...regels] = readFileSync(new URL('financiele_kaders.csv', SEED), 'utf8').trim().split('\n');
const k = kop.split(';');
const getal = (v: string) => (v === '' ? null : Number(v.replace(',', '.')));
const rijen = regels.map((r) => {
  const c = Object.fromEntries(r.split(';').map((v, i) => [k[i], v]));
  const n = Object.fromEntries(Object.entries(c).map(([a, v]) => [a, /_mln|_pct|jaar|kwartalen/.test(a) ? getal(v) : v]));
  return n as unknown as KaderRij;
});
const opmaak = (n: number, e: 'mln' | 'pct') => (e === 'pct' ? `${n}%` : `€ ${n.toLocaleString('nl-NL')}`);

describe('kadertabel zoals gepubliceerd', () => {
  it('drukt 259 en 109 en noemt het berekende 260 en 110', () => {
    const { tabel, verschillen } = alsGepubliceerd(kaderTabel(rijen.filter((r) => r.jaar === 2024)), gepubliceerd, opmaak);
    const verschil = tabel.rijen.find((r) => r.nummer === 4)!;
    expect(verschil.tekst.GGZ).toBe('€ 259');
    expect(verschil.tekst.Huisartsenzorg).toBe('€ 109');
    expect(tabel.rijen.find((r) => r.nummer === 6)!.tekst.GGZ).toBe('€ 259');
    expect(verschillen.map((v) => [v.sector, v.nummer, v.gepubliceerd, v.berekend])).toEqual([
      ['GGZ', 4, 259, 260],
      ['Huisartsenzorg', 4, 109, 110],
      ['GGZ', 6, 259, 260],
      ['Huisartsenzorg', 6, 109, 110],
    ]);
  });

  it('2023 wijkt niet af: de tabel blijft gelijk', () => {
    const model = kaderTabel(rijen.filter((r) => r.jaar === 2023));
    const { tabel, verschillen } = alsGepubliceerd(model, gepubliceerd, opmaak);
    expect(verschillen).toEqual([]);
    expect(tabel.rijen.map((r) => r.tekst)).toEqual(model.rijen.map((r) => r.tekst));
  });
});
