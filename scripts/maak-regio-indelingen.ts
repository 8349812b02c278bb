// Generates data/referentie/regio_indelingen.csv: for each of the 342 gemeenten of 2025 the one region
// it belongs to in every classification that has boundaries in data/geo/ (provincie, GGD-regio,
// zorgkantoorregio, veiligheidsregio, arbeidsmarktregio), plus the gemeenten themselves and the ROAZ
// regions (names and codes only: there are no ROAZ boundaries, their membership is imported).
//
// Method: the boundary files are simplified independently, so a gemeente border and a region border
// do not coincide exactly. Each gemeente is therefore sampled on a regular grid of points that lie
// inside it (at least MIN_PUNTEN), and the region holding most of those points wins (an estimate of
// the largest area overlap). The script reports the lowest winning share per classification and
// fails when a gemeente has no region, or a region gets no gemeente.
//
// Run: npx tsx scripts/maak-regio-indelingen.ts   (writes the file; prints the checks)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';

const JAAR = 2025;
const GELDIG_VANAF = `${JAAR}-01-01`;
const MIN_PUNTEN = 400;
const GEO = fileURLToPath(new URL('../data/geo/', import.meta.url));
const UIT = fileURLToPath(new URL('../data/referentie/', import.meta.url));

type Eigenschappen = { statcode: string; statnaam: string };
interface Vlak {
  code: string;
  naam: string;
  /** Every ring of every polygon (outer rings and holes): even-odd point-in-polygon over all of them. */
  ringen: Position[][];
  bbox: [number, number, number, number];
}

function lees(laag: string): Vlak[] {
  const naam = `${laag}_${JAAR}`;
  const topo = JSON.parse(readFileSync(`${GEO}${naam}.topojson`, 'utf8')) as Topology;
  const fc = feature(topo, topo.objects[naam] as GeometryCollection<Eigenschappen>) as FeatureCollection<Geometry, Eigenschappen>;
  return fc.features.map((f) => {
    const g = f.geometry;
    const polygonen = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    if (polygonen.length === 0) throw new Error(`${naam}: ${f.properties.statcode} heeft geen vlak`);
    const ringen = polygonen.flat();
    const xs = ringen.flat().map((p) => p[0]);
    const ys = ringen.flat().map((p) => p[1]);
    return {
      code: f.properties.statcode,
      naam: f.properties.statnaam,
      ringen,
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    };
  });
}

/** Planar even-odd test on lon/lat; at the scale of the Netherlands this equals the spherical test for grid sampling. */
function bevat(v: Vlak, x: number, y: number): boolean {
  if (x < v.bbox[0] || x > v.bbox[2] || y < v.bbox[1] || y > v.bbox[3]) return false;
  let binnen = false;
  for (const ring of v.ringen) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnen = !binnen;
    }
  }
  return binnen;
}

/** Grid points inside the gemeente; the grid is refined until at least MIN_PUNTEN lie inside. */
function punten(g: Vlak): [number, number][] {
  for (let n = 24; n <= 768; n *= 2) {
    const [x0, y0, x1, y1] = g.bbox;
    const uit: [number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = x0 + ((i + 0.5) / n) * (x1 - x0);
        const y = y0 + ((j + 0.5) / n) * (y1 - y0);
        if (bevat(g, x, y)) uit.push([x, y]);
      }
    if (uit.length >= MIN_PUNTEN) return uit;
  }
  throw new Error(`${g.code}: te weinig punten binnen de gemeente`);
}

export const LAGEN = ['provincie', 'ggdregio', 'zorgkantoorregio', 'veiligheidsregio', 'arbeidsmarktregio'] as const;

/**
 * ROAZ regions (Regionaal Overleg Acute Zorgketen) = the trauma regions. The NZa report of 2023
 * (seed 003, L354) calls them "de tien traumaregio's"; the June 2025 report (000, L497–501) names
 * Euregio, Oost, Zuidwest, Zwolle, Limburg, Noordwest and West. Names follow the acute-care networks
 * (LNAZ); codes are this project's own (there is no CBS code for ROAZ regions).
 */
export const ROAZ_REGIOS: readonly [string, string][] = [
  ['ROAZ01', 'Noord-Nederland'],
  ['ROAZ02', 'Zwolle'],
  ['ROAZ03', 'Euregio'],
  ['ROAZ04', 'Oost'],
  ['ROAZ05', 'Midden-Nederland'],
  ['ROAZ06', 'Noordwest'],
  ['ROAZ07', 'West'],
  ['ROAZ08', 'Zuidwest'],
  ['ROAZ09', 'Brabant'],
  ['ROAZ10', 'Limburg'],
];

function csvVeld(s: string): string {
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function hoofd(): void {
  const gemeenten = lees('gemeente');
  const rijen: string[][] = gemeenten.map((g) => ['gemeente', g.code, g.naam, g.code, GELDIG_VANAF]);
  const steekproef = new Map(gemeenten.map((g) => [g.code, punten(g)]));
  let fouten = 0;

  for (const laag of LAGEN) {
    const regios = lees(laag);
    const gebruikt = new Set<string>();
    let laagste = { aandeel: 1, gemeente: '', regio: '' };
    const twijfel: string[] = [];
    for (const g of gemeenten) {
      const p = steekproef.get(g.code)!;
      const telling = new Map<string, number>();
      for (const [x, y] of p) {
        const r = regios.find((v) => bevat(v, x, y));
        if (r) telling.set(r.code, (telling.get(r.code) ?? 0) + 1);
      }
      const [beste] = [...telling.entries()].sort((a, b) => b[1] - a[1]);
      if (!beste) {
        console.error(`FOUT ${laag}: ${g.code} ${g.naam} ligt in geen enkele regio`);
        fouten++;
        continue;
      }
      const regio = regios.find((v) => v.code === beste[0])!;
      gebruikt.add(regio.code);
      const aandeel = beste[1] / p.length;
      if (aandeel < laagste.aandeel) laagste = { aandeel, gemeente: `${g.code} ${g.naam}`, regio: regio.naam };
      if (aandeel < 0.9) twijfel.push(`${g.code} ${g.naam} → ${regio.naam} (${(aandeel * 100).toFixed(1)}%; ${[...telling].map(([c, n]) => `${c}:${n}`).join(' ')})`);
      rijen.push([laag, regio.code, regio.naam, g.code, GELDIG_VANAF]);
    }
    const leeg = regios.filter((r) => !gebruikt.has(r.code));
    for (const r of leeg) {
      console.error(`FOUT ${laag}: regio ${r.code} ${r.naam} krijgt geen gemeente`);
      fouten++;
    }
    console.log(
      `${laag}: ${regios.length} regio's, ${gemeenten.length} gemeenten; laagste aandeel ${(laagste.aandeel * 100).toFixed(1)}% (${laagste.gemeente} → ${laagste.regio})`,
    );
    for (const t of twijfel) console.log(`  < 90%: ${t}`);
  }
  for (const [code, naam] of ROAZ_REGIOS) rijen.push(['roaz', code, naam, '', GELDIG_VANAF]);
  if (fouten > 0) throw new Error(`${fouten} fouten; bestand niet geschreven`);

  mkdirSync(UIT, { recursive: true });
  const kop = ['indeling', 'regio_code', 'regio_naam', 'gemeente_code', 'geldig_vanaf'];
  const tekst = [kop, ...rijen].map((r) => r.map(csvVeld).join(';')).join('\n') + '\n';
  writeFileSync(`${UIT}regio_indelingen.csv`, tekst);
  console.log(`geschreven: data/referentie/regio_indelingen.csv (${rijen.length} rijen)`);
}

hoofd();
