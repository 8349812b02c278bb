// Choropleth maps as SVG text (report, PDF and pages without JavaScript), with d3-geo and
// topojson-client on the 2025 area classifications in data/geo (see data/geo/README.md).
// Areas are matched on `properties.statcode`. Codes missing from the boundary file (e.g. of a
// municipality dissolved before 2025) are reported back, never silently dropped.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { getal } from '../formaat.js';
import { PROJECT_MAP } from '../config.js';
import { HUISARTS_WACHTLIJST_GRENZEN, type Klassegrens } from '../../domein/regiokaart.js';

export type KaartLaag = 'gemeente' | 'provincie' | 'ggdregio' | 'zorgkantoorregio' | 'veiligheidsregio' | 'arbeidsmarktregio';
export const KAART_LAGEN: readonly KaartLaag[] = [
  'gemeente',
  'provincie',
  'ggdregio',
  'zorgkantoorregio',
  'veiligheidsregio',
  'arbeidsmarktregio',
];

/** Year of the area classification in data/geo. */
export const KAART_JAAR = 2025;
export const KAART_BRON = 'Bron: CBS / Kadaster (via cartomap/nl)';

export interface Kaartklasse {
  /** Lower bound, inclusive. */
  van: number;
  /** Upper bound, inclusive; `null` = no upper bound. */
  tot: number | null;
  label: string;
  kleur: string;
}

/**
 * GP waiting list per municipality: 0 · 1–9 · 10–49 · 50–199 · 200+ (002 r. 10419-10427).
 * Sequential blue from light to dark (Rijkshuisstijl lintblauw in the middle); the class is also in
 * the text of each area and in the legend, so colour is not the only carrier.
 */
export const KAART_KLEUREN = ['#e3eff6', '#a8cde2', '#5fa3c9', '#01689b', '#0c2f55'] as const;

/** Classes from bounds (domein/regiokaart.ts), coloured light to dark with the report's five blues. */
export function kaartklassen(grenzen: readonly Klassegrens[], formatteer: (n: number) => string = getal): Kaartklasse[] {
  return grenzen.map((g, i) => ({
    ...g,
    label: g.tot === null ? `${formatteer(g.van)}+` : g.tot === g.van ? formatteer(g.van) : `${formatteer(g.van)}–${formatteer(g.tot)}`,
    kleur: KAART_KLEUREN[i] ?? KAART_KLEUREN[KAART_KLEUREN.length - 1],
  }));
}

export const HUISARTS_WACHTLIJST_KLASSEN: readonly Kaartklasse[] = kaartklassen(HUISARTS_WACHTLIJST_GRENZEN);

/** Colour of areas without a value (hatched, so it does not look like a light class). */
export const GEEN_GEGEVENS_KLEUR = '#d9d9d9';

interface GebiedEigenschappen {
  statcode: string;
  statnaam: string;
}

const GEO_MAP = path.join(PROJECT_MAP, 'data', 'geo');
const cache = new Map<KaartLaag, FeatureCollection<Geometry, GebiedEigenschappen>>();

/** Reads a layer's boundary file once and keeps its GeoJSON features. */
function gebieden(laag: KaartLaag): FeatureCollection<Geometry, GebiedEigenschappen> {
  let fc = cache.get(laag);
  if (!fc) {
    if (!KAART_LAGEN.includes(laag)) throw new Error(`Onbekende kaartlaag "${laag}"`);
    const naam = `${laag}_${KAART_JAAR}`;
    const topo = JSON.parse(readFileSync(path.join(GEO_MAP, `${naam}.topojson`), 'utf8')) as Topology;
    const object = topo.objects[naam] as GeometryCollection<GebiedEigenschappen> | undefined;
    if (!object) throw new Error(`Grenzenbestand ${naam}.topojson heeft geen object "${naam}"`);
    fc = feature(topo, object) as FeatureCollection<Geometry, GebiedEigenschappen>;
    cache.set(laag, fc);
  }
  return fc;
}

