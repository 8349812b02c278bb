// The charts and the map of the labour-market and access pages (report 000 r. 435-560), built from
// the indicator store. One function per page returns every block with its chart input, so the page,
// the CSV download of each chart and the report all use the same figures.
import type { Db } from '../platform/db.js';
import {
  grafiekTabel,
  kleineVeelvoudenOptie,
  renderGrafiekSvg,
  staafOptie,
  tijdreeksOptie,
  type GrafiekTabel,
  type KleineVeelvoudenInvoer,
  type Reeks,
  type StaafInvoer,
  type TijdreeksInvoer,
} from '../platform/web/grafiek.js';
import { datum, getal } from '../platform/formaat.js';
import { vergelijkPerioden, probeerGebied } from '../domein/perioden.js';
import { gebiedsnamen, HUISARTS_WACHTLIJST_KLASSEN, KAART_JAAR, renderKaartSvg, type KaartLaag } from '../platform/web/kaart.js';
import { alleDefinities, laatstePeriode, laatsteBronDatum, periodeVan, waarnemingen, type DefinitieMetTelling, type Waarneming } from './store.js';

export const GGZ_HOOFDDIAGNOSEGROEPEN = [
  'Andere problemen',
  'Angst',
  'Basis GGZ',
  'Bipolair',
  'Depressie',
  'Diagnose onbekend',
  'Eetstoornissen',
  'Middelgerelateerd en verslaving',
  'Neurobiologische ontwikkelingsstoornissen',
  'Neurocognitieve stoornissen',
  'Obsessief-compulsief',
  'Persoonlijkheid',
  'Restgroep',
  'Schizofrenie',
  'Somatische symptoomstoornissen',
  'Trauma',
] as const;

/** The three ggz waiting times, in the order of the report, with their series name. */
export const GGZ_SOORTEN = [
  { code: 'ggz_aanmeldwachttijd', naam: 'Aanmeldwachttijd' },
  { code: 'ggz_behandelwachttijd', naam: 'Behandelwachttijd' },
  { code: 'ggz_totale_wachttijd', naam: 'Totale wachttijd' },
] as const;

/** msz per region, in the order of the report's legend (002 r. 10433). */
export const MSZ_SOORTEN = [
  { code: 'msz_wachttijd_behandeling', naam: 'Behandeling' },
  { code: 'msz_wachttijd_polikliniekbezoek', naam: 'Polikliniekbezoek' },
  { code: 'msz_wachttijd_diagnostiek', naam: 'Diagnostiek' },
] as const;

export const WLZ_SECTOREN = [
  { dimensie: 'GHZ', titel: 'Wachtenden GHZ' },
  { dimensie: 'Langdurige GGZ', titel: 'Wachtenden langdurige GGZ' },
  { dimensie: 'V&V', titel: 'Wachtenden VV' },
] as const;

/** Labour-market indicators in the order of the report (000 r. 440-469), then the other AZWA ones. */
export const ARBEIDSMARKT_CODES = [
  'azw_vacaturegraad',
  'azw_ziekteverzuim',
  'azw_deeltijdfactor',
  'azw_aandeel_werknemers_zw',
  'azw_regeldruk',
  'azw_uitstroom_excl_pensionering',
  'azw_aandeel_zzp',
  'azw_werktevredenheid',
  'azw_zeggenschap',
  'azw_aansluiting_opleiding_capaciteitsorgaan',
] as const;

export type Blok =
  | {
      soort: 'grafiek';
      id: string;
      titel: string;
      svg: string;
      tabel: GrafiekTabel;
      /** Indicator codes behind the chart (links to their pages). */
      indicatoren: { code: string; naam: string }[];
      bron: string | null;
      dataTm: string | null;
      laatstePeriode: string | null;
      toelichting?: string;
    }
  | {
      soort: 'kaart';
      id: string;
      titel: string;
      svg: string;
      tabel: GrafiekTabel;
      indicatoren: { code: string; naam: string }[];
      bron: string | null;
      dataTm: string | null;
      laatstePeriode: string | null;
      nietOpDeKaart: { code: string; waarde: number | null }[];
      zonderWaarde: number;
    }
  | { soort: 'leeg'; id: string; titel: string; indicatoren: { code: string; naam: string }[]; reden: string };

// ─── helpers ────────────────────────────────────────────────────────────────────────────────

