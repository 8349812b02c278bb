// Charts with ECharts 6. The same option objects draw the interactive chart in the browser and the
// SVG on the server (report, PDF), so the options the builders here return are JSON-safe (no
// functions): `optieJson` puts them in the page. Dutch number notation on axes and in tooltips
// (functions) is added only when drawing, by `metNederlandseOpmaak`, on the server and in the
// browser island alike.
//
// Every chart has an accessible table alternative (`grafiekTabel`) and a CSV download (`naarCsv`).

import { veiligeCsvTekst } from '../csv-cel.js';
import crypto from 'node:crypto';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { Verdeling } from '../../domein/verdeling.js';
import { csvGetal, datum, getal } from '../formaat.js';
import { metGeheugen } from './getekend.js';

export type { EChartsOption };

export { KLEUREN, LETTERTYPE, REEKS_KLEUREN, STATUS_KLEUREN, WORKFLOW_KLEUREN } from './grafiekkleuren.js';
import { KLEUREN, LETTERTYPE, REEKS_KLEUREN } from './grafiekkleuren.js';

// ─── Input ────────────────────────────────────────────────────────────────────────────────────

export interface Punt {
  /** Label on the x axis, e.g. `Q1 2025` or `maart 2025`. */
  x: string;
  y: number | null;
  /** Date (`YYYY-MM-DD`); when every point has one, the x axis runs to scale in time (tijdreeksOptie). */
  datum?: string;
}
export interface Reeks {
  naam: string;
  punten: Punt[];
}
export interface Norm {
  waarde: number;
  label: string;
}

export interface TijdreeksInvoer {
  titel: string;
  reeksen: Reeks[];
  /** Horizontal norm line, e.g. `{ waarde: 14, label: 'Treeknorm 14 weken' }`. */
  norm?: Norm;
  /** x label that gets a vertical "Peildatum" line (category axis). */
  peildatumLabel?: string;
  /** Date (`YYYY-MM-DD`) of the peildatum line on a time axis (see `Punt.datum`): the line stands on that date. */
  peildatum?: string;
  eenheid: string;
  /** Name of the x axis in the table; default "Periode". */
  xNaam?: string;
}

export interface StaafInvoer {
  titel?: string;
  categorieen: string[];
  /** `waarden[i]` belongs to `categorieen[i]`; `kleur` overrides the series colour (e.g. STATUS_KLEUREN). */
  reeksen: { naam: string; waarden: (number | null)[]; kleur?: string }[];
  gestapeld?: boolean;
  horizontaal?: boolean;
  eenheid: string;
  /** Name of the category axis in the table; default "Categorie". */
  xNaam?: string;
}

export interface KleineVeelvoudenInvoer {
  titel?: string;
  /** One panel per group (e.g. per ggz main diagnosis group), each with the same series names. */
  panelen: { titel: string; reeksen: Reeks[] }[];
  /** Norm line per series name, in every panel, e.g. Treeknormen 4 / 10 / 14 weken. */
  normen?: (Norm & { reeks: string })[];
  /** Panels per row; default 4 (16 panels → 4×4). */
  kolommen?: number;
  eenheid: string;
  xNaam?: string;
  /** Expected drawing width in pixels (default 1000): long panel titles wrap to it. */
  tekenBreedte?: number;
}

/**
 * A count per category and status (domein/verdeling.ts) as a bar chart: one series per status, in
 * that status's colour.
 */
export function verdelingStaaf(v: Verdeling, titel: string, o: { xNaam: string; kleuren: Record<string, string>; gestapeld?: boolean; horizontaal?: boolean }): StaafInvoer {
  return {
    titel,
    categorieen: v.categorieen,
    reeksen: v.statussen.map((s, i) => ({ naam: s, waarden: v.waarden[i], kleur: o.kleuren[s] })),
    gestapeld: o.gestapeld,
    horizontaal: o.horizontaal,
    eenheid: 'aantal',
    xNaam: o.xNaam,
  };
}

// ─── Builders ───────────────────────────────────────────────────────────────────────────────────

function titelOptie(titel: string | undefined) {
  return titel
    ? { text: titel, left: 0, top: 0, textStyle: { fontSize: 16, fontWeight: 'bold', color: KLEUREN.donkerblauw } }
    : undefined;
}

