// Budgetregels van de transformatie- en doorbraakmiddelen (domain.md §4): jaarbudgetten op volgorde
// van goedkeuring ("wie het eerst komt, die het eerst maalt"), 'use it or lose it' per jaar, de
// doorbraakmiddelen 2027-2028 met hun deel voor het sociaal domein, en de cumulatieve aanvragen
// tegen € 2,4 mld. Puur: bedragen in hele euro's, datums als 'YYYY-MM-DD'.
import type { Datum } from './begrippen.js';

/** Transformatiemiddelen via de verzekeraars (domain.md §4; 002 r. 307-309). */
export const TRANSFORMATIEMIDDELEN_PLAFOND_EUR = 2_400_000_000;
/** Laatste jaar van het fonds (002 r. 6932-6943). */
export const TRANSFORMATIEMIDDELEN_LAATSTE_JAAR = 2028;
/** Doorbraakmiddelen per jaar, bovenop de transformatiemiddelen (002 r. 6950-6960). */
export const DOORBRAAK_PLAFOND_PER_JAAR_EUR = 400_000_000;
/** Deel daarvan voor het sociaal domein via plannen van de mandaatgemeente (002 r. 5309-5320). */
export const DOORBRAAK_SOCIAAL_DOMEIN_PER_JAAR_EUR = 100_000_000;
export const DOORBRAAK_JAREN: readonly number[] = [2027, 2028];

export interface Jaarbudget {
  jaar: number;
  bedrag_eur: number;
}

export interface Toekenning {
  plan_id: string;
  goedgekeurd_op: Datum;
  /** Het budgetjaar waar het bedrag op drukt (kan afwijken van het jaar van goedkeuring). */
  jaar: number;
  bedrag_eur: number;
}

export interface VerdeeldeToekenning extends Toekenning {
  /** Budget van het jaar min alle toekenningen tot en met deze; negatief bij overschrijding. */
  resterend_na_eur: number;
  /** Deze toekenning past niet meer, of komt na een die niet meer paste (zelfde jaar). */
  overschrijdt: boolean;
}

export interface JaarStand {
  jaar: number;
  budget_eur: number;
  toegekend_eur: number;
  /** max(0, budget − toegekend). */
  resterend_eur: number;
  /** max(0, toegekend − budget). */
  overschrijding_eur: number;
  /** Het jaar is voorbij op `vandaag`. */
  afgelopen: boolean;
  /** Wat niet is gebruikt en vervalt: het resterende bedrag van een afgelopen jaar, anders 0. */
  vervallen_eur: number;
}

export interface Budgetverdeling {
  /** Per jaar op volgorde van goedkeuring (datum, dan plan-id); jaren oplopend. */
  toekenningen: VerdeeldeToekenning[];
  /** Elk jaar met een budget of een toekenning, oplopend. */
  jaren: JaarStand[];
}

// ---------------------------------------------------------------------------------------------
// Invoercontrole: fouten in aangeleverde data zijn programmeerfouten van de aanroeper, dus gooien.

const DATUM_PATROON = /^\d{4}-\d{2}-\d{2}$/;

function eisDatum(waarde: string, veld: string): void {
  const geldig = DATUM_PATROON.test(waarde) && new Date(`${waarde}T00:00:00Z`).toISOString().slice(0, 10) === waarde;
  if (!geldig) throw new RangeError(`Ongeldige datum in ${veld}: '${waarde}' (verwacht JJJJ-MM-DD).`);
}

function eisEuros(waarde: number, veld: string): void {
  if (!Number.isSafeInteger(waarde)) throw new RangeError(`Ongeldig bedrag in ${veld}: ${waarde} (verwacht hele euro's).`);
}

function eisJaar(waarde: number, veld: string): void {
  if (!Number.isInteger(waarde) || waarde < 1900 || waarde > 2999) throw new RangeError(`Ongeldig jaar in ${veld}: ${waarde}.`);
}

