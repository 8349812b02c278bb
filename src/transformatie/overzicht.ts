// De cijfers van de overzichtspagina /transformatie op peildatum P. De kerncijfers komen uit
// berekenKerncijfers (zodat de pagina gelijk is aan de API) en het geld uit fondsGrootboek; deze
// module verdeelt alleen de stand op P over kwartalen, sectoren, thema's en regio's voor de grafieken.
import type { Queryable } from '../platform/db.js';
import { berekenKerncijfers } from '../rapportage/kerncijfers.js';
import type { Kerncijfers } from '../rapportage/kerncijfers-schema.js';
import { PLAN_STATUSSEN, TOETS_SECTOREN, TOETS_STATUSSEN, type Datum } from '../domein/begrippen.js';
import { fondsGrootboek, type FondsGrootboek, type PlanStand } from '../domein/transformatiemiddelen.js';
import { KLEUREN, type StaafInvoer } from '../platform/grafiek.js';
import { kpisOp, plannenOp, toetsenOp, type KpiRij, type PlanStandRij, type ToetsStand } from './store.js';

/** Kleuren van de statussen van toetsen en plannen (alle ≥ 3:1 op wit). */
export const WORKFLOW_KLEUREN: Record<string, string> = {
  Ingediend: KLEUREN.hemelblauw,
  'Beoordeling gestart': KLEUREN.donkerblauw,
  'Extra informatie opvragen': KLEUREN.oranje,
  'Voorgenomen besluit': KLEUREN.violet,
  Goedgekeurd: KLEUREN.groen,
  Afgekeurd: KLEUREN.rood,
};

export function kwartaal(d: Datum): string {
  const m = Number(d.slice(5, 7));
  return `Q${Math.ceil(m / 3)} ${d.slice(0, 4)}`;
}

/** Alle kwartalen van het eerste tot en met het laatste, zonder gaten. */
function kwartaalReeks(datums: Datum[]): string[] {
  if (datums.length === 0) return [];
  const gesorteerd = [...datums].sort();
  let j = Number(gesorteerd[0].slice(0, 4));
  let q = Math.ceil(Number(gesorteerd[0].slice(5, 7)) / 3);
  const eindJ = Number(gesorteerd[gesorteerd.length - 1].slice(0, 4));
  const eindQ = Math.ceil(Number(gesorteerd[gesorteerd.length - 1].slice(5, 7)) / 3);
  const uit: string[] = [];
  while (j < eindJ || (j === eindJ && q <= eindQ)) {
    uit.push(`Q${q} ${j}`);
    q++;
    if (q > 4) {
      q = 1;
      j++;
    }
  }
  return uit;
}

function perKwartaalNaarStatus(items: { ingediend_op: Datum | null; status: string | null }[], statussen: readonly string[], titel: string): StaafInvoer {
  const kwartalen = kwartaalReeks(items.map((i) => i.ingediend_op!).filter(Boolean));
  return {
    titel,
    categorieen: kwartalen,
    gestapeld: true,
    eenheid: 'aantal',
    xNaam: 'Kwartaal van indiening',
    reeksen: statussen.map((s) => ({
      naam: s,
      kleur: WORKFLOW_KLEUREN[s],
      waarden: kwartalen.map((k) => items.filter((i) => i.ingediend_op && kwartaal(i.ingediend_op) === k && i.status === s).length),
    })),
  };
}

