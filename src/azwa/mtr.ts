// The mid-term review dossier (002 r. 7673-7727): per agreement and per cluster of the TD1 split, in
// one view, status and deadline adherence, the money the platform has (AZWA kaders against realised
// spending, transformation plans and funds), and the goals served; with the four fallback options
// and the figures that bear on each; the fte impact of the KPMG model per agreement and cluster through
// the code mappings (src/domein/impact-afspraken.ts). Also as one XLSX, and as a report section in 2027.
import type ExcelJS from 'exceljs';
import type { Queryable } from '../platform/db.js';
import type { Datum } from '../domein/begrippen.js';
import { isVerlopen } from '../domein/azwa.js';
import { bouwModel } from '../domein/impact.js';
import { impactVanAfspraken, type AfspraakImpact } from '../domein/impact-afspraken.js';
import { enveloppeStanden, type EnveloppeStand } from '../domein/enveloppen.js';
import { codekoppelingen, impactVanPlannenOp, MODEL_VERSIE, modelRijen } from '../impact/index.js';
import type { ImpactVanPlannen } from '../domein/plan-impact.js';
import { enveloppeGebruik, enveloppen } from '../financien/index.js';
import { berekenKerncijfers } from '../kern/kerncijfers.js';
import { euro, euroMln, getal } from '../platform/formaat.js';
import * as store from './store.js';

// exceljs is loaded on first use: it costs most of a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

export interface MtrAfspraak {
  code: string;
  naam: string;
  blok: string | null;
  clusters: string[];
  doelen: string[];
  totaal: number;
  afgerond: number;
  achter: number;
  zonder_status: number;
  verlopen: number;
  /** fte impact of the measures mapped to this agreement (KPMG model); null: none mapped. */
  impact: AfspraakImpact | null;
}

export interface MtrCluster {
  code: string;
  titel: string;
  ambitie: string;
  afspraken: string[];
  totaal: number;
  afgerond: number;
  verlopen: number;
  impact: AfspraakImpact | null;
}

export interface MtrKader {
  jaar: number;
  sector: string;
  kader: number;
  uitgaven: number | null;
  stand: string;
}

export interface MtrDossier {
  peildatum: Datum;
  afspraken: MtrAfspraak[];
  clusters: MtrCluster[];
  kaders: MtrKader[];
  plannen: { ingediend: number; goedgekeurd: number; beschikbaar_gesteld: number; raming: number };
  /** The doorbraakmiddelen envelopes (and their parts) against what was used at P. */
  doorbraak: EnveloppeStand[];
  /** The KPMG analysis version the impact figures come from. */
  impact_versie: string;
  /** Expected fte impact of the granted transformatieplannen per KPMG cluster, beside the band. */
  plan_impact: ImpactVanPlannen;
  opties: { code: string; optie: string; cijfers: string[] }[];
}

export async function mtrDossier(db: Queryable, peildatum: Datum): Promise<MtrDossier> {
  // sequential: inside a transaction the queries share one connection
  const [acties, anker, afspraken, doelen, kc] = [
    await store.actieStanden(db, peildatum, 'AZWA'),
    await store.azwaAnker(db),
    await store.afspraken(db),
    await store.leesDoelen(db),
    await berekenKerncijfers(db, peildatum),
  ];
  const model = bouwModel(await modelRijen(db), MODEL_VERSIE);
  const koppelingen = await codekoppelingen(db);
  const doorbraak = enveloppeStanden(await enveloppen(db), await enveloppeGebruik(db), peildatum).standen.filter(
    (e) => e.enveloppe === 'doorbraakmiddelen' || e.binnen === 'doorbraakmiddelen',
  );
  const clusterDoelen = doelen.filter((d) => d.bovenliggend === 'TD1-AZWA');
  const rijen: MtrAfspraak[] = afspraken.map((a) => {
    const eigen = acties.filter((x) => x.onderdeel === a.code);
    return {
      code: a.code,
      naam: a.naam,
      blok: a.blok,
      clusters: clusterDoelen.filter((c) => c.afspraken.includes(a.code)).map((c) => c.code),
      doelen: doelen.filter((d) => d.afspraken.includes(a.code)).map((d) => d.code),
      totaal: eigen.length,
      afgerond: eigen.filter((x) => x.status === 'Afgerond').length,
      achter: eigen.filter((x) => x.status === 'Loopt achter' || x.status === 'Nog niet gestart').length,
      zonder_status: eigen.filter((x) => !x.status).length,
      verlopen: eigen.filter((x) => isVerlopen(x, peildatum, anker)).length,
      impact: impactVanAfspraken(model, koppelingen, [a.code]),
    };
  });
  const clusters: MtrCluster[] = clusterDoelen.map((c) => {
    const van = rijen.filter((r) => c.afspraken.includes(r.code));
    return {
      code: c.code,
      titel: c.titel,
      ambitie: `${c.streefwaarde_soort ?? ''} ${c.streefwaarde === null ? '' : getal(c.streefwaarde)} ${c.eenheid}`.replace(/\s+/g, ' ').trim(),
      afspraken: c.afspraken,
      totaal: van.reduce((s, r) => s + r.totaal, 0),
      afgerond: van.reduce((s, r) => s + r.afgerond, 0),
      verlopen: van.reduce((s, r) => s + r.verlopen, 0),
      impact: impactVanAfspraken(model, koppelingen, c.afspraken),
    };
  });
  const kaders = kc.financiele_kaders
    .filter((k) => k.kader_soort === 'AZWA')
    .map((k) => ({ jaar: k.jaar, sector: k.sector, kader: k.kader, uitgaven: k.uitgaven, stand: k.stand }));
  const plannen = {
    ingediend: kc.transformatieplannen.ingediend,
    goedgekeurd: kc.transformatieplannen.per_status.Goedgekeurd,
    beschikbaar_gesteld: kc.transformatiemiddelen.beschikbaar_gesteld,
    raming: kc.transformatiemiddelen.raming,
  };
  const achter = rijen.reduce((s, r) => s + r.achter, 0);
  const verlopen = rijen.reduce((s, r) => s + r.verlopen, 0);
  const k2026 = kaders.filter((k) => k.jaar === 2026);
  const metUitgaven = k2026.filter((k) => k.uitgaven !== null);
  const k2028 = kaders.filter((k) => k.jaar === 2028);
  return {
    peildatum,
    afspraken: rijen,
    clusters,
    kaders,
    plannen,
    doorbraak,
    impact_versie: MODEL_VERSIE,
    plan_impact: await impactVanPlannenOp(db, peildatum),
    opties: [
      {
        code: 'a',
        optie: 'Inhoudelijke afspraken aanscherpen en intensiveren',
        cijfers: [`${achter} deelafspraken lopen achter of zijn niet gestart`, `${verlopen} deelafspraken met een verstreken termijn`],
      },
      {
        code: 'b',
        optie: 'Gewijzigde inzet van middelen',
        cijfers: [
          `${plannen.ingediend} transformatieplannen ingediend, ${plannen.goedgekeurd} goedgekeurd`,
          `${euro(plannen.beschikbaar_gesteld)} beschikbaar gesteld; raming ${euro(plannen.raming)}`,
          ...doorbraakTekst(doorbraak),
        ],
      },
      {
        code: 'c',
        optie: 'Verschuiving van de groeiruimte tussen sectoren (macro-budgetneutraal), als terugvaloptie',
        cijfers: metUitgaven.length
          ? metUitgaven.map((k) => `${k.sector} 2026: uitgaven ${euroMln(k.uitgaven)} tegen kader ${euroMln(k.kader)}`)
          : ['Nog geen realisatiecijfers 2026 tegen de AZWA-kaders in het platform'],
      },
      {
        code: 'd',
        optie: 'Aanpassing van het basisniveau per 2028 bij een significant afwijkend beeld van de realisatiecijfers',
        cijfers: k2028.length ? k2028.map((k) => `${k.sector} 2028: kader ${euroMln(k.kader)}`) : ['Geen AZWA-kaders 2028 in het platform'],
      },
    ],
  };
}