function basis(titel: string | undefined) {
  return {
    color: [...REEKS_KLEUREN],
    textStyle: { fontFamily: LETTERTYPE, color: KLEUREN.zwart },
    // In the browser ECharts sets this as aria-label of the container; the table below gives the figures.
    aria: { enabled: true, decal: { show: false }, label: { description: titel ?? 'Grafiek' } },
    tooltip: { trigger: 'axis' as const },
    legend: { bottom: 0, left: 0, icon: 'roundRect' },
  };
}

/** All x labels in order of first appearance across the series. */
function xLabels(reeksen: Reeks[]): string[] {
  const gezien = new Set<string>();
  for (const r of reeksen) for (const p of r.punten) gezien.add(p.x);
  return [...gezien];
}

function uitgelijnd(reeks: Reeks, labels: string[]): (number | null)[] {
  const per = new Map(reeks.punten.map((p) => [p.x, p.y]));
  return labels.map((l) => per.get(l) ?? null);
}

const eenheidNaam = (eenheid: string) => (eenheid ? eenheid : undefined);

/** True when every point carries a date: the chart gets a time axis to scale. */
export const opTijdas = (reeksen: readonly Reeks[]): boolean =>
  reeksen.some((r) => r.punten.length > 0) && reeksen.every((r) => r.punten.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.datum ?? '')));


/** Line chart through time with an optional norm line and the peildatum line; with dates a time axis to scale. */
export function tijdreeksOptie(invoer: TijdreeksInvoer): EChartsOption {
  const schaal = opTijdas(invoer.reeksen);
  const labels = schaal ? [] : xLabels(invoer.reeksen);
  const datums = schaal ? [...invoer.reeksen.flatMap((r) => r.punten.map((p) => p.datum!)), ...(invoer.peildatum ? [invoer.peildatum] : [])].sort() : [];
  const peilX = schaal ? invoer.peildatum : invoer.peildatumLabel !== undefined && labels.includes(invoer.peildatumLabel) ? invoer.peildatumLabel : undefined;
  const markeringen: Record<string, unknown>[] = [];
  if (invoer.norm)
    markeringen.push({
      name: invoer.norm.label,
      yAxis: invoer.norm.waarde,
      lineStyle: { color: KLEUREN.rood, type: 'dashed', width: 2 },
      label: { formatter: invoer.norm.label, position: 'insideEndTop', color: KLEUREN.zwart },
    });
  if (peilX !== undefined)
    markeringen.push({
      name: 'Peildatum',
      xAxis: peilX,
      lineStyle: { color: KLEUREN.grijs, type: 'dotted', width: 1.5 },
      label: { formatter: 'Peildatum', position: 'end', color: KLEUREN.zwart },
    });
  return {
    ...basis(invoer.titel),
    title: titelOptie(invoer.titel),
    grid: { left: 64, right: 32, top: 56, bottom: 64 },
    // time axis: Dutch month labels come with metNederlandseOpmaak (server) and the island (browser)
    xAxis: schaal
      ? { type: 'time', min: datums[0], max: datums[datums.length - 1], axisLabel: { hideOverlap: true }, splitNumber: 6 }
      : { type: 'category', data: labels, boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: eenheidNaam(invoer.eenheid), nameLocation: 'end', min: 0 },
    series: invoer.reeksen.map((r, i) => ({
      type: 'line',
      name: r.naam,
      data: schaal ? r.punten.filter((p) => p.y !== null).map((p) => [p.datum, p.y]) : uitgelijnd(r, labels),
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { width: 2 },
      ...(i === 0 && markeringen.length ? { markLine: { symbol: 'none', silent: true, data: markeringen } } : {}),
    })),
  } as EChartsOption;
}

export interface TijdasInvoer {
  titel: string;
  eenheid: string;
  /** Points by date (`YYYY-MM-DD`); the x axis runs to scale in time. `stippel`: dotted line (a path). */
  reeksen: { naam: string; punten: { datum: string; y: number }[]; stippel?: boolean; kleur?: string }[];
  /** Range of the x axis (default: from the first to the last point). */
  van?: string;
  tot?: string;
  /** Vertical line on a date, e.g. the peildatum. */
  markering?: { datum: string; label: string };
}

