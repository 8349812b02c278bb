// The KPMG fte-impact model of the AZWA (002 l. 8607–9630) as plain data, its checks and the calculator.
// Pure: rows of the `impact_maatregelen` file type in, totals, flags and scenario results out.
// The checks surface what does not add up in the published figures; they never change a figure.
import { rondAf } from './getallen.js';

export const SCENARIOS = ['laag', 'gemiddeld', 'hoog'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type Reeks = Record<Scenario, number>;

/** Kinds of record in an `impact_maatregelen` file (docs/contract/impact_maatregelen.md). */
export const IMPACT_SOORTEN = ['deeltijdfactor', 'cluster', 'maatregel', 'kwalitatief', 'zonder_analyse'] as const;
export type ImpactSoort = (typeof IMPACT_SOORTEN)[number];
export const BETROUWBAARHEDEN = ['laag', 'gemiddeld', 'hoog'] as const;
export type Betrouwbaarheid = (typeof BETROUWBAARHEDEN)[number];

/** TD1: the labour shortage 100.000 persons lower by end 2028; the AZWA's own share at least 40.000 (002 l. 1091–1093). */
export const DOEL_TD1 = 100_000;
export const DOEL_AZWA = 40_000;

/** One row of the file type, as the contract reads it (empty cells are null). */
export interface ImpactRij {
  versie: string;
  soort: ImpactSoort;
  code: string;
  titel: string | null;
  cluster: string | null;
  werknemers_laag: number | null;
  werknemers_gemiddeld: number | null;
  werknemers_hoog: number | null;
  fte_laag: number | null;
  fte_gemiddeld: number | null;
  fte_hoog: number | null;
  deeltijdfactor: number | null;
  betrouwbaarheid: Betrouwbaarheid | null;
  randvoorwaarden: string[] | null;
  neveneffecten_positief: string[] | null;
  neveneffecten_negatief: string[] | null;
  aantal: number | null;
  azwa_codes: string[] | null;
  toelichting: string | null;
  bron: string | null;
}

export interface Cijfers {
  werknemers: Reeks;
  fte: Reeks;
}

export interface ImpactMaatregel extends Cijfers {
  versie: string;
  code: string;
  titel: string;
  cluster: string;
  toelichting: string | null;
  bron: string | null;
}

export interface ImpactCluster {
  versie: string;
  code: string;
  titel: string;
  /** The subtotal as printed in the source (null when the source prints none). */
  gepubliceerd: Cijfers | null;
  betrouwbaarheid: Betrouwbaarheid | null;
  randvoorwaarden: string[];
  neveneffecten_positief: string[];
  neveneffecten_negatief: string[];
  toelichting: string | null;
  bron: string | null;
}

export interface Deeltijdfactor {
  code: string;
  titel: string;
  factor: number;
}

/** Records without figures: measures described only qualitatively, agreements without analysis. */
export interface ImpactOverig {
  versie: string;
  soort: 'kwalitatief' | 'zonder_analyse';
  code: string;
  titel: string;
  aantal: number | null;
  azwa_codes: string[];
  toelichting: string | null;
  bron: string | null;
}

export interface ImpactModel {
  versie: string;
  factoren: Deeltijdfactor[];
  clusters: ImpactCluster[];
  maatregelen: ImpactMaatregel[];
  overig: ImpactOverig[];
}

function reeks(l: number | null, g: number | null, h: number | null): Reeks | null {
  return l === null || g === null || h === null ? null : { laag: l, gemiddeld: g, hoog: h };
}

/**
 * Builds the model of one analysis version from the file's rows. Records of other versions that
 * belong to it (agreements without analysis, scoped to the final AZWA codes) are kept in `overig`.
 */
export function bouwModel(rijen: readonly ImpactRij[], versie: string): ImpactModel {
  const model: ImpactModel = { versie, factoren: [], clusters: [], maatregelen: [], overig: [] };
  for (const r of rijen) {
    const werknemers = reeks(r.werknemers_laag, r.werknemers_gemiddeld, r.werknemers_hoog);
    const fte = reeks(r.fte_laag, r.fte_gemiddeld, r.fte_hoog);
    if (r.soort === 'zonder_analyse' || r.soort === 'kwalitatief') {
      model.overig.push({
        versie: r.versie,
        soort: r.soort,
        code: r.code,
        titel: r.titel ?? r.code,
        aantal: r.aantal,
        azwa_codes: r.azwa_codes ?? [],
        toelichting: r.toelichting,
        bron: r.bron,
      });
      continue;
    }
    if (r.versie !== versie) continue;
    if (r.soort === 'deeltijdfactor' && r.deeltijdfactor !== null) {
      model.factoren.push({ code: r.code, titel: r.titel ?? r.code, factor: r.deeltijdfactor });
    } else if (r.soort === 'cluster') {
      model.clusters.push({
        versie: r.versie,
        code: r.code,
        titel: r.titel ?? r.code,
        gepubliceerd: werknemers && fte ? { werknemers, fte } : null,
        betrouwbaarheid: r.betrouwbaarheid,
        randvoorwaarden: r.randvoorwaarden ?? [],
        neveneffecten_positief: r.neveneffecten_positief ?? [],
        neveneffecten_negatief: r.neveneffecten_negatief ?? [],
        toelichting: r.toelichting,
        bron: r.bron,
      });
    } else if (r.soort === 'maatregel' && werknemers && fte) {
      model.maatregelen.push({
        versie: r.versie,
        code: r.code,
        titel: r.titel ?? r.code,
        cluster: r.cluster ?? '',
        werknemers,
        fte,
        toelichting: r.toelichting,
        bron: r.bron,
      });
    }
  }
  return model;
}

/** The analysis versions present in the rows (those with measures), oldest code first. */
export function versies(rijen: readonly ImpactRij[]): string[] {
  return [...new Set(rijen.filter((r) => r.soort === 'maatregel').map((r) => r.versie))].sort();
}

const NUL: Reeks = { laag: 0, gemiddeld: 0, hoog: 0 };

function tel(a: Reeks, b: Reeks): Reeks {
  return { laag: a.laag + b.laag, gemiddeld: a.gemiddeld + b.gemiddeld, hoog: a.hoog + b.hoog };
}

/** Σ of the measures' figures, per scenario. */
export function som(maatregelen: readonly Cijfers[]): Cijfers {
  return maatregelen.reduce((s, m) => ({ werknemers: tel(s.werknemers, m.werknemers), fte: tel(s.fte, m.fte) }), { werknemers: NUL, fte: NUL });
}

export interface ClusterTotaal {
  cluster: ImpactCluster;
  maatregelen: ImpactMaatregel[];
  berekend: Cijfers;
  gepubliceerd: Cijfers | null;
  /** True when every one of the six published columns equals the computed sum. */
  klopt: boolean | null;
}

/** Per cluster: the computed subtotal beside the published one. */
export function clusterTotalen(model: ImpactModel): ClusterTotaal[] {
  return model.clusters.map((cluster) => {
    const maatregelen = model.maatregelen.filter((m) => m.cluster === cluster.code);
    const berekend = som(maatregelen);
    const p = cluster.gepubliceerd;
    const klopt = p
      ? SCENARIOS.every((s) => p.werknemers[s] === berekend.werknemers[s] && p.fte[s] === berekend.fte[s])
      : null;
    return { cluster, maatregelen, berekend, gepubliceerd: p, klopt };
  });
}

/** The grand total of all measures. The source prints none: it is always a computed figure. */
export function totaal(model: ImpactModel): Cijfers & { berekend: true } {
  return { ...som(model.maatregelen), berekend: true };
}

// ---------------------------------------------------------------------------------------------
// Checks

export type SignaleringSoort = 'deeltijdfactor' | 'volgorde' | 'subtotaal';

/** A figure that does not fit the model's own rules: shown with its reason, never corrected. */
export interface Signalering {
  /** Measure code, or cluster code for a subtotal. */
  code: string;
  /** The scenario it concerns; null when it concerns the row across scenarios. */
  scenario: Scenario | null;
  soort: SignaleringSoort;
  reden: string;
}

const NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const nl = (n: number) => NL.format(rondAf(n));
const factorTekst = (f: number) => rondAf(f, 2).toFixed(2).replace('.', ',');

/**
 * The stated factors are printed with two decimals, so each stands for ±0,005. Figures are whole
 * numbers, so FTE ÷ werknemers can lie anywhere between (F − ½) / (W + ½) and (F + ½) / (W − ½).
 */
const FACTOR_AFRONDING = 0.005;

/** The implied part-time factor of one scenario: FTE ÷ werknemers. */
export function impliciteFactor(fte: number, werknemers: number): number {
  return werknemers === 0 ? Number.NaN : fte / werknemers;
}

/** The stated factors that fit a pair of rounded figures (see FACTOR_AFRONDING). */
export function passendeFactoren(fte: number, werknemers: number, factoren: readonly Deeltijdfactor[]): Deeltijdfactor[] {
  if (werknemers <= 0) return [];
  const onder = (fte - 0.5) / (werknemers + 0.5) - FACTOR_AFRONDING;
  const boven = werknemers > 0.5 ? (fte + 0.5) / (werknemers - 0.5) + FACTOR_AFRONDING : Number.POSITIVE_INFINITY;
  return factoren.filter((f) => f.factor >= onder && f.factor <= boven);
}

function factorenLijst(factoren: readonly Deeltijdfactor[]): string {
  return [...factoren].sort((a, b) => a.factor - b.factor).map((f) => factorTekst(f.factor)).join('; ');
}

/**
 * Every measure's implied part-time factor must be one stated factor, the same in all three scenarios.
 * When two scenarios share a factor the third one is flagged; otherwise the whole row is.
 */
export function controleerDeeltijdfactoren(model: ImpactModel): Signalering[] {
  const uit: Signalering[] = [];
  for (const m of model.maatregelen) {
    const passend = SCENARIOS.map((s) => passendeFactoren(m.fte[s], m.werknemers[s], model.factoren));
    if (model.factoren.some((f) => passend.every((p) => p.includes(f)))) continue;
    const gedeeld = model.factoren.find((f) => passend.filter((p) => p.includes(f)).length === 2);
    if (gedeeld) {
      const i = passend.findIndex((p) => !p.includes(gedeeld));
      const s = SCENARIOS[i];
      const w = m.werknemers[s];
      const f = m.fte[s];
      const anderen = SCENARIOS.filter((x) => x !== s).join(' en ');
      const gelijk = w === f ? `werknemers = fte (${nl(w)}), ` : '';
      uit.push({
        code: m.code,
        scenario: s,
        soort: 'deeltijdfactor',
        reden:
          `${gelijk}impliciete deeltijdfactor ${factorTekst(impliciteFactor(f, w))}; ${anderen} gebruiken ` +
          `${factorTekst(gedeeld.factor)} (${gedeeld.titel}). Met ${factorTekst(gedeeld.factor)} zou ${s} ` +
          `${nl(f / gedeeld.factor)} werknemers zijn (uitgaande van de fte) of ${nl(w * gedeeld.factor)} fte (uitgaande van de werknemers).`,
      });
      continue;
    }
    const impliciet = SCENARIOS.map((s) => `${s} ${factorTekst(impliciteFactor(m.fte[s], m.werknemers[s]))}`).join(', ');
    const vreemd = SCENARIOS.filter((_, i) => passend[i].length === 0).map((s) => factorTekst(impliciteFactor(m.fte[s], m.werknemers[s])));
    uit.push({
      code: m.code,
      scenario: null,
      soort: 'deeltijdfactor',
      reden:
        `impliciete deeltijdfactor verschilt per scenario (${impliciet})` +
        (vreemd.length > 0 ? `; ${[...new Set(vreemd)].join(' en ')} is geen opgegeven factor (${factorenLijst(model.factoren)})` : '') +
        '.',
    });
  }
  return uit;
}

/** laag ≤ gemiddeld ≤ hoog, for werknemers and for FTE. */
export function controleerVolgorde(model: ImpactModel): Signalering[] {
  const uit: Signalering[] = [];
  for (const m of model.maatregelen) {
    for (const [naam, r] of [['werknemers', m.werknemers], ['fte', m.fte]] as const) {
      if (r.laag > r.gemiddeld) uit.push({ code: m.code, scenario: 'gemiddeld', soort: 'volgorde', reden: `${naam}: laag (${nl(r.laag)}) is groter dan gemiddeld (${nl(r.gemiddeld)})` });
      if (r.gemiddeld > r.hoog) uit.push({ code: m.code, scenario: 'hoog', soort: 'volgorde', reden: `${naam}: gemiddeld (${nl(r.gemiddeld)}) is groter dan hoog (${nl(r.hoog)})` });
    }
  }
  return uit;
}

/** Published cluster subtotals against the sum of their measures, column by column. */
export function controleerSubtotalen(model: ImpactModel): Signalering[] {
  const uit: Signalering[] = [];
  for (const t of clusterTotalen(model)) {
    if (!t.gepubliceerd) continue;
    for (const naam of ['werknemers', 'fte'] as const) {
      for (const s of SCENARIOS) {
        const p = t.gepubliceerd[naam][s];
        const b = t.berekend[naam][s];
        if (p !== b) uit.push({ code: t.cluster.code, scenario: s, soort: 'subtotaal', reden: `${naam} ${s}: gepubliceerd subtotaal ${nl(p)}, som van de maatregelen ${nl(b)}` });
      }
    }
  }
  return uit;
}

/** Every check, in the order of the measures. */
export function signaleringen(model: ImpactModel): Signalering[] {
  return [...controleerSubtotalen(model), ...controleerDeeltijdfactoren(model), ...controleerVolgorde(model)];
}

// ---------------------------------------------------------------------------------------------
// The calculator: FTE impact = potentie × invulling randvoorwaarden (002 l. 8944–8961)

/**
 * How far the preconditions of a measure are met: one of the three scenarios, or a percentage
 * where 0 = laag ("slechts minimaal voorzien"), 50 = gemiddeld ("in enige mate") and 100 = hoog
 * ("voorzien"); in between the figure runs linearly between the two neighbouring scenarios.
 */
export type Invulling = Scenario | number;

/** Reads a form or CSV value: `laag`, `gemiddeld`, `hoog`, or a percentage 0–100 (`35`, `35%`, `37,5`). */
export function leesInvulling(waarde: string | null | undefined): Invulling | null {
  const w = (waarde ?? '').trim().toLowerCase();
  if ((SCENARIOS as readonly string[]).includes(w)) return w as Scenario;
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(w);
  if (!m) return null;
  const p = Number(m[1].replace(',', '.'));
  return p >= 0 && p <= 100 ? p : null;
}

export function invullingPct(i: Invulling): number {
  return typeof i === 'number' ? i : i === 'laag' ? 0 : i === 'gemiddeld' ? 50 : 100;
}

export function invullingTekst(i: Invulling): string {
  return typeof i === 'number' ? `${String(rondAf(i, 1)).replace('.', ',')}%` : i;
}

/** The value of a measure's series at a given invulling. */
export function waardeBij(r: Reeks, i: Invulling): number {
  if (typeof i !== 'number') return r[i];
  const p = Math.min(100, Math.max(0, i));
  return p <= 50 ? r.laag + ((r.gemiddeld - r.laag) * p) / 50 : r.gemiddeld + ((r.hoog - r.gemiddeld) * (p - 50)) / 50;
}

export interface Uitkomst {
  werknemers: number;
  fte: number;
}

export interface Berekening {
  maatregelen: (Uitkomst & { code: string; cluster: string; invulling: Invulling })[];
  clusters: (Uitkomst & { code: string; titel: string })[];
  totaal: Uitkomst;
  /** The model's band (all measures laag … all hoog); the grand total is computed. */
  band: Cijfers;
  /** Where the total sits in the band, 0 = all laag, 1 = all hoog. */
  positieInBand: Uitkomst;
  /** Share of the AZWA's 40.000 and TD1's 100.000 persons, in werknemers (persons). */
  aandeelAzwa: number;
  aandeelTd1: number;
}

/** Measures without a setting count at `standaard` (gemiddeld: the realistic estimate, 002 l. 8904). */
export function bereken(model: ImpactModel, invullingen: Readonly<Record<string, Invulling>>, standaard: Invulling = 'gemiddeld'): Berekening {
  const maatregelen = model.maatregelen.map((m) => {
    const invulling = invullingen[m.code] ?? standaard;
    return { code: m.code, cluster: m.cluster, invulling, werknemers: waardeBij(m.werknemers, invulling), fte: waardeBij(m.fte, invulling) };
  });
  const clusters = model.clusters.map((c) => {
    const van = maatregelen.filter((m) => m.cluster === c.code);
    return { code: c.code, titel: c.titel, werknemers: van.reduce((s, m) => s + m.werknemers, 0), fte: van.reduce((s, m) => s + m.fte, 0) };
  });
  const t = { werknemers: maatregelen.reduce((s, m) => s + m.werknemers, 0), fte: maatregelen.reduce((s, m) => s + m.fte, 0) };
  const band = som(model.maatregelen);
  const positie = (x: number, r: Reeks) => (r.hoog === r.laag ? 0 : (x - r.laag) / (r.hoog - r.laag));
  return {
    maatregelen,
    clusters,
    totaal: t,
    band,
    positieInBand: { werknemers: positie(t.werknemers, band.werknemers), fte: positie(t.fte, band.fte) },
    aandeelAzwa: t.werknemers / DOEL_AZWA,
    aandeelTd1: t.werknemers / DOEL_TD1,
  };
}
