// The build-up of the sector kaders (AZWA Bijlage 1, 002 r. 7277-7429): each kader is the sum of
// its printed lines. Every printed intermediate total and every "waarvan" split is recomputed and a
// line that does not add up is flagged, never hidden or corrected. Also: the IZA versus the AZWA
// kader of a year (2026 has both) and the cross-sector totals the text prints (§1d, §4b).
// Pure domain, no I/O. Amounts in millions of euros, price level 2025.

import { KADER_SECTOREN, type Datum, type KaderSector } from './begrippen.js';
import { controleerSom, somMln, type Oordeel, type Somcontrole } from './optelling.js';

/**
 * Kind of a build-up line (contract `kaderopbouw`):
 * - `post`: an amount that adds to the kader;
 * - `waarvan`: a split of the nearest `post` above it (does not add again);
 * - `subtotaal`: a printed running total (e.g. "nieuwe basisstand");
 * - `iza_kader`: a running total that is the kader as agreed in the IZA, before the AZWA changes
 *   ("stand kader prijspeil 2025": VWS-begroting 2025 incl. growth 2026 per IZA, plus the 2025 wage
 *   and price tranche);
 * - `kader`: the resulting kader (last line).
 */
export const OPBOUW_SOORTEN = ['post', 'waarvan', 'subtotaal', 'iza_kader', 'kader'] as const;
export type OpbouwSoort = (typeof OPBOUW_SOORTEN)[number];

/** One row of the import file `kaderopbouw`. */
export interface OpbouwRegel {
  stand: Datum;
  stand_omschrijving: string | null;
  sector: KaderSector;
  jaar: number;
  volgorde: number;
  /** Line number as printed ("1".."11"); null for a "w.v." line. */
  regelnummer: string | null;
  omschrijving: string;
  soort: OpbouwSoort;
  bedrag_mln: number;
  bron: string | null;
}

export interface OpbouwControle extends Somcontrole {
  volgorde: number;
  omschrijving: string;
  soort: OpbouwSoort;
  /** Which lines were added, e.g. "regels 1 t/m 3" or "w.v.-regels van regel 6". */
  som_van: string;
  bron: string | null;
  melding: string;
}

export interface Kaderopbouw {
  stand: Datum;
  stand_omschrijving: string | null;
  sector: KaderSector;
  jaar: number;
  regels: OpbouwRegel[];
  /** The printed kader (line of soort `kader`); null if the build-up has none. */
  kader: number | null;
  /** Σ of all `post` lines from the first line on, without using any printed subtotal. */
  som_posten: number;
  /** The kader compared with `som_posten`. */
  kader_uit_posten: Somcontrole | null;
  /** The IZA kader of this year as printed in the build-up; null if none. */
  iza_kader: number | null;
  /** Every printed total recomputed from the printed line before it (step by step). */
  controles: OpbouwControle[];
  /** The controls that do not add up exactly (`afronding` or `afwijking`). */
  signalen: OpbouwControle[];
}

const nl = (n: number) => {
  const t = Math.abs(n);
  const [heel, dec] = String(t).split('.');
  return `${n < 0 ? '-' : ''}${heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${dec ? `,${dec}` : ''}`;
};

function regelNaam(r: OpbouwRegel): string {
  return r.regelnummer ? `regel ${r.regelnummer}` : `"${r.omschrijving}"`;
}

function bereik(delen: OpbouwRegel[]): string {
  const genummerd = delen.filter((d) => d.regelnummer);
  if (genummerd.length === 0) return 'geen regels';
  if (genummerd.length === 1) return `regel ${genummerd[0].regelnummer}`;
  return `regels ${genummerd[0].regelnummer} t/m ${genummerd[genummerd.length - 1].regelnummer}`;
}

function oordeelTekst(o: Oordeel): string {
  return o === 'klopt' ? 'klopt' : o === 'afronding' ? 'afrondingsverschil' : 'wijkt af';
}

/**
 * The build-up of one stand × sector × jaar. Running totals are checked against the printed total
 * just above them plus the posts in between, so one rounding gap is reported once and does not
 * carry on; the kader is also recomputed from all posts (`som_posten`).
 */
