// Macro control (AZWA financial paragraph §6-§7, 002 r. 6839-6922): what an over- or underspend of
// a sector kader sets in motion, and whether the macrobeheersinstrument (MBI) can be used, with the
// source lines of every rule. Pure domain, no I/O. Amounts in millions (+ verschil = overspend).

import { KADER_SECTOREN, type KaderSector, type KaderSoort } from './begrippen.js';

export type StapCode = '6a' | '6b' | '6c' | '6d' | '6e' | '6f' | '6g' | '7b' | '7c';

/** One rule of §6-§7 as it applies to a sector and year. */
export interface MacroStap {
  code: StapCode;
  titel: string;
  /** Whether the rule applies to this sector, year and stand. */
  geldt: boolean;
  /** Why (Dutch, for the page). */
  uitleg: string;
  bron: string;
}

export type Situatie = 'overschrijding' | 'onderschrijding' | 'binnen_kader' | 'geen_stand';
export type MbiStatus = 'mogelijk' | 'niet_ingezet' | 'onbekend' | 'niet_van_toepassing';

export interface MacroInvoer {
  sector: KaderSector;
  jaar: number;
  kader_soort: KaderSoort;
  /** Spending against the kader after all agreed corrections (`resterend_verschil`); null: no spending known. */
  verschil: number | null;
  /**
   * The same against the IZA kader of the year, for §6g (MSZ and Wijkverpleging 2025-2026); null when
   * unknown. When `kader_soort` is IZA, `verschil` is used.
   */
  verschil_iza?: number | null;
  /** Σ of the underspends of the other sectors in the same year, as a positive amount; null: unknown. */
  onderschrijding_elders?: number | null;
}

export interface MacroOordeel {
  sector: KaderSector;
  jaar: number;
  situatie: Situatie;
  verschil: number | null;
  /** The decisive rule: 6e/6f/6g for an overspend, 7b for an underspend, 7c otherwise. */
  stap: MacroStap;
  /** The whole ladder in the order of the text, each marked whether it applies. */
  stappen: MacroStap[];
  mbi: MbiStatus;
  mbi_uitleg: string;
  /** Underspend: when and on what basis VWS lowers the kader (§7b). */
  bijstelling: { besluitjaar: number; basis: string } | null;
  samenvatting: string;
}

export const BRON = {
  '6a': '002 r. 6843-6849',
  '6b': '002 r. 6851-6855',
  '6c': '002 r. 6857-6861',
  '6d': '002 r. 6863-6865',
  '6e': '002 r. 6867-6869, 6882-6884',
  '6f': '002 r. 6888-6890',
  '6g': '002 r. 6892-6898',
  '7b': '002 r. 6906-6916',
  '7c': '002 r. 6918-6922',
} as const satisfies Record<StapCode, string>;

/** Sectors for which the MBI is not used for overspends up to and including 2024 (§6f). */
export const GEEN_MBI_TM_2024: readonly KaderSector[] = ['GGZ', 'Huisartsenzorg', 'MDZ'];
/** Sectors for which the MBI is not used in 2025 and 2026 while within the IZA kader (§6g). */
export const GEEN_MBI_BINNEN_IZA: readonly KaderSector[] = ['Wijkverpleging', 'MSZ'];
export const GEEN_MBI_BINNEN_IZA_JAREN: readonly number[] = [2025, 2026];

const mln = (n: number) => `€ ${n < 0 ? '-' : ''}${String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} mln`;

function situatieVan(verschil: number | null): Situatie {
  if (verschil === null) return 'geen_stand';
  if (verschil > 0) return 'overschrijding';
  if (verschil < 0) return 'onderschrijding';
  return 'binnen_kader';
}