/** Goed- of afgekeurde toetsen per waarde van een lijstkolom; een toets telt bij elke waarde die hij raakt. */
function goedAfPer(toetsen: ToetsStand[], kolom: 'sectoren' | 'themas' | 'regios', titel: string, xNaam: string, volgorde?: readonly string[]): StaafInvoer {
  const beoordeeld = toetsen.filter((t) => t.status === 'Goedgekeurd' || t.status === 'Afgekeurd');
  const tel = new Map<string, { goed: number; af: number }>();
  for (const t of beoordeeld) {
    for (const w of new Set(t[kolom] ?? [])) {
      const c = tel.get(w) ?? { goed: 0, af: 0 };
      if (t.status === 'Goedgekeurd') c.goed++;
      else c.af++;
      tel.set(w, c);
    }
  }
  // niet geraakte waarden laten we weg (zoals de rapportage bij regio's)
  const waarden = volgorde
    ? [...volgorde.filter((v) => tel.has(v)), ...[...tel.keys()].filter((k) => !volgorde.includes(k)).sort()]
    : [...tel.keys()].sort((a, b) => tel.get(b)!.goed + tel.get(b)!.af - (tel.get(a)!.goed + tel.get(a)!.af) || a.localeCompare(b, 'nl'));
  return {
    titel,
    categorieen: waarden,
    horizontaal: true,
    eenheid: 'aantal',
    xNaam,
    reeksen: [
      { naam: 'Goedgekeurd', kleur: WORKFLOW_KLEUREN.Goedgekeurd, waarden: waarden.map((w) => tel.get(w)!.goed) },
      { naam: 'Afgekeurd', kleur: WORKFLOW_KLEUREN.Afgekeurd, waarden: waarden.map((w) => tel.get(w)!.af) },
    ],
  };
}

