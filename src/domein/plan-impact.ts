// The expected fte impact of transformatieplannen (contract type plan_impact, docs/contract/plan_impact.md)
// and its sum per KPMG cluster over the granted plans, beside the model's band. Pure: no I/O.
// A plan's basis is a KPMG measure × scenario (× the plan's share of it), computed from the model so it is
// never typed twice, or the plan's own estimate with its source.
import { clusterTotalen, SCENARIOS, waardeBij, type ImpactModel, type Reeks, type Scenario } from './impact.js';

export const PLAN_IMPACT_BASES = ['kpmg', 'eigen_raming'] as const;
export type PlanImpactBasis = (typeof PLAN_IMPACT_BASES)[number];
export const BASIS_TEKST: Record<PlanImpactBasis, string> = { kpmg: 'KPMG-maatregel en scenario', eigen_raming: 'eigen raming van het plan' };

/** One row of the file type (empty cells are null). */
export interface PlanImpactRij {
  plan_id: string;
  basis: PlanImpactBasis;
  maatregel_versie: string | null;
  maatregel: string | null;
  scenario: Scenario | null;
  aandeel_pct: number | null;
  cluster: string | null;
  fte: number | null;
  werknemers: number | null;
  bron: string | null;
  toelichting: string | null;
}

/** Columns each basis needs, and those it must leave empty (a figure from the model is not typed twice). */
const VERPLICHT: Record<PlanImpactBasis, (keyof PlanImpactRij)[]> = {
  kpmg: ['maatregel_versie', 'maatregel', 'scenario'],
  eigen_raming: ['cluster', 'fte', 'bron'],
};
const LEEG_BIJ: Record<PlanImpactBasis, (keyof PlanImpactRij)[]> = {
  kpmg: ['cluster', 'fte', 'werknemers'],
  eigen_raming: ['maatregel_versie', 'maatregel', 'scenario', 'aandeel_pct'],
};

export interface PlanImpactFout {
  kolom: keyof PlanImpactRij;
  waarde: string;
  reden: string;
}

const leeg = (w: unknown) => w === null || w === undefined || w === '';
const tekst = (w: unknown) => (leeg(w) ? '' : String(w).replace('.', ','));

/** The rules of one row within itself (import and form alike); references are checked against the data. */
export function controleerPlanImpact(r: PlanImpactRij): PlanImpactFout[] {
  const uit: PlanImpactFout[] = [];
  for (const k of VERPLICHT[r.basis]) {
    if (leeg(r[k])) uit.push({ kolom: k, waarde: '', reden: `verplicht bij basis "${r.basis}"` });
  }
  for (const k of LEEG_BIJ[r.basis]) {
    if (leeg(r[k])) continue;
    uit.push({
      kolom: k,
      waarde: tekst(r[k]),
      reden:
        r.basis === 'kpmg'
          ? 'laat leeg bij basis "kpmg": cluster en cijfers volgen uit de maatregel en het scenario'
          : 'hoort bij basis "kpmg"; laat leeg bij een eigen raming',
    });
  }
  if (r.aandeel_pct !== null && (r.aandeel_pct <= 0 || r.aandeel_pct > 100)) {
    uit.push({ kolom: 'aandeel_pct', waarde: tekst(r.aandeel_pct), reden: 'aandeel moet groter dan 0% en hoogstens 100% zijn' });
  }
  for (const k of ['fte', 'werknemers'] as const) {
    const w = r[k];
    if (w !== null && w < 0) uit.push({ kolom: k, waarde: tekst(w), reden: 'verwachte besparing kan niet negatief zijn' });
  }
  return uit;
}

export interface PlanVerwachting {
  plan_id: string;
  basis: PlanImpactBasis;
  /** The KPMG cluster the impact counts in. */
  cluster: string;
  fte: number;
  /** Null when an own estimate gives no persons. */
  werknemers: number | null;
  /** Where the figure comes from, in Dutch (e.g. "KPMG A2 (concept-0.6), scenario gemiddeld, 25%"). */
  herkomst: string;
}

const pctTekst = (p: number) => `${String(Math.round(p * 10) / 10).replace('.', ',')}%`;

