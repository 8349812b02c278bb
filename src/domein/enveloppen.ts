// Envelopes with their own cap in the AZWA financial paragraph (e.g. RESV's ≤ € 70 mln within the
// MDZ kader, 002 r. 6765-6771; € 100 mln doorbraakmiddelen for the social domain, r. 5311-5318),
// tracked against what is used. Pure domain, no I/O; millions with ≤ 2 decimals.

import type { Datum } from './begrippen.js';
import { naarHonderdsten, somMln } from './optelling.js';

/**
 * The period a cap covers: one year (`2027`), a range whose cap is the total over the range
 * (`2027-2028`), `structureel` (a yearly amount from when it is fully built up), or `totaal` (an
 * amount without a stated period).
 */
export type EnveloppePeriode = string;

/** One row of the import file `enveloppen`. */
export interface Enveloppe {
  enveloppe: string;
  omschrijving: string;
  periode: EnveloppePeriode;
  plafond_mln: number;
  binnen: string | null;
  afspraken: string[];
  bron: string | null;
}

/** One row of the import file `enveloppe_gebruik`: what was used in a year, at a stand. */
export interface EnveloppeGebruik {
  enveloppe: string;
  jaar: number;
  stand: Datum;
  bedrag_mln: number;
  toelichting: string | null;
}

const PERIODE = /^(\d{4})(?:-(\d{4}))?$/;

/** Whether a periode text is valid; returns the years it spans (empty for structureel/totaal). */
export function leesPeriode(periode: string): { geldig: boolean; jaren: number[] } {
  if (periode === 'structureel' || periode === 'totaal') return { geldig: true, jaren: [] };
  const m = PERIODE.exec(periode);
  if (!m) return { geldig: false, jaren: [] };
  const van = Number(m[1]);
  const tot = m[2] ? Number(m[2]) : van;
  if (tot < van || tot - van > 50) return { geldig: false, jaren: [] };
  return { geldig: true, jaren: Array.from({ length: tot - van + 1 }, (_, i) => van + i) };
}

export interface EnveloppeStand {
  enveloppe: string;
  omschrijving: string;
  periode: EnveloppePeriode;
  binnen: string | null;
  afspraken: string[];
  bron: string | null;
  plafond: number;
  /** Σ used in the years of the period (newest stand ≤ peildatum per year); null when nothing is known. */
  gebruikt: number | null;
  /** The years that have a figure. */
  jaren_met_gebruik: number[];
  resterend: number | null;
  boven_plafond: boolean;
  /** Whole percent of the cap used; null without figures. */
  pct: number | null;
  melding: string | null;
}

const nl = (n: number) => {
  const [heel, dec] = String(Math.abs(n)).split('.');
  return `€ ${n < 0 ? '-' : ''}${heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${dec ? `,${dec}` : ''} mln`;
};

/**
 * Every envelope row against its use at peildatum. A `structureel` envelope is compared with the use
 * of the newest year that has a figure (the structural level is a yearly amount); `totaal` with the
 * use of all years. Use in a year outside every period of its envelope is reported, not dropped.
 */
export function enveloppeStanden(enveloppen: readonly Enveloppe[], gebruik: readonly EnveloppeGebruik[], peildatum: Datum): {
  standen: EnveloppeStand[];
  signalen: string[];
} {
  const signalen: string[] = [];
  const nieuwste = new Map<string, EnveloppeGebruik>();
  for (const g of gebruik) {
    if (g.stand > peildatum) continue;
    const k = `${g.enveloppe}|${g.jaar}`;
    const h = nieuwste.get(k);
    if (!h || g.stand >= h.stand) nieuwste.set(k, g);
  }
  const bekend = new Set(enveloppen.map((e) => e.enveloppe));
  const gedekt = new Set<string>();
  const standen = enveloppen.map((e): EnveloppeStand => {
    const { geldig, jaren } = leesPeriode(e.periode);
    if (!geldig) throw new RangeError(`enveloppe ${e.enveloppe}: ongeldige periode '${e.periode}'`);
    const eigen = [...nieuwste.values()].filter((g) => g.enveloppe === e.enveloppe).sort((a, b) => a.jaar - b.jaar);
    let telt: EnveloppeGebruik[];
    if (e.periode === 'totaal') telt = eigen;
    else if (e.periode === 'structureel') telt = eigen.slice(-1);
    else telt = eigen.filter((g) => jaren.includes(g.jaar));
    for (const g of telt) gedekt.add(`${g.enveloppe}|${g.jaar}`);
    if (e.periode === 'structureel' || e.periode === 'totaal') for (const g of eigen) gedekt.add(`${g.enveloppe}|${g.jaar}`);
    const gebruikt = telt.length ? somMln(telt.map((g) => g.bedrag_mln)) : null;
    const boven = gebruikt !== null && naarHonderdsten(gebruikt) > naarHonderdsten(e.plafond_mln);
    const resterend = gebruikt === null ? null : somMln([e.plafond_mln, -gebruikt]);
    const pct = gebruikt === null || e.plafond_mln === 0 ? null : Math.round((naarHonderdsten(gebruikt) * 100) / naarHonderdsten(e.plafond_mln));
    const melding = boven
      ? `${e.omschrijving} (${e.periode}): gebruikt ${nl(gebruikt!)} boven het plafond van ${nl(e.plafond_mln)}, ${nl(somMln([gebruikt!, -e.plafond_mln]))} te veel${e.bron ? ` (${e.bron})` : ''}.`
      : null;
    if (melding) signalen.push(melding);
    return {
      enveloppe: e.enveloppe,
      omschrijving: e.omschrijving,
      periode: e.periode,
      binnen: e.binnen,
      afspraken: e.afspraken,
      bron: e.bron,
      plafond: e.plafond_mln,
      gebruikt,
      jaren_met_gebruik: telt.map((g) => g.jaar),
      resterend,
      boven_plafond: boven,
      pct,
      melding,
    };
  });
  for (const g of nieuwste.values()) {
    const k = `${g.enveloppe}|${g.jaar}`;
    if (!bekend.has(g.enveloppe)) signalen.push(`Gebruik van onbekende enveloppe '${g.enveloppe}' in ${g.jaar}; het telt nergens mee.`);
    else if (!gedekt.has(k)) signalen.push(`Gebruik van enveloppe '${g.enveloppe}' in ${g.jaar} valt buiten de periodes met een plafond.`);
  }
  return { standen, signalen };
}
