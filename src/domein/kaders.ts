// Financiële kaders (datacontract §2.5 en §3): verschil tussen uitgaven en sectorkader. Puur domein: geen I/O.
// The printed table is in kaders-tabel.ts, the comparison with published figures in kaders-vergelijking.ts.
//
// Bedragen zijn miljoenen euro's met hooguit één decimaal. Intern rekenen we in tienden van een
// miljoen als gehele getallen, zodat er geen drijvende-kommafouten ontstaan; afronden op hele
// miljoenen gebeurt pas bij het tonen (half van nul af).

import { KADER_SECTOREN, type Datum, type KaderSector, type KaderSoort } from './begrippen.js';

/** Eén rij van het importbestand `financiele_kaders` (contract §2.5), getallen al gelezen. */
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

/** Een item van `financiele_kaders[]` in de kerncijfers-API (contract §4). */
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
  /** Met één decimaal (zoals intern gerekend). */
  waarden: KaderCijfers;
  /** Op hele miljoenen afgerond, voor tonen en voor de API. */
  afgerond: KaderCijfers;
  signalen: KaderSignaal[];
}

export interface KaderOpties {
  /** Groeidrempel dure geneesmiddelen in %, standaard 7 (003 r. 620-627 noemt 5-7%). */
  drempelPct?: number;
  /** Deel van de groei boven de drempel dat wordt gecorrigeerd, standaard 0,5. */
  correctieFactor?: number;
  /**
   * Hoe de tabel covid-prestaties toont. 'samengevat' (standaard, zoals de rapportage van juni 2025 het
   * jaar 2023 drukt): één regel "Verschil excl. covid", het covidbedrag in de toelichting.
   * 'uitgesplitst': verschil incl. covid, een negatieve regel "Covid prestaties", verschil excl. covid.
   */
  covidRegels?: 'samengevat' | 'uitgesplitst';
}

export const STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT = 7;

export const STANDAARD_CORRECTIEFACTOR_DURE_GENEESMIDDELEN = 0.5;

// ---------------------------------------------------------------------------------------------
// Rekenen in tienden

/** Getal met hooguit één decimaal → gehele tienden; meer decimalen is een invoerfout. */
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

/** Deling van gehele getallen, half van nul af afgerond. */
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

/** Een bedrag in miljoenen (één decimaal) afgerond op hele miljoenen, half van nul af (−0,5 → −1). */
export function afgerond(mln: number): number;

export function afgerond(mln: number | null): number | null;

export function afgerond(mln: number | null): number | null {
  if (mln === null) return null;
  const r = deelAfgerond(naarTienden(mln, 'bedrag'), 10);
  return r === 0 ? 0 : r; // geen -0 in JSON
}

// ---------------------------------------------------------------------------------------------
// Berekening per rij

export interface Tussenstand {
  waarden: KaderCijfers;
  signalen: KaderSignaal[];
  /** Status van de correctie, voor de voetnoten van de tabel. */
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
  // Lege aanspraak/covid telt als 0 (contract §3).
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
      // correctie (mln) = −f × (g − d)/100 × b, met f = promille/1000, g en d en b in tienden:
      // in tienden van een miljoen = −promille × (g − d) × b / 1.000.000.
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
    // Alleen een kader (bijv. AZWA 2026-2028): geen verschil en dus ook geen correctie.
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

/** Rondt alle bedragen van een berekening af op hele miljoenen (en de balanspost op hele procenten). */
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
 * Rekenregels van contract §3 voor één rij. Verschillen worden op de decimale waarden berekend en pas
 * daarna afgerond (dus 5.563 − 5.303 = 260, ook al drukte de rapportage 259).
 */
export function berekenKader(rij: KaderRij, opties?: KaderOpties): KaderBerekening {
  const t = bereken(rij, opties);
  return { waarden: t.waarden, afgerond: rondKaderAf(t.waarden), signalen: t.signalen };
}

// ---------------------------------------------------------------------------------------------
// Stand per peildatum

function sectorVolgorde(s: KaderSector): number {
  return KADER_SECTOREN.indexOf(s);
}

/**
 * Per jaar × sector de nieuwste stand ≤ peildatum (contract §4). Bij gelijke stand wint de laatste
 * rij in de invoer. Gesorteerd op jaar en daarbinnen in de sectorvolgorde van de rapportage.
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
// Bedragen en percentages tonen

/** "€ 30.157", "€ -1.015" (zoals de rapportage: minteken na het euroteken). */
export function formatMln(afgerondMln: number): string {
  const teken = afgerondMln < 0 ? '-' : '';
  // Zelf groeperen: Intl groepeert 4-cijferige getallen in nl-NL niet ("4415").
  const cijfers = String(Math.abs(afgerondMln)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${teken}${cijfers}`;
}

/** "3,2%", "9%", "-1%". */
export function formatPct(pct: number): string {
  const tienden = naarTienden(pct, 'pct');
  const tekst = tienden % 10 === 0 ? String(tienden / 10) : (tienden / 10).toFixed(1).replace('.', ',');
  return `${tekst}%`;
}