/** Line chart with a time axis to scale (type `time`): years on the axis, points on their date. */
export function tijdasOptie(invoer: TijdasInvoer): EChartsOption {
  const markeringen = invoer.markering
    ? [{ name: invoer.markering.label, xAxis: invoer.markering.datum, lineStyle: { color: KLEUREN.grijs, type: 'dotted', width: 1.5 }, label: { formatter: invoer.markering.label, position: 'end', color: KLEUREN.zwart } }]
    : [];
  return {
    ...basis(invoer.titel),
    title: titelOptie(invoer.titel),
    grid: { left: 72, right: 32, top: 56, bottom: 64 },
    xAxis: { type: 'time', min: invoer.van, max: invoer.tot, axisLabel: { formatter: '{yyyy}', hideOverlap: true }, splitNumber: 6 },
    yAxis: { type: 'value', name: eenheidNaam(invoer.eenheid), nameLocation: 'end', min: 0 },
    series: invoer.reeksen.map((r, i) => ({
      type: 'line',
      name: r.naam,
      data: r.punten.map((p) => [p.datum, p.y]),
      symbol: 'circle',
      symbolSize: r.stippel ? 4 : 8,
      lineStyle: { width: 2, type: r.stippel ? 'dashed' : 'solid', ...(r.kleur ? { color: r.kleur } : {}) },
      ...(r.kleur ? { itemStyle: { color: r.kleur } } : {}),
      ...(i === 0 && markeringen.length ? { markLine: { symbol: 'none', silent: true, data: markeringen } } : {}),
    })),
  } as EChartsOption;
}

/** The table alternative of a time-axis chart: one row per date, one column per series. */
export function tijdasTabel(invoer: TijdasInvoer, datumTekst: (d: string) => string): GrafiekTabel {
  const datums = [...new Set(invoer.reeksen.flatMap((r) => r.punten.map((p) => p.datum)))].sort();
  return {
    titel: invoer.titel,
    kop: ['Datum', ...invoer.reeksen.map((r) => metEenheid(r.naam, invoer.eenheid))],
    rijen: datums.map((d) => [datumTekst(d), ...invoer.reeksen.map((r) => r.punten.find((p) => p.datum === d)?.y ?? null)]),
  };
}

/** Bar chart: grouped or stacked, vertical or horizontal. */
export function staafOptie(invoer: StaafInvoer): EChartsOption {
  const categorieAs = {
    type: 'category',
    data: invoer.categorieen,
    // Horizontal: first category on top, as in the table.
    ...(invoer.horizontaal ? { inverse: true } : { axisLabel: { interval: 0, hideOverlap: true } }),
  };
  const waardeAs = { type: 'value', name: eenheidNaam(invoer.eenheid), min: 0 };
  return {
    ...basis(invoer.titel),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    title: titelOptie(invoer.titel),
    grid: { left: invoer.horizontaal ? 160 : 64, right: 32, top: invoer.titel ? 56 : 24, bottom: 64 },
    xAxis: invoer.horizontaal ? waardeAs : categorieAs,
    yAxis: invoer.horizontaal ? categorieAs : waardeAs,
    series: invoer.reeksen.map((r) => ({
      type: 'bar',
      name: r.naam,
      data: invoer.categorieen.map((_, i) => r.waarden[i] ?? null),
      ...(invoer.gestapeld ? { stack: 'totaal' } : {}),
      ...(r.kleur ? { itemStyle: { color: r.kleur } } : {}),
      // A white border separates stacked parts also for people who tell colours apart poorly.
      ...(invoer.gestapeld ? { itemStyle: { ...(r.kleur ? { color: r.kleur } : {}), borderColor: '#ffffff', borderWidth: 1 } } : {}),
    })),
  } as EChartsOption;
}

/** A round upper bound for a shared axis: 1, 2, 2.5, 5 or 10 × a power of 10. */
function mooiePlafond(x: number): number {
  if (!(x > 0)) return 1;
  const macht = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * macht >= x) return f * macht;
  return 10 * macht;
}

/**
 * Small multiples: one grid per panel in one option, by default 4 per row (16 → 4×4), with one
 * shared y scale so panels compare, and norm lines per series (ggz: registration, treatment and
 * total waiting time against Treeknorm 4 / 10 / 14 weeks). Draw at about 1000×1000 or larger.
 */
