// Deadline texts, part 2: what a whole cell means — a date range [van, tot], a precision and a kind
// (domain.md §3 "Deadlines") — and the status of a deadline at a date. Pure: no clock, no I/O;
// "today" and the anchor come from the caller. Recognising one date expression is in deadline-datum.ts.

import type { Datum } from './begrippen.js';
import { formatteerDatum, plusDagen } from './kalender.js';
import { type DeadlinePrecisie, type DeadlineSoort, type DeadlineInterpretatie, type DeadlineOpties, type DeadlineStatus, eersteVan, laatsteVan, ontleed, plusMaanden, dagenTussen, jaarVan, TELWOORD, type Treffer, type Context, vindDatum } from './deadline-datum.js';

export { formatteerDatum };

// ---------------------------------------------------------------------------------------------
// Eén termijn (een deel van de cel tussen puntkomma's)

const HERHALING =
  /(?<![a-z])(jaarlijks|jaarlijkse|ieder jaar|elk jaar|ieder kwartaal|elk kwartaal|per kwartaal|halfjaarlijks|maandelijks|wekelijks|periodiek|met regelmaat|doorlopend|continu|structureel)(?![a-z])/;

const GEBEURTENIS =
  /(?<![a-z])(na|nadat|zodra|bij|met het|afsluiten|ondertekening|evaluatie|bo|bestuurlijk overleg|besluit)(?![a-z])/;

const KWALIFICATIE = new RegExp(
  String.raw`(?:^|\s)(uiterlijk|gereed|klaar|voor|vanaf|per|met ingang van|m\.?i\.?v\.?|tot en met|t/m|tot|na)` +
    String.raw`(?:\s+(?:in|op|het|de|inkoop|voorzien|uiterlijk))*\s*$`,
);

const RELATIEF = new RegExp(
  String.raw`binnen\s+(\d+|${Object.keys(TELWOORD).join('|')}|een half|half)\s*(dag|dagen|week|weken|maand|maanden|jaar|jaren)(?![a-z])`,
);