/** Whether and why the MBI can be used for an overspend of this sector and year (§6e-§6g). */
export function mbiRegel(invoer: MacroInvoer): { status: MbiStatus; stap: MacroStap } {
  const { sector, jaar } = invoer;
  if (GEEN_MBI_TM_2024.includes(sector) && jaar <= 2024) {
    return {
      status: 'niet_ingezet',
      stap: {
        code: '6f',
        titel: 'Geen macrobeheersinstrument voor GGZ, huisartsenzorg en MDZ t/m 2024',
        geldt: true,
        uitleg: `Voor overschrijdingen van het kader ${sector} in de periode t/m 2024 wordt het macrobeheersinstrument niet ingezet.`,
        bron: BRON['6f'],
      },
    };
  }
  if (GEEN_MBI_BINNEN_IZA.includes(sector) && GEEN_MBI_BINNEN_IZA_JAREN.includes(jaar)) {
    const tegenIza = invoer.kader_soort === 'IZA' ? invoer.verschil : (invoer.verschil_iza ?? null);
    const titel = 'Geen macrobeheersinstrument voor wijkverpleging en MSZ in 2025 en 2026 binnen het IZA-kader';
    if (tegenIza === null) {
      return {
        status: 'onbekend',
        stap: {
          code: '6g',
          titel,
          geldt: true,
          uitleg: `${sector} ${jaar}: het macrobeheersinstrument wordt niet ingezet zolang de uitgaven binnen het IZA-kader blijven; het IZA-kader of de uitgaven daartegen zijn niet bekend, dus of het kan worden ingezet is nog niet te zeggen.`,
          bron: BRON['6g'],
        },
      };
    }
    if (tegenIza <= 0) {
      return {
        status: 'niet_ingezet',
        stap: {
          code: '6g',
          titel,
          geldt: true,
          uitleg: `${sector} ${jaar}: de uitgaven blijven binnen het IZA-kader (${tegenIza === 0 ? 'precies op het kader' : `${mln(-tegenIza)} eronder`}), dus het macrobeheersinstrument wordt niet ingezet.`,
          bron: BRON['6g'],
        },
      };
    }
    return {
      status: 'mogelijk',
      stap: {
        code: '6e',
        titel: 'VWS kan eenzijdig maatregelen nemen, waaronder het macrobeheersinstrument',
        geldt: true,
        uitleg: `${sector} ${jaar}: de uitgaven gaan ${mln(tegenIza)} boven het IZA-kader, dus de uitzondering van §6g geldt niet; VWS kan het macrobeheersinstrument inzetten.`,
        bron: `${BRON['6e']}; ${BRON['6g']}`,
      },
    };
  }
  const na2026 = GEEN_MBI_BINNEN_IZA.includes(sector) && jaar >= 2027;
  return {
    status: 'mogelijk',
    stap: {
      code: '6e',
      titel: 'VWS kan eenzijdig maatregelen nemen, waaronder het macrobeheersinstrument',
      geldt: true,
      uitleg: na2026
        ? `${sector} ${jaar}: vanaf 2027 gelden voor deze sector de kaders van onderdeel 5 en is er geen uitzondering; VWS kan het macrobeheersinstrument inzetten en weegt mee welke maatregelen andere partijen nemen.`
        : `${sector} ${jaar}: geen van de uitzonderingen (§6f, §6g) geldt; VWS kan op basis van haar wettelijke taken eenzijdig maatregelen nemen, waaronder het macrobeheersinstrument, en weegt mee welke maatregelen andere partijen nemen.`,
      bron: na2026 ? `${BRON['6e']}; ${BRON['6g']}` : BRON['6e'],
    },
  };
}