export function kleineVeelvoudenOptie(invoer: KleineVeelvoudenInvoer): EChartsOption {
  const kolommen = invoer.kolommen ?? 4;
  const rijen = Math.max(1, Math.ceil(invoer.panelen.length / kolommen));
  const namen = [...new Set(invoer.panelen.flatMap((p) => p.reeksen.map((r) => r.naam)))];
  const kleur = (naam: string) => REEKS_KLEUREN[namen.indexOf(naam) % REEKS_KLEUREN.length];
  const normPer = new Map((invoer.normen ?? []).map((n) => [n.reeks, n]));

  let hoogste = 0;
  for (const p of invoer.panelen) for (const r of p.reeksen) for (const pt of r.punten) if (pt.y !== null) hoogste = Math.max(hoogste, pt.y);
  for (const n of invoer.normen ?? []) hoogste = Math.max(hoogste, n.waarde);
  const max = mooiePlafond(hoogste * 1.05);

  // Percentages, so the layout scales with any drawing size.
  const boven = invoer.titel ? 6 : 2;
  const onder = 6; // legenda
  const links = 4;
  const rechts = 2;
  const celB = (100 - links - rechts) / kolommen;
  const celH = (100 - boven - onder) / rijen;
  const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

  const grids: Record<string, unknown>[] = [];
  const xAssen: Record<string, unknown>[] = [];
  const yAssen: Record<string, unknown>[] = [];
  const titels: Record<string, unknown>[] = [];
  const series: Record<string, unknown>[] = [];
  const hoofdtitel = titelOptie(invoer.titel);
  if (hoofdtitel) titels.push(hoofdtitel);

  invoer.panelen.forEach((paneel, i) => {
    const k = i % kolommen;
    const r = Math.floor(i / kolommen);
    const x0 = links + k * celB;
    const y0 = boven + r * celH;
    titels.push({
      text: paneel.titel,
      left: pct(x0 + 1),
      top: pct(y0),
      // Long group names ("Neurobiologische ontwikkelingsstoornissen") wrap within the panel.
      textStyle: {
        fontSize: 11,
        fontWeight: 'bold',
        color: KLEUREN.donkerblauw,
        // 0.85: ECharts estimates text width on the server without a canvas, and bold comes out wider.
        width: Math.max(40, Math.floor((0.85 * (invoer.tekenBreedte ?? 1000) * (celB - 2)) / 100)),
        overflow: 'break',
      },
    });
    grids.push({ left: pct(x0 + 2), top: pct(y0 + celH * 0.2), width: pct(celB - 4), height: pct(celH * 0.6) });
    const labels = xLabels(paneel.reeksen);
    xAssen.push({
      type: 'category',
      gridIndex: i,
      data: labels,
      boundaryGap: false,
      axisLabel: { fontSize: 9, hideOverlap: true },
    });
    yAssen.push({
      type: 'value',
      gridIndex: i,
      min: 0,
      max,
      interval: max / 5, // ronde streepjes (0, 5, 10, …) op de gedeelde schaal
      // Shared scale: numbers only in the first column.
      axisLabel: { show: k === 0, fontSize: 9 },
      ...(k === 0 && r === 0 && invoer.eenheid ? { name: invoer.eenheid, nameTextStyle: { fontSize: 9 } } : {}),
    });
    for (const reeks of paneel.reeksen) {
      const norm = normPer.get(reeks.naam);
      series.push({
        type: 'line',
        name: reeks.naam,
        xAxisIndex: i,
        yAxisIndex: i,
        data: uitgelijnd(reeks, labels),
        showSymbol: false,
        lineStyle: { width: 1.5 },
        itemStyle: { color: kleur(reeks.naam) },
        ...(norm
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: kleur(reeks.naam), type: 'dashed', width: 1 },
                // The norm label only in the first panel; the legend and table name the norm too.
                label: { show: i === 0, formatter: norm.label, fontSize: 9, position: 'insideEndTop' },
                data: [{ name: norm.label, yAxis: norm.waarde }],
              },
            }
          : {}),
      });
    }
  });

  return {
    ...basis(invoer.titel),
    title: titels,
    legend: { bottom: 0, left: 0, data: namen, icon: 'roundRect' },
    grid: grids,
    xAxis: xAssen,
    yAxis: yAssen,
    series,
  } as EChartsOption;
}

