// De cijfers van de overzichtspagina /transformatie op peildatum P. De kerncijfers komen uit
// berekenKerncijfers (zodat de pagina gelijk is aan de API) en het geld uit fondsGrootboek; deze
// module verdeelt alleen de stand op P over kwartalen, sectoren, thema's en regio's voor de grafieken,
// met de telregels van domein/verdeling.ts (dezelfde als het rapport).
import type { Queryable } from '../platform/db.js';
import { berekenKerncijfers } from '../kern/kerncijfers.js';
import type { Kerncijfers } from '../kern/kerncijfers-schema.js';
import { PLAN_STATUSSEN, TOETS_SECTOREN, TOETS_STATUSSEN, type Datum } from '../domein/begrippen.js';
import { fondsGrootboek, type FondsGrootboek, type PlanStand } from '../domein/transformatiemiddelen.js';
import { beoordeeldPer, perKwartaalNaarStatus, telBetrokkenheid } from '../domein/verdeling.js';
import { KLEUREN, verdelingStaaf, WORKFLOW_KLEUREN, type StaafInvoer } from '../platform/web/grafiek.js';
import { kpisOp, plannenOp, toetsenOp, type KpiRij, type PlanStandRij, type ToetsStand } from './store.js';

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

  const betrokkenheid = telBetrokkenheid(plannen);
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
      'toetsen-per-kwartaal': verdelingStaaf(perKwartaalNaarStatus(toetsen, TOETS_STATUSSEN, { zonderGaten: true }), 'Snelle toetsen per kwartaal van indiening, naar status op de peildatum', {
        xNaam: 'Kwartaal van indiening',
        kleuren: WORKFLOW_KLEUREN,
        gestapeld: true,
      }),
      'toetsen-per-sector': verdelingStaaf(beoordeeldPer(toetsen, 'sectoren', TOETS_SECTOREN), 'Goed- of afgekeurde snelle toetsen per sector (kan overlap bevatten)', {
        xNaam: 'Sector',
        kleuren: WORKFLOW_KLEUREN,
        horizontaal: true,
      }),
      'toetsen-per-thema': verdelingStaaf(beoordeeldPer(toetsen, 'themas'), 'Goed- of afgekeurde snelle toetsen per thema (kan overlap bevatten)', { xNaam: 'Thema', kleuren: WORKFLOW_KLEUREN, horizontaal: true }),
      'toetsen-per-regio': verdelingStaaf(beoordeeldPer(toetsen, 'regios'), 'Goed- of afgekeurde snelle toetsen per regio (kan overlap bevatten)', { xNaam: 'Regio', kleuren: WORKFLOW_KLEUREN, horizontaal: true }),
      'plannen-per-kwartaal': verdelingStaaf(perKwartaalNaarStatus(plannen, PLAN_STATUSSEN, { zonderGaten: true }), 'Transformatieplannen per kwartaal van indiening, naar status op de peildatum', {
        xNaam: 'Kwartaal van indiening',
        kleuren: WORKFLOW_KLEUREN,
        gestapeld: true,
      }),
      'betrokkenheid-patienten': {
        titel: 'Betrokkenheid van patiënten bij ingediende transformatieplannen',
        categorieen: ['ja', 'nee', 'niet ingesteld'],
        eenheid: 'aantal',
        xNaam: 'Patiënten betrokken',
        reeksen: [{ naam: 'Plannen', waarden: [betrokkenheid.ja, betrokkenheid.nee, betrokkenheid.niet_ingesteld] }],
      },
      transformatiemiddelen: middelenGrafiek(kerncijfers.transformatiemiddelen),
    },
  };
}
