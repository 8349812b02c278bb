// Termijnen zoals ze in het akkoord staan ("Q3 2025", "binnen 6 maanden", "uiterlijk 1/1/26") en wat ze
// betekenen: een datumbereik [van, tot], een precisie en een soort (domain.md §3 "Deadlines").
// Puur: geen klok, geen I/O. "Vandaag" en het ankermoment komen van de aanroeper.

import type { Datum } from './begrippen.js';
import { dagenInMaand, formatteerDatum, isGeldigeDatum, isoDatum, MAANDNAMEN, plusDagen } from './kalender.js';

export { formatteerDatum };

export type DeadlinePrecisie =
  | 'dag'
  | 'maand'
  | 'kwartaal'
  | 'seizoen'
  | 'halfjaar'
  | 'jaar'
  | 'meerjarig'
  | 'relatief'
  | 'gebeurtenis'
  | 'doorlopend'
  | 'onbekend';

export type DeadlineSoort = 'deadline' | 'start' | 'periode' | 'gebeurtenis' | 'doorlopend' | 'onbekend';

export interface DeadlineInterpretatie {
  /** De tekst zoals geschreven. */
  tekst: string;
  /** Begin van het bereik; null = open begin (bijv. "uiterlijk") of onbekend. */
  van: Datum | null;
  /** Datum waarop het af moet zijn (einde van het bereik); null = onbekend of open einde. */
  tot: Datum | null;
  precisie: DeadlinePrecisie;
  /** "vanaf 2026" is een start, "t/m 2028" een periode; alleen een `deadline` kan verlopen. */
  soort: DeadlineSoort;
  /** Nederlandse uitleg voor gebruikers. */
  omschrijving: string;
  /** Bij meerdere termijnen in één cel: elk afzonderlijk; het hoofdbereik omvat ze allemaal. */
  mijlpalen: DeadlineInterpretatie[];
  /** De tekst noemt elkaar tegensprekende termijnen (bijv. "(tijdpad: …)" met een andere datum). */
  tegenstrijdig: boolean;
}

export interface DeadlineOpties {
  /** Ankermoment voor "binnen n maanden" (bijv. de ondertekening); null/ontbreekt = onbekend. */
  anker?: Datum | null;
  /** Datum voor "per direct"; ook referentie voor termijnen zonder jaartal. */
  vandaag?: Datum;
}

export type DeadlineStatus = 'verlopen' | 'binnenkort' | 'op-tijd' | 'geen-datum';

// ---------------------------------------------------------------------------------------------
// Datumrekenen op 'YYYY-MM-DD' (UTC, zodat tijdzones niets verschuiven)

function eersteVan(j: number, m: number): Datum {
  return isoDatum(j, m, 1);
}
function laatsteVan(j: number, m: number): Datum {
  return isoDatum(j, m, dagenInMaand(j, m));
}
function ontleed(d: Datum): [number, number, number] {
  const [j, m, dag] = d.split('-').map(Number);
  return [j, m, dag];
}
/** n maanden later; 31 augustus + 6 maanden = 28/29 februari (niet doorlopen naar maart). */
function plusMaanden(d: Datum, n: number): Datum {
  const [j, m, dag] = ontleed(d);
  const totaal = j * 12 + (m - 1) + n;
  const nj = Math.floor(totaal / 12);
  const nm = (totaal % 12) + 1;
  return isoDatum(nj, nm, Math.min(dag, dagenInMaand(nj, nm)));
}
function dagenTussen(a: Datum, b: Datum): number {
  const [ja, ma, da] = ontleed(a);
  const [jb, mb, db] = ontleed(b);
  return Math.round((Date.UTC(jb, mb - 1, db) - Date.UTC(ja, ma - 1, da)) / 86_400_000);
}
function jaarVan(d: Datum): number {
  return Number(d.slice(0, 4));
}


// ---------------------------------------------------------------------------------------------
// Woordenschat