/** What §6-§7 say for one sector and year, given the stand of its spending. */
export function macrobeheersing(invoer: MacroInvoer): MacroOordeel {
  const { sector, jaar, verschil } = invoer;
  const situatie = situatieVan(verschil);
  const over = situatie === 'overschrijding';
  const elders = invoer.onderschrijding_elders ?? null;
  const naam = `${sector} ${jaar}`;

  const stappen: MacroStap[] = [
    {
      code: '6a',
      titel: 'Partijen treden in overleg over aard en oorzaken',
      geldt: over,
      uitleg: over ? `Het kader ${naam} wordt overschreden; partijen treden in overleg over de aard en oorzaken.` : 'Alleen bij een overschrijding.',
      bron: BRON['6a'],
    },
    {
      code: '6b',
      titel: 'De normale begrotingsregels gelden',
      geldt: over,
      uitleg: over
        ? 'Eerst wordt gekeken naar de aard en oorsprong van de overschrijding; een oplossing wordt gezocht binnen de geldende begrotingsregels.'
        : 'Alleen bij een overschrijding volgens de actualisatiecijfers.',
      bron: BRON['6b'],
    },
    {
      code: '6c',
      titel: 'Samenhang met onderschrijding in andere sectoren',
      geldt: over && elders !== null && elders > 0,
      uitleg: !over
        ? 'Alleen bij een overschrijding.'
        : elders === null
          ? 'Of de overschrijding samenhangt met onderschrijdingen elders is niet te zeggen: de stand van de andere sectoren is niet bekend.'
          : elders <= 0
            ? 'De andere sectoren hebben in dit jaar geen onderschrijding; compensatie is niet mogelijk.'
            : `De andere sectoren blijven samen ${mln(elders)} onder hun kader${elders >= verschil! ? ', genoeg om de overschrijding te dekken' : `, minder dan de overschrijding van ${mln(verschil!)}`}; als de overschrijding daarmee samenhangt, kan VWS afzien van maatregelen.`,
      bron: BRON['6c'],
    },
    {
      code: '6d',
      titel: 'Gezamenlijke maatregelen tegen doorwerking in latere jaren',
      geldt: over,
      uitleg: over ? 'Partijen nemen in overleg maatregelen die voorkomen dat de overschrijding doorwerkt in latere jaren.' : 'Alleen bij een overschrijding.',
      bron: BRON['6d'],
    },
  ];

  let mbi: MbiStatus = 'niet_van_toepassing';
  let mbiStap: MacroStap | null = null;
  if (over) {
    const r = mbiRegel(invoer);
    mbi = r.status;
    mbiStap = r.stap;
    if (r.stap.code !== '6e') {
      stappen.push({
        code: '6e',
        titel: 'VWS kan eenzijdig maatregelen nemen, waaronder het macrobeheersinstrument',
        geldt: true,
        uitleg:
          r.status === 'niet_ingezet'
            ? 'VWS kan eenzijdig maatregelen nemen, maar niet via het macrobeheersinstrument (zie de uitzondering hieronder).'
            : 'VWS kan eenzijdig maatregelen nemen; of het macrobeheersinstrument mag, hangt af van de uitzondering hieronder.',
        bron: BRON['6e'],
      });
    }
    stappen.push(r.stap);
  } else {
    stappen.push({
      code: '6e',
      titel: 'VWS kan eenzijdig maatregelen nemen, waaronder het macrobeheersinstrument',
      geldt: false,
      uitleg: 'Alleen bij een overschrijding.',
      bron: BRON['6e'],
    });
  }

  const bijstelling = situatie === 'onderschrijding' ? { besluitjaar: jaar + 1, basis: `Q4-cijfers ${jaar} van het Zorginstituut` } : null;
  stappen.push({
    code: '7b',
    titel: over ? 'Bij overschrijding blijven de afgesproken kaders van kracht' : 'Bij onderschrijding stelt VWS het kader meerjarig bij',
    geldt: situatie === 'overschrijding' || situatie === 'onderschrijding',
    uitleg: over
      ? 'Het kader wordt niet verhoogd: de afgesproken financiële kaders blijven van kracht.'
      : bijstelling
        ? `VWS stelt de kaders meerjarig bij op basis van de (verwachte) realisatie, in beginsel bij de voorjaarsbesluitvorming ${bijstelling.besluitjaar} op basis van de ${bijstelling.basis}, met een technische sectorale weging.`
        : 'Alleen bij een onder- of overschrijding.',
    bron: BRON['7b'],
  });
  const maximum: MacroStap = {
    code: '7c',
    titel: 'Het kader is het maximum van de toegestane uitgaven',
    geldt: true,
    uitleg: `Voor ${sector} blijft het afgesproken kader ${jaar} het maximum van de toegestane uitgaven; ramingsbijstellingen laten de inhoudelijke afspraken onverlet.`,
    bron: BRON['7c'],
  };
  stappen.push(maximum);

  const stap = over ? mbiStap! : situatie === 'onderschrijding' ? stappen.find((s) => s.code === '7b')! : maximum;
  const mbiUitleg = over ? mbiStap!.uitleg : 'Het macrobeheersinstrument speelt alleen bij een overschrijding.';

  let samenvatting: string;
  if (situatie === 'geen_stand') {
    samenvatting = `${naam}: nog geen uitgaven bekend. Het kader is het maximum van de toegestane uitgaven (§7c, ${BRON['7c']}).`;
  } else if (situatie === 'binnen_kader') {
    samenvatting = `${naam}: de uitgaven vallen precies op het kader; er volgt geen stap (§7c, ${BRON['7c']}).`;
  } else if (situatie === 'onderschrijding') {
    samenvatting = `${naam}: onderschrijding van ${mln(-verschil!)}. VWS stelt het kader bij in het voorjaar van ${jaar + 1} op basis van de Q4-cijfers ${jaar} (§7b, ${BRON['7b']}).`;
  } else {
    const mbiZin =
      mbi === 'niet_ingezet'
        ? `Het macrobeheersinstrument wordt niet ingezet (§${mbiStap!.code}, ${mbiStap!.bron}).`
        : mbi === 'onbekend'
          ? `Of het macrobeheersinstrument kan worden ingezet hangt af van het IZA-kader (§6g, ${BRON['6g']}).`
          : `VWS kan eenzijdig ingrijpen, ook met het macrobeheersinstrument (§6e, ${BRON['6e']}).`;
    const compensatie = elders !== null && elders > 0 ? ` Compensatie met onderschrijding in andere sectoren (${mln(elders)}) kan aanleiding zijn om geen maatregelen te nemen (§6c).` : '';
    samenvatting = `${naam}: overschrijding van ${mln(verschil!)}. Partijen treden in overleg en de normale begrotingsregels gelden (§6a-b).${compensatie} ${mbiZin}`;
  }

  const voorIza = jaar < 2026 ? ' Voor jaren vóór 2026 golden daarnaast de afspraken van het IZA zelf.' : '';
  return { sector, jaar, situatie, verschil, stap, stappen, mbi, mbi_uitleg: mbiUitleg, bijstelling, samenvatting: samenvatting + voorIza };
}

