// Transformatiemiddelen at peildatum P (data contract §3): the fund's ledger per plan and in total.
// Pure domain: the caller passes the state of plans and KPIs at P (see contract §1, "Event logs") and
// only what exists at P. Amounts are whole euros as safe integers.

import type { Betaalstatus, KpiResultaat, PlanStatus, Vrijgave } from './begrippen.js';

export interface PlanStand {
  id: string;
  /** Status at P; null when the plan has no status yet. */
  status: PlanStatus | null;
  bedrag_beschikbaar_gesteld_eur: number | null;
}

export interface KpiStand {
  plan_id: string;
  kpi_id: string;
  bedrag_eur: number | null;
  bedrag_definitief_eur: number | null;
  resultaat: KpiResultaat | null;
  betaalstatus: Betaalstatus | null;
  vrijgave: Vrijgave | null;
}

/** The `transformatiemiddelen` block of the kerncijfers API (contract §4), in whole euros. */
export interface Transformatiemiddelen {
  beschikbaar_gesteld: number;
  verwacht: number;
  betaalbaar_en_betaald: number;
  raming: number;
  nog_vrij_te_geven: number;
  definitief_vrijgegeven: number;
  mogelijk_nog_vrij_te_geven: number;
}

export interface PlanGrootboek extends Transformatiemiddelen {
  plan_id: string;
  aantal_kpis: number;
  /** Σ bedrag_eur of the plan's KPIs (missing counts as 0). */
  kpi_bedrag_totaal: number;
}

export type MiddelenWaarschuwingCode =
  | 'plan_zonder_bedrag'
  | 'kpi_zonder_bedrag'
  | 'kpi_zonder_definitief_bedrag'
  | 'kpi_betaald_maar_resultaat_open'
  | 'kpi_resultaat_zonder_betaalstatus'
  | 'kpi_negatief_vrij_te_geven'
  | 'kpis_boven_planbedrag'
  | 'kpi_zonder_plan';

export interface MiddelenWaarschuwing {
  code: MiddelenWaarschuwingCode;
  plan_id: string;
  kpi_id: string | null;
  melding: string;
}

export interface FondsGrootboek {
  /** Only plans that are `Goedgekeurd` at P, sorted by id. */
  plannen: PlanGrootboek[];
  /** Equal to the sum of `plannen`. */
  totaal: Transformatiemiddelen;
  waarschuwingen: MiddelenWaarschuwing[];
}

function nul(): Transformatiemiddelen {
  return {
    beschikbaar_gesteld: 0,
    verwacht: 0,
    betaalbaar_en_betaald: 0,
    raming: 0,
    nog_vrij_te_geven: 0,
    definitief_vrijgegeven: 0,
    mogelijk_nog_vrij_te_geven: 0,
  };
}

function som(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new RangeError('Transformatiemiddelen: som buiten veilig bereik');
  return s;
}

function euro(waarde: number | null, wat: string): number | null {
  if (waarde === null) return null;
  if (!Number.isSafeInteger(waarde)) throw new RangeError(`${wat}: ${waarde} is geen geheel aantal euro's`);
  return waarde;
}