export function bouwKaderOp(regels: readonly OpbouwRegel[]): Kaderopbouw {
  if (regels.length === 0) throw new RangeError('bouwKaderOp: geen regels');
  const { stand, sector, jaar } = regels[0];
  for (const r of regels) {
    if (r.stand !== stand || r.sector !== sector || r.jaar !== jaar) {
      throw new RangeError(`bouwKaderOp: regels van meer dan één opbouw (${sector} ${jaar} ${stand} en ${r.sector} ${r.jaar} ${r.stand})`);
    }
  }
  const gesorteerd = [...regels].sort((a, b) => a.volgorde - b.volgorde);
  const controles: OpbouwControle[] = [];
  const naam = `${sector} ${jaar}`;

  // Step by step: the printed running total above, plus the posts since.
  let vorigTotaal: OpbouwRegel | null = null;
  let postenSinds: OpbouwRegel[] = [];
  // The post that the following "waarvan" lines split.
  let ouder: OpbouwRegel | null = null;
  let waarvan: OpbouwRegel[] = [];

  const sluitWaarvan = () => {
    if (ouder && waarvan.length > 0) {
      const c = controleerSom(ouder.bedrag_mln, waarvan.map((w) => w.bedrag_mln));
      controles.push({
        ...c,
        volgorde: ouder.volgorde,
        omschrijving: ouder.omschrijving,
        soort: ouder.soort,
        som_van: `de w.v.-regels van ${regelNaam(ouder)}`,
        bron: ouder.bron,
        melding:
          `${naam} ${regelNaam(ouder)} "${ouder.omschrijving}": gedrukt ${nl(c.gedrukt)}, som van de w.v.-regels ${nl(c.berekend)}` +
          (c.oordeel === 'klopt' ? '.' : ` (${oordeelTekst(c.oordeel)} ${nl(c.verschil)}).`),
      });
    }
    waarvan = [];
  };

  for (const r of gesorteerd) {
    if (r.soort === 'waarvan') {
      if (!ouder) throw new RangeError(`${naam}: w.v.-regel "${r.omschrijving}" zonder post erboven`);
      waarvan.push(r);
      continue;
    }
    sluitWaarvan();
    if (r.soort === 'post') {
      postenSinds.push(r);
      ouder = r;
      continue;
    }
    ouder = null;
    const delen = vorigTotaal ? [vorigTotaal, ...postenSinds] : postenSinds;
    const c = controleerSom(r.bedrag_mln, delen.map((d) => d.bedrag_mln));
    const somVan = vorigTotaal
      ? `${regelNaam(vorigTotaal)}${postenSinds.length ? ` plus ${bereik(postenSinds)}` : ''}`
      : bereik(postenSinds);
    controles.push({
      ...c,
      volgorde: r.volgorde,
      omschrijving: r.omschrijving,
      soort: r.soort,
      som_van: somVan,
      bron: r.bron,
      melding:
        `${naam} ${regelNaam(r)} "${r.omschrijving}": gedrukt ${nl(c.gedrukt)}, ${somVan} geeft ${nl(c.berekend)}` +
        (c.oordeel === 'klopt' ? '.' : ` (${oordeelTekst(c.oordeel)} ${nl(c.verschil)}).`),
    });
    vorigTotaal = r;
    postenSinds = [];
  }
  sluitWaarvan();

  const kaderRegels = gesorteerd.filter((r) => r.soort === 'kader');
  if (kaderRegels.length > 1) throw new RangeError(`${naam}: meer dan één kaderregel`);
  const izaRegels = gesorteerd.filter((r) => r.soort === 'iza_kader');
  if (izaRegels.length > 1) throw new RangeError(`${naam}: meer dan één regel met het IZA-kader`);
  const posten = gesorteerd.filter((r) => r.soort === 'post').map((r) => r.bedrag_mln);
  const kader = kaderRegels[0]?.bedrag_mln ?? null;
  return {
    stand,
    stand_omschrijving: regels.find((r) => r.stand_omschrijving)?.stand_omschrijving ?? null,
    sector,
    jaar,
    regels: gesorteerd,
    kader,
    som_posten: somMln(posten),
    kader_uit_posten: kader === null ? null : controleerSom(kader, posten),
    iza_kader: izaRegels[0]?.bedrag_mln ?? null,
    controles,
    signalen: controles.filter((c) => c.oordeel !== 'klopt'),
  };
}

/**
 * The build-ups of the newest stand ≤ peildatum per sector × jaar (an older stand is history, not a
 * second truth). Sorted by jaar, then the sector order of the report.
 */
export function kaderopbouwen(regels: readonly OpbouwRegel[], peildatum: Datum): Kaderopbouw[] {
  const nieuwste = new Map<string, Datum>();
  for (const r of regels) {
    if (r.stand > peildatum) continue;
    const k = `${r.jaar}|${r.sector}`;
    const h = nieuwste.get(k);
    if (!h || r.stand > h) nieuwste.set(k, r.stand);
  }
  const groepen = new Map<string, OpbouwRegel[]>();
  for (const r of regels) {
    const k = `${r.jaar}|${r.sector}`;
    if (nieuwste.get(k) !== r.stand) continue;
    const lijst = groepen.get(k) ?? [];
    lijst.push(r);
    groepen.set(k, lijst);
  }
  return [...groepen.values()]
    .map(bouwKaderOp)
    .sort((a, b) => a.jaar - b.jaar || KADER_SECTOREN.indexOf(a.sector) - KADER_SECTOREN.indexOf(b.sector));
}

