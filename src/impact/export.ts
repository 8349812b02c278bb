// Exports of the fte-impact part as tables (CSV for Dutch Excel, XLSX): the model with its checks and
// flags, one scenario's outcome, two scenarios side by side. Figures are rounded to whole persons/fte
// only here, at the edge; flags travel with the rows they concern.
import type ExcelJS from 'exceljs';
import { rondAf } from '../domein/getallen.js';
import {
  clusterTotalen,
  DOEL_AZWA,
  DOEL_TD1,
  invullingTekst,
  SCENARIOS,
  totaal,
  type Berekening,
  type ImpactModel,
  type Signalering,
} from '../domein/impact.js';
import { naarCsv, type Cel, type GrafiekTabel } from '../platform/web/grafiek.js';
import type { Codekoppeling } from './store.js';

// exceljs is loaded on first use: it costs most of a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

const heel = (n: number) => rondAf(n);

function signaleringTekst(s: readonly Signalering[], code: string): string {
  return s
    .filter((x) => x.code === code)
    .map((x) => `${x.scenario ? `${x.scenario}: ` : ''}${x.reden}`)
    .join(' | ');
}

function azwaCode(koppelingen: readonly Codekoppeling[], code: string): string {
  const k = koppelingen.find((x) => x.code_van === code && x.versie_naar === 'AZWA');
  return k ? `${k.code_naar}${k.geverifieerd ? '' : ' (niet geverifieerd)'}` : '';
}

/** The model: every measure with six columns, published and computed subtotals, the computed grand total. */
export function modelTabel(model: ImpactModel, signaleringen: readonly Signalering[], koppelingen: readonly Codekoppeling[]): GrafiekTabel {
  const kop = [
    'Soort',
    'Cluster',
    `Code (${model.versie})`,
    'AZWA-code',
    'Titel',
    ...SCENARIOS.map((s) => `Werknemers ${s}`),
    ...SCENARIOS.map((s) => `Fte ${s}`),
    'Signalering',
  ];
  const rijen: Cel[][] = [];
  for (const t of clusterTotalen(model)) {
    for (const m of t.maatregelen) {
      rijen.push(['maatregel', t.cluster.titel, m.code, azwaCode(koppelingen, m.code), m.titel, ...SCENARIOS.map((s) => m.werknemers[s]), ...SCENARIOS.map((s) => m.fte[s]), signaleringTekst(signaleringen, m.code)]);
    }
    if (t.gepubliceerd) {
      const p = t.gepubliceerd;
      rijen.push(['subtotaal (gepubliceerd)', t.cluster.titel, '', '', '', ...SCENARIOS.map((s) => p.werknemers[s]), ...SCENARIOS.map((s) => p.fte[s]), signaleringTekst(signaleringen, t.cluster.code)]);
    }
    const b = t.berekend;
    rijen.push(['subtotaal (berekend)', t.cluster.titel, '', '', '', ...SCENARIOS.map((s) => b.werknemers[s]), ...SCENARIOS.map((s) => b.fte[s]), t.klopt === false ? 'wijkt af van het gepubliceerde subtotaal' : '']);
  }
  const tt = totaal(model);
  rijen.push(['totaal (berekend, niet in de bron)', '', '', '', `${model.maatregelen.length} maatregelen`, ...SCENARIOS.map((s) => tt.werknemers[s]), ...SCENARIOS.map((s) => tt.fte[s]), '']);
  for (const f of model.factoren) rijen.push(['deeltijdfactor', '', f.code, '', `${f.titel}: ${String(f.factor).replace('.', ',')}`, null, null, null, null, null, null, '']);
  for (const o of model.overig) {
    rijen.push([o.soort === 'kwalitatief' ? 'kwalitatief beschreven' : 'zonder impactanalyse', '', o.code, o.azwa_codes.join('|'), `${o.titel}${o.aantal !== null ? ` (${o.aantal})` : ''}`, null, null, null, null, null, null, '']);
  }
  return { titel: `KPMG fte-impactmodel (${model.versie})`, kop, rijen };
}