/** Code → official name of every area of a layer, in file order (by code). */
export function gebiedsnamen(laag: KaartLaag): Map<string, string> {
  return new Map(gebieden(laag).features.map((f) => [f.properties.statcode, f.properties.statnaam]));
}

function controleerKlassen(klassen: readonly Kaartklasse[]): void {
  if (klassen.length === 0) throw new Error('Een kaart heeft minstens één klasse nodig');
  klassen.forEach((k, i) => {
    if (k.tot !== null && k.tot < k.van) throw new Error(`Klasse "${k.label}": bovengrens ligt onder de ondergrens`);
    const vorige = klassen[i - 1];
    if (vorige && (vorige.tot === null || vorige.tot >= k.van || vorige.van >= k.van))
      throw new Error(`Klassen overlappen of staan niet oplopend: "${vorige.label}" en "${k.label}"`);
  });
}

/**
 * The class of a value: `van ≤ waarde ≤ tot`. A value between two classes (9.5 with 1–9 and
 * 10–49) falls in the lower one; below the first or above a bounded last class: null.
 */
export function klasseVoor(waarde: number, klassen: readonly Kaartklasse[]): Kaartklasse | null {
  let gekozen: Kaartklasse | null = null;
  for (const k of klassen) if (k.van <= waarde) gekozen = k;
  if (!gekozen) return null;
  if (gekozen === klassen[klassen.length - 1] && gekozen.tot !== null && waarde > gekozen.tot) return null;
  return gekozen;
}

export interface KaartInvoer {
  laag: KaartLaag;
  /** CBS code → value; `null` = a known area without a value. */
  waarden: Map<string, number | null>;
  klassen: readonly Kaartklasse[];
  titel: string;
  breedte: number;
  hoogte: number;
  /** Heading above the legend, e.g. "Wachtenden". */
  legendaTitel?: string;
  /** Format of a value in each area's text; default `getal()`. */
  formatteer?: (waarde: number) => string;
  /** Prefix of the ids in the SVG; make it unique when a page has more than one map. */
  id?: string;
  /**
   * Areas whose value covers only part of them (a sum over some of a region's gemeenten), code → why,
   * e.g. "som van 1 van 14 gemeenten". Drawn with a hatch over the class colour and named in the legend,
   * so a partial sum does not look complete on the map alone.
   */
  onvolledig?: Map<string, string>;
}