const MAAND_AFKORTINGEN: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MAAND_NUMMER: Record<string, number> = { ...MAAND_AFKORTINGEN };
MAANDNAMEN.forEach((n, i) => (MAAND_NUMMER[n] = i + 1));
// Langste eerst, zodat "september" niet als "sep" + "tember" wordt gelezen.
const MAAND_RE = Object.keys(MAAND_NUMMER)
  .sort((a, b) => b.length - a.length)
  .join('|');

const RANGTELWOORD: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };
const TELWOORD: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  achttien: 18,
  vierentwintig: 24,
};

// Seizoenen als maandbereik; winter J = december J t/m februari J+1 (meteorologisch, begint in J).
const SEIZOENEN: Record<string, { naam: string; van: number; tot: number }> = {
  voorjaar: { naam: 'voorjaar', van: 3, tot: 5 },
  lente: { naam: 'voorjaar', van: 3, tot: 5 },
  zomer: { naam: 'zomer', van: 6, tot: 8 },
  najaar: { naam: 'najaar', van: 9, tot: 11 },
  herfst: { naam: 'najaar', van: 9, tot: 11 },
  winter: { naam: 'winter', van: 12, tot: 14 },
};

// ---------------------------------------------------------------------------------------------
// Eén datumuitdrukking ("eind Q1 2026", "1/10/2025", "voorjaar 2027")

type Modificatie = 'begin' | 'eind' | 'medio' | null;

interface Basis {
  /** Eerste en laatste maand (13+ = volgend jaar), of een exacte dag. */
  vanMaand: number;
  totMaand: number;
  dag?: number;
  precisie: DeadlinePrecisie;
}

interface Treffer {
  start: number;
  eind: number;
  /** Bereik van de uitdrukking zonder modificatie (voor "uiterlijk eind 2025" = eind van 2025). */
  basisVan: Datum | null;
  basisTot: Datum | null;
  /** Bereik met modificatie ("eind 2025" = Q4 2025). */
  van: Datum | null;
  tot: Datum | null;
  precisie: DeadlinePrecisie;
  modificatie: Modificatie;
  jaarOnbekend: boolean;
  /** Jaartal staat in de uitdrukking zelf (niet uit de rest van de cel of het anker). */
  jaarInTekst: boolean;
}

interface Context {
  /** Jaartal uit de rest van de cel, voor "begin Q1" zonder jaar. */
  jaar: number | null;
  /** Referentiedatum (anker of vandaag) als de cel geen jaartal geeft. */
  referentie: Datum | null;
}

const MOD = String.raw`(?:(begin|start van|eind|einde|medio|midden|halverwege)\s+(?:van\s+)?(?:het\s+|de\s+)?)?`;
const JAAR_ACHTER = String.raw`(?:\s+(?:van\s+)?(?:het\s+jaar\s+)?((?:19|20)\d{2})(?![\d/]))?`;

interface Patroon {
  re: RegExp;
  maak: (m: RegExpExecArray) => { basis: Basis; jaar: number | null; mod: Modificatie } | null;
}

