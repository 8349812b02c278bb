// The figures of the overview page /transformatie at peildatum P. The kerncijfers come from
// berekenKerncijfers (so the page equals the API), the money from fondsGrootboek and the NZa/ventiel
// count from domein/transformatiemiddelen.ts; this module only spreads the state at P over quarters,
// sectors, themes and regions for the charts, with the counting rules of domein/verdeling.ts (as the report).
import type { Queryable } from '../platform/db.js';
import { berekenKerncijfers } from '../kern/kerncijfers.js';
import type { Kerncijfers } from '../kern/kerncijfers-schema.js';
import { PLAN_STATUSSEN, TOETS_SECTOREN, TOETS_STATUSSEN, type Datum } from '../domein/begrippen.js';
import { fondsGrootboek, telNzaEnVentiel, type FondsGrootboek, type PlanStand } from '../domein/transformatiemiddelen.js';
import { ingediendOp } from '../domein/indiening.js';
import { beoordeeldPer, perKwartaalNaarStatus, telBetrokkenheid } from '../domein/verdeling.js';
import { KLEUREN, verdelingStaaf, WORKFLOW_KLEUREN, type StaafInvoer } from '../platform/web/grafiek.js';
import { kpisOp, plannenOp, sluitingsdatum, toetsenOp, type KpiRij, type PlanStandRij, type ToetsStand } from './store/index.js';
import { aanvragenTegenPlafond, toetsenNaSluiting, type AanvragenTegenPlafond, type ToetsNaSluiting } from '../domein/middelencontroles.js';
import type { TijdreeksInvoer } from '../platform/web/grafiek.js';

/** Cumulative requested amount by submission date against the € 2,4 bn (002 r. 307-309), as a line. */
export function aanvragenGrafiek(a: AanvragenTegenPlafond): TijdreeksInvoer {
  return {
    titel: 'Aangevraagd bedrag van ingediende transformatieplannen, cumulatief naar datum van indiening',
    eenheid: '€',
    xNaam: 'Datum van indiening',
    norm: { waarde: a.plafond_eur, label: 'Beschikbaar: € 2,4 miljard' },
    reeksen: [{ naam: 'Cumulatief aangevraagd', punten: a.punten.map((p) => ({ x: p.datum, datum: p.datum, y: p.cumulatief })) }],
  };
}

/** The bars of report §6: Raming stacked from Verwacht and Betaalbaar en betaald. */
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
  /** Controls the report implies: requested against the cap, toetsen after the cut-off. */
  aanvragen: AanvragenTegenPlafond;
  naSluiting: ToetsNaSluiting[];
  sluiting: Datum;
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
  // the rule of the kerncijfers: a toets or plan counts from its submission date
  const toetsen = ingediendOp(alleToetsen, peildatum);
  const plannen = ingediendOp(allePlannen, peildatum);
  const grootboek = fondsGrootboek(allePlannen as unknown as PlanStand[], kpis);
  const nza = telNzaEnVentiel(allePlannen, peildatum);

  const betrokkenheid = telBetrokkenheid(plannen);
  const sluiting = await sluitingsdatum(db);
  return {
    peildatum,
    aanvragen: aanvragenTegenPlafond(plannen.filter((p): p is typeof p & { ingediend_op: Datum } => p.ingediend_op !== null)),
    naSluiting: toetsenNaSluiting(toetsen, sluiting),
    sluiting,
    kerncijfers,
    grootboek,
    toetsen,
    plannen,
    kpis,
    nza: { aantal: nza.beschikkingen, bedrag_eur: nza.beschikt_bedrag },
    ventiel: { aantal: nza.ventiel, bedrag_eur: nza.ventiel_bedrag },
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