const fmt = (n: number) => `€ ${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

/**
 * The fund ledger at P, per approved plan and in total, per contract §3. Choices for cases the
 * contract leaves open (always with a warning, so nothing vanishes silently):
 * - a missing amount counts as 0 (bedrag_eur, bedrag_definitief_eur, bedrag_beschikbaar_gesteld_eur);
 * - empty resultaat = `open` (no outcome yet) and empty betaalstatus = `open` (nothing paid yet);
 *   such an empty value is no error and gives no warning;
 * - a KPI with a final amount but no bedrag_eur adds nothing to nog/definitief vrij te geven, or the
 *   whole final amount would count as negative to release;
 * - the formulas are followed exactly, also where the input contradicts itself (resultaat `open` yet
 *   paid counts in verwacht and betaalbaar; behaald with betaalstatus `open` counts in neither);
 *   that is reported, not corrected;
 * - KPIs of plans not `Goedgekeurd` at P do not count (no warning: that is normal); a KPI of a plan
 *   that was not passed gives a warning.
 */
export function fondsGrootboek(plannen: readonly PlanStand[], kpis: readonly KpiStand[]): FondsGrootboek {
  const waarschuwingen: MiddelenWaarschuwing[] = [];
  const bekend = new Set(plannen.map((p) => p.id));
  const goedgekeurd = plannen.filter((p) => p.status === 'Goedgekeurd');
  const kpisPerPlan = new Map<string, KpiStand[]>();
  for (const k of kpis) {
    if (!bekend.has(k.plan_id)) {
      waarschuwingen.push({
        code: 'kpi_zonder_plan',
        plan_id: k.plan_id,
        kpi_id: k.kpi_id,
        melding: `KPI ${k.kpi_id} hoort bij plan ${k.plan_id}, dat op de peildatum niet bestaat; de KPI telt niet mee.`,
      });
      continue;
    }
    const lijst = kpisPerPlan.get(k.plan_id) ?? [];
    lijst.push(k);
    kpisPerPlan.set(k.plan_id, lijst);
  }

  const perPlan: PlanGrootboek[] = [];
  for (const plan of [...goedgekeurd].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const w = (code: MiddelenWaarschuwingCode, kpi_id: string | null, melding: string) =>
      waarschuwingen.push({ code, plan_id: plan.id, kpi_id, melding });
    const rij = nul();
    const beschikbaar = euro(plan.bedrag_beschikbaar_gesteld_eur, `plan ${plan.id} bedrag_beschikbaar_gesteld_eur`);
    if (beschikbaar === null) {
      w('plan_zonder_bedrag', null, `Plan ${plan.id} is goedgekeurd maar heeft geen beschikbaar gesteld bedrag; telt als € 0.`);
    }
    rij.beschikbaar_gesteld = beschikbaar ?? 0;

    const eigen = kpisPerPlan.get(plan.id) ?? [];
    let kpiTotaal = 0;
    for (const k of eigen) {
      const naam = `KPI ${k.kpi_id} van plan ${plan.id}`;
      const bedrag = euro(k.bedrag_eur, `${naam} bedrag_eur`);
      const definitief = euro(k.bedrag_definitief_eur, `${naam} bedrag_definitief_eur`);
      const resultaat = k.resultaat ?? 'open';
      const betaalstatus = k.betaalstatus ?? 'open';
      kpiTotaal = som(kpiTotaal, bedrag ?? 0);

      if (resultaat === 'open') {
        if (bedrag === null) w('kpi_zonder_bedrag', k.kpi_id, `${naam} is open maar heeft geen bedrag; telt als € 0 in verwacht.`);
        rij.verwacht = som(rij.verwacht, bedrag ?? 0);
      }
      if (betaalstatus !== 'open') {
        if (definitief === null) {
          w('kpi_zonder_definitief_bedrag', k.kpi_id, `${naam} is ${betaalstatus} maar heeft geen definitief bedrag; telt als € 0 in betaalbaar en betaald.`);
        }
        rij.betaalbaar_en_betaald = som(rij.betaalbaar_en_betaald, definitief ?? 0);
        if (resultaat === 'open') {
          w('kpi_betaald_maar_resultaat_open', k.kpi_id, `${naam} is ${betaalstatus} terwijl het resultaat open is; het bedrag telt in verwacht én in betaalbaar en betaald.`);
        }
      } else if (resultaat === 'behaald' || resultaat === 'deels behaald') {
        // 'niet behaald' does not belong here: nothing is paid, the amount goes to release.
        w('kpi_resultaat_zonder_betaalstatus', k.kpi_id, `${naam} is ${resultaat} maar nog niet betaalbaar gesteld; het bedrag telt nog niet in verwacht of in betaalbaar en betaald.`);
      }
      if (k.vrijgave !== null) {
        if (bedrag === null) {
          w('kpi_zonder_bedrag', k.kpi_id, `${naam} heeft vrijgave '${k.vrijgave}' maar geen bedrag; er is niets vrij te geven.`);
          continue;
        }
        if (definitief === null && resultaat !== 'niet behaald') {
          // With 'niet behaald' an empty final amount is obviously 0; otherwise report it.
          w('kpi_zonder_definitief_bedrag', k.kpi_id, `${naam} heeft vrijgave '${k.vrijgave}' maar geen definitief bedrag; het hele bedrag telt als vrij te geven.`);
        }
        const vrij = bedrag - (definitief ?? 0);
        if (vrij < 0) {
          w('kpi_negatief_vrij_te_geven', k.kpi_id, `${naam}: het definitieve bedrag is hoger dan het KPI-bedrag (${fmt(vrij)} vrij te geven).`);
        }
        if (k.vrijgave === 'nog vrij te geven') rij.nog_vrij_te_geven = som(rij.nog_vrij_te_geven, vrij);
        else rij.definitief_vrijgegeven = som(rij.definitief_vrijgegeven, vrij);
      }
    }
    rij.raming = som(rij.verwacht, rij.betaalbaar_en_betaald);
    rij.mogelijk_nog_vrij_te_geven = Math.max(0, rij.beschikbaar_gesteld - kpiTotaal);
    if (kpiTotaal > rij.beschikbaar_gesteld && beschikbaar !== null) {
      w('kpis_boven_planbedrag', null, `De KPI's van plan ${plan.id} tellen op tot ${fmt(kpiTotaal)}, ${fmt(kpiTotaal - rij.beschikbaar_gesteld)} meer dan het beschikbaar gestelde bedrag ${fmt(rij.beschikbaar_gesteld)}.`);
    }
    perPlan.push({ plan_id: plan.id, aantal_kpis: eigen.length, kpi_bedrag_totaal: kpiTotaal, ...rij });
  }

  const totaal = nul();
  for (const p of perPlan) {
    for (const veld of Object.keys(totaal) as (keyof Transformatiemiddelen)[]) totaal[veld] = som(totaal[veld], p[veld]);
  }
  return { plannen: perPlan, totaal, waarschuwingen };
}