/** One scenario: per measure its invulling and outcome, per cluster, the total against the targets. */
export function scenarioTabel(model: ImpactModel, b: Berekening, signaleringen: readonly Signalering[], koppelingen: readonly Codekoppeling[], naam: string): GrafiekTabel {
  const kop = ['Soort', 'Cluster', 'Code', 'AZWA-code', 'Titel', 'Invulling randvoorwaarden', 'Werknemers', 'Fte', 'Signalering'];
  const rijen: Cel[][] = [];
  for (const c of model.clusters) {
    for (const u of b.maatregelen.filter((x) => x.cluster === c.code)) {
      const m = model.maatregelen.find((x) => x.code === u.code)!;
      rijen.push(['maatregel', c.titel, m.code, azwaCode(koppelingen, m.code), m.titel, invullingTekst(u.invulling), heel(u.werknemers), heel(u.fte), signaleringTekst(signaleringen, m.code)]);
    }
    const ct = b.clusters.find((x) => x.code === c.code)!;
    rijen.push(['cluster', c.titel, '', '', '', '', heel(ct.werknemers), heel(ct.fte), '']);
  }
  rijen.push(['totaal (berekend)', '', '', '', '', '', heel(b.totaal.werknemers), heel(b.totaal.fte), '']);
  rijen.push(['band alles laag – alles hoog', '', '', '', '', '', `${b.band.werknemers.laag}–${b.band.werknemers.hoog}`, `${b.band.fte.laag}–${b.band.fte.hoog}`, '']);
  rijen.push([`aandeel in AZWA-doel ${DOEL_AZWA} personen (%)`, '', '', '', '', '', rondAf(b.aandeelAzwa * 100, 1), null, '']);
  rijen.push([`aandeel in transitiedoel 1, ${DOEL_TD1} personen (%)`, '', '', '', '', '', rondAf(b.aandeelTd1 * 100, 1), null, '']);
  return { titel: `Scenario ${naam}`, kop, rijen };
}

/** Two scenarios side by side with the difference B − A. */
export function vergelijkTabel(model: ImpactModel, a: { naam: string; b: Berekening }, b: { naam: string; b: Berekening }): GrafiekTabel {
  const kop = ['Soort', 'Code', 'Titel', `Invulling ${a.naam}`, `Invulling ${b.naam}`, `Werknemers ${a.naam}`, `Werknemers ${b.naam}`, 'Verschil werknemers', `Fte ${a.naam}`, `Fte ${b.naam}`, 'Verschil fte'];
  const rij = (soort: string, code: string, titel: string, ia: string, ib: string, x: { werknemers: number; fte: number }, y: { werknemers: number; fte: number }): Cel[] => [
    soort,
    code,
    titel,
    ia,
    ib,
    heel(x.werknemers),
    heel(y.werknemers),
    heel(y.werknemers) - heel(x.werknemers),
    heel(x.fte),
    heel(y.fte),
    heel(y.fte) - heel(x.fte),
  ];
  const rijen: Cel[][] = [];
  for (const m of model.maatregelen) {
    const x = a.b.maatregelen.find((u) => u.code === m.code)!;
    const y = b.b.maatregelen.find((u) => u.code === m.code)!;
    rijen.push(rij('maatregel', m.code, m.titel, invullingTekst(x.invulling), invullingTekst(y.invulling), x, y));
  }
  for (const c of model.clusters) {
    rijen.push(rij('cluster', c.code, c.titel, '', '', a.b.clusters.find((u) => u.code === c.code)!, b.b.clusters.find((u) => u.code === c.code)!));
  }
  rijen.push(rij('totaal (berekend)', '', '', '', '', a.b.totaal, b.b.totaal));
  return { titel: `Vergelijking ${a.naam} – ${b.naam}`, kop, rijen };
}

export function tabelCsv(t: GrafiekTabel): string {
  return naarCsv(t, { bom: true });
}

/** One sheet per table, with a heading and the note under it. */
export async function tabellenXlsx(tabellen: readonly GrafiekTabel[], toelichting: string): Promise<Buffer> {
  const wb: ExcelJS.Workbook = new (await excel()).Workbook();
  wb.creator = 'Akkoordmonitor';
  wb.description = toelichting;
  tabellen.forEach((t, i) => {
    const ws = wb.addWorksheet(`${i + 1} ${t.titel ?? 'Tabel'}`.replace(/[\\/?*[\]:]/g, '-').slice(0, 31));
    ws.addRow([t.titel ?? '']).font = { bold: true, size: 14 };
    ws.addRow([toelichting]);
    ws.addRow([]);
    ws.addRow(t.kop).font = { bold: true };
    for (const r of t.rijen) ws.addRow(r);
    ws.columns.forEach((c, j) => {
      c.width = j < 2 ? 22 : t.kop[j]?.startsWith('Titel') || t.kop[j] === 'Signalering' ? 48 : 16;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
