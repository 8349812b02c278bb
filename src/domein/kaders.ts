// Financial kaders (data contract §2.5 and §3): the difference between spending and sector kader. Pure domain: no I/O.
// The printed table is in kaders-tabel.ts, the comparison with published figures in kaders-vergelijking.ts.
//
// Amounts are millions of euros with at most one decimal. Inside we count in tenths of a million as
// integers, so no floating-point errors arise; rounding to whole millions happens only on display
// (half away from zero).

import { KADER_SECTOREN, type Datum, type KaderSector, type KaderSoort } from './begrippen.js';

/** One row of the import file `financiele_kaders` (contract §2.5), numbers already read. */
export interface KaderRij {
  jaar: number;
  sector: KaderSector;
  stand: Datum;
  stand_omschrijving: string | null;
  kwartalen_declaraties: number | null;
  kader_soort: KaderSoort;
  uitgaven_mln: number | null;
  kader_mln: number;
  aanspraak_buiten_zvw_mln: number | null;
  covid_prestaties_mln: number | null;
  groei_dure_geneesmiddelen_pct: number | null;
  basis_dure_geneesmiddelen_mln: number | null;
  balanspost_pct: number | null;
}

/** An item of `financiele_kaders[]` in the kerncijfers API (contract §4). */
export interface KaderCijfers {
  jaar: number;
  sector: KaderSector;
  stand: Datum;
  kader_soort: KaderSoort;
  uitgaven: number | null;
  kader: number;
  aanspraak_buiten_zvw: number;
  covid_prestaties: number;
  verschil_incl_covid: number | null;
  verschil_excl_covid: number | null;
  correctie_dure_geneesmiddelen: number | null;
  resterend_verschil: number | null;
  balanspost_pct: number | null;
}

export interface KaderSignaal {
  code: 'basis_dure_geneesmiddelen_ontbreekt';
  jaar: number;
  sector: KaderSector;
  melding: string;
}

export interface KaderBerekening {
  /** With one decimal (as computed inside). */
  waarden: KaderCijfers;
  /** Rounded to whole millions, for display and for the API. */
  afgerond: KaderCijfers;
  signalen: KaderSignaal[];
}

export interface KaderOpties {
  /** Growth threshold of expensive medicines in %, default 7 (003 r. 620-627 names 5-7%). */
  drempelPct?: number;
  /** Share of the growth above the threshold that is corrected, default 0.5. */
  correctieFactor?: number;
  /**
   * How the table shows covid services. 'samengevat' (default, as the June 2025 report prints 2023):
   * one line "Verschil excl. covid", the covid amount in the note. 'uitgesplitst': the difference
   * incl. covid, a negative line "Covid prestaties", the difference excl. covid.
   */
  covidRegels?: 'samengevat' | 'uitgesplitst';
}

export const STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT = 7;

export const STANDAARD_CORRECTIEFACTOR_DURE_GENEESMIDDELEN = 0.5;

// ---------------------------------------------------------------------------------------------
// Counting in tenths

/** A number with at most one decimal → whole tenths; more decimals is an input error. */
export function naarTienden(waarde: number, veld: string): number {
  const tienden = Math.round(waarde * 10);
  if (!Number.isSafeInteger(tienden) || Math.abs(waarde * 10 - tienden) > 1e-6) {
    throw new RangeError(`${veld}: ${waarde} heeft meer dan één decimaal of is te groot`);
  }
  return tienden;
}

export function uitTienden(tienden: number): number {
  return tienden / 10;
}