const naamCache = new Map<KaartLaag, Map<string, string>>();
/** Name of an area: gemeente/provincie/… from the 2025 boundary files, else the code itself. */
export function gebiedNaam(code: string): string {
  if (code === 'NL') return 'Nederland';
  const g = probeerGebied(code);
  const laag = g && (['gemeente', 'provincie', 'ggdregio', 'zorgkantoorregio', 'veiligheidsregio', 'arbeidsmarktregio'] as string[]).includes(g.soort) ? (g.soort as KaartLaag) : null;
  if (!laag) return code;
  let namen = naamCache.get(laag);
  if (!namen) {
    namen = gebiedsnamen(laag);
    naamCache.set(laag, namen);
  }
  return namen.get(code) ?? code;
}

/** The x label of the peildatum: the label of the latest periode that has started on or before P. */
export function peildatumLabel(rijen: Waarneming[], peildatum: string): string | undefined {
  let beste: ReturnType<typeof periodeVan> | null = null;
  for (const r of rijen) {
    const p = periodeVan(r.periode);
    if (p.van <= peildatum && (!beste || vergelijkPerioden(p, beste) > 0)) beste = p;
  }
  return beste?.label;
}

function reeksVan(naam: string, rijen: Waarneming[]): Reeks {
  return { naam, punten: rijen.map((r) => ({ x: periodeVan(r.periode).label, y: r.waarde })) };
}

/** Series of an indicator for a time chart: per gebied × dimensie; NL only when there is an NL series. */
export function reeksenVan(rijen: Waarneming[]): Reeks[] {
  const nl = rijen.filter((r) => r.gebied === 'NL');
  const basis = nl.length ? nl : rijen;
  const groepen = new Map<string, Waarneming[]>();
  for (const r of basis) {
    const naam = [r.gebied === 'NL' && nl.length ? null : gebiedNaam(r.gebied), r.dimensie || null].filter(Boolean).join(' – ') || 'Nederland';
    groepen.set(naam, [...(groepen.get(naam) ?? []), r]);
  }
  return [...groepen].map(([naam, rs]) => reeksVan(naam, rs));
}

const normLabel = (d: DefinitieMetTelling) =>
  d.norm === null ? null : `${d.code.startsWith('ggz_') ? 'Treeknorm' : 'Norm'} ${getal(d.norm)}${d.eenheid ? ` ${d.eenheid}` : ''}`;

function leeg(id: string, titel: string, defs: DefinitieMetTelling[]): Blok {
  return {
    soort: 'leeg',
    id,
    titel,
    indicatoren: defs.map((d) => ({ code: d.code, naam: d.naam })),
    reden: `Er zijn nog geen waarnemingen voor ${defs.length === 1 ? 'deze indicator' : 'deze indicatoren'}. Er wordt geen grafiek getoond.`,
  };
}

function korteBron(d: DefinitieMetTelling | undefined): string | null {
  if (!d?.bron) return null;
  const m = /bron (?:data|figuren):? ([^;(]+?)(?:,|;|\)|$)/i.exec(d.bron);
  return m ? m[1].trim() : d.bron;
}

export interface TijdreeksBlokOpties {
  peildatum: string;
  breedte?: number;
  hoogte?: number;
}

/** A time-series block for one indicator (norm line and peildatum marked). */
export function tijdreeksBlok(d: DefinitieMetTelling, rijen: Waarneming[], id: string, titel: string, o: TijdreeksBlokOpties): Blok {
  if (rijen.length === 0) return leeg(id, titel, [d]);
  const reeksen = reeksenVan(rijen);
  const label = normLabel(d);
  const invoer: TijdreeksInvoer = {
    titel,
    reeksen,
    eenheid: d.eenheid ?? '',
    norm: d.norm !== null && label ? { waarde: d.norm, label } : undefined,
    peildatumLabel: peildatumLabel(rijen, o.peildatum),
  };
  return grafiekBlok(id, titel, invoer, tijdreeksOptie(invoer), [d], rijen, o.breedte ?? 760, o.hoogte ?? 360);
}

function grafiekBlok(
  id: string,
  titel: string,
  invoer: TijdreeksInvoer | StaafInvoer | KleineVeelvoudenInvoer,
  optie: ReturnType<typeof tijdreeksOptie>,
  defs: DefinitieMetTelling[],
  rijen: Waarneming[],
  breedte: number,
  hoogte: number,
  toelichting?: string,
): Blok {
  return {
    soort: 'grafiek',
    id,
    titel,
    svg: renderGrafiekSvg(optie, { breedte, hoogte, titel }),
    tabel: grafiekTabel(invoer),
    indicatoren: defs.map((d) => ({ code: d.code, naam: d.naam })),
    bron: korteBron(defs[0]),
    dataTm: laatsteBronDatum(rijen),
    laatstePeriode: laatstePeriode(rijen)?.label ?? null,
    toelichting,
  };
}

