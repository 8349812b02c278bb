// A choropleth of one indicator over one region classification: the values delivered for the regions
// themselves, or — for counts only, never rates or averages — the sum over each region's gemeenten.
// And the five classes of the map: the report's GP waiting-list classes where they apply, else five
// classes cut at the quintiles of the values. Pure: observations and the regioboek come in as data.
import { gemeentenVan, herkenGroep, regiosVan, somVanGemeenten, type Indeling, type Regioboek } from './regios.js';

export interface KaartWaarneming {
  gebied: string;
  periode: string;
  waarde: number | null;
}

export interface RegioWaarde {
  code: string;
  naam: string;
  waarde: number | null;
  /** For a sum: how many of the region's gemeenten delivered a value, and how many it has. */
  metWaarde?: number;
  van?: number;
}

export type KaartHerkomst = 'eigen' | 'som' | 'geen';

export interface RegioKaartWaarden {
  herkomst: KaartHerkomst;
  /** The period shown (the newest with values at this level), null when there is none. */
  periode: string | null;
  perioden: string[];
  regios: RegioWaarde[];
}

/** Only counts may be summed over gemeenten: a rate, share or average of a region is not the sum of its parts. */
export const isOptelbaar = (eenheid: string | null): boolean => eenheid === 'aantal';

/**
 * The values of an indicator per region of `indeling`. Values delivered for the regions themselves
 * come first; without them, a count is summed over the gemeenten (with how many delivered). `periode`
 * chooses a period; default the newest that has values.
 */
export function waardenPerRegio(
  boek: Regioboek,
  indeling: Indeling,
  waarnemingen: readonly KaartWaarneming[],
  eenheid: string | null,
  periode?: string,
): RegioKaartWaarden {
  const regios = regiosVan(boek, indeling);
  // the whole indicator's values settle ambiguous names ("Zwolle" among ROAZ names is the ROAZ region)
  const herkend = herkenGroep(boek, [...new Set(waarnemingen.map((w) => w.gebied))]);
  const eigen = waarnemingen
    .filter((w) => w.waarde !== null)
    .map((w) => ({ ...w, u: herkend.get(w.gebied) }))
    .filter((w) => w.u?.ok && w.u.gebied.indeling === indeling)
    .map((w) => ({ code: w.u!.ok ? w.u!.gebied.code : '', periode: w.periode, waarde: w.waarde! }));
  const kies = (perioden: string[]) => (periode && perioden.includes(periode) ? periode : (perioden.at(-1) ?? null));
  if (eigen.length > 0) {
    const perioden = [...new Set(eigen.map((w) => w.periode))].sort();
    const p = kies(perioden);
    const per = new Map(eigen.filter((w) => w.periode === p).map((w) => [w.code, w.waarde]));
    return { herkomst: 'eigen', periode: p, perioden, regios: regios.map((r) => ({ code: r.code, naam: r.naam, waarde: per.get(r.code) ?? null })) };
  }
  if (indeling === 'gemeente' || !isOptelbaar(eenheid)) return { herkomst: 'geen', periode: null, perioden: [], regios: [] };
  const gemeenteRijen = waarnemingen.filter((w) => /^GM\d{4}$/.test(w.gebied));
  const perioden = [...new Set(gemeenteRijen.filter((w) => w.waarde !== null).map((w) => w.periode))].sort();
  const p = kies(perioden);
  if (!p) return { herkomst: 'geen', periode: null, perioden: [], regios: [] };
  const inPeriode = gemeenteRijen.filter((w) => w.periode === p);
  return {
    herkomst: 'som',
    periode: p,
    perioden,
    regios: regios.map((r) => {
      const leden = gemeentenVan(boek, indeling, r.code);
      const s = somVanGemeenten(inPeriode, leden)[0];
      return { code: r.code, naam: r.naam, waarde: s ? s.som : null, metWaarde: s?.metWaarde ?? 0, van: leden.length };
    }),
  };
}

export interface Klassegrens {
  van: number;
  /** Inclusive upper bound; null for the last class. */
  tot: number | null;
}

/** The report's classes of the GP waiting list per gemeente: 0 · 1–9 · 10–49 · 50–199 · 200+ (002 r. 10419-10427). */
export const HUISARTS_WACHTLIJST_GRENZEN: readonly Klassegrens[] = [
  { van: 0, tot: 0 },
  { van: 1, tot: 9 },
  { van: 10, tot: 49 },
  { van: 50, tot: 199 },
  { van: 200, tot: null },
];

/** Rounds to two significant digits (downwards), so class bounds read as round numbers. */
function rondAf(x: number): number {
  if (x === 0) return 0;
  const macht = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  // the small epsilon keeps 6.1 / 0.1 = 60.999… at 61
  return Math.round(Math.floor(x / macht + 1e-9) * macht * 1e6) / 1e6;
}

/**
 * Up to five classes: the report's GP classes for the GP waiting list per gemeente; otherwise cut at the
 * quintiles of the values, rounded, fewer when the values have fewer distinct levels. Whole numbers get
 * whole bounds (tot = next van − 1); others one decimal.
 */
export function kaartGrenzen(indicator: string, indeling: Indeling, waarden: readonly number[]): Klassegrens[] {
  if (indicator === 'ha_wachtlijst' && indeling === 'gemeente') return [...HUISARTS_WACHTLIJST_GRENZEN];
  const w = [...waarden].sort((a, b) => a - b);
  if (w.length === 0) return [];
  const heel = w.every((x) => Number.isInteger(x));
  const stap = heel ? 1 : 0.1;
  const rond = (x: number) => (heel ? Math.floor(rondAf(x)) : Math.floor(rondAf(x) * 10) / 10);
  const starts: number[] = [rond(w[0])];
  for (let i = 1; i < 5; i++) {
    const s = rond(w[Math.floor((i * w.length) / 5)]);
    if (s > starts[starts.length - 1]) starts.push(s);
  }
  return starts.map((van, i) => ({ van, tot: i + 1 < starts.length ? Math.round((starts[i + 1] - stap) * 10) / 10 : null }));
}