// ---------------------------------------------------------------------------------------------
// IZA versus AZWA kader

export interface KaderVerschilPost {
  omschrijving: string;
  regelnummer: string | null;
  bedrag_mln: number;
  bron: string | null;
}

export interface IzaAzwaVergelijking {
  sector: KaderSector;
  jaar: number;
  iza_kader: number;
  azwa_kader: number;
  /** azwa_kader − iza_kader. */
  verschil: number;
  /** The posts printed between the IZA kader and the kader: they explain the difference. */
  verklaring: KaderVerschilPost[];
  /** The difference against the sum of the explaining posts (flags rounding in the running totals). */
  controle: Somcontrole;
}

/**
 * For every build-up with both an IZA kader line and a kader line: both kaders, their difference and
 * the posts in between that make it (e.g. 2026: aanpassing startniveau, uitstel tranchering eigen
 * risico, meedenkadvies, wijkklinieken).
 */
export function izaVersusAzwa(opbouwen: readonly Kaderopbouw[]): IzaAzwaVergelijking[] {
  const uit: IzaAzwaVergelijking[] = [];
  for (const o of opbouwen) {
    if (o.iza_kader === null || o.kader === null) continue;
    const start = o.regels.findIndex((r) => r.soort === 'iza_kader');
    const verklaring = o.regels
      .slice(start + 1)
      .filter((r) => r.soort === 'post')
      .map((r) => ({ omschrijving: r.omschrijving, regelnummer: r.regelnummer, bedrag_mln: r.bedrag_mln, bron: r.bron }));
    const verschil = somMln([o.kader, -o.iza_kader]);
    uit.push({
      sector: o.sector,
      jaar: o.jaar,
      iza_kader: o.iza_kader,
      azwa_kader: o.kader,
      verschil,
      verklaring,
      controle: controleerSom(verschil, verklaring.map((v) => v.bedrag_mln)),
    });
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Cross-sector totals printed in the text

/** A total over the five sectors that the financial paragraph prints separately from Bijlage 1. */
export interface GedruktSectortotaal {
  /** Matches the `omschrijving` of the build-up lines that are added (case-insensitive, exact). */
  omschrijving: string;
  jaar: number;
  bedrag_mln: number;
  bron: string;
  toelichting: string;
}

/** §1d (volume growth room) and §4b (remgeld split, table at 002 r. 6785-6797). */
export const GEDRUKTE_SECTORTOTALEN: readonly GedruktSectortotaal[] = [
  { omschrijving: 'volumegroei totaal', jaar: 2027, bedrag_mln: 377, bron: '002 r. 6649-6651', toelichting: 'ruimte voor volumegroei per saldo (§1d)' },
  { omschrijving: 'volumegroei totaal', jaar: 2028, bedrag_mln: 762, bron: '002 r. 6649-6651', toelichting: 'ruimte voor volumegroei per saldo (§1d)' },
  { omschrijving: 'remgeld', jaar: 2027, bedrag_mln: 1028, bron: '002 r. 6785-6797', toelichting: 'verdeling remgelden, regel Totaal (§4b)' },
  { omschrijving: 'remgeld', jaar: 2028, bedrag_mln: 1151, bron: '002 r. 6785-6797', toelichting: 'verdeling remgelden, regel Totaal (§4b)' },
];

export interface SectortotaalControle extends Somcontrole {
  omschrijving: string;
  jaar: number;
  bron: string;
  toelichting: string;
  /** The sectors whose build-up has the line that year. */
  sectoren: KaderSector[];
  melding: string;
}

/** Adds the matching line of every sector's build-up and compares with the printed total. */
export function controleerSectortotalen(
  opbouwen: readonly Kaderopbouw[],
  totalen: readonly GedruktSectortotaal[] = GEDRUKTE_SECTORTOTALEN,
): SectortotaalControle[] {
  return totalen.map((t) => {
    const delen: { sector: KaderSector; bedrag: number }[] = [];
    for (const o of opbouwen.filter((x) => x.jaar === t.jaar)) {
      const r = o.regels.find((x) => x.omschrijving.toLowerCase() === t.omschrijving.toLowerCase());
      if (r) delen.push({ sector: o.sector, bedrag: r.bedrag_mln });
    }
    const c = controleerSom(t.bedrag_mln, delen.map((d) => d.bedrag));
    return {
      ...c,
      omschrijving: t.omschrijving,
      jaar: t.jaar,
      bron: t.bron,
      toelichting: t.toelichting,
      sectoren: delen.map((d) => d.sector),
      melding:
        `${t.omschrijving} ${t.jaar}: gedrukt ${nl(t.bedrag_mln)} (${t.bron}), som over ${delen.length} sectoren ${nl(c.berekend)}` +
        (c.oordeel === 'klopt' ? '.' : ` (${oordeelTekst(c.oordeel)} ${nl(c.verschil)}).`),
    };
  });
}