// ─── pages ───────────────────────────────────────────────────────────────────────────────────

export interface PaginaOpties {
  peildatum: string;
}

async function defsEnRijen(db: Db, codes: readonly string[], peildatum: string) {
  const alle = new Map((await alleDefinities(db)).map((d) => [d.code, d]));
  const uit = new Map<string, { def: DefinitieMetTelling; rijen: Waarneming[] }>();
  for (const c of codes) {
    const def = alle.get(c);
    if (!def) continue;
    uit.set(c, { def, rijen: await waarnemingen(db, c, { bekendOp: peildatum }) });
  }
  return uit;
}

/** The labour-market page: one time series per indicator (000 r. 435-469). */
export async function arbeidsmarktBlokken(db: Db, o: PaginaOpties): Promise<Blok[]> {
  const data = await defsEnRijen(db, ARBEIDSMARKT_CODES, o.peildatum);
  return [...data.values()].map(({ def, rijen }) => tijdreeksBlok(def, rijen, def.code, def.naam, { peildatum: o.peildatum }));
}

/** The access page (000 r. 475-560): GP map, msz per region, Wlz per sector, ggz small multiples. */
export async function toegankelijkheidBlokken(db: Db, o: PaginaOpties): Promise<Blok[]> {
  const codes = ['ha_wachtlijst', ...MSZ_SOORTEN.map((s) => s.code), 'wlz_wachtenden', ...GGZ_SOORTEN.map((s) => s.code)];
  const data = await defsEnRijen(db, codes, o.peildatum);
  const blokken: Blok[] = [];
  const ha = data.get('ha_wachtlijst');
  if (ha) blokken.push(huisartsKaart(ha.def, ha.rijen));
  blokken.push(mszBlok(MSZ_SOORTEN.map((s) => data.get(s.code)).filter((x) => x !== undefined)));
  const wlz = data.get('wlz_wachtenden');
  if (wlz) blokken.push(...wlzBlokken(wlz.def, wlz.rijen, o.peildatum));
  blokken.push(ggzBlok(GGZ_SOORTEN.map((s) => data.get(s.code)).filter((x) => x !== undefined), o.peildatum));
  return blokken;
}

/** Choropleth of the GP waiting list per gemeente for the latest periode, with the report's five classes. */
export function huisartsKaart(def: DefinitieMetTelling, alle: Waarneming[], id = 'huisartsen-wachtlijst'): Blok {
  const gemeenten = alle.filter((r) => r.gebied.startsWith('GM'));
  const titelBasis = 'Wachtenden voor een huisarts per gemeente';
  if (gemeenten.length === 0) return leeg(id, titelBasis, [def]);
  const laatste = laatstePeriode(gemeenten)!;
  const rijen = gemeenten.filter((r) => r.periode === laatste.code && r.dimensie === '');
  const titel = `${titelBasis}, ${laatste.label}`;
  const waarden = new Map(rijen.map((r) => [r.gebied, r.waarde] as const));
  const uit = renderKaartSvg({
    laag: 'gemeente',
    waarden,
    klassen: HUISARTS_WACHTLIJST_KLASSEN,
    titel,
    breedte: 560,
    hoogte: 660,
    legendaTitel: 'Wachtenden',
    id: `kaart-${id}`,
  });
  const gesorteerd = [...rijen].sort((a, b) => (b.waarde ?? -1) - (a.waarde ?? -1) || gebiedNaam(a.gebied).localeCompare(gebiedNaam(b.gebied), 'nl'));
  return {
    soort: 'kaart',
    id,
    titel,
    svg: uit.svg,
    tabel: {
      titel,
      kop: ['Gemeente', 'CBS-code', 'Klasse', `Wachtenden (${def.eenheid ?? 'aantal'})`],
      rijen: gesorteerd.map((r) => {
        const klasse = r.waarde === null ? null : HUISARTS_WACHTLIJST_KLASSEN.find((k) => r.waarde! >= k.van && (k.tot === null || r.waarde! <= k.tot));
        const naam = gebiedNaam(r.gebied);
        return [naam === r.gebied ? `${r.gebied} (niet in de gemeente-indeling ${KAART_JAAR})` : naam, r.gebied, klasse?.label ?? null, r.waarde];
      }),
    },
    indicatoren: [{ code: def.code, naam: def.naam }],
    bron: korteBron(def),
    dataTm: laatsteBronDatum(rijen),
    laatstePeriode: laatste.label,
    nietOpDeKaart: uit.onbekendeCodes.map((c) => ({ code: c, waarde: waarden.get(c) ?? null })),
    zonderWaarde: uit.zonderWaarde.length,
  };
}