function leesMod(s: string | undefined): Modificatie {
  if (!s) return null;
  if (s === 'begin' || s === 'start van') return 'begin';
  if (s === 'eind' || s === 'einde') return 'eind';
  return 'medio';
}
function leesJaar(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

const PATRONEN: Patroon[] = [
  {
    // 2025-10-01
    re: /(?<![\d/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])/g,
    maak: (m) => ({ basis: { vanMaand: +m[2], totMaand: +m[2], dag: +m[3], precisie: 'dag' }, jaar: +m[1], mod: null }),
  },
  {
    // 1/10/2025, 1-1-2027, 1/1/26, 1.4.2026 (dag/maand/jaar, zoals in Nederland)
    re: /(?<![\d/-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/-])/g,
    maak: (m) => ({
      basis: { vanMaand: +m[2], totMaand: +m[2], dag: +m[1], precisie: 'dag' },
      jaar: leesJaar(m[3]),
      mod: null,
    }),
  },
  {
    // 1 juli 2026, 1 okt. 2025, 1 oktober (jaar uit context)
    re: new RegExp(String.raw`(?<![\d/])(\d{1,2})\s+(${MAAND_RE})\.?(?![a-z])(?:\s+((?:19|20)\d{2})(?![\d/]))?`, 'g'),
    maak: (m) => ({
      basis: { vanMaand: MAAND_NUMMER[m[2]], totMaand: MAAND_NUMMER[m[2]], dag: +m[1], precisie: 'dag' },
      jaar: leesJaar(m[3]),
      mod: null,
    }),
  },
  {
    // Q3 2025, Q4 van 2025, 3e kwartaal, het eerste kwartaal van 2026
    re: new RegExp(
      String.raw`(?<![a-z0-9])${MOD}(?:q([1-4])|([1-4])e\s+kwartaal|(eerste|tweede|derde|vierde)\s+kwartaal|kwartaal\s+([1-4]))(?![a-z0-9])${JAAR_ACHTER}`,
      'g',
    ),
    maak: (m) => {
      const k = Number(m[2] ?? m[3] ?? RANGTELWOORD[m[4]] ?? m[5]);
      return { basis: { vanMaand: 3 * k - 2, totMaand: 3 * k, precisie: 'kwartaal' }, jaar: leesJaar(m[6]), mod: leesMod(m[1]) };
    },
  },
  {
    // H1 2026, eerste helft van 2026
    re: new RegExp(
      String.raw`(?<![a-z0-9])${MOD}(?:h([12])|(eerste|tweede)\s+(?:helft|halfjaar|half\s+jaar))(?![a-z0-9])${JAAR_ACHTER}`,
      'g',
    ),
    maak: (m) => {
      const h = Number(m[2] ?? RANGTELWOORD[m[3]]);
      return { basis: { vanMaand: 6 * h - 5, totMaand: 6 * h, precisie: 'halfjaar' }, jaar: leesJaar(m[4]), mod: leesMod(m[1]) };
    },
  },
  {
    // voorjaar 2026, najaar 2025, zomer
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(voorjaar|lente|zomer|najaar|herfst|winter)(?![a-z0-9])${JAAR_ACHTER}`, 'g'),
    maak: (m) => {
      const s = SEIZOENEN[m[2]];
      return { basis: { vanMaand: s.van, totMaand: s.tot, precisie: 'seizoen' }, jaar: leesJaar(m[3]), mod: leesMod(m[1]) };
    },
  },
  {
    // oktober 2025, eind september 2026, sept. 2025
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(${MAAND_RE})\.?(?![a-z0-9])${JAAR_ACHTER}`, 'g'),
    maak: (m) => {
      const n = MAAND_NUMMER[m[2]];
      return { basis: { vanMaand: n, totMaand: n, precisie: 'maand' }, jaar: leesJaar(m[3]), mod: leesMod(m[1]) };
    },
  },
  {
    // 2025, eind 2025, begin 2027, medio 2027
    re: new RegExp(String.raw`(?<![a-z0-9])${MOD}(?<![\d/-])((?:19|20)\d{2})(?![\d/-])`, 'g'),
    maak: (m) => ({ basis: { vanMaand: 1, totMaand: 12, precisie: 'jaar' }, jaar: +m[2], mod: leesMod(m[1]) }),
  },
];

function maandDatum(j: number, maand: number, eerste: boolean): Datum {
  const jj = j + Math.floor((maand - 1) / 12);
  const mm = ((maand - 1) % 12) + 1;
  return eerste ? eersteVan(jj, mm) : laatsteVan(jj, mm);
}

