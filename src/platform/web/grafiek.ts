// Grafieken met ECharts 6. Dezelfde optie-objecten tekenen de interactieve grafiek in de browser
// en de SVG op de server (rapport, PDF). Daarom zijn de opties die de bouwers hier teruggeven
// JSON-veilig (geen functies): `optieJson` zet ze in de pagina. De Nederlandse getalnotatie op de
// assen en in tooltips (functies) komt er pas bij het tekenen bij, via `metNederlandseOpmaak`,
// zowel hier op de server als in het browsereiland.
//
// Elke grafiek heeft een toegankelijk tabelalternatief (`grafiekTabel`) en een CSV-download (`naarCsv`).

import { veiligeCsvTekst } from '../csv-cel.js';
import crypto from 'node:crypto';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { ActieStatus } from '../../domein/begrippen.js';
import type { Verdeling } from '../../domein/verdeling.js';
import { csvGetal, datum, getal } from '../formaat.js';
import { metGeheugen } from './getekend.js';

export type { EChartsOption };

// ─── Kleuren (Rijkshuisstijl) ─────────────────────────────────────────────────────────────────

export const KLEUREN = {
  lintblauw: '#01689b',
  donkerblauw: '#154273',
  hemelblauw: '#007bc7',
  oranje: '#e17000',
  groen: '#39870c',
  donkergroen: '#275937',
  mosgroen: '#777c00',
  rood: '#d52b1e',
  violet: '#a90061',
  paars: '#42145f',
  donkerbruin: '#673327',
  grijs: '#696969',
  lichtgrijs: '#e6e6e6',
  zwart: '#000000',
} as const;

/**
 * Reekskleuren in volgorde. Alle hebben minstens 3:1 contrast op wit (WCAG 1.4.11, grafische
 * objecten); daarom geen geel (#f9e11e) of mintgroen (#76d2b6) als lijnkleur.
 */
export const REEKS_KLEUREN: readonly string[] = [
  KLEUREN.lintblauw,
  KLEUREN.oranje,
  KLEUREN.donkergroen,
  KLEUREN.violet,
  KLEUREN.donkerblauw,
  KLEUREN.mosgroen,
  KLEUREN.paars,
  KLEUREN.donkerbruin,
];

/**
 * Statuskleuren van acties. Alle ≥ 3:1 op wit; "Loopt voor" is donkergroen in plaats van
 * mintgroen en "Loopt achter" oranje in plaats van geel, om dezelfde reden.
 */
export const STATUS_KLEUREN: Record<ActieStatus, string> = {
  Afgerond: KLEUREN.groen,
  'Loopt voor': KLEUREN.donkergroen,
  'Loopt op schema': KLEUREN.lintblauw,
  'Loopt achter': KLEUREN.oranje,
  'Nog niet gestart': KLEUREN.rood,
};

/** Statuskleuren van snelle toetsen en transformatieplannen (alle ≥ 3:1 op wit). */
export const WORKFLOW_KLEUREN: Record<string, string> = {
  Ingediend: KLEUREN.hemelblauw,
  'Beoordeling gestart': KLEUREN.donkerblauw,
  'Extra informatie opvragen': KLEUREN.oranje,
  'Voorgenomen besluit': KLEUREN.violet,
  Goedgekeurd: KLEUREN.groen,
  Afgekeurd: KLEUREN.rood,
};

/**
 * De RO-letters zijn niet vrij; systeemletters als terugval (architecture.md). Enkele
 * aanhalingstekens: ECharts zet dit ongeëscaped in een style="…"-attribuut van de SVG.
 */
export const LETTERTYPE = "RijksoverheidSansWebText, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// ─── Invoer ────────────────────────────────────────────────────────────────────────────────────

export interface Punt {
  /** Label op de x-as, bijv. `Q1 2025` of `maart 2025`. */
  x: string;
  y: number | null;
  /** Datum (`YYYY-MM-DD`); hebben alle punten er een, dan loopt de x-as op schaal in de tijd (tijdreeksOptie). */
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
  /** Horizontale normlijn, bijv. `{ waarde: 14, label: 'Treeknorm 14 weken' }`. */
  norm?: Norm;
  /** x-label waarop een verticale lijn "Peildatum" komt (categorie-as). */
  peildatumLabel?: string;
  /** Datum (`YYYY-MM-DD`) van de peildatumlijn op een tijdas (zie `Punt.datum`): de lijn staat óp die datum. */
  peildatum?: string;
  eenheid: string;
  /** Naam van de x-as in de tabel; standaard "Periode". */
  xNaam?: string;
}