function veilig(n: number, wat: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${wat}: getal buiten veilig bereik`);
  return n;
}

/** Integer division, rounded half away from zero. */
function deelAfgerond(teller: number, noemer: number): number {
  veilig(teller, 'teller');
  veilig(noemer, 'noemer');
  const teken = Math.sign(teller) * Math.sign(noemer);
  const t = Math.abs(teller);
  const n = Math.abs(noemer);
  const q = Math.floor(t / n);
  const rest = t - q * n;
  const afgerond = rest * 2 >= n ? q + 1 : q;
  return teken < 0 ? -afgerond : afgerond;
}

/** An amount in millions (one decimal) rounded to whole millions, half away from zero (−0.5 → −1). */
export function afgerond(mln: number): number;

export function afgerond(mln: number | null): number | null;

export function afgerond(mln: number | null): number | null {
  if (mln === null) return null;
  const r = deelAfgerond(naarTienden(mln, 'bedrag'), 10);
  return r === 0 ? 0 : r; // geen -0 in JSON
}

// ---------------------------------------------------------------------------------------------
// Computation per row

export interface Tussenstand {
  waarden: KaderCijfers;
  signalen: KaderSignaal[];
  /** State of the correction, for the table's footnotes. */
  correctie: 'geen_groei' | 'onder_drempel' | 'toegepast' | 'basis_ontbreekt' | 'geen_uitgaven';
}

export function opties(o: KaderOpties | undefined): { drempelTienden: number; factorPromille: number } {
  const drempel = o?.drempelPct ?? STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT;
  const factor = o?.correctieFactor ?? STANDAARD_CORRECTIEFACTOR_DURE_GENEESMIDDELEN;
  const factorPromille = Math.round(factor * 1000);
  if (Math.abs(factor * 1000 - factorPromille) > 1e-6 || factorPromille < 0) {
    throw new RangeError(`correctieFactor ${factor}: hooguit drie decimalen en niet negatief`);
  }
  return { drempelTienden: naarTienden(drempel, 'drempelPct'), factorPromille };
}

export function bereken(rij: KaderRij, o?: KaderOpties): Tussenstand {
  const { drempelTienden, factorPromille } = opties(o);
  const signalen: KaderSignaal[] = [];
  const uitgaven = rij.uitgaven_mln === null ? null : naarTienden(rij.uitgaven_mln, 'uitgaven_mln');
  const kader = naarTienden(rij.kader_mln, 'kader_mln');
  // An empty aanspraak/covid counts as 0 (contract §3).
  const aanspraak = rij.aanspraak_buiten_zvw_mln === null ? 0 : naarTienden(rij.aanspraak_buiten_zvw_mln, 'aanspraak_buiten_zvw_mln');
  const covid = rij.covid_prestaties_mln === null ? 0 : naarTienden(rij.covid_prestaties_mln, 'covid_prestaties_mln');
  const groei = rij.groei_dure_geneesmiddelen_pct === null ? null : naarTienden(rij.groei_dure_geneesmiddelen_pct, 'groei_dure_geneesmiddelen_pct');
  const basis = rij.basis_dure_geneesmiddelen_mln === null ? null : naarTienden(rij.basis_dure_geneesmiddelen_mln, 'basis_dure_geneesmiddelen_mln');

  let correctie: number | null = 0;
  let status: Tussenstand['correctie'] = groei === null ? 'geen_groei' : 'onder_drempel';
  if (groei !== null && groei > drempelTienden) {
    if (basis === null) {
      correctie = null;
      status = 'basis_ontbreekt';
      signalen.push({
        code: 'basis_dure_geneesmiddelen_ontbreekt',
        jaar: rij.jaar,
        sector: rij.sector,
        melding:
          `${rij.sector} ${rij.jaar}: de uitgavengroei dure geneesmiddelen (${formatPct(rij.groei_dure_geneesmiddelen_pct!)}) ` +
          `ligt boven de drempel van ${formatPct(uitTienden(drempelTienden))}, maar het basisbedrag ontbreekt; ` +
          'de correctie en het resterend verschil zijn niet te berekenen.',
      });
    } else {
      // correction (mln) = −f × (g − d)/100 × b, with f = promille/1000, g, d and b in tenths:
      // in tenths of a million = −promille × (g − d) × b / 1,000,000.
      const teller = veilig(factorPromille * (groei - drempelTienden) * basis, 'correctie dure geneesmiddelen');
      correctie = -deelAfgerond(teller, 1_000_000);
      if (correctie === 0) correctie = 0; // geen -0
      status = 'toegepast';
    }
  }

  let verschilIncl: number | null = null;
  let verschilExcl: number | null = null;
  let resterend: number | null = null;
  if (uitgaven === null) {
    // Only a kader (e.g. AZWA 2026-2028): no difference and so no correction.
    correctie = null;
    status = 'geen_uitgaven';
    signalen.length = 0;
  } else {
    verschilIncl = veilig(uitgaven + aanspraak - kader, 'verschil');
    verschilExcl = verschilIncl - covid;
    resterend = correctie === null ? null : verschilExcl + correctie;
  }

  const mln = (t: number | null) => (t === null ? null : uitTienden(t));
  return {
    waarden: {
      jaar: rij.jaar,
      sector: rij.sector,
      stand: rij.stand,
      kader_soort: rij.kader_soort,
      uitgaven: mln(uitgaven),
      kader: uitTienden(kader),
      aanspraak_buiten_zvw: uitTienden(aanspraak),
      covid_prestaties: uitTienden(covid),
      verschil_incl_covid: mln(verschilIncl),
      verschil_excl_covid: mln(verschilExcl),
      correctie_dure_geneesmiddelen: mln(correctie),
      resterend_verschil: mln(resterend),
      balanspost_pct: rij.balanspost_pct === null ? null : uitTienden(naarTienden(rij.balanspost_pct, 'balanspost_pct')),
    },
    signalen,
    correctie: status,
  };
}

/** Rounds every amount of a computation to whole millions (and the balance item to whole percents). */
export function rondKaderAf(w: KaderCijfers): KaderCijfers {
  return {
    ...w,
    uitgaven: afgerond(w.uitgaven),
    kader: afgerond(w.kader),
    aanspraak_buiten_zvw: afgerond(w.aanspraak_buiten_zvw),
    covid_prestaties: afgerond(w.covid_prestaties),
    verschil_incl_covid: afgerond(w.verschil_incl_covid),
    verschil_excl_covid: afgerond(w.verschil_excl_covid),
    correctie_dure_geneesmiddelen: afgerond(w.correctie_dure_geneesmiddelen),
    resterend_verschil: afgerond(w.resterend_verschil),
    balanspost_pct: afgerond(w.balanspost_pct),
  };
}

/**
 * The rules of contract §3 for one row. Differences are computed on the decimal values and rounded
 * only afterwards (so 5,563 − 5,303 = 260, though the report printed 259).
 */
export function berekenKader(rij: KaderRij, opties?: KaderOpties): KaderBerekening {
  const t = bereken(rij, opties);
  return { waarden: t.waarden, afgerond: rondKaderAf(t.waarden), signalen: t.signalen };
}

// ---------------------------------------------------------------------------------------------
// State per peildatum

function sectorVolgorde(s: KaderSector): number {
  return KADER_SECTOREN.indexOf(s);
}

/**
 * Per year × sector the newest stand ≤ peildatum (contract §4). On an equal stand the last row of the
 * input wins. Sorted by year and within it in the report's sector order.
 */
export function nieuwsteStandPerJaarSector(rijen: readonly KaderRij[], peildatum: Datum): KaderRij[] {
  const gekozen = new Map<string, KaderRij>();
  for (const rij of rijen) {
    if (rij.stand > peildatum) continue;
    const sleutel = `${rij.jaar}|${rij.sector}`;
    const huidig = gekozen.get(sleutel);
    if (!huidig || rij.stand >= huidig.stand) gekozen.set(sleutel, rij);
  }
  return [...gekozen.values()].sort((a, b) => a.jaar - b.jaar || sectorVolgorde(a.sector) - sectorVolgorde(b.sector));
}

// ---------------------------------------------------------------------------------------------
// Showing amounts and percentages

/** "€ 30.157", "€ -1.015" (as the report: minus sign after the euro sign). */
export function formatMln(afgerondMln: number): string {
  const teken = afgerondMln < 0 ? '-' : '';
  // Group by hand: Intl does not group 4-digit numbers in nl-NL ("4415").
  const cijfers = String(Math.abs(afgerondMln)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${teken}${cijfers}`;
}

/** "3,2%", "9%", "-1%". */
export function formatPct(pct: number): string {
  const tienden = naarTienden(pct, 'pct');
  const tekst = tienden % 10 === 0 ? String(tienden / 10) : (tienden / 10).toFixed(1).replace('.', ',');
  return `${tekst}%`;
}
