// The financial frameworks table as the progress report prints it (000 r. 370-428). Pure: no I/O.

import { KADER_SECTOREN, type KaderSector } from './begrippen.js';
import { formatteerDatum } from './kalender.js';
import { type KaderRij, type KaderSignaal, type KaderOpties, uitTienden, afgerond, type Tussenstand, opties, bereken, formatMln, formatPct } from './kaders.js';

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
