// The fte impact of the KPMG model (002 r. 8607-9630) per AZWA agreement and per group of agreements,
// through the code mappings (impact_codekoppelingen: an analysis code → the final AZWA code). A figure
// resting on a mapping the source does not state is marked unverified. Pure: no I/O.
import { som, type Cijfers, type ImpactModel } from './impact.js';

export interface Koppeling {
  versie_van: string;
  code_van: string;
  versie_naar: string;
  code_naar: string;
  geverifieerd: boolean;
}

export interface AfspraakImpact extends Cijfers {
  /** The model's measures (analysis codes) counted, each once. */
  maatregelen: string[];
  /** False when any counted measure reaches the agreement through an unverified mapping. */
  geverifieerd: boolean;
}

/** Measure code → the AZWA codes it maps to, with whether the mapping is verified. */
function koppelingenVan(model: ImpactModel, koppelingen: readonly Koppeling[]): Map<string, { code: string; geverifieerd: boolean }[]> {
  const m = new Map<string, { code: string; geverifieerd: boolean }[]>();
  for (const k of koppelingen) {
    if (k.versie_van !== model.versie || k.versie_naar !== 'AZWA') continue;
    const l = m.get(k.code_van) ?? [];
    l.push({ code: k.code_naar, geverifieerd: k.geverifieerd });
    m.set(k.code_van, l);
  }
  return m;
}

/**
 * The impact of a set of AZWA agreements (one agreement, or a cluster's agreements): the sum of the
 * measures mapped to any of them, each measure counted once. Null when no measure maps to them.
 */
export function impactVanAfspraken(model: ImpactModel, koppelingen: readonly Koppeling[], codes: readonly string[]): AfspraakImpact | null {
  const doel = new Set(codes);
  const per = koppelingenVan(model, koppelingen);
  const geteld = model.maatregelen
    .map((m) => ({ m, k: (per.get(m.code) ?? []).filter((k) => doel.has(k.code)) }))
    .filter((x) => x.k.length > 0);
  if (geteld.length === 0) return null;
  return {
    ...som(geteld.map((x) => x.m)),
    maatregelen: geteld.map((x) => x.m.code),
    geverifieerd: geteld.every((x) => x.k.every((k) => k.geverifieerd)),
  };
}