export interface KaartUitkomst {
  svg: string;
  /** Codes of `waarden` missing from the boundary file (sorted). */
  onbekendeCodes: string[];
  /** Codes of the boundary file without a value (missing or null). */
  zonderWaarde: string[];
  /** Codes whose value falls in no class (e.g. negative); drawn as "geen gegevens". */
  buitenKlassen: string[];
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Draws a choropleth. Each area is a `<path>` with `<title>` and `aria-label` "Naam: waarde",
 * `role="img"` and `tabindex="0"` (name and value on hover and on keyboard focus). The SVG itself is
 * `role="group"` (not `img`, which would hide the areas from assistive technology), with title,
 * legend and source.
 */
export function renderKaartSvg(invoer: KaartInvoer): KaartUitkomst {
  controleerKlassen(invoer.klassen);
  const fc = gebieden(invoer.laag);
  const formatteer = invoer.formatteer ?? ((w: number) => getal(w));
  const id = invoer.id ?? `kaart-${invoer.laag}`;
  const { breedte: b, hoogte: h } = invoer;

  const bekend = new Set(fc.features.map((f) => f.properties.statcode));
  const onbekendeCodes = [...invoer.waarden.keys()].filter((c) => !bekend.has(c)).sort();
  const zonderWaarde: string[] = [];
  const buitenKlassen: string[] = [];

  const kopH = 36;
  const voetH = 22;
  const marge = 8;
  const projectie = geoMercator().fitExtent(
    [
      [marge, kopH],
      [b - marge, h - voetH],
    ],
    fc,
  );
  const pad = geoPath(projectie).digits(1);

  const paden = fc.features.map((f: Feature<Geometry, GebiedEigenschappen>) => {
    const { statcode: code, statnaam: naam } = f.properties;
    const waarde = invoer.waarden.get(code);
    let kleur = `url(#${id}-geen)`;
    let tekst = `${naam}: geen gegevens`;
    if (waarde === undefined || waarde === null || Number.isNaN(waarde)) zonderWaarde.push(code);
    else {
      const klasse = klasseVoor(waarde, invoer.klassen);
      tekst = `${naam}: ${formatteer(waarde)}`;
      if (klasse) kleur = klasse.kleur;
      else buitenKlassen.push(code);
    }
    const deels = waarde !== undefined && waarde !== null ? invoer.onvolledig?.get(code) : undefined;
    if (deels) tekst += ` (onvolledig: ${deels})`;
    const t = esc(tekst);
    const d = pad(f) ?? '';
    const arcering = deels ? `<path class="onvolledig" d="${d}" fill="url(#${id}-deels)" aria-hidden="true" pointer-events="none"/>` : '';
    return `<path class="gebied" d="${d}" fill="${kleur}" data-code="${code}" tabindex="0" role="img" aria-label="${t}"><title>${t}</title></path>${arcering}`;
  });
  const heeftOnvolledig = paden.some((x) => x.includes('class="onvolledig"'));

  // Legend top left: that is where the North Sea lies for the Netherlands.
  const regelH = 20;
  const lx = marge + 4;
  let ly = kopH + 4;
  const legenda: string[] = [`<g class="legenda" aria-label="Legenda">`];
  if (invoer.legendaTitel) {
    legenda.push(`<text x="${lx}" y="${ly + 12}" font-weight="bold">${esc(invoer.legendaTitel)}</text>`);
    ly += regelH;
  }
  const item = (vulling: string, label: string) => {
    legenda.push(
      `<rect x="${lx}" y="${ly}" width="16" height="14" fill="${vulling}" stroke="#696969" stroke-width="0.5"/>` +
        `<text x="${lx + 22}" y="${ly + 11.5}">${esc(label)}</text>`,
    );
    ly += regelH;
  };
  for (const k of invoer.klassen) item(k.kleur, k.label);
  item(`url(#${id}-geen)`, 'Geen gegevens');
  if (heeftOnvolledig) {
    // the hatch over a neutral class colour, as it appears over any class
    legenda.push(`<rect x="${lx}" y="${ly}" width="16" height="14" fill="${KAART_KLEUREN[2]}" stroke="#696969" stroke-width="0.5"/>`);
    item(`url(#${id}-deels)`, 'Onvolledig: niet alle gemeenten');
  }
  legenda.push('</g>');

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" width="${b}" height="${h}" viewBox="0 0 ${b} ${h}" role="group" aria-labelledby="${id}-titel" font-family="RijksoverheidSansWebText, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="${id}-titel">${esc(invoer.titel)}</title>`,
    `<defs><pattern id="${id}-geen" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${GEEN_GEGEVENS_KLEUR}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.5"/></pattern>` +
      `<pattern id="${id}-deels" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
      `<line x1="0" y1="0" x2="0" y2="5" stroke="#ffffff" stroke-width="1.6"/></pattern></defs>`,
    `<style>#${id} .gebied{stroke:#ffffff;stroke-width:0.4}#${id} .gebied:hover,#${id} .gebied:focus{stroke:#000000;stroke-width:1.5;outline:none}</style>`,
    `<text x="${marge}" y="22" font-size="16" font-weight="bold" fill="#154273">${esc(invoer.titel)}</text>`,
    `<g class="gebieden">`,
    ...paden,
    `</g>`,
    ...legenda,
    `<text x="${b - marge}" y="${h - 6}" text-anchor="end" font-size="10" fill="#333333">${esc(KAART_BRON)}</text>`,
    `</svg>`,
  ].join('\n');

  return { svg, onbekendeCodes, zonderWaarde, buitenKlassen };
}