/**
 * A plan's expected impact. KPMG basis: the measure's figure in the scenario × the share (default 100%);
 * null when the measure is not in the model (the importer refuses that, so it only follows a model change).
 */
export function verwachteImpact(r: PlanImpactRij, model: ImpactModel): PlanVerwachting | null {
  if (r.basis === 'eigen_raming') {
    if (r.fte === null || !r.cluster) return null;
    return { plan_id: r.plan_id, basis: r.basis, cluster: r.cluster, fte: r.fte, werknemers: r.werknemers, herkomst: `eigen raming (${r.bron ?? 'bron onbekend'})` };
  }
  const m = model.maatregelen.find((x) => x.code === r.maatregel && x.versie === r.maatregel_versie);
  if (!m || !r.scenario) return null;
  const deel = (r.aandeel_pct ?? 100) / 100;
  return {
    plan_id: r.plan_id,
    basis: r.basis,
    cluster: m.cluster,
    fte: waardeBij(m.fte, r.scenario) * deel,
    werknemers: waardeBij(m.werknemers, r.scenario) * deel,
    herkomst: `KPMG ${m.code} (${m.versie}), scenario ${r.scenario}${r.aandeel_pct === null ? '' : `, aandeel ${pctTekst(r.aandeel_pct)}`}`,
  };
}

export interface ClusterVerwachting {
  code: string;
  titel: string;
  /** Granted plans with an impact in this cluster. */
  plannen: PlanVerwachting[];
  fte: number;
  /** Sum of the persons; plans with an own estimate without persons are left out and counted here. */
  werknemers: number;
  zonderWerknemers: number;
  /** The KPMG band of the cluster: sum of its measures, laag and hoog (computed, as the model page). */
  band: { fte: Reeks; werknemers: Reeks };
}

export interface ImpactVanPlannen {
  clusters: ClusterVerwachting[];
  totaal: { fte: number; werknemers: number; band: { fte: Reeks; werknemers: Reeks } };
  /** Granted plans at P, and how many of them have an expected impact. */
  toegekend: number;
  metImpact: number;
  /** Granted plans whose measure or cluster is not in the model (shown, not counted). */
  onbekend: string[];
}

/**
 * THE rule: the expected impact of the granted plans (status Goedgekeurd at P) summed per KPMG cluster,
 * beside the cluster's band laag–hoog. Plans not granted at P do not count, whatever their impact.
 */
export function impactVanToegekendePlannen(model: ImpactModel, rijen: readonly PlanImpactRij[], toegekend: ReadonlySet<string>): ImpactVanPlannen {
  const verwacht: PlanVerwachting[] = [];
  const onbekend: string[] = [];
  for (const r of rijen) {
    if (!toegekend.has(r.plan_id)) continue;
    const v = verwachteImpact(r, model);
    if (v) verwacht.push(v);
    else onbekend.push(r.plan_id);
  }
  const totalen = clusterTotalen(model);
  const codes = new Set(totalen.map((t) => t.cluster.code));
  for (const v of verwacht) if (!codes.has(v.cluster)) onbekend.push(v.plan_id);
  const clusters = totalen.map((t): ClusterVerwachting => {
    const plannen = verwacht.filter((v) => v.cluster === t.cluster.code);
    return {
      code: t.cluster.code,
      titel: t.cluster.titel,
      plannen,
      fte: plannen.reduce((s, p) => s + p.fte, 0),
      werknemers: plannen.reduce((s, p) => s + (p.werknemers ?? 0), 0),
      zonderWerknemers: plannen.filter((p) => p.werknemers === null).length,
      band: { fte: t.berekend.fte, werknemers: t.berekend.werknemers },
    };
  });
  const som = (k: 'fte' | 'werknemers') => Object.fromEntries(SCENARIOS.map((s) => [s, clusters.reduce((x, c) => x + c.band[k][s], 0)])) as Reeks;
  return {
    clusters,
    totaal: { fte: clusters.reduce((s, c) => s + c.fte, 0), werknemers: clusters.reduce((s, c) => s + c.werknemers, 0), band: { fte: som('fte'), werknemers: som('werknemers') } },
    toegekend: toegekend.size,
    metImpact: verwacht.length - verwacht.filter((v) => !codes.has(v.cluster)).length,
    onbekend,
  };
}