/** '€ 1.234.567' (negatief: '€ -1.234'), voor meldingen. */
export function formatEuro(bedrag: number): string {
  const teken = bedrag < 0 ? '-' : '';
  const cijfers = String(Math.abs(bedrag)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${teken}${cijfers}`;
}

function budgetPerJaar(budgetten: readonly Jaarbudget[]): Map<number, number> {
  const perJaar = new Map<number, number>();
  for (const b of budgetten) {
    eisJaar(b.jaar, 'budgetten');
    eisEuros(b.bedrag_eur, `budget ${b.jaar}`);
    if (b.bedrag_eur < 0) throw new RangeError(`Negatief budget voor ${b.jaar}: ${b.bedrag_eur}.`);
    if (perJaar.has(b.jaar)) throw new RangeError(`Dubbel budget voor ${b.jaar}.`);
    perJaar.set(b.jaar, b.bedrag_eur);
  }
  return perJaar;
}

function controleerToekenning(t: Toekenning): void {
  eisJaar(t.jaar, `toekenning ${t.plan_id}`);
  eisDatum(t.goedgekeurd_op, `toekenning ${t.plan_id}`);
  eisEuros(t.bedrag_eur, `toekenning ${t.plan_id}`);
  if (t.bedrag_eur < 0) throw new RangeError(`Negatief bedrag in toekenning ${t.plan_id}: ${t.bedrag_eur}.`);
}

/** Wie het eerst komt: op datum van goedkeuring, bij gelijke datum op plan-id (tekenvolgorde). */
function fcfs(a: Toekenning, b: Toekenning): number {
  if (a.goedgekeurd_op !== b.goedgekeurd_op) return a.goedgekeurd_op < b.goedgekeurd_op ? -1 : 1;
  if (a.plan_id !== b.plan_id) return a.plan_id < b.plan_id ? -1 : 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Jaarbudgetten

/**
 * Verdeelt de jaarbudgetten over de toekenningen in volgorde van goedkeuring. Elk jaar staat op
 * zichzelf: wat over is, vervalt na afloop en schuift niet door (use it or lose it). Een jaar zonder
 * budgetregel (bijv. na 2028) heeft budget 0, dus elke toekenning daarin overschrijdt.
 */
export function verdeelBudget(budgetten: readonly Jaarbudget[], toekenningen: readonly Toekenning[], vandaag: Datum): Budgetverdeling {
  eisDatum(vandaag, 'vandaag');
  const budget = budgetPerJaar(budgetten);
  toekenningen.forEach(controleerToekenning);

  const jaren = [...new Set([...budget.keys(), ...toekenningen.map((t) => t.jaar)])].sort((a, b) => a - b);
  const huidigJaar = Number(vandaag.slice(0, 4));
  const verdeeld: VerdeeldeToekenning[] = [];
  const standen: JaarStand[] = [];

  for (const jaar of jaren) {
    const jaarBudget = budget.get(jaar) ?? 0;
    let toegekend = 0;
    let overschreden = false;
    for (const t of toekenningen.filter((x) => x.jaar === jaar).sort(fcfs)) {
      toegekend += t.bedrag_eur;
      // Wie na een overschrijding komt, zit ook achter in de rij, ook al zou het bedrag nog passen.
      overschreden = overschreden || toegekend > jaarBudget;
      verdeeld.push({ ...t, resterend_na_eur: jaarBudget - toegekend, overschrijdt: overschreden });
    }
    const resterend = Math.max(0, jaarBudget - toegekend);
    const afgelopen = huidigJaar > jaar;
    standen.push({
      jaar,
      budget_eur: jaarBudget,
      toegekend_eur: toegekend,
      resterend_eur: resterend,
      overschrijding_eur: Math.max(0, toegekend - jaarBudget),
      afgelopen,
      vervallen_eur: afgelopen ? resterend : 0,
    });
  }
  return { toekenningen: verdeeld, jaren: standen };
}

export interface OverschrijdingsCheck {
  overschrijdt: boolean;
  /** Wat er in het jaar nog over is vóór de nieuwe toekenning (≥ 0). */
  resterend_eur: number;
  /** Hoeveel de nieuwe toekenning te veel is (0 als hij past). */
  tekort_eur: number;
  /** Waarschuwing voor het formulier; null als het past. */
  melding: string | null;
}

/** Of een nieuwe toekenning het resterende budget van haar jaar zou overschrijden (formulierwaarschuwing). */
export function wouOverschrijden(
  budgetten: readonly Jaarbudget[],
  toekenningen: readonly Toekenning[],
  nieuwe: { jaar: number; bedrag_eur: number },
): OverschrijdingsCheck {
  const budget = budgetPerJaar(budgetten);
  toekenningen.forEach(controleerToekenning);
  eisJaar(nieuwe.jaar, 'nieuwe toekenning');
  eisEuros(nieuwe.bedrag_eur, 'nieuwe toekenning');

  const toegekend = toekenningen.filter((t) => t.jaar === nieuwe.jaar).reduce((som, t) => som + t.bedrag_eur, 0);
  const resterend = Math.max(0, (budget.get(nieuwe.jaar) ?? 0) - toegekend);
  const tekort = Math.max(0, nieuwe.bedrag_eur - resterend);
  if (tekort === 0) return { overschrijdt: false, resterend_eur: resterend, tekort_eur: 0, melding: null };

  const melding = budget.has(nieuwe.jaar)
    ? `Dit bedrag overschrijdt het resterende budget voor ${nieuwe.jaar} (${formatEuro(resterend)}) met ${formatEuro(tekort)}.`
    : `Voor ${nieuwe.jaar} is geen budget vastgelegd` +
      (nieuwe.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR ? ` (het fonds loopt tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR})` : '') +
      `; dit bedrag (${formatEuro(nieuwe.bedrag_eur)}) past niet.`;
  return { overschrijdt: true, resterend_eur: resterend, tekort_eur: tekort, melding };
}

// ---------------------------------------------------------------------------------------------
// Doorbraakmiddelen

export interface Doorbraakclaim {
  jaar: number;
  bedrag_eur: number;
  /** Via een regionaal plan van de mandaatgemeente voor het sociaal domein. */
  sociaal_domein: boolean;
}

export interface DoorbraakOpties {
  plafond_per_jaar_eur?: number;
  sociaal_domein_per_jaar_eur?: number;
  jaren?: readonly number[];
}

export interface DoorbraakJaar {
  jaar: number;
  /** Het jaar hoort bij de doorbraakmiddelen; zo niet, dan is het plafond 0. */
  binnen_periode: boolean;
  totaal_eur: number;
  plafond_eur: number;
  boven_plafond: boolean;
  sociaal_domein_eur: number;
  sociaal_domein_plafond_eur: number;
  sociaal_domein_boven_plafond: boolean;
  /** Het niet-sociaal-domeindeel, ter informatie. */
  overig_eur: number;
  meldingen: string[];
}

export interface DoorbraakToets {
  jaren: DoorbraakJaar[];
  in_orde: boolean;
  meldingen: string[];
}

/**
 * Toetst de claims (via de aparte prestatie) per jaar tegen het jaarplafond, zoals de NZa dat doet,
 * en het sociaal-domeindeel tegen zijn eigen plafond. Elk doorbraakjaar staat erin, ook zonder claims.
 */
export function toetsDoorbraakclaims(claims: readonly Doorbraakclaim[], opties: DoorbraakOpties = {}): DoorbraakToets {
  const plafond = opties.plafond_per_jaar_eur ?? DOORBRAAK_PLAFOND_PER_JAAR_EUR;
  const sdPlafond = opties.sociaal_domein_per_jaar_eur ?? DOORBRAAK_SOCIAAL_DOMEIN_PER_JAAR_EUR;
  const periode = opties.jaren ?? DOORBRAAK_JAREN;
  eisEuros(plafond, 'plafond doorbraakmiddelen');
  eisEuros(sdPlafond, 'plafond sociaal domein');
  for (const c of claims) {
    eisJaar(c.jaar, 'doorbraakclaim');
    eisEuros(c.bedrag_eur, `doorbraakclaim ${c.jaar}`);
  }

  const jaren = [...new Set([...periode, ...claims.map((c) => c.jaar)])].sort((a, b) => a - b);
  const resultaat = jaren.map((jaar): DoorbraakJaar => {
    const vanJaar = claims.filter((c) => c.jaar === jaar);
    const totaal = vanJaar.reduce((s, c) => s + c.bedrag_eur, 0);
    const sd = vanJaar.filter((c) => c.sociaal_domein).reduce((s, c) => s + c.bedrag_eur, 0);
    const binnen = periode.includes(jaar);
    const jaarPlafond = binnen ? plafond : 0;
    const jaarSdPlafond = binnen ? sdPlafond : 0;
    const meldingen: string[] = [];
    if (!binnen && totaal !== 0) {
      meldingen.push(`Er zijn claims op doorbraakmiddelen in ${jaar}, maar die zijn er alleen in ${periode.join(' en ')}.`);
    } else {
      if (totaal > jaarPlafond) {
        meldingen.push(
          `De claims op doorbraakmiddelen in ${jaar} (${formatEuro(totaal)}) overschrijden het jaarplafond van ${formatEuro(jaarPlafond)} met ${formatEuro(totaal - jaarPlafond)}.`,
        );
      }
      if (sd > jaarSdPlafond) {
        meldingen.push(
          `Het sociaal-domeindeel in ${jaar} (${formatEuro(sd)}) overschrijdt de ${formatEuro(jaarSdPlafond)} voor het sociaal domein met ${formatEuro(sd - jaarSdPlafond)}.`,
        );
      }
    }
    return {
      jaar,
      binnen_periode: binnen,
      totaal_eur: totaal,
      plafond_eur: jaarPlafond,
      boven_plafond: totaal > jaarPlafond,
      sociaal_domein_eur: sd,
      sociaal_domein_plafond_eur: jaarSdPlafond,
      sociaal_domein_boven_plafond: sd > jaarSdPlafond,
      overig_eur: totaal - sd,
      meldingen,
    };
  });
  const meldingen = resultaat.flatMap((j) => j.meldingen);
  return { jaren: resultaat, in_orde: meldingen.length === 0, meldingen };
}

// ---------------------------------------------------------------------------------------------
// Cumulatief aangevraagd

export interface CumulatiefPunt {
  datum: Datum;
  /** Aantal plannen ingediend tot en met deze datum. */
  aantal: number;
  cumulatief: number;
  boven_plafond: boolean;
}

/**
 * Aangevraagde bedragen opgeteld op indieningsdatum, één punt per datum, tegen het plafond (laat
 * zien waar 'wie het eerst komt' begint te knellen). Een plan zonder bedrag telt mee in `aantal`.
 */
export function cumulatiefAangevraagd(
  plannen: readonly { ingediend_op: Datum; bedrag_aangevraagd_eur: number | null }[],
  plafond: number = TRANSFORMATIEMIDDELEN_PLAFOND_EUR,
): CumulatiefPunt[] {
  eisEuros(plafond, 'plafond');
  const perDatum = new Map<Datum, { aantal: number; bedrag: number }>();
  for (const p of plannen) {
    eisDatum(p.ingediend_op, 'ingediend_op');
    if (p.bedrag_aangevraagd_eur !== null) eisEuros(p.bedrag_aangevraagd_eur, `aanvraag van ${p.ingediend_op}`);
    const d = perDatum.get(p.ingediend_op) ?? { aantal: 0, bedrag: 0 };
    d.aantal += 1;
    d.bedrag += p.bedrag_aangevraagd_eur ?? 0;
    perDatum.set(p.ingediend_op, d);
  }
  let aantal = 0;
  let cumulatief = 0;
  return [...perDatum.keys()].sort().map((datum) => {
    const d = perDatum.get(datum)!;
    aantal += d.aantal;
    cumulatief += d.bedrag;
    return { datum, aantal, cumulatief, boven_plafond: cumulatief > plafond };
  });
}