/** msz waiting times per region: grouped bars (Behandeling, Polikliniekbezoek, Diagnostiek), latest periode of each. */
export function mszBlok(data: { def: DefinitieMetTelling; rijen: Waarneming[] }[], id = 'msz-wachttijden'): Blok {
  const titel = 'Wachttijden msz per regio';
  const regionaal = data.map(({ def, rijen }) => {
    const reg = rijen.filter((r) => r.gebied !== 'NL' && r.dimensie === '');
    const laatste = laatstePeriode(reg);
    return { def, rijen: laatste ? reg.filter((r) => r.periode === laatste.code) : [] };
  });
  const alleRijen = regionaal.flatMap((x) => x.rijen);
  if (alleRijen.length === 0) return leeg(id, titel, data.map((x) => x.def));
  const regios = [...new Set(alleRijen.map((r) => r.gebied))].sort((a, b) => gebiedNaam(a).localeCompare(gebiedNaam(b), 'nl'));
  const periodeLabels = [...new Set(alleRijen.map((r) => periodeVan(r.periode).label))];
  const invoer: StaafInvoer = {
    titel: `${titel}, ${periodeLabels.join(' / ')}`,
    categorieen: regios.map(gebiedNaam),
    reeksen: regionaal.map(({ def, rijen }) => ({
      naam: MSZ_SOORTEN.find((s) => s.code === def.code)?.naam ?? def.naam,
      waarden: regios.map((g) => rijen.find((r) => r.gebied === g)?.waarde ?? null),
    })),
    eenheid: data[0].def.eenheid ?? '',
    xNaam: 'Regio',
  };
  const normen = data.filter((x) => x.def.norm === null);
  return grafiekBlok(id, invoer.titel!, invoer, staafOptie(invoer), data.map((x) => x.def), alleRijen, 860, 420,
    normen.length === data.length ? 'Een Treeknorm voor de msz staat niet in de bronnen; er is daarom geen normlijn.' : undefined);
}