/**
 * All sectors of one year at once, so §6c can see the other sectors: each sector gets the Σ of the
 * underspends of the others (sectors without a stand count as unknown only if none has a stand).
 */
export function macrobeheersingVanJaar(
  rijen: readonly { sector: KaderSector; jaar: number; kader_soort: KaderSoort; verschil: number | null; verschil_iza?: number | null }[],
): MacroOordeel[] {
  const jaren = new Set(rijen.map((r) => r.jaar));
  if (jaren.size > 1) throw new RangeError('macrobeheersingVanJaar: rijen van meer dan één jaar');
  const metStand = rijen.filter((r) => r.verschil !== null);
  return [...rijen]
    .sort((a, b) => KADER_SECTOREN.indexOf(a.sector) - KADER_SECTOREN.indexOf(b.sector))
    .map((r) => {
      const anderen = metStand.filter((x) => x.sector !== r.sector);
      const elders = anderen.length === 0 ? null : anderen.reduce((s, x) => s + Math.max(0, -(x.verschil as number)), 0);
      return macrobeheersing({ ...r, onderschrijding_elders: elders });
    });
}

/**
 * The macro-control verdicts of one year from the computed kader figures (domein/kaders.ts) of the stand
 * in view: the verschil is the `resterend_verschil`; against the IZA kader (from the Bijlage 1 build-up,
 * `iza_kader`) it is the same spending minus the IZA kader, when that kader is known.
 */
export function macrobeheersingVanStand(
  cijfers: readonly { sector: KaderSector; jaar: number; kader_soort: KaderSoort; kader: number; resterend_verschil: number | null }[],
  izaKaders: ReadonlyMap<KaderSector, number> = new Map(),
): MacroOordeel[] {
  return macrobeheersingVanJaar(
    cijfers.map((c) => {
      const iza = izaKaders.get(c.sector);
      const verschil_iza = c.resterend_verschil === null || iza === undefined ? null : Math.round((c.resterend_verschil + c.kader - iza) * 10) / 10;
      return { sector: c.sector, jaar: c.jaar, kader_soort: c.kader_soort, verschil: c.resterend_verschil, verschil_iza };
    }),
  );
}
