// Financiële kaders (datacontract §2.5 en §3): verschil tussen uitgaven en sectorkader, en de tabel
// zoals de voortgangsrapportage die drukt (000 r. 370-428). Puur domein: geen I/O.
//
// Bedragen zijn miljoenen euro's met hooguit één decimaal. Intern rekenen we in tienden van een
// miljoen als gehele getallen, zodat er geen drijvende-kommafouten ontstaan; afronden op hele
// miljoenen gebeurt pas bij het tonen (half van nul af).

import { KADER_SECTOREN, type Datum, type KaderSector, type KaderSoort } from './begrippen.js';
import { formatteerDatum } from './kalender.js';

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
function naarTienden(waarde: number, veld: string): number {
  const tienden = Math.round(waarde * 10);
  if (!Number.isSafeInteger(tienden) || Math.abs(waarde * 10 - tienden) > 1e-6) {
    throw new RangeError(`${veld}: ${waarde} heeft meer dan één decimaal of is te groot`);
  }
  return tienden;
}

function uitTienden(tienden: number): number {
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

interface Tussenstand {
  waarden: KaderCijfers;
  signalen: KaderSignaal[];
  /** Status van de correctie, voor de voetnoten van de tabel. */
  correctie: 'geen_groei' | 'onder_drempel' | 'toegepast' | 'basis_ontbreekt' | 'geen_uitgaven';
}

function opties(o: KaderOpties | undefined): { drempelTienden: number; factorPromille: number } {
  const drempel = o?.drempelPct ?? STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT;
  const factor = o?.correctieFactor ?? STANDAARD_CORRECTIEFACTOR_DURE_GENEESMIDDELEN;
  const factorPromille = Math.round(factor * 1000);
  if (Math.abs(factor * 1000 - factorPromille) > 1e-6 || factorPromille < 0) {
    throw new RangeError(`correctieFactor ${factor}: hooguit drie decimalen en niet negatief`);
  }
  return { drempelTienden: naarTienden(drempel, 'drempelPct'), factorPromille };
}

function bereken(rij: KaderRij, o?: KaderOpties): Tussenstand {
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
// Tabel zoals gedrukt

export type KaderTabelRijSoort =
  | 'uitgaven'
  | 'kader'
  | 'aanspraak_buiten_zvw'
  | 'verschil'
  | 'verschil_incl_covid'
  | 'covid_prestaties'
  | 'verschil_excl_covid'
  | 'correctie_dure_geneesmiddelen'
  | 'resterend_verschil'
  | 'balanspost';

type PerSector<T> = Record<KaderSector, T>;

export interface KaderTabelRij {
  /** Regelnummer zoals gedrukt; de voetnoot met hetzelfde nummer licht de regel toe. */
  nummer: number;
  soort: KaderTabelRijSoort;
  label: string;
  eenheid: 'mln' | 'pct';
  /** Eén decimaal; null = lege cel. */
  waarden: PerSector<number | null>;
  /** Hele miljoenen of procenten; null = lege cel. */
  afgerond: PerSector<number | null>;
  /** Zoals gedrukt: "€ -1.015", "26%", of "" voor een lege cel. */
  tekst: PerSector<string>;
}

export interface KaderTabel {
  jaar: number;
  titel: string;
  inleiding: string | null;
  kolommen: KaderSector[];
  rijen: KaderTabelRij[];
  /** Genummerde toelichtingen; voetnoot n hoort bij regel n. */
  voetnoten: { nummer: number; tekst: string }[];
  signalen: KaderSignaal[];
}

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


function leeg<T>(w: T): PerSector<T> {
  return Object.fromEntries(KADER_SECTOREN.map((s) => [s, w])) as PerSector<T>;
}

function opsomming(delen: string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Het tabelmodel van één jaar, zoals de rapportage het drukt (000 r. 370-428): kolommen in de vaste
 * sectorvolgorde, regels die voor het jaar niet van toepassing zijn weggelaten, en genummerde
 * toelichtingen die uit de gegevens volgen. Geef de rijen van één jaar, één stand per sector (zie
 * `nieuwsteStandPerJaarSector`).
 */
export function kaderTabel(rijen: readonly KaderRij[], kaderOpties?: KaderOpties): KaderTabel {
  if (rijen.length === 0) throw new RangeError('kaderTabel: geen rijen');
  const jaar = rijen[0].jaar;
  const perSector = new Map<KaderSector, KaderRij>();
  for (const r of rijen) {
    if (r.jaar !== jaar) throw new RangeError(`kaderTabel: rijen van meer dan één jaar (${jaar}, ${r.jaar})`);
    if (perSector.has(r.sector)) throw new RangeError(`kaderTabel: ${r.sector} ${jaar} komt meer dan eens voor`);
    perSector.set(r.sector, r);
  }
  const kolommen = KADER_SECTOREN.filter((s) => perSector.has(s));
  const { drempelTienden, factorPromille } = opties(kaderOpties);
  const drempelTekst = formatPct(uitTienden(drempelTienden));
  const factorTekst = `${factorPromille / 10}`.replace('.', ',') + '%';

  const berekend = new Map<KaderSector, Tussenstand>();
  for (const s of kolommen) berekend.set(s, bereken(perSector.get(s)!, kaderOpties));
  const signalen = kolommen.flatMap((s) => berekend.get(s)!.signalen);

  const heeft = (f: (t: Tussenstand, r: KaderRij) => boolean) => kolommen.some((s) => f(berekend.get(s)!, perSector.get(s)!));
  const metUitgaven = heeft((t) => t.waarden.uitgaven !== null);
  const metAanspraak = metUitgaven && heeft((t) => t.waarden.aanspraak_buiten_zvw !== 0);
  const metCovid = metUitgaven && heeft((t) => t.waarden.covid_prestaties !== 0);
  const metBalanspost = heeft((t) => t.waarden.balanspost_pct !== null);

  const soorten = [...new Set(kolommen.map((s) => perSector.get(s)!.kader_soort))];
  const kaderNaam = soorten.length === 1 ? `${soorten[0]}-kader` : 'kader';

  const rijenUit: KaderTabelRij[] = [];
  const voetnoten: { nummer: number; tekst: string }[] = [];
  const voegToe = (
    soort: KaderTabelRijSoort,
    label: string,
    eenheid: 'mln' | 'pct',
    cel: (t: Tussenstand) => number | null,
    voetnoot: string,
  ) => {
    const waarden = leeg<number | null>(null);
    const afg = leeg<number | null>(null);
    const tekst = leeg('');
    for (const s of kolommen) {
      const w = cel(berekend.get(s)!);
      waarden[s] = w;
      afg[s] = afgerond(w);
      if (w !== null) tekst[s] = eenheid === 'mln' ? formatMln(afgerond(w)) : `${afgerond(w)}%`;
    }
    const nummer = rijenUit.length + 1;
    rijenUit.push({ nummer, soort, label, eenheid, waarden, afgerond: afg, tekst });
    voetnoten.push({ nummer, tekst: voetnoot });
    return nummer;
  };
  // Lege cel waar een correctieregel voor de sector niets doet (zo drukt de rapportage het).
  const nulIsLeeg = (w: number | null) => (w === 0 ? null : w);

  // 1 Uitgaven
  let nrUitgaven = 0;
  if (metUitgaven) {
    const omschrijvingen = [...new Set(kolommen.map((s) => perSector.get(s)!).filter((r) => r.uitgaven_mln !== null).map((r) => r.stand_omschrijving ?? `stand ${formatteerDatum(r.stand)}`))];
    const label = omschrijvingen.length === 1 ? `Uitgaven ${omschrijvingen[0]}` : 'Uitgaven';
    const kwartalen = [...new Set(kolommen.map((s) => perSector.get(s)!.kwartalen_declaraties).filter((k): k is number => k !== null))];
    let noot = `Betreft de actuele verwachting van de uitgaven ${jaar}.`;
    if (kwartalen.length === 1) {
      noot += ` De verwachting rust op ${kwartalen[0]} kwartalen aan declaraties en heeft daarmee een voorlopig karakter.`;
    }
    if (omschrijvingen.length > 1) {
      noot += ` De stand verschilt per sector: ${kolommen
        .map((s) => perSector.get(s)!)
        .filter((r) => r.uitgaven_mln !== null)
        .map((r) => `${r.sector} ${r.stand_omschrijving ?? `stand ${formatteerDatum(r.stand)}`}`)
        .join('; ')}.`;
    }
    nrUitgaven = voegToe('uitgaven', label, 'mln', (t) => t.waarden.uitgaven, noot);
  }

  // 2 Kader
  const kaderNoot =
    soorten.length === 1
      ? `Betreft het geldende ${kaderNaam} voor het jaar ${jaar}.`
      : `Betreft het geldende kader voor het jaar ${jaar}: ${kolommen.map((s) => `${s} ${perSector.get(s)!.kader_soort}-kader`).join(', ')}.`;
  const nrKader = voegToe('kader', soorten.length === 1 ? kaderNaam : 'Kader', 'mln', (t) => t.waarden.kader, kaderNoot);

  // 3 Aanspraak buiten Zvw
  let nrAanspraak = 0;
  const aanspraakDelen = kolommen
    .filter((s) => berekend.get(s)!.waarden.aanspraak_buiten_zvw !== 0)
    .map((s) => `${s} (${formatMln(afgerond(berekend.get(s)!.waarden.aanspraak_buiten_zvw))} miljoen)`);
  if (metAanspraak) {
    nrAanspraak = voegToe(
      'aanspraak_buiten_zvw',
      'Aanspraak buiten Zvw',
      'mln',
      (t) => nulIsLeeg(t.waarden.aanspraak_buiten_zvw),
      `Uitgaven die lopen via een fonds buiten de Zvw en meetellen voor het kader: ${opsomming(aanspraakDelen)}.`,
    );
  }

  if (metUitgaven) {
    const uitgavenRegels = nrAanspraak ? `regel ${nrUitgaven} plus regel ${nrAanspraak}` : `regel ${nrUitgaven}`;
    let verschilNoot =
      `Betreft het verschil tussen de uitgaven (${uitgavenRegels}) en het kader (regel ${nrKader}) en geeft weer wat de ` +
      `verwachte overschrijding (+) of onderschrijding (-) van het ${kaderNaam} ${jaar} is.`;
    for (const s of kolommen.filter((s) => berekend.get(s)!.waarden.aanspraak_buiten_zvw !== 0)) {
      verschilNoot += ` Bij ${s} is een correctie van ${formatMln(afgerond(berekend.get(s)!.waarden.aanspraak_buiten_zvw))} miljoen gedaan i.v.m. het fonds.`;
    }

    const covidDelen = kolommen
      .filter((s) => berekend.get(s)!.waarden.covid_prestaties !== 0)
      .map((s) => `${s} ${formatMln(afgerond(berekend.get(s)!.waarden.covid_prestaties))} miljoen`);
    if (metCovid && (kaderOpties?.covidRegels ?? 'samengevat') === 'samengevat') {
      voegToe(
        'verschil_excl_covid',
        'Verschil excl. covid (+ is overschrijding)',
        'mln',
        (t) => t.waarden.verschil_excl_covid,
        `${verschilNoot} Het verschil is exclusief covidgerelateerde meerkosten die in de uitgaven (regel ${nrUitgaven}) zitten: ${opsomming(covidDelen)}.`,
      );
    } else if (metCovid) {
      voegToe('verschil_incl_covid', 'Verschil incl. covid (+ is overschrijding)', 'mln', (t) => t.waarden.verschil_incl_covid, verschilNoot);
      const nrCovid = voegToe(
        'covid_prestaties',
        'Covid prestaties',
        'mln',
        // Gedrukt als negatieve correctie: de uitgaven bevatten dit bedrag.
        (t) => nulIsLeeg(t.waarden.covid_prestaties === 0 ? 0 : -t.waarden.covid_prestaties),
        `Uitgaven aan de covid-meerkostenprestaties die in regel ${nrUitgaven} zitten en niet tegen het kader tellen: ${opsomming(covidDelen)}.`,
      );
      voegToe(
        'verschil_excl_covid',
        'Verschil excl. covid (+ is overschrijding)',
        'mln',
        (t) => t.waarden.verschil_excl_covid,
        `Betreft het verschil exclusief covidgerelateerde meerkosten (regel ${nrCovid}).`,
      );
    } else {
      voegToe('verschil', 'Verschil (+ is overschrijding)', 'mln', (t) => t.waarden.verschil_excl_covid, verschilNoot);
    }

    // Correctie dure geneesmiddelen: de regel staat er altijd, ook als hij leeg is (zo drukt de rapportage hem).
    const correctieZinnen: string[] = [];
    const regelTekst = `Conform de afspraken in het IZA wordt het deel boven de ${drempelTekst} voor ${factorTekst} gecorrigeerd in de mbi-afrekening.`;
    const metGroei = kolommen.filter((s) => perSector.get(s)!.groei_dure_geneesmiddelen_pct !== null);
    for (const s of metGroei) {
      const r = perSector.get(s)!;
      const t = berekend.get(s)!;
      const wie = metGroei.length > 1 ? ` (${s})` : '';
      const basis = `De uitgavengroei dure geneesmiddelen in ${jaar}${wie} bedraagt ${formatPct(r.groei_dure_geneesmiddelen_pct!)}`;
      if (t.correctie === 'toegepast') {
        correctieZinnen.push(
          `${basis}; een correctie is van toepassing: ${factorTekst} van de groei boven ${drempelTekst} over ` +
            `${formatMln(afgerond(r.basis_dure_geneesmiddelen_mln!))} miljoen is ${formatMln(afgerond(t.waarden.correctie_dure_geneesmiddelen!))} miljoen.`,
        );
      } else if (t.correctie === 'basis_ontbreekt') {
        correctieZinnen.push(
          `${basis}, boven de drempel van ${drempelTekst}; de correctie kan niet worden berekend omdat het basisbedrag dure geneesmiddelen ontbreekt.`,
        );
      } else if (t.correctie === 'onder_drempel') {
        correctieZinnen.push(`${basis}; een correctie is niet nodig.`);
      }
    }
    if (metGroei.length === 0) correctieZinnen.push(`Voor ${jaar} is geen uitgavengroei dure geneesmiddelen bekend; er is geen correctie toegepast.`);
    correctieZinnen.push(regelTekst);
    const nrCorrectie = voegToe(
      'correctie_dure_geneesmiddelen',
      'Correctie dure geneesmiddelen',
      'mln',
      (t) => nulIsLeeg(t.waarden.correctie_dure_geneesmiddelen),
      correctieZinnen.join(' '),
    );
    voegToe(
      'resterend_verschil',
      'Resterend verschil',
      'mln',
      (t) => t.waarden.resterend_verschil,
      `Betreft het verschil na correctie voor de afspraken over dure en weesgeneesmiddelen (regel ${nrCorrectie}).`,
    );
  }

  if (metBalanspost) {
    const negatief = kolommen.filter((s) => (berekend.get(s)!.waarden.balanspost_pct ?? 0) < 0);
    let noot =
      `Betreft de balanspost; dit geeft weer welk deel van de voorlopige uitgaven${nrUitgaven ? ` (${nrUitgaven})` : ''} nog niet is gedeclareerd. ` +
      'Hoe hoger dit percentage is, hoe onzekerder de raming.';
    if (negatief.length > 0) {
      noot += ` Negatieve balanspost: ${opsomming(negatief.map((s) => `${s} ${afgerond(berekend.get(s)!.waarden.balanspost_pct)}%`))}.`;
    }
    voegToe('balanspost', 'Balanspost', 'pct', (t) => t.waarden.balanspost_pct, noot);
  }

  const kwartalen = [...new Set(kolommen.map((s) => perSector.get(s)!.kwartalen_declaraties).filter((k): k is number => k !== null))];
  const inleiding =
    metUitgaven && kwartalen.length === 1
      ? `In onderstaande tabel is weergegeven wat de stand van de uitgaven in ${jaar} is op basis van verwachtingen van verzekeraars na ${kwartalen[0]} kwartalen aan declaraties. Het cijferbeeld ${jaar} heeft daarmee een voorlopig karakter.`
      : metUitgaven
        ? null
        : `Voor ${jaar} is alleen het kader bekend; er zijn nog geen uitgaven.`;

  return { jaar, titel: `Actualisatie ${jaar}`, inleiding, kolommen, rijen: rijenUit, voetnoten, signalen };
}

// ---------------------------------------------------------------------------------------------
// Vergelijking met gepubliceerde cijfers

/** Een gepubliceerd kaderitem (kerncijfers-snapshot, contract §2.7): elk veld mag ontbreken. */
export type GepubliceerdKader = Partial<KaderCijfers> & { jaar: number; sector: KaderSector };

export interface KaderAfwijking {
  jaar: number;
  sector: KaderSector;
  stand: Datum | null;
  veld: keyof KaderCijfers | 'rij';
  berekend: number | null;
  gepubliceerd: number | null;
  /** berekend − gepubliceerd, één decimaal; null als een van beide ontbreekt. */
  verschil: number | null;
  melding: string;
}

const TE_VERGELIJKEN = [
  'uitgaven',
  'kader',
  'aanspraak_buiten_zvw',
  'covid_prestaties',
  'verschil_incl_covid',
  'verschil_excl_covid',
  'correctie_dure_geneesmiddelen',
  'resterend_verschil',
  'balanspost_pct',
] as const;

/**
 * Afwijkingen van meer dan 1 (miljoen of procentpunt) tussen berekende en gepubliceerde cijfers.
 * Afrondingsverschillen tot en met 1 gelden als gelijk; grotere verschillen worden gemeld, nooit
 * verborgen. Vergelijkt alleen velden die gepubliceerd zijn; koppelt op jaar × sector (× stand als
 * die gepubliceerd is).
 */
export function vergelijkMetGepubliceerd(
  berekend: readonly (KaderCijfers | KaderBerekening)[],
  gepubliceerd: readonly GepubliceerdKader[],
): KaderAfwijking[] {
  const lijst = berekend.map((b) => ('waarden' in b ? b.waarden : b));
  const uit: KaderAfwijking[] = [];
  for (const g of gepubliceerd) {
    const stand = g.stand ?? null;
    const kandidaten = lijst.filter((b) => b.jaar === g.jaar && b.sector === g.sector && (stand === null || b.stand === stand));
    // Zonder stand: de nieuwste berekende stand.
    const b = kandidaten.sort((x, y) => (x.stand < y.stand ? 1 : x.stand > y.stand ? -1 : 0))[0];
    if (!b) {
      uit.push({
        jaar: g.jaar,
        sector: g.sector,
        stand,
        veld: 'rij',
        berekend: null,
        gepubliceerd: null,
        verschil: null,
        melding: `${g.sector} ${g.jaar}${stand ? ` (stand ${stand})` : ''}: gepubliceerd, maar er is geen rij om mee te rekenen.`,
      });
      continue;
    }
    for (const veld of TE_VERGELIJKEN) {
      const gw = g[veld];
      if (gw === undefined || gw === null) continue;
      const bw = b[veld];
      if (bw === null) {
        uit.push({
          jaar: g.jaar,
          sector: g.sector,
          stand: b.stand,
          veld,
          berekend: null,
          gepubliceerd: gw,
          verschil: null,
          melding: `${g.sector} ${g.jaar} ${veld}: gepubliceerd ${gw}, maar niet te berekenen.`,
        });
        continue;
      }
      const verschilTienden = naarTienden(bw, veld) - naarTienden(gw, veld);
      if (Math.abs(verschilTienden) > 10) {
        uit.push({
          jaar: g.jaar,
          sector: g.sector,
          stand: b.stand,
          veld,
          berekend: bw,
          gepubliceerd: gw,
          verschil: uitTienden(verschilTienden),
          melding: `${g.sector} ${g.jaar} ${veld}: berekend ${String(bw).replace('.', ',')}, gepubliceerd ${String(gw).replace('.', ',')} (verschil ${String(uitTienden(verschilTienden)).replace('.', ',')}).`,
        });
      }
    }
  }
  return uit;
}
