// Controls on the transformatiemiddelen that the June 2025 report and the AZWA imply: the cumulative
// requested amount against the € 2,4 bn (002 r. 307-309), snelle toetsen submitted on or after the
// 1 July 2025 cut-off (002 r. 309-316), and the sector earmark that ends after 2026 (002 r. 6939-6943;
// the fund runs to 2028, r. 6933). Pure domain, no I/O; whole euros.

import { STANDAARD_SLUITING_SNELLE_TOETSEN, type Datum } from './begrippen.js';
import { cumulatiefAangevraagd, formatEuro, TRANSFORMATIEMIDDELEN_LAATSTE_JAAR, TRANSFORMATIEMIDDELEN_PLAFOND_EUR, type CumulatiefPunt } from './budget.js';
import { naSluitingSnelleToetsen } from './workflow.js';

export const BRON_PLAFOND = '002 r. 307-309';
export const BRON_SLUITING = '002 r. 309-316';
export const BRON_OORMERK = '002 r. 6939-6943';
/** Last year in which the transformatiemiddelen are earmarked per sector (IZA term, 002 r. 6939-6943). */
export const LAATSTE_JAAR_SECTOROORMERK = 2026;

export interface AanvragenTegenPlafond {
  plafond_eur: number;
  totaal_aangevraagd_eur: number;
  aantal_plannen: number;
  /** Whole percent of the cap. */
  pct_van_plafond: number;
  boven_plafond: boolean;
  /** First submission date on which the cumulative amount passed the cap; null if never. */
  eerste_datum_boven: Datum | null;
  punten: CumulatiefPunt[];
  melding: string;
}

/** The cumulative requested amount of all submitted plans against the cap, by submission date. */
export function aanvragenTegenPlafond(
  plannen: readonly { ingediend_op: Datum; bedrag_aangevraagd_eur: number | null }[],
  plafond: number = TRANSFORMATIEMIDDELEN_PLAFOND_EUR,
): AanvragenTegenPlafond {
  const punten = cumulatiefAangevraagd(plannen, plafond);
  const laatste = punten.at(-1);
  const totaal = laatste?.cumulatief ?? 0;
  const eerste = punten.find((p) => p.boven_plafond)?.datum ?? null;
  const pct = plafond === 0 ? 0 : Math.round((totaal * 100) / plafond);
  const melding = eerste
    ? `De aanvragen tellen op tot ${formatEuro(totaal)}, ${pct}% van het beschikbare bedrag van ${formatEuro(plafond)}; het plafond is overschreden sinds ${eerste} (${BRON_PLAFOND}).`
    : `De aanvragen tellen op tot ${formatEuro(totaal)}, ${pct}% van het beschikbare bedrag van ${formatEuro(plafond)} (${BRON_PLAFOND}).`;
  return {
    plafond_eur: plafond,
    totaal_aangevraagd_eur: totaal,
    aantal_plannen: laatste?.aantal ?? 0,
    pct_van_plafond: pct,
    boven_plafond: eerste !== null,
    eerste_datum_boven: eerste,
    punten,
    melding,
  };
}

export interface ToetsNaSluiting {
  id: string;
  ingediend_op: Datum;
  melding: string;
}

/**
 * Snelle toetsen submitted on or after the cut-off. Flagged, not refused: the BO allowed some room
 * when the coördinerend zorgverzekeraar was told a plan was in its final phase (002 r. 313-316).
 */
export function toetsenNaSluiting(
  toetsen: readonly { id: string; ingediend_op: Datum | null }[],
  sluitingsdatum: Datum = STANDAARD_SLUITING_SNELLE_TOETSEN,
): ToetsNaSluiting[] {
  return toetsen
    .filter((t): t is { id: string; ingediend_op: Datum } => t.ingediend_op !== null && naSluitingSnelleToetsen(t.ingediend_op, sluitingsdatum))
    .sort((a, b) => (a.ingediend_op < b.ingediend_op ? -1 : a.ingediend_op > b.ingediend_op ? 1 : a.id < b.id ? -1 : 1))
    .map((t) => ({
      id: t.id,
      ingediend_op: t.ingediend_op,
      melding:
        `Snelle toets ${t.id} is ingediend op ${t.ingediend_op}, op of na de sluiting van ${sluitingsdatum}; ` +
        `alleen toegestaan als de coördinerend zorgverzekeraar wist dat de toets in de afrondende fase was (${BRON_SLUITING}).`,
    }));
}

export interface OormerkSignaal {
  plan_id: string;
  jaar: number;
  code: 'oormerk_vervallen' | 'buiten_looptijd';
  melding: string;
}

/** Whether money of a year is earmarked per sector (IZA term, through 2026). */
export function sectorOormerkGeldt(jaar: number): boolean {
  return jaar <= LAATSTE_JAAR_SECTOROORMERK;
}

/**
 * Allocations that count on a sector share in a year where the earmark no longer applies (after
 * 2026), and allocations after the fund's last year (2028).
 */
export function oormerkSignalen(toekenningen: readonly { plan_id: string; jaar: number; sectoren: readonly string[] }[]): OormerkSignaal[] {
  const uit: OormerkSignaal[] = [];
  for (const t of toekenningen) {
    if (t.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR) {
      uit.push({
        plan_id: t.plan_id,
        jaar: t.jaar,
        code: 'buiten_looptijd',
        melding: `Plan ${t.plan_id} drukt op ${t.jaar}, maar de transformatiemiddelen lopen tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR} (002 r. 6933-6934).`,
      });
    } else if (!sectorOormerkGeldt(t.jaar) && t.sectoren.length > 0) {
      uit.push({
        plan_id: t.plan_id,
        jaar: t.jaar,
        code: 'oormerk_vervallen',
        melding: `Plan ${t.plan_id} (${t.sectoren.join(', ')}) drukt op ${t.jaar}; na ${LAATSTE_JAAR_SECTOROORMERK} zijn de middelen niet meer per sector geoormerkt, dus het telt niet tegen een sectordeel (${BRON_OORMERK}).`,
      });
    }
  }
  return uit;
}