/** The `transformatiemiddelen` block of the kerncijfers at P; warnings via `fondsGrootboek`. */
export function berekenTransformatiemiddelen(plannen: readonly PlanStand[], kpis: readonly KpiStand[]): Transformatiemiddelen {
  return fondsGrootboek(plannen, kpis).totaal;
}

/**
 * The seven amounts of the fund with their label and definition, in display order: the one list
 * behind the definitions on /transformatie and in the report (§ Transformatiemiddelen).
 */
export const MIDDELEN_DEFINITIES: readonly { sleutel: keyof Transformatiemiddelen; label: string; definitie: string }[] = [
  { sleutel: 'beschikbaar_gesteld', label: 'Actueel beschikbaar gesteld', definitie: 'het totaal aangevraagde bedrag van alle goedgekeurde transformatieplannen.' },
  { sleutel: 'verwacht', label: 'Verwacht', definitie: "het totale verwachte bedrag van KPI's die nog niet betaalbaar gesteld of betaald zijn." },
  { sleutel: 'betaalbaar_en_betaald', label: 'Betaalbaar en betaald', definitie: "het totale definitieve bedrag van KPI's die betaalbaar gesteld of betaald zijn." },
  { sleutel: 'raming', label: 'Raming', definitie: 'verwacht + betaalbaar en betaald.' },
  {
    sleutel: 'definitief_vrijgegeven',
    label: 'Definitief vrijgegeven bedrag',
    definitie: 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en definitief is vrijgegeven.',
  },
  {
    sleutel: 'nog_vrij_te_geven',
    label: 'Nog vrij te geven bedrag',
    definitie: 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en nog niet is vrijgegeven.',
  },
  { sleutel: 'mogelijk_nog_vrij_te_geven', label: 'Mogelijk nog vrij te geven', definitie: "het verschil tussen het beschikbare bedrag en het bedrag van de KPI's van de plannen." },
];

/** The approved plans at P with an NZa beschikking on or before P, and those through the ventiel. */
export interface NzaEnVentiel {
  beschikkingen: number;
  beschikt_bedrag: number;
  ventiel: number;
  ventiel_bedrag: number;
}

/** Counts NZa beschikkingen and ventiel plans among the plans approved at P (amounts may arrive as text). */
export function telNzaEnVentiel(
  plannen: readonly {
    status: string | null;
    nza_beschikking_datum: string | null;
    nza_bedrag_eur: number | string | null;
    ventiel: boolean | null;
    bedrag_beschikbaar_gesteld_eur: number | string | null;
  }[],
  peildatum: string,
): NzaEnVentiel {
  const bedrag = (v: number | string | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
  const goedgekeurd = plannen.filter((p) => p.status === 'Goedgekeurd');
  const metBeschikking = goedgekeurd.filter((p) => !!p.nza_beschikking_datum && p.nza_beschikking_datum <= peildatum);
  const ventiel = goedgekeurd.filter((p) => p.ventiel === true);
  return {
    beschikkingen: metBeschikking.length,
    beschikt_bedrag: metBeschikking.reduce((s, p) => s + bedrag(p.nza_bedrag_eur), 0),
    ventiel: ventiel.length,
    ventiel_bedrag: ventiel.reduce((s, p) => s + bedrag(p.bedrag_beschikbaar_gesteld_eur), 0),
  };
}