// ─── Drawing on the server ──────────────────────────────────────────────────────────────────────

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Losse = Record<string, unknown>;
const MAAND_JAAR = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
/** A time-axis tick in Dutch: "mei 2025" (the island in assets/grafiek.js does the same in the browser). */
const maandJaar = (ms: number): string => MAAND_JAAR.format(new Date(ms)).replace('.', '');
const alsLijst = (x: unknown): Losse[] => (Array.isArray(x) ? (x as Losse[]) : x ? [x as Losse] : []);

/**
 * Adds Dutch number notation (functions, so not JSON-safe): value axes and tooltips via `getal()`.
 * Existing formatters stay. Returns a copy.
 */
export function metNederlandseOpmaak(option: EChartsOption): EChartsOption {
  const o = { ...(option as Losse) };
  const opmaak = { value: (v: number) => getal(v), time: maandJaar } as Record<string, (v: number) => string>;
  const as = (a: Losse) =>
    opmaak[a.type as string] && !(a.axisLabel as Losse | undefined)?.formatter ? { ...a, axisLabel: { ...(a.axisLabel as Losse | undefined), formatter: opmaak[a.type as string] } } : a;
  for (const sleutel of ['xAxis', 'yAxis'] as const) {
    if (Array.isArray(o[sleutel])) o[sleutel] = (o[sleutel] as Losse[]).map(as);
    else if (o[sleutel]) o[sleutel] = as(o[sleutel] as Losse);
  }
  o.tooltip = alsLijst(o.tooltip).map((t) =>
    t.valueFormatter ? t : { ...t, valueFormatter: (v: unknown) => (typeof v === 'number' ? getal(v) : v === null || v === undefined || v === '-' ? '–' : String(v)) },
  );
  return o as EChartsOption;
}

export interface TekenMaat {
  breedte: number;
  hoogte: number;
  /** Accessible name; default the option's title. */
  titel?: string;
}

/**
 * Draws an ECharts option as SVG text (server side, no DOM). Turns animation off, adds Dutch number
 * notation, gives the SVG `role="img"`, an `aria-label` and a `<title>`, and always disposes of the
 * instance (also on an error). Equal charts are drawn once (getekend.ts, issue 19).
 */
export const renderGrafiekSvg = metGeheugen(tekenGrafiekSvg);

function tekenGrafiekSvg(option: EChartsOption, maat: TekenMaat): string {
  const titelUitOptie = alsLijst((option as Losse).title)[0]?.text;
  const naam = maat.titel ?? (typeof titelUitOptie === 'string' ? titelUitOptie : 'Grafiek');
  const instantie = echarts.init(null, null, { renderer: 'svg', ssr: true, width: maat.breedte, height: maat.hoogte });
  let svg: string;
  try {
    instantie.setOption({ ...metNederlandseOpmaak(option), animation: false });
    svg = instantie.renderToSVGString();
  } finally {
    instantie.dispose();
  }
  const label = xmlEscape(naam);
  svg = vasteKlassen(svg);
  return svg.replace(/^<svg\b([^>]*)>/, `<svg role="img" aria-label="${label}"$1><title>${label}</title>`);
}

/**
 * ECharts names the CSS classes and clip paths of an SVG after a process-wide counter (zr3-cls-7, zr3-c0), so the same chart
 * rendered twice, or by another app instance, differs byte for byte. The names are replaced by ones
 * derived from the chart itself: equal charts give equal bytes (stable strong ETags, issue 19), and
 * different charts on one page keep different class names.
 */
function vasteKlassen(svg: string): string {
  const nieuw = new Map<string, string>();
  const per = { 'cls-': 0, c: 0 };
  const zonder = svg.replace(/\bzr\d+-(cls-|c)\d+\b/g, (k, soort: 'cls-' | 'c') => {
    if (!nieuw.has(k)) nieuw.set(k, `zr-${soort}${per[soort]++}`);
    return nieuw.get(k)!;
  });
  const id = crypto.createHash('sha256').update(zonder).digest('hex').slice(0, 8);
  return zonder.replace(/\bzr-(?=c)/g, `g${id}-`);
}

// ─── Table alternative and CSV ───────────────────────────────────────────────────────────────────

export type Cel = string | number | null;
export interface GrafiekTabel {
  kop: string[];
  rijen: Cel[][];
  /** Caption above the table (`<caption>`). */
  titel?: string;
  /** Lines under the table, e.g. the norm. */
  toelichting?: string[];
}