export const MIDDELEN_DEFINITIES: { sleutel: keyof Kerncijfers['transformatiemiddelen']; label: string; definitie: string }[] = [
  { sleutel: 'beschikbaar_gesteld', label: 'Actueel beschikbaar gesteld', definitie: 'het totaal aangevraagde bedrag van alle goedgekeurde transformatieplannen.' },
  { sleutel: 'verwacht', label: 'Verwacht', definitie: "het totale verwachte bedrag van KPI's die nog niet betaalbaar gesteld of betaald zijn." },
  { sleutel: 'betaalbaar_en_betaald', label: 'Betaalbaar en betaald', definitie: "het totale definitieve bedrag van KPI's die betaalbaar gesteld of betaald zijn." },
  { sleutel: 'raming', label: 'Raming', definitie: 'verwacht + betaalbaar en betaald.' },
  { sleutel: 'definitief_vrijgegeven', label: 'Definitief vrijgegeven', definitie: 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en definitief is vrijgegeven.' },
  { sleutel: 'nog_vrij_te_geven', label: 'Nog vrij te geven', definitie: 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en nog niet is vrijgegeven.' },
  { sleutel: 'mogelijk_nog_vrij_te_geven', label: 'Mogelijk nog vrij te geven', definitie: 'het verschil tussen het beschikbare bedrag en het verwachte bedrag voor de nog niet behaalde KPI’s (geld dat niet aan een KPI hangt).' },
];

/** De staven van rapportage §6: Raming gestapeld uit Verwacht en Betaalbaar en betaald. */
export function middelenGrafiek(m: Kerncijfers['transformatiemiddelen']): StaafInvoer {
  const categorieen = ['Actueel beschikbaar gesteld', 'Raming', 'Definitief vrijgegeven', 'Nog vrij te geven', 'Mogelijk nog vrij te geven'];
  return {
    titel: 'Bedragen van goedgekeurde transformatieplannen per status',
    categorieen,
    gestapeld: true,
    eenheid: '€',
    xNaam: 'Status',
    reeksen: [
      { naam: 'Bedrag', kleur: KLEUREN.lintblauw, waarden: [m.beschikbaar_gesteld, null, m.definitief_vrijgegeven, m.nog_vrij_te_geven, m.mogelijk_nog_vrij_te_geven] },
      { naam: 'Verwacht', kleur: KLEUREN.hemelblauw, waarden: [null, m.verwacht, null, null, null] },
      { naam: 'Betaalbaar en betaald', kleur: KLEUREN.groen, waarden: [null, m.betaalbaar_en_betaald, null, null, null] },
    ],
  };
}

export interface Overzicht {
  peildatum: Datum;
  kerncijfers: Kerncijfers;
  grootboek: FondsGrootboek;
  toetsen: ToetsStand[];
  plannen: PlanStandRij[];
  kpis: KpiRij[];
  nza: { aantal: number; bedrag_eur: number };
  ventiel: { aantal: number; bedrag_eur: number };
  grafieken: Record<GrafiekNaam, StaafInvoer>;
}

export const GRAFIEK_NAMEN = [
  'toetsen-per-kwartaal',
  'toetsen-per-sector',
  'toetsen-per-thema',
  'toetsen-per-regio',
  'plannen-per-kwartaal',
  'betrokkenheid-patienten',
  'transformatiemiddelen',
] as const;
export type GrafiekNaam = (typeof GRAFIEK_NAMEN)[number];

export async function overzichtOp(db: Queryable, peildatum: Datum): Promise<Overzicht> {
  const kerncijfers = await berekenKerncijfers(db, peildatum);
  const alleToetsen = await toetsenOp(db, peildatum);
  const allePlannen = await plannenOp(db, peildatum);
  const kpis = await kpisOp(db, peildatum);
  // dezelfde regel als de kerncijfers: een toets of plan telt vanaf zijn indieningsdatum
  const toetsen = alleToetsen.filter((t) => t.ingediend_op && t.ingediend_op <= peildatum);
  const plannen = allePlannen.filter((p) => p.ingediend_op && p.ingediend_op <= peildatum);
  const grootboek = fondsGrootboek(allePlannen as unknown as PlanStand[], kpis);
  const goedgekeurd = allePlannen.filter((p) => p.status === 'Goedgekeurd');
  const metNza = goedgekeurd.filter((p) => p.nza_beschikking_datum && p.nza_beschikking_datum <= peildatum);
  const viaVentiel = goedgekeurd.filter((p) => p.ventiel === true);

  const betrokkenheid = ['ja', 'nee', 'niet ingesteld'];
  return {
    peildatum,
    kerncijfers,
    grootboek,
    toetsen,
    plannen,
    kpis,
    nza: { aantal: metNza.length, bedrag_eur: metNza.reduce((s, p) => s + (p.nza_bedrag_eur ?? 0), 0) },
    ventiel: { aantal: viaVentiel.length, bedrag_eur: viaVentiel.reduce((s, p) => s + (p.bedrag_beschikbaar_gesteld_eur ?? 0), 0) },
    grafieken: {
      'toetsen-per-kwartaal': perKwartaalNaarStatus(toetsen, TOETS_STATUSSEN, 'Snelle toetsen per kwartaal van indiening, naar status op de peildatum'),
      'toetsen-per-sector': goedAfPer(toetsen, 'sectoren', 'Goed- of afgekeurde snelle toetsen per sector (kan overlap bevatten)', 'Sector', TOETS_SECTOREN),
      'toetsen-per-thema': goedAfPer(toetsen, 'themas', 'Goed- of afgekeurde snelle toetsen per thema (kan overlap bevatten)', 'Thema'),
      'toetsen-per-regio': goedAfPer(toetsen, 'regios', 'Goed- of afgekeurde snelle toetsen per regio (kan overlap bevatten)', 'Regio'),
      'plannen-per-kwartaal': perKwartaalNaarStatus(plannen, PLAN_STATUSSEN, 'Transformatieplannen per kwartaal van indiening, naar status op de peildatum'),
      'betrokkenheid-patienten': {
        titel: 'Betrokkenheid van patiënten bij ingediende transformatieplannen',
        categorieen: betrokkenheid,
        eenheid: 'aantal',
        xNaam: 'Patiënten betrokken',
        reeksen: [{ naam: 'Plannen', waarden: betrokkenheid.map((b) => plannen.filter((p) => (p.betrokkenheid_patienten ?? 'niet ingesteld') === b).length) }],
      },
      transformatiemiddelen: middelenGrafiek(kerncijfers.transformatiemiddelen),
    },
  };
}