function normaliseer(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // vóór → voor, één → een
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Bereik {
  van: Datum | null;
  tot: Datum | null;
  precisie: DeadlinePrecisie;
  soort: DeadlineSoort;
  omschrijving: string;
}

function beschrijf(b: Omit<Bereik, 'omschrijving'>, tekst: string): string {
  const { van, tot, soort } = b;
  if (soort === 'gebeurtenis') return `geen datum: ${tekst}`;
  if (soort === 'doorlopend') return `doorlopend, geen einddatum: ${tekst}`;
  if (soort === 'onbekend') return `geen datum: termijn niet te herleiden ("${tekst}")`;
  if (!van && !tot) return `geen datum: ${tekst} (jaar onbekend)`;
  if (soort === 'start') return van ? `vanaf ${formatteerDatum(van)}` : `start onbekend`;
  if (soort === 'periode') {
    if (van && tot) return `van ${formatteerDatum(van)} t/m ${formatteerDatum(tot)}`;
    return tot ? `t/m ${formatteerDatum(tot)}` : `vanaf ${formatteerDatum(van!)}`;
  }
  if (!van && tot) return `uiterlijk ${formatteerDatum(tot)}`;
  if (van && tot && van === tot) return `op ${formatteerDatum(tot)}`;
  if (van && tot) return `tussen ${formatteerDatum(van)} en ${formatteerDatum(tot)}`;
  return `vanaf ${formatteerDatum(van!)}`;
}

function bereik(b: Omit<Bereik, 'omschrijving'>, tekst: string, omschrijving?: string): Bereik {
  return { ...b, omschrijving: omschrijving ?? beschrijf(b, tekst) };
}

/** Twee datums die samen een periode vormen ("1/1/26 - voorjaar 2027", "2024 tot en met 2030"). */
function leesPeriode(s: string, ctx: Context, tekst: string): Bereik | null {
  const jaren = /(?<![\d/-])((?:19|20)\d{2})\s*(?:\/|-|tot en met|t\/m|tot)\s*((?:19|20)\d{2})(?![\d/-])/.exec(s);
  if (jaren) {
    const a = +jaren[1];
    const z = +jaren[2];
    if (z > a) {
      return bereik({ van: eersteVan(a, 1), tot: laatsteVan(z, 12), precisie: 'meerjarig', soort: 'periode' }, tekst);
    }
  }
  const delen = s.split(/\s+(?:-|tot en met|t\/m|tot)\s+/);
  if (delen.length !== 2 || !delen[0].trim()) return null;
  const a = vindDatum(delen[0], ctx);
  const z = vindDatum(delen[1], ctx);
  if (!a || !z) return null;
  const van = a.van;
  const tot = z.tot;
  const precisie: DeadlinePrecisie = van && tot && jaarVan(van) !== jaarVan(tot) ? 'meerjarig' : z.precisie;
  return bereik({ van, tot, precisie, soort: 'periode' }, tekst);
}

function leesRelatief(s: string, anker: Datum | null, tekst: string): Bereik | null {
  const m = RELATIEF.exec(s);
  if (!m) return null;
  let n = /^\d+$/.test(m[1]) ? Number(m[1]) : m[1].includes('half') ? 0.5 : TELWOORD[m[1]];
  let eenheid = m[2];
  if (n === 0.5 && eenheid.startsWith('jaar')) {
    n = 6;
    eenheid = 'maanden';
  }
  const termijn = `binnen ${m[1]} ${m[2]}`;
  if (!anker) {
    return bereik(
      { van: null, tot: null, precisie: 'relatief', soort: 'deadline' },
      tekst,
      `geen datum: ${termijn} na een ankermoment dat nog niet is vastgesteld`,
    );
  }
  let tot: Datum;
  if (eenheid.startsWith('dag')) tot = plusDagen(anker, n);
  else if (eenheid.startsWith('we')) tot = plusDagen(anker, 7 * n);
  else if (eenheid.startsWith('maand')) tot = plusMaanden(anker, n);
  else tot = plusMaanden(anker, 12 * n);
  return bereik(
    { van: anker, tot, precisie: 'relatief', soort: 'deadline' },
    tekst,
    `uiterlijk ${formatteerDatum(tot)} (${termijn} na ${formatteerDatum(anker)})`,
  );
}

/** Leest één termijn zonder haakjes. */
function leesTermijn(s: string, tekst: string, ctx: Context, opties: DeadlineOpties, herhalend: boolean): Bereik {
  const anker = opties.anker ?? null;
  if (herhalend || HERHALING.test(s)) {
    return bereik({ van: null, tot: null, precisie: 'doorlopend', soort: 'doorlopend' }, tekst);
  }
  if (/(?<![a-z])per direct(?![a-z])/.test(s)) {
    const v = opties.vandaag ?? null;
    return v
      ? bereik({ van: v, tot: null, precisie: 'dag', soort: 'start' }, tekst, `per direct: vanaf ${formatteerDatum(v)}`)
      : bereik({ van: null, tot: null, precisie: 'relatief', soort: 'start' }, tekst, 'per direct (datum van vandaag niet opgegeven)');
  }
  const rel = leesRelatief(s, anker, tekst);
  if (rel) return rel;
  const periode = leesPeriode(s, ctx, tekst);
  if (periode) return periode;

  const t = vindDatum(s, ctx);
  if (!t) {
    return GEBEURTENIS.test(s)
      ? bereik({ van: null, tot: null, precisie: 'gebeurtenis', soort: 'gebeurtenis' }, tekst)
      : bereik({ van: null, tot: null, precisie: 'onbekend', soort: 'onbekend' }, tekst);
  }
  const kw = KWALIFICATIE.exec(s.slice(0, t.start))?.[1] ?? null;
  const metEind = t.modificatie === 'eind';
  const p = t.precisie;
  const basisPrecisie: DeadlinePrecisie = metEind && t.basisTot ? basisPrecisieVan(t) : p;

  switch (kw) {
    case 'uiterlijk':
    case 'gereed':
    case 'klaar':
      // "uiterlijk eind Q3" = uiterlijk Q3: het "eind" voegt niets toe aan de einddatum.
      return bereik({ van: null, tot: metEind ? t.basisTot : t.tot, precisie: metEind ? basisPrecisie : p, soort: 'deadline' }, tekst);
    case 'voor': {
      // "voor 1 oktober" = uiterlijk 30 september; "voor eind 2025" = uiterlijk 31 december 2025.
      if (metEind) return bereik({ van: null, tot: t.basisTot, precisie: basisPrecisie, soort: 'deadline' }, tekst);
      const tot = t.van ? plusDagen(t.van, -1) : null;
      return bereik({ van: null, tot, precisie: p, soort: 'deadline' }, tekst);
    }
    case 'tot':
      if (metEind) return bereik({ van: null, tot: t.basisTot, precisie: basisPrecisie, soort: 'deadline' }, tekst);
      return bereik({ van: null, tot: t.tot, precisie: p, soort: 'periode' }, tekst);
    case 'tot en met':
    case 't/m':
      return bereik({ van: null, tot: metEind ? t.basisTot : t.tot, precisie: metEind ? basisPrecisie : p, soort: 'periode' }, tekst);
    case 'vanaf':
    case 'per':
    case 'met ingang van':
      return bereik({ van: t.van, tot: null, precisie: p, soort: 'start' }, tekst);
    case 'na':
      // "eerste BO AZWA na de zomer": een moment in een overleg, geen datum. Alleen "na 1 januari 2026" is een start.
      if (!t.jaarInTekst || !t.tot) return bereik({ van: null, tot: null, precisie: 'gebeurtenis', soort: 'gebeurtenis' }, tekst);
      return bereik({ van: plusDagen(t.tot, 1), tot: null, precisie: p, soort: 'start' }, tekst);
    default:
      if (kw && kw.startsWith('m')) return bereik({ van: t.van, tot: null, precisie: p, soort: 'start' }, tekst); // m.i.v.
      return bereik({ van: t.van, tot: t.tot, precisie: p, soort: 'deadline' }, tekst);
  }
}

function basisPrecisieVan(t: Treffer): DeadlinePrecisie {
  if (!t.basisVan || !t.basisTot) return t.precisie;
  const maanden = (jaarVan(t.basisTot) - jaarVan(t.basisVan)) * 12 + ontleed(t.basisTot)[1] - ontleed(t.basisVan)[1] + 1;
  if (maanden >= 12) return 'jaar';
  if (maanden >= 6) return 'halfjaar';
  if (maanden >= 3) return t.precisie === 'maand' && t.modificatie ? 'kwartaal' : t.precisie;
  return 'maand';
}

// ---------------------------------------------------------------------------------------------
// De hele cel

function interpretatie(tekst: string, b: Bereik, mijlpalen: DeadlineInterpretatie[] = [], tegenstrijdig = false): DeadlineInterpretatie {
  return { tekst, van: b.van, tot: b.tot, precisie: b.precisie, soort: b.soort, omschrijving: b.omschrijving, mijlpalen, tegenstrijdig };
}

function heeftDatum(d: DeadlineInterpretatie): boolean {
  return d.van !== null || d.tot !== null;
}

/** Het hoofdbereik dat alle mijlpalen omvat. */
function omvat(tekst: string, mijlpalen: DeadlineInterpretatie[], tegenstrijdig: boolean): DeadlineInterpretatie {
  const gedateerd = mijlpalen.filter(heeftDatum);
  const toelichting = mijlpalen.map((m) => `${m.tekst}: ${m.omschrijving}`).join('; ');
  const let_op = tegenstrijdig ? 'let op: tegenstrijdige termijnen. ' : '';
  if (gedateerd.length === 0) {
    const eerste = mijlpalen.find((m) => m.soort !== 'onbekend') ?? mijlpalen[0];
    const b: Bereik = { van: null, tot: null, precisie: eerste.precisie, soort: eerste.soort, omschrijving: '' };
    b.omschrijving = `${let_op}${beschrijf(b, tekst)}`;
    return interpretatie(tekst, b, mijlpalen, tegenstrijdig);
  }
  const soorten = new Set(gedateerd.map((m) => m.soort));
  const soort: DeadlineSoort =
    soorten.size === 1 ? gedateerd[0].soort : soorten.has('deadline') ? 'deadline' : soorten.has('periode') ? 'periode' : 'start';

  let van: Datum | null;
  let tot: Datum | null;
  let bepalend: DeadlineInterpretatie;
  if (soort === 'start') {
    // Alleen starts: het vroegste begin, open einde.
    bepalend = gedateerd.reduce((a, m) => (m.van! < a.van! ? m : a));
    van = bepalend.van;
    tot = null;
  } else {
    // Een open begin ("uiterlijk") maakt het hele bereik open aan de voorkant.
    van = gedateerd.some((m) => m.van === null) ? null : gedateerd.map((m) => m.van!).reduce((a, v) => (v < a ? v : a));
    // Een start in een cel met deadlines is het moment waarop iets er moet zijn: het telt mee als einde.
    const einde = (m: DeadlineInterpretatie) => (m.soort === 'start' ? m.van : m.tot);
    bepalend = gedateerd.filter((m) => einde(m) !== null).reduce((a, m) => (einde(m)! > einde(a)! ? m : a));
    tot = einde(bepalend);
  }
  const precisie: DeadlinePrecisie = van && tot && jaarVan(van) !== jaarVan(tot) ? 'meerjarig' : bepalend.precisie;
  const b: Bereik = { van, tot, precisie, soort, omschrijving: '' };
  b.omschrijving = `${let_op}${beschrijf(b, tekst)} (mijlpalen: ${toelichting})`;
  return interpretatie(tekst, b, mijlpalen, tegenstrijdig);
}

/** Zelfde einddatum en begin? Dan spreken twee lezingen elkaar niet tegen. */
function zelfde(a: DeadlineInterpretatie, b: DeadlineInterpretatie): boolean {
  return a.tot === b.tot;
}

/** Alleen een datum (met eventueel "uiterlijk" e.d.), geen omschrijving eromheen? */
function alleenDatum(s: string, ctx: Context): boolean {
  const t = vindDatum(s, ctx);
  if (!t) return false;
  const rest = (s.slice(0, t.start) + ' ' + s.slice(t.eind)).replace(
    /(?<![a-z])(uiterlijk|in|op|voor|gereed|vanaf|per|eind|einde|begin)(?![a-z])/g,
    '',
  );
  return /^[\s:,.-]*$/.test(rest);
}

/**
 * Interpreteert een termijn zoals die in het akkoord staat.
 * `anker`: ankermoment voor "binnen n maanden" (null = nog onbekend); `vandaag`: voor "per direct" en jaarloze termijnen.
 */
export function interpreteerDeadline(tekst: string, opties: DeadlineOpties = {}): DeadlineInterpretatie {
  const origineel = tekst ?? '';
  const schoon = normaliseer(origineel);
  if (!schoon) {
    return interpretatie(origineel, {
      van: null,
      tot: null,
      precisie: 'onbekend',
      soort: 'onbekend',
      omschrijving: 'geen termijn opgegeven',
    });
  }
  const jaarInCel = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/.exec(schoon.replace(/\([^)]*\)/g, ' ')) ??
    /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/.exec(schoon);
  const ctx: Context = { jaar: jaarInCel ? Number(jaarInCel[1]) : null, referentie: opties.anker ?? opties.vandaag ?? null };

  const ruweDelen = origineel.split(';').map((d) => d.trim()).filter(Boolean);
  // "jaarlijks voor 1 oktober; november tot december; januari": zonder jaartal hoort de hele cel bij de cyclus.
  const celHerhalend = !jaarInCel && HERHALING.test(normaliseer(ruweDelen[0] ?? ''));

  const mijlpalen: DeadlineInterpretatie[] = [];
  let tegenstrijdig = false;
  for (const deel of ruweDelen) {
    let s = normaliseer(deel);
    let tijdpad = false;
    if (/^tijdpad\s*:/.test(s)) {
      tijdpad = true;
      s = s.replace(/^tijdpad\s*:\s*/, '');
    }
    // Haakjes zijn meestal een label ("(projectplan)"); "(tijdpad: …)" en een losse datum zijn een tweede lezing.
    const tweede: { tekst: string; s: string }[] = [];
    // Normaliseren laat haakjes staan, dus het n-de paar hoort bij het n-de paar in de originele tekst.
    const origineleHaakjes = [...deel.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim());
    let n = 0;
    s = s.replace(/\(([^)]*)\)/g, (_, inhoud: string) => {
      const i = inhoud.trim();
      const orig = origineleHaakjes[n++] ?? i;
      const tp = /^tijdpad\s*:\s*(.*)$/.exec(i);
      if (tp) tweede.push({ tekst: orig, s: tp[1] });
      else if (alleenDatum(i, ctx) && !/^(19|20)\d{2}$/.test(i)) tweede.push({ tekst: orig, s: i });
      return ' ';
    });
    s = s.replace(/\s+/g, ' ').trim();
    const hoofd = interpretatie(deel, leesTermijn(s, deel, ctx, opties, celHerhalend));
    mijlpalen.push(tijdpad ? { ...hoofd, tekst: deel } : hoofd);
    if (tijdpad) {
      // Een los "tijdpad: …" spreekt de termijn ervoor tegen als het een andere datum noemt.
      const vorige = mijlpalen.slice(0, -1).filter(heeftDatum);
      if (vorige.length && !vorige.some((v) => zelfde(v, hoofd))) tegenstrijdig = true;
    }
    for (const t of tweede) {
      const alt = interpretatie(t.tekst, leesTermijn(normaliseer(t.s), t.tekst, ctx, opties, false));
      if (!heeftDatum(alt)) continue;
      if (zelfde(alt, hoofd)) continue; // "eind 2026 (Q4 2026)": dezelfde termijn nog eens
      tegenstrijdig = true;
      mijlpalen.push(alt);
    }
  }
  if (mijlpalen.length === 1) {
    const enige = mijlpalen[0];
    return { ...enige, tekst: origineel, tegenstrijdig };
  }
  return omvat(origineel, mijlpalen, tegenstrijdig);
}

/**
 * Stand van een termijn op de peildatum. Alleen een `deadline` met een einddatum kan verlopen;
 * een afgeronde actie is nooit verlopen of binnenkort.
 */
export function deadlineStatus(
  d: DeadlineInterpretatie,
  peildatum: Datum,
  afgerond: boolean,
  dagenBinnenkort = 30,
): DeadlineStatus {
  if (d.soort !== 'deadline' || d.tot === null) return 'geen-datum';
  if (afgerond) return 'op-tijd';
  if (d.tot < peildatum) return 'verlopen';
  if (dagenTussen(peildatum, d.tot) <= dagenBinnenkort) return 'binnenkort';
  return 'op-tijd';
}