export interface StaafInvoer {
  titel?: string;
  categorieen: string[];
  /** `waarden[i]` hoort bij `categorieen[i]`; `kleur` overschrijft de reekskleur (bijv. STATUS_KLEUREN). */
  reeksen: { naam: string; waarden: (number | null)[]; kleur?: string }[];
  gestapeld?: boolean;
  horizontaal?: boolean;
  eenheid: string;
  /** Naam van de categorie-as in de tabel; standaard "Categorie". */
  xNaam?: string;
}

export interface KleineVeelvoudenInvoer {
  titel?: string;
  /** Eén paneel per groep (bijv. per ggz-hoofddiagnosegroep), elk met dezelfde reeksnamen. */
  panelen: { titel: string; reeksen: Reeks[] }[];
  /** Normlijn per reeksnaam, in elk paneel, bijv. Treeknormen 4 / 10 / 14 weken. */
  normen?: (Norm & { reeks: string })[];
  /** Panelen per rij; standaard 4 (16 panelen → 4×4). */
  kolommen?: number;
  eenheid: string;
  xNaam?: string;
  /** Verwachte tekenbreedte in pixels (standaard 1000): lange paneeltitels breken daarop af. */
  tekenBreedte?: number;
}

/**
 * Een telling per categorie en status (domein/verdeling.ts) als staafgrafiek: één reeks per status,
 * in de kleur van die status.
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

// ─── Bouwers ───────────────────────────────────────────────────────────────────────────────────

function titelOptie(titel: string | undefined) {
  return titel
    ? { text: titel, left: 0, top: 0, textStyle: { fontSize: 16, fontWeight: 'bold', color: KLEUREN.donkerblauw } }
    : undefined;
}

function basis(titel: string | undefined) {
  return {
    color: [...REEKS_KLEUREN],
    textStyle: { fontFamily: LETTERTYPE, color: KLEUREN.zwart },
    // In de browser zet ECharts dit als aria-label op de container; de tabel eronder geeft de cijfers.
    aria: { enabled: true, decal: { show: false }, label: { description: titel ?? 'Grafiek' } },
    tooltip: { trigger: 'axis' as const },
    legend: { bottom: 0, left: 0, icon: 'roundRect' },
  };
}

/** Alle x-labels in volgorde van eerste voorkomen over de reeksen heen. */
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


/** Lijngrafiek door de tijd met optioneel een normlijn en de peildatumlijn; met datums een tijdas op schaal. */
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
  /** Punten op datum (`YYYY-MM-DD`); de x-as loopt op schaal in de tijd. `stippel`: gestippelde lijn (een pad). */
  reeksen: { naam: string; punten: { datum: string; y: number }[]; stippel?: boolean; kleur?: string }[];
  /** Bereik van de x-as (standaard: van het eerste tot het laatste punt). */
  van?: string;
  tot?: string;
  /** Verticale lijn op een datum, bijv. de peildatum. */
  markering?: { datum: string; label: string };
}

/** Lijngrafiek met een tijdas op schaal (type `time`): jaren op de as, punten op hun datum. */
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

/** Het tabelalternatief van een tijdasgrafiek: één rij per datum, één kolom per reeks. */
export function tijdasTabel(invoer: TijdasInvoer, datumTekst: (d: string) => string): GrafiekTabel {
  const datums = [...new Set(invoer.reeksen.flatMap((r) => r.punten.map((p) => p.datum)))].sort();
  return {
    titel: invoer.titel,
    kop: ['Datum', ...invoer.reeksen.map((r) => metEenheid(r.naam, invoer.eenheid))],
    rijen: datums.map((d) => [datumTekst(d), ...invoer.reeksen.map((r) => r.punten.find((p) => p.datum === d)?.y ?? null)]),
  };
}

/** Staafgrafiek: gegroepeerd of gestapeld, verticaal of horizontaal. */
export function staafOptie(invoer: StaafInvoer): EChartsOption {
  const categorieAs = {
    type: 'category',
    data: invoer.categorieen,
    // Horizontaal: eerste categorie bovenaan, zoals in de tabel.
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
      // Witte rand scheidt gestapelde delen ook voor wie kleuren slecht onderscheidt.
      ...(invoer.gestapeld ? { itemStyle: { ...(r.kleur ? { color: r.kleur } : {}), borderColor: '#ffffff', borderWidth: 1 } } : {}),
    })),
  } as EChartsOption;
}