/** Wlz waiting: one time series per sector (GHZ, langdurige GGZ, V&V), NL; per region as bars when delivered. */
export function wlzBlokken(def: DefinitieMetTelling, rijen: Waarneming[], peildatum: string): Blok[] {
  const blokken: Blok[] = [];
  for (const s of WLZ_SECTOREN) {
    const eigen = rijen.filter((r) => r.dimensie.toLowerCase() === s.dimensie.toLowerCase() && r.gebied === 'NL');
    const id = `wlz-${s.dimensie.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    if (eigen.length === 0) {
      blokken.push(leeg(id, s.titel, [def]));
      continue;
    }
    blokken.push(tijdreeksBlok(def, eigen, id, s.titel, { peildatum, breedte: 560, hoogte: 300 }));
  }
  const regionaal = rijen.filter((r) => r.gebied !== 'NL');
  if (regionaal.length) {
    const laatste = laatstePeriode(regionaal)!;
    const deze = regionaal.filter((r) => r.periode === laatste.code);
    const regios = [...new Set(deze.map((r) => r.gebied))].sort((a, b) => gebiedNaam(a).localeCompare(gebiedNaam(b), 'nl'));
    const invoer: StaafInvoer = {
      titel: `Wachtenden met een Wlz-indicatie per regio, ${laatste.label}`,
      categorieen: regios.map(gebiedNaam),
      reeksen: WLZ_SECTOREN.map((s) => ({
        naam: s.dimensie,
        waarden: regios.map((g) => deze.find((r) => r.gebied === g && r.dimensie.toLowerCase() === s.dimensie.toLowerCase())?.waarde ?? null),
      })),
      eenheid: def.eenheid ?? '',
      xNaam: 'Regio',
      horizontaal: true,
    };
    blokken.push(grafiekBlok('wlz-per-regio', invoer.titel!, invoer, staafOptie(invoer), [def], deze, 860, Math.max(300, 60 + regios.length * 28)));
  }
  return blokken;
}

/** ggz: 16 small multiples (one per hoofddiagnosegroep) × aanmeld-, behandel- en totale wachttijd, with Treeknorm lines. */
export function ggzBlok(data: { def: DefinitieMetTelling; rijen: Waarneming[] }[], peildatum: string, id = 'ggz-wachttijden'): Blok {
  const titel = 'Wachttijden ggz per hoofddiagnosegroep';
  const nl = data.map(({ def, rijen }) => ({ def, rijen: rijen.filter((r) => r.gebied === 'NL' && r.dimensie !== '') }));
  const alleRijen = nl.flatMap((x) => x.rijen);
  if (alleRijen.length === 0) return leeg(id, titel, data.map((x) => x.def));
  const bekend = GGZ_HOOFDDIAGNOSEGROEPEN as readonly string[];
  const groepen = [...new Set(alleRijen.map((r) => r.dimensie))].sort((a, b) => {
    const ia = bekend.indexOf(a);
    const ib = bekend.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b, 'nl');
  });
  const naamVan = (code: string) => GGZ_SOORTEN.find((s) => s.code === code)?.naam ?? code;
  const invoer: KleineVeelvoudenInvoer = {
    titel,
    panelen: groepen.map((g) => ({
      titel: g,
      reeksen: nl.map(({ def, rijen }) => reeksVan(naamVan(def.code), rijen.filter((r) => r.dimensie === g))),
    })),
    normen: nl
      .filter(({ def }) => def.norm !== null)
      .map(({ def }) => ({ reeks: naamVan(def.code), waarde: def.norm!, label: `Treeknorm ${getal(def.norm!)} ${def.eenheid ?? ''}`.trim() })),
    eenheid: data[0].def.eenheid ?? '',
    tekenBreedte: 1100,
  };
  const p = peildatumLabel(alleRijen, peildatum);
  return grafiekBlok(id, titel, invoer, kleineVeelvoudenOptie(invoer), data.map((x) => x.def), alleRijen, 1100, 1100,
    [
      invoer.normen!.length ? `Gestippelde lijnen in de kleur van de reeks: ${invoer.normen!.map((n) => `${n.reeks.toLowerCase()} ${n.label}`).join(', ')}.` : '',
      p ? `Peildatum ${datum(peildatum)}: de laatste periode tot de peildatum is ${p}.` : '',
    ].filter(Boolean).join(' ') || undefined);
}

/** The charts of one indicator page: the report's chart form where the indicator has one, else a time series. */
export function indicatorBlokken(def: DefinitieMetTelling, rijen: Waarneming[], peildatum: string): Blok[] {
  if (rijen.length === 0) return [];
  if (def.code.startsWith('ggz_') && rijen.some((r) => r.dimensie !== '')) return [ggzBlok([{ def, rijen }], peildatum, 'reeksen')];
  if (def.code === 'ha_wachtlijst') {
    const uit: Blok[] = [huisartsKaart(def, rijen, 'kaart')];
    const nl = rijen.filter((r) => r.gebied === 'NL');
    if (nl.length) uit.push(tijdreeksBlok(def, nl, 'reeksen', `${def.naam}, Nederland`, { peildatum }));
    return uit;
  }
  if (def.code.startsWith('msz_')) return [mszBlok([{ def, rijen }], 'per-regio')];
  if (def.code === 'wlz_wachtenden') return wlzBlokken(def, rijen, peildatum);
  const reeksen = reeksenVan(rijen);
  if (reeksen.length <= 8) return [tijdreeksBlok(def, rijen, 'reeksen', def.naam, { peildatum })];
  // many series (e.g. per gemeente): bars of the latest periode
  const laatste = laatstePeriode(rijen)!;
  const deze = rijen.filter((r) => r.periode === laatste.code);
  const namen = deze.map((r) => [gebiedNaam(r.gebied), r.dimensie].filter(Boolean).join(' – '));
  const invoer: StaafInvoer = {
    titel: `${def.naam}, ${laatste.label}`,
    categorieen: namen,
    reeksen: [{ naam: def.naam, waarden: deze.map((r) => r.waarde) }],
    eenheid: def.eenheid ?? '',
    xNaam: 'Gebied',
    horizontaal: true,
  };
  return [grafiekBlok('laatste-periode', invoer.titel!, invoer, staafOptie(invoer), [def], deze, 860, Math.max(300, 60 + namen.length * 22))];
}