const metEenheid = (naam: string, eenheid: string) => (eenheid ? `${naam} (${eenheid})` : naam);

/**
 * The figures behind a chart as a table (the accessible alternative; WCAG 1.1.1), from the same
 * input as the builder. Numbers stay numbers; formatting happens on display.
 */
export function grafiekTabel(invoer: TijdreeksInvoer | StaafInvoer | KleineVeelvoudenInvoer): GrafiekTabel {
  if ('panelen' in invoer) {
    const namen = [...new Set(invoer.panelen.flatMap((p) => p.reeksen.map((r) => r.naam)))];
    const rijen: Cel[][] = [];
    for (const p of invoer.panelen) {
      const labels = xLabels(p.reeksen);
      const kolommen = namen.map((n) => {
        const r = p.reeksen.find((x) => x.naam === n);
        return r ? uitgelijnd(r, labels) : labels.map(() => null);
      });
      labels.forEach((l, i) => rijen.push([p.titel, l, ...kolommen.map((k) => k[i])]));
    }
    return {
      titel: invoer.titel,
      kop: ['Groep', invoer.xNaam ?? 'Periode', ...namen.map((n) => metEenheid(n, invoer.eenheid))],
      rijen,
      toelichting: (invoer.normen ?? []).map((n) => `${n.reeks}: ${n.label}`),
    };
  }
  if ('categorieen' in invoer) {
    return {
      titel: invoer.titel,
      kop: [invoer.xNaam ?? 'Categorie', ...invoer.reeksen.map((r) => metEenheid(r.naam, invoer.eenheid))],
      rijen: invoer.categorieen.map((c, i) => [c, ...invoer.reeksen.map((r) => r.waarden[i] ?? null)]),
    };
  }
  const labels = xLabels(invoer.reeksen);
  const kolommen = invoer.reeksen.map((r) => uitgelijnd(r, labels));
  const toelichting: string[] = [];
  if (invoer.norm) toelichting.push(`Norm: ${invoer.norm.label} (${getal(invoer.norm.waarde)}${invoer.eenheid ? ` ${invoer.eenheid}` : ''})`);
  if (invoer.peildatumLabel) toelichting.push(`Peildatum: ${invoer.peildatumLabel}`);
  else if (invoer.peildatum && opTijdas(invoer.reeksen)) toelichting.push(`Peildatum: ${datum(invoer.peildatum)}`);
  return {
    titel: invoer.titel,
    kop: [invoer.xNaam ?? 'Periode', ...invoer.reeksen.map((r) => metEenheid(r.naam, invoer.eenheid))],
    rijen: labels.map((l, i) => [l, ...kolommen.map((k) => k[i])]),
    toelichting,
  };
}

function csvCel(c: Cel): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return csvGetal(c);
  c = veiligeCsvTekst(c);
  return /[";\r\n]/.test(c) || /^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

/**
 * A table as CSV the way Dutch Excel reads it: `;` as separator, decimal comma, no thousands
 * separator, an empty cell for "no value", quotes per RFC 4180, CRLF line ends. With `bom: true` a
 * UTF-8 BOM first (then Excel recognises é, ë, €).
 */
export function naarCsv(tabel: GrafiekTabel, opties: { bom?: boolean } = {}): string {
  const regels = [tabel.kop, ...tabel.rijen].map((r) => r.map(csvCel).join(';'));
  return (opties.bom ? '\ufeff' : '') + regels.join('\r\n') + '\r\n';
}

// ─── To the browser ───────────────────────────────────────────────────────────────────────────

/**
 * The option as JSON for the browser island (`<script type="application/json">`), which draws the
 * same chart with it (after `metNederlandseOpmaak`). Throws when it holds a function, which would
 * silently vanish; `<` is escaped so the text cannot close the script element.
 */
export function optieJson(option: EChartsOption): string {
  const pad: string[] = [];
  const controleer = (x: unknown, waar: string): void => {
    if (typeof x === 'function') pad.push(waar);
    else if (Array.isArray(x)) x.forEach((y, i) => controleer(y, `${waar}[${i}]`));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) controleer(v, `${waar}.${k}`);
  };
  controleer(option, 'optie');
  if (pad.length) throw new Error(`Grafiekoptie is niet JSON-veilig: functie in ${pad.join(', ')}`);
  return JSON.stringify(option).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