/** Mooie bovengrens voor een gedeelde as: 1, 2, 2,5, 5 of 10 × een macht van 10. */
function mooiePlafond(x: number): number {
  if (!(x > 0)) return 1;
  const macht = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * macht >= x) return f * macht;
  return 10 * macht;
}

/**
 * Kleine veelvouden: één raster (grid) per paneel in één optie, standaard 4 per rij (16 → 4×4),
 * met één gedeelde y-schaal zodat panelen te vergelijken zijn, en normlijnen per reeks
 * (ggz: aanmeld-, behandel- en totale wachttijd tegen Treeknorm 4 / 10 / 14 weken).
 * Teken op ongeveer 1000×1000 of groter.
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

  // Percentages, zodat de indeling met elke tekengrootte meeschaalt.
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
      // Lange groepsnamen ("Neurobiologische ontwikkelingsstoornissen") breken af binnen het paneel.
      textStyle: {
        fontSize: 11,
        fontWeight: 'bold',
        color: KLEUREN.donkerblauw,
        // 0,85: ECharts schat tekstbreedte op de server zonder canvas, en vet valt breder uit.
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
      // Gedeelde schaal: getallen alleen in de eerste kolom.
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
                // Het normlabel alleen in het eerste paneel; de legenda en tabel noemen de norm ook.
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

// ─── Tekenen op de server ──────────────────────────────────────────────────────────────────────

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Losse = Record<string, unknown>;
const MAAND_JAAR = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
/** A time-axis tick in Dutch: "mei 2025" (the island in assets/grafiek.js does the same in the browser). */
const maandJaar = (ms: number): string => MAAND_JAAR.format(new Date(ms)).replace('.', '');
const alsLijst = (x: unknown): Losse[] => (Array.isArray(x) ? (x as Losse[]) : x ? [x as Losse] : []);

/**
 * Voegt de Nederlandse getalnotatie toe (functies, dus niet JSON-veilig): waarde-assen en
 * tooltips via `getal()`. Bestaande formatters blijven staan. Geeft een kopie terug.
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
  /** Toegankelijke naam; standaard de titel van de optie. */
  titel?: string;
}

/**
 * Tekent een ECharts-optie als SVG-tekst (server-side, zonder DOM). Zet animatie uit, voegt de
 * Nederlandse getalnotatie toe, geeft de SVG `role="img"`, een `aria-label` en een `<title>`, en
 * ruimt de instantie altijd op (ook bij een fout).
 */
/** The SVG of a chart; equal charts are drawn once (getekend.ts, issue 19). */
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

// ─── Tabelalternatief en CSV ───────────────────────────────────────────────────────────────────

export type Cel = string | number | null;
export interface GrafiekTabel {
  kop: string[];
  rijen: Cel[][];
  /** Bijschrift boven de tabel (`<caption>`). */
  titel?: string;
  /** Regels onder de tabel, bijv. de norm. */
  toelichting?: string[];
}

const metEenheid = (naam: string, eenheid: string) => (eenheid ? `${naam} (${eenheid})` : naam);

/**
 * De cijfers achter een grafiek als tabel (het toegankelijke alternatief; WCAG 1.1.1), uit
 * dezelfde invoer als de bouwer. Getallen blijven getallen; opmaak gebeurt bij het tonen.
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
 * Tabel als CSV zoals Nederlandse Excel hem leest: `;` als scheidingsteken, decimale komma,
 * geen duizendtalscheiding, lege cel voor "geen waarde", aanhalingstekens volgens RFC 4180,
 * regels met CRLF. Met `bom: true` een UTF-8-BOM vooraan (Excel herkent dan é, ë, €).
 */
export function naarCsv(tabel: GrafiekTabel, opties: { bom?: boolean } = {}): string {
  const regels = [tabel.kop, ...tabel.rijen].map((r) => r.map(csvCel).join(';'));
  return (opties.bom ? '\ufeff' : '') + regels.join('\r\n') + '\r\n';
}

// ─── Naar de browser ───────────────────────────────────────────────────────────────────────────

/**
 * De optie als JSON voor het browsereiland (`<script type="application/json">`), dat er dezelfde
 * grafiek mee tekent (na `metNederlandseOpmaak`). Gooit als er een functie in zit, want die zou
 * stil verdwijnen; `<` wordt ge-escaped zodat de tekst het script-element niet kan sluiten.
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