/** Past begin/eind/medio toe op een bereik van maanden; geeft het nieuwe maandbereik en de precisie. */
function pasModToe(b: Basis, mod: Modificatie): { vanMaand: number; totMaand: number; precisie: DeadlinePrecisie } {
  const { vanMaand: a, totMaand: z, precisie } = b;
  if (!mod || b.dag !== undefined || precisie === 'maand') return { vanMaand: a, totMaand: z, precisie };
  if (precisie === 'jaar') {
    // Conventie domain.md §3: begin = Q1, eind = Q4, medio = mei t/m augustus.
    if (mod === 'begin') return { vanMaand: 1, totMaand: 3, precisie: 'kwartaal' };
    if (mod === 'eind') return { vanMaand: 10, totMaand: 12, precisie: 'kwartaal' };
    return { vanMaand: 5, totMaand: 8, precisie: 'kwartaal' };
  }
  if (precisie === 'halfjaar') {
    if (mod === 'begin') return { vanMaand: a, totMaand: a + 2, precisie: 'kwartaal' };
    if (mod === 'eind') return { vanMaand: z - 2, totMaand: z, precisie: 'kwartaal' };
    return { vanMaand: a + 2, totMaand: a + 3, precisie: 'maand' };
  }
  // kwartaal of seizoen (drie maanden): eerste, laatste of middelste maand.
  if (mod === 'begin') return { vanMaand: a, totMaand: a, precisie: 'maand' };
  if (mod === 'eind') return { vanMaand: z, totMaand: z, precisie: 'maand' };
  return { vanMaand: a + 1, totMaand: a + 1, precisie: 'maand' };
}

function maakTreffer(m: RegExpExecArray, p: Patroon, ctx: Context): Treffer | null {
  const r = p.maak(m);
  if (!r) return null;
  const { basis, mod } = r;
  const bereken = (j: number) => {
    if (basis.dag !== undefined) {
      if (!isGeldigeDatum(j, basis.vanMaand, basis.dag)) return null;
      const d = isoDatum(j, basis.vanMaand, basis.dag);
      return { basisVan: d, basisTot: d, van: d, tot: d, precisie: 'dag' as DeadlinePrecisie };
    }
    const mm = pasModToe(basis, mod);
    return {
      basisVan: maandDatum(j, basis.vanMaand, true),
      basisTot: maandDatum(j, basis.totMaand, false),
      van: maandDatum(j, mm.vanMaand, true),
      tot: maandDatum(j, mm.totMaand, false),
      precisie: mm.precisie,
    };
  };
  let jaar = r.jaar;
  let jaarOnbekend = false;
  if (jaar === null) {
    if (ctx.jaar !== null) jaar = ctx.jaar;
    else if (ctx.referentie) {
      // Zonder jaartal: het eerstvolgende voorkomen dat op of na de referentiedatum eindigt.
      jaar = jaarVan(ctx.referentie);
      const eerst = bereken(jaar);
      if (eerst && eerst.tot < ctx.referentie) jaar += 1;
    } else jaarOnbekend = true;
  }
  const start = m.index;
  const eind = m.index + m[0].length;
  if (jaar === null || jaarOnbekend) {
    const mm = pasModToe(basis, mod);
    return {
      start,
      eind,
      basisVan: null,
      basisTot: null,
      van: null,
      tot: null,
      precisie: mm.precisie,
      modificatie: mod,
      jaarOnbekend: true,
      jaarInTekst: false,
    };
  }
  const b = bereken(jaar);
  if (!b) return null;
  return { start, eind, ...b, modificatie: mod, jaarOnbekend, jaarInTekst: r.jaar !== null };
}

/** Eerste datumuitdrukking in de tekst (bij gelijke start de langste). */
function vindDatum(s: string, ctx: Context): Treffer | null {
  let beste: Treffer | null = null;
  for (const p of PATRONEN) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s)) !== null) {
      const t = maakTreffer(m, p, ctx);
      if (t && (!beste || t.start < beste.start || (t.start === beste.start && t.eind > beste.eind))) beste = t;
      if (t) break;
    }
  }
  return beste;
}

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
