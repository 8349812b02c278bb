// Region classifications (regio-indelingen) and how an area value is recognised: a CBS code of any
// classification, `NL`, or a region name or alias. Old gemeente codes from a herindeling are converted
// to today's gemeente with a warning; unknown values get a Dutch message with the closest known names.
// Pure: the reference rows come in as data (data/referentie/*.csv, loaded by kern).

import { formatteerDatum } from './kalender.js';

export const INDELINGEN = ['gemeente', 'provincie', 'ggdregio', 'zorgkantoorregio', 'veiligheidsregio', 'arbeidsmarktregio', 'roaz'] as const;
export type Indeling = (typeof INDELINGEN)[number];

export const INDELING_NAMEN: Record<Indeling, string> = {
  gemeente: 'Gemeente',
  provincie: 'Provincie',
  ggdregio: 'GGD-regio',
  zorgkantoorregio: 'Zorgkantoorregio (IZA-regio)',
  veiligheidsregio: 'Veiligheidsregio',
  arbeidsmarktregio: 'Arbeidsmarktregio',
  roaz: 'ROAZ-regio (acute zorg)',
};

/** The same, inside a sentence ("als zorgkantoorregio (IZA-regio)"). */
export const INDELING_IN_ZIN: Record<Indeling, string> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  ggdregio: 'GGD-regio',
  zorgkantoorregio: 'zorgkantoorregio (IZA-regio)',
  veiligheidsregio: 'veiligheidsregio',
  arbeidsmarktregio: 'arbeidsmarktregio',
  roaz: 'ROAZ-regio',
};

/** Shape of a region code per classification (CBS codes; ROAZ codes are this project's own). */
export const CODE_VORM: Record<Indeling, RegExp> = {
  gemeente: /^GM\d{4}$/,
  provincie: /^PV\d{2}$/,
  ggdregio: /^GG\d{4}$/,
  zorgkantoorregio: /^ZK\d{2}$/,
  veiligheidsregio: /^VR\d{2}$/,
  arbeidsmarktregio: /^AM\d{2}$/,
  roaz: /^ROAZ\d{2}$/,
};

export const CODE_VOORBEELD: Record<Indeling, string> = {
  gemeente: 'GM0363',
  provincie: 'PV26',
  ggdregio: 'GG3406',
  zorgkantoorregio: 'ZK23',
  veiligheidsregio: 'VR09',
  arbeidsmarktregio: 'AM13',
  roaz: 'ROAZ05',
};

export const LAND = { indeling: 'land', code: 'NL', naam: 'Nederland' } as const;

/** One row of the contract file `regio_indelingen` (gemeente_code null: region without known membership). */
export interface RegioIndelingRij {
  indeling: Indeling;
  regio_code: string;
  regio_naam: string;
  gemeente_code: string | null;
  geldig_vanaf: string;
}

/** One row of data/referentie/gemeente_herindelingen.csv; a split gemeente has one row per successor. */
export interface Herindeling {
  oude_code: string;
  oude_naam: string;
  nieuwe_code: string;
  nieuwe_naam: string;
  datum: string;
}

export interface RegioAlias {
  indeling: Indeling;
  regio_code: string;
  alias: string;
}

export interface Gebied {
  indeling: Indeling | 'land';
  code: string;
  naam: string;
}

export interface Regioboek {
  /** Per classification the version in use (the latest geldig_vanaf up to the peildatum). */
  versie: Map<Indeling, string>;
  /** Code → area, all classifications, plus NL. */
  gebieden: Map<string, Gebied>;
  /** `indeling:regio_code` → gemeente codes (empty for a region without known membership). */
  leden: Map<string, string[]>;
  /** gemeente code → classification → region code. */
  regioVan: Map<string, Map<Indeling, string>>;
  /** Normalised name or alias → areas carrying it. */
  namen: Map<string, Gebied[]>;
  herindelingen: Map<string, Herindeling[]>;
}