/** One line per doorbraakmiddelen envelope: cap and use; applications are not kept in the platform. */
export function doorbraakTekst(doorbraak: readonly EnveloppeStand[]): string[] {
  if (doorbraak.length === 0) return ['Doorbraakmiddelen: geen enveloppen in het platform'];
  return doorbraak.map(
    (e) =>
      `${e.omschrijving.split(',')[0]} ${e.periode}: plafond ${euroMln(e.plafond)}, ${e.gebruikt === null ? 'nog niets toegekend in het platform' : `toegekend ${euroMln(e.gebruikt)}`}`,
  );
}

/** fte (gemiddeld scenario, with the range) of an impact figure, marked where a mapping is unverified. */
export function fteTekst(i: AfspraakImpact | null): string {
  if (!i) return 'geen analyse';
  const f = i.fte;
  return `${getal(f.gemiddeld)} fte (${getal(f.laag)}–${getal(f.hoog)})${i.geverifieerd ? '' : ', niet geverifieerd'}`;
}

const IMPACT_KOP = ['fte laag', 'fte gemiddeld', 'fte hoog', 'Maatregelen (KPMG)', 'Koppeling geverifieerd'];
const impactCellen = (i: AfspraakImpact | null) => (i ? [i.fte.laag, i.fte.gemiddeld, i.fte.hoog, i.maatregelen.join('|'), i.geverifieerd ? 'ja' : 'nee'] : [null, null, null, null, null]);

export async function alsXlsx(d: MtrDossier): Promise<Buffer> {
  const wb: ExcelJS.Workbook = new (await excel()).Workbook();
  const blad = (naam: string, kop: string[], rijen: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(naam);
    ws.addRow(kop).font = { bold: true };
    for (const r of rijen) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 18));
  };
  blad('Afspraken', ['Code', 'Afspraak', 'Blok', 'Clusters', 'Doelen', 'Deelafspraken', 'Afgerond', 'Achter of niet gestart', 'Zonder status', 'Termijn verstreken', ...IMPACT_KOP], d.afspraken.map((a) => [a.code, a.naam, a.blok, a.clusters.join('|'), a.doelen.join('|'), a.totaal, a.afgerond, a.achter, a.zonder_status, a.verlopen, ...impactCellen(a.impact)]));
  blad('Clusters', ['Cluster', 'Titel', 'Ambitie', 'Afspraken', 'Deelafspraken', 'Afgerond', 'Termijn verstreken', ...IMPACT_KOP], d.clusters.map((c) => [c.code, c.titel, c.ambitie, c.afspraken.join('|'), c.totaal, c.afgerond, c.verlopen, ...impactCellen(c.impact)]));
  blad('Kaders', ['Jaar', 'Sector', 'Stand', 'AZWA-kader (€ mln)', 'Uitgaven (€ mln)'], d.kaders.map((k) => [k.jaar, k.sector, k.stand, k.kader, k.uitgaven]));
  blad('Doorbraakmiddelen', ['Enveloppe', 'Periode', 'Plafond (€ mln)', 'Toegekend (€ mln)', 'Bron'], d.doorbraak.map((e) => [e.omschrijving, e.periode, e.plafond, e.gebruikt, e.bron]));
  blad('Opties', ['Optie', 'Omschrijving', 'Cijfers'], d.opties.map((o) => [o.code, o.optie, o.cijfers.join('; ')]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