/** Lower case, without diacritics, quotes or punctuation, single spaces: "'s-Gravenhage" ≈ "s gravenhage". */
export function normaliseerNaam(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl-NL')
    .replace(/[’'`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function isIndeling(s: string): s is Indeling {
  return (INDELINGEN as readonly string[]).includes(s);
}

/**
 * Builds the lookup tables. A classification is delivered as a whole per geldig_vanaf: the version
 * in use is the latest geldig_vanaf on or before the peildatum (default: the latest there is).
 */
export function maakRegioboek(
  rijen: readonly RegioIndelingRij[],
  herindelingen: readonly Herindeling[] = [],
  aliassen: readonly RegioAlias[] = [],
  peildatum?: string,
): Regioboek {
  const versie = new Map<Indeling, string>();
  for (const r of rijen) {
    if (peildatum && r.geldig_vanaf > peildatum) continue;
    const v = versie.get(r.indeling);
    if (!v || r.geldig_vanaf > v) versie.set(r.indeling, r.geldig_vanaf);
  }
  const gebieden = new Map<string, Gebied>([[LAND.code, { ...LAND }]]);
  const leden = new Map<string, string[]>();
  const regioVan = new Map<string, Map<Indeling, string>>();
  for (const r of rijen) {
    if (versie.get(r.indeling) !== r.geldig_vanaf) continue;
    if (!gebieden.has(r.regio_code)) gebieden.set(r.regio_code, { indeling: r.indeling, code: r.regio_code, naam: r.regio_naam });
    const sleutel = `${r.indeling}:${r.regio_code}`;
    if (!leden.has(sleutel)) leden.set(sleutel, []);
    if (r.gemeente_code) {
      leden.get(sleutel)!.push(r.gemeente_code);
      if (!regioVan.has(r.gemeente_code)) regioVan.set(r.gemeente_code, new Map());
      regioVan.get(r.gemeente_code)!.set(r.indeling, r.regio_code);
    }
  }
  const namen = new Map<string, Gebied[]>();
  const voegToe = (naam: string, g: Gebied) => {
    const n = normaliseerNaam(naam);
    const lijst = namen.get(n) ?? [];
    if (!lijst.some((x) => x.code === g.code)) lijst.push(g);
    namen.set(n, lijst);
  };
  for (const g of gebieden.values()) voegToe(g.naam, g);
  for (const a of aliassen) {
    const g = gebieden.get(a.regio_code);
    if (g && g.indeling === a.indeling) voegToe(a.alias, g);
  }
  const h = new Map<string, Herindeling[]>();
  for (const x of herindelingen) h.set(x.oude_code, [...(h.get(x.oude_code) ?? []), x]);
  return { versie, gebieden, leden, regioVan, namen, herindelingen: h };
}

/** Regions of one classification, sorted by name. */
export function regiosVan(boek: Regioboek, indeling: Indeling): Gebied[] {
  return [...boek.gebieden.values()].filter((g) => g.indeling === indeling).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export function gemeentenVan(boek: Regioboek, indeling: Indeling, code: string): string[] {
  return boek.leden.get(`${indeling}:${code}`) ?? [];
}

/** Levenshtein distance (insert, delete, substitute all cost 1). */
export function afstand(a: string, b: string): number {
  if (a === b) return 0;
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) rij[j] = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    vorige = rij;
  }
  return vorige[b.length];
}

/**
 * The `aantal` known areas closest to the value, as "Naam (CODE)". Names: first the number of words
 * shared (a word matches within one typo), then the Levenshtein distance; codes: the distance only.
 */
export function dichtstbijzijnd(boek: Regioboek, waarde: string, indelingen?: readonly Indeling[], aantal = 3): string[] {
  const codeVorm = /^[A-Za-z]{2,4}\d+$/.test(waarde.trim());
  const doel = codeVorm ? waarde.trim().toUpperCase() : normaliseerNaam(waarde);
  const woorden = doel.split(' ');
  const kandidaten = [...boek.gebieden.values()].filter((g) => !indelingen || g.indeling === 'land' || indelingen.includes(g.indeling as Indeling));
  const gescoord = kandidaten.map((g) => {
    if (codeVorm) return { g, gedeeld: 0, a: afstand(doel, g.code) };
    const naam = normaliseerNaam(g.naam);
    const gedeeld = woorden.filter((w) => naam.split(' ').some((n) => afstand(w, n) <= (w.length > 4 ? 1 : 0))).length;
    return { g, gedeeld, a: afstand(doel, naam) };
  });
  gescoord.sort((x, y) => y.gedeeld - x.gedeeld || x.a - y.a || x.g.naam.localeCompare(y.g.naam, 'nl'));
  return gescoord.slice(0, aantal).map(({ g }) => `${g.naam} (${g.code})`);
}

export type GebiedUitkomst =
  | { ok: true; gebied: Gebied; waarschuwing: string | null }
  | { ok: false; reden: string; kandidaten: Gebied[] };

export interface HerkenOpties {
  /** Only these classifications are accepted (e.g. IZA regions: ['zorgkantoorregio']). */
  indelingen?: readonly Indeling[];
  /** An ambiguous name goes to the first classification of this list that carries it. */
  voorkeur?: readonly Indeling[];
}

function gebiedTekst(g: Gebied): string {
  return g.indeling === 'land' ? `${g.naam} (${g.code})` : `${INDELING_IN_ZIN[g.indeling]} ${g.naam} (${g.code})`;
}

/**
 * Recognises an area value. Codes are matched exactly (case-insensitive); an old gemeente code is
 * converted to its successor with a warning, a split gemeente is refused with its successors; names
 * and aliases are matched after normalisation. Unknown values name the closest known names.
 */
export function herkenGebied(boek: Regioboek, invoer: string, opties: HerkenOpties = {}): GebiedUitkomst {
  const waarde = invoer.trim();
  const toegestaan = (g: Gebied) => g.indeling === 'land' || !opties.indelingen || opties.indelingen.includes(g.indeling);
  const welke = opties.indelingen ? ` als ${opties.indelingen.map((i) => INDELING_IN_ZIN[i]).join(' of ')}` : '';
  const onbekend = (): GebiedUitkomst => ({
    ok: false,
    reden: `Onbekend gebied "${waarde}"${welke}. Bedoelde u: ${dichtstbijzijnd(boek, waarde, opties.indelingen).join(', ')}?`,
    kandidaten: [],
  });
  if (waarde === '') return { ok: false, reden: 'Gebied is leeg.', kandidaten: [] };
  const code = waarde.toUpperCase();
  const opCode = boek.gebieden.get(code);
  if (opCode) {
    if (toegestaan(opCode)) return { ok: true, gebied: opCode, waarschuwing: null };
    return { ok: false, reden: `"${waarde}" is een ${gebiedTekst(opCode)}, geen${welke.replace(' als', '')}.`, kandidaten: [opCode] };
  }
  const her = boek.herindelingen.get(code);
  if (her) {
    const datum = formatteerDatum(her[0].datum);
    if (her.length > 1)
      return {
        ok: false,
        reden: `${code} (${her[0].oude_naam}) is per ${datum} verdeeld over ${her.map((h) => `${h.nieuwe_naam} (${h.nieuwe_code})`).join(', ')}; lever de cijfers per huidige gemeente.`,
        kandidaten: her.map((h) => boek.gebieden.get(h.nieuwe_code)).filter((g): g is Gebied => !!g),
      };
    // follow a chain of mergers to a gemeente that exists today
    let stap: Herindeling = her[0];
    const keten = [stap];
    while (!boek.gebieden.has(stap.nieuwe_code) && boek.herindelingen.get(stap.nieuwe_code)?.length === 1 && keten.length < 10) {
      stap = boek.herindelingen.get(stap.nieuwe_code)![0];
      keten.push(stap);
    }
    const doel = boek.gebieden.get(stap.nieuwe_code);
    if (doel && toegestaan(doel))
      return {
        ok: true,
        gebied: doel,
        waarschuwing: `${code} (${her[0].oude_naam}) is per ${datum} opgegaan in ${doel.naam} (${doel.code}); omgezet naar ${doel.code}.`,
      };
  }
  if (code === 'NEDERLAND') return { ok: true, gebied: boek.gebieden.get('NL')!, waarschuwing: null };
  const opNaam = (boek.namen.get(normaliseerNaam(waarde)) ?? []).filter(toegestaan);
  if (opNaam.length === 1) return { ok: true, gebied: opNaam[0], waarschuwing: null };
  if (opNaam.length > 1) {
    for (const i of opties.voorkeur ?? []) {
      const g = opNaam.filter((x) => x.indeling === i);
      if (g.length === 1) return { ok: true, gebied: g[0], waarschuwing: null };
    }
    return {
      ok: false,
      reden: `"${waarde}" is dubbelzinnig: ${opNaam.map(gebiedTekst).join(', ')}. Gebruik de code.`,
      kandidaten: opNaam,
    };
  }
  return onbekend();
}

/**
 * Recognises a group of values that belong together (e.g. the rows of one indicator): a name that
 * several classifications carry is given the classification that the unambiguous values of the group
 * use most. "Limburg" next to "Euregio" and "Noordwest" is the ROAZ region, not the provincie.
 */
export function herkenGroep(boek: Regioboek, waarden: readonly string[], opties: HerkenOpties = {}): Map<string, GebiedUitkomst> {
  const uit = new Map<string, GebiedUitkomst>();
  const teller = new Map<Indeling, number>();
  for (const w of new Set(waarden)) {
    const u = herkenGebied(boek, w, opties);
    uit.set(w, u);
    if (u.ok && u.gebied.indeling !== 'land') teller.set(u.gebied.indeling, (teller.get(u.gebied.indeling) ?? 0) + 1);
  }
  const volgorde = [...teller.entries()].sort((a, b) => b[1] - a[1]).map(([i]) => i);
  for (const [w, u] of uit) {
    if (u.ok || u.kandidaten.length < 2) continue;
    const keuze = herkenGebied(boek, w, { ...opties, voorkeur: [...volgorde, ...(opties.voorkeur ?? [])] });
    if (keuze.ok) uit.set(w, keuze);
  }
  return uit;
}

export interface IndelingProbleem {
  regel: number | null;
  kolom: string;
  waarde: string;
  reden: string;
}

/**
 * Checks a delivery of `regio_indelingen`: known classification, code shapes, one name per region,
 * every gemeente in exactly one region per classification and geldig_vanaf, and every gemeente of the
 * gemeente classification (same geldig_vanaf) present in each other classification that has members.
 * `regelVan(i)` gives the file line of row i for messages.
 */
export function controleerIndelingen(rijen: readonly RegioIndelingRij[], regelVan: (i: number) => number | null = (i) => i + 2): IndelingProbleem[] {
  const p: IndelingProbleem[] = [];
  const naamVan = new Map<string, string>();
  const lidVan = new Map<string, { regio: string; i: number }>();
  rijen.forEach((r, i) => {
    const regel = regelVan(i);
    if (!CODE_VORM[r.indeling].test(r.regio_code))
      p.push({ regel, kolom: 'regio_code', waarde: r.regio_code, reden: `Code past niet bij indeling ${r.indeling} (zoals ${CODE_VOORBEELD[r.indeling]}).` });
    if (r.gemeente_code && !CODE_VORM.gemeente.test(r.gemeente_code))
      p.push({ regel, kolom: 'gemeente_code', waarde: r.gemeente_code, reden: 'Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0363.' });
    if (r.indeling === 'gemeente' && r.gemeente_code !== r.regio_code)
      p.push({ regel, kolom: 'gemeente_code', waarde: r.gemeente_code ?? '', reden: 'Bij indeling gemeente is gemeente_code gelijk aan regio_code.' });
    const sleutel = `${r.indeling}|${r.geldig_vanaf}|${r.regio_code}`;
    const naam = naamVan.get(sleutel);
    if (naam !== undefined && naam !== r.regio_naam)
      p.push({ regel, kolom: 'regio_naam', waarde: r.regio_naam, reden: `Regio ${r.regio_code} heeft al de naam "${naam}".` });
    naamVan.set(sleutel, r.regio_naam);
    if (r.gemeente_code) {
      const lid = `${r.indeling}|${r.geldig_vanaf}|${r.gemeente_code}`;
      const eerder = lidVan.get(lid);
      if (eerder && eerder.regio !== r.regio_code)
        p.push({
          regel,
          kolom: 'gemeente_code',
          waarde: r.gemeente_code,
          reden: `Gemeente ${r.gemeente_code} staat in indeling ${r.indeling} (${r.geldig_vanaf}) al in regio ${eerder.regio} (regel ${regelVan(eerder.i)}); een gemeente hoort bij precies één regio.`,
        });
      else lidVan.set(lid, { regio: r.regio_code, i });
    }
  });
  // completeness: each classification with members covers all gemeenten of the same geldig_vanaf
  const gemeenten = new Map<string, Set<string>>();
  for (const r of rijen) if (r.indeling === 'gemeente') gemeenten.set(r.geldig_vanaf, (gemeenten.get(r.geldig_vanaf) ?? new Set()).add(r.regio_code));
  const gedekt = new Map<string, Set<string>>();
  for (const r of rijen)
    if (r.indeling !== 'gemeente' && r.gemeente_code) {
      const k = `${r.indeling}|${r.geldig_vanaf}`;
      gedekt.set(k, (gedekt.get(k) ?? new Set()).add(r.gemeente_code));
    }
  for (const [k, leden] of gedekt) {
    const [indeling, vanaf] = k.split('|');
    const alle = gemeenten.get(vanaf);
    if (!alle) continue;
    const mist = [...alle].filter((g) => !leden.has(g)).sort();
    if (mist.length > 0)
      p.push({ regel: null, kolom: 'gemeente_code', waarde: mist.slice(0, 5).join(', '), reden: `Indeling ${indeling} (${vanaf}) mist ${mist.length} gemeente(n) van de gemeente-indeling: ${mist.slice(0, 5).join(', ')}${mist.length > 5 ? ', …' : ''}.` });
    const vreemd = [...leden].filter((g) => !alle.has(g)).sort();
    if (vreemd.length > 0)
      p.push({ regel: null, kolom: 'gemeente_code', waarde: vreemd.slice(0, 5).join(', '), reden: `Indeling ${indeling} (${vanaf}) noemt gemeenten die niet in de gemeente-indeling staan: ${vreemd.slice(0, 5).join(', ')}.` });
  }
  return p;
}

/** The gemeenten of an area: itself for a gemeente, its members for a region, all for NL. */
export function gemeentenVanGebied(boek: Regioboek, g: Gebied): string[] {
  if (g.indeling === 'gemeente') return [g.code];
  if (g.indeling === 'land') return [...boek.regioVan.keys()].filter((c) => boek.gebieden.get(c)?.indeling === 'gemeente');
  return gemeentenVan(boek, g.indeling, g.code);
}

/**
 * Whether a toets with these IZA regions touches area `g`: the same region, or an IZA region
 * (zorgkantoorregio) that shares a gemeente with it. A toets with several regions touches each, so
 * counts over regions may overlap. Unknown region names touch nothing.
 */
export function raaktGebied(boek: Regioboek, g: Gebied, izaRegios: readonly string[]): boolean {
  const eigen = new Set(gemeentenVanGebied(boek, g));
  for (const r of izaRegios) {
    const u = herkenGebied(boek, r, { indelingen: ['zorgkantoorregio'] });
    if (!u.ok) continue;
    if (u.gebied.code === g.code) return true;
    if (gemeentenVan(boek, 'zorgkantoorregio', u.gebied.code).some((gm) => eigen.has(gm))) return true;
  }
  return false;
}

export interface GemeenteSom {
  periode: string;
  som: number;
  /** Gemeenten of the region with a value in this period. */
  metWaarde: number;
  /** Gemeenten of the region. */
  van: number;
}

/**
 * A count (never a rate) of a region as the sum over its gemeenten, per period, with how many of its
 * gemeenten delivered a value: the caller shows "som van 12 van 14 gemeenten" when not all did.
 */
export function somVanGemeenten(rijen: readonly { gebied: string; periode: string; waarde: number | null }[], gemeenten: readonly string[]): GemeenteSom[] {
  const eigen = new Set(gemeenten);
  const per = new Map<string, { som: number; met: Set<string> }>();
  for (const r of rijen) {
    if (!eigen.has(r.gebied) || r.waarde === null) continue;
    const p = per.get(r.periode) ?? { som: 0, met: new Set<string>() };
    p.som += r.waarde;
    p.met.add(r.gebied);
    per.set(r.periode, p);
  }
  return [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([periode, p]) => ({ periode, som: p.som, metWaarde: p.met.size, van: eigen.size }));
}

/** Counts per status, in the order of `statussen` (statuses not in the list are counted under their own name at the end). */
export function telPerStatus(items: readonly { status: string | null }[], statussen: readonly string[]): [string, number][] {
  const telling = new Map<string, number>(statussen.map((s) => [s, 0]));
  for (const i of items) {
    const s = i.status ?? 'Onbekend';
    telling.set(s, (telling.get(s) ?? 0) + 1);
  }
  return [...telling.entries()];
}

/**
 * The IZA regions of a toets under their names in the zorgkantoorregio list ("Zuid Limburg" and "ZK22"
 * both become "Zuid-Limburg"), so a distribution over regions counts each IZA region once. A value that
 * is no IZA region is kept as given (imports refuse those; older records may hold one).
 */
export function izaRegioNamen(boek: Regioboek, regios: readonly string[] | null): string[] | null {
  if (!regios) return regios;
  return [
    ...new Set(
      regios.map((r) => {
        const u = herkenGebied(boek, r, { indelingen: ['zorgkantoorregio'] });
        return u.ok ? u.gebied.naam : r;
      }),
    ),
  ];
}
