// Money per agreement through the VWS budget (AZWA Bijlage 2, 002 r. 7430-7540) and its realisation
// per year. Every printed agreement total and the grand total per period are recomputed from their
// printed lines and flagged when they differ. Pure domain, no I/O; millions with ≤ 2 decimals.

import type { Datum } from './begrippen.js';
import { controleerSom, naarHonderdsten, somMln, uitHonderdsten, type Somcontrole } from './optelling.js';

/** Kind of a Bijlage 2 line: an agreement's own line, a sub-line of an agreement, or the grand total. */
export const BEGROTING_NIVEAUS = ['afspraak', 'deelpost', 'totaal'] as const;
export type BegrotingNiveau = (typeof BEGROTING_NIVEAUS)[number];

/** `2026`…`2030` or `structureel` (the column "Struc."). */
export type Periode = string;
export const STRUCTUREEL = 'structureel';

/** One row of the import file `begrotingsafspraken`. */
export interface BegrotingsRegel {
  stand: Datum;
  stand_omschrijving: string | null;
  /** Agreement code (A1 … E6); null for a line without agreement (e.g. "Flankerend beleid AZWA") and the total. */
  afspraak: string | null;
  volgorde: number;
  niveau: BegrotingNiveau;
  omschrijving: string;
  periode: Periode;
  bedrag_mln: number;
  bron: string | null;
}

/** One row of the import file `begrotingsrealisatie`. */
export interface RealisatieRegel {
  afspraak: string | null;
  /** The `omschrijving` of the Bijlage 2 line it realises. */
  omschrijving: string;
  jaar: number;
  stand: Datum;
  realisatie_mln: number;
  toelichting: string | null;
}

export interface Begrotingspost {
  afspraak: string | null;
  omschrijving: string;
  niveau: BegrotingNiveau;
  volgorde: number;
  bron: string | null;
  /** Per period as printed; a period without a row is absent. */
  bedragen: Record<Periode, number>;
}

export interface AfspraakBegroting {
  /** null: a line without agreement code. */
  afspraak: string | null;
  omschrijving: string;
  volgorde: number;
  bron: string | null;
  /** The printed agreement line, or null when only sub-lines carry amounts (B4). */
  eigen: Begrotingspost | null;
  deelposten: Begrotingspost[];
  /** What the agreement gets per period: its printed line, else the sum of its sub-lines. */
  bedragen: Record<Periode, number>;
  /** Per period: printed agreement line against Σ sub-lines (only when both exist). */
  controles: (Somcontrole & { periode: Periode; melding: string })[];
}

export interface Begrotingsoverzicht {
  stand: Datum;
  perioden: Periode[];
  afspraken: AfspraakBegroting[];
  /** Printed grand total per period (line `totaal`). */
  totaal_gedrukt: Record<Periode, number>;
  /** Per period: printed total against Σ of what every agreement gets. */
  totaal_controles: (Somcontrole & { periode: Periode; melding: string })[];
  /** All controls that do not add up exactly. */
  signalen: string[];
}

const nl = (n: number) => {
  const [heel, dec] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${dec ? `,${dec}` : ''}`;
};

function periodeVolgorde(a: Periode, b: Periode): number {
  const na = a === STRUCTUREEL ? Infinity : Number(a);
  const nb = b === STRUCTUREEL ? Infinity : Number(b);
  return na - nb;
}

function oordeelZin(c: Somcontrole): string {
  return c.oordeel === 'klopt' ? '' : c.oordeel === 'afronding' ? ` (afrondingsverschil ${nl(c.verschil)})` : ` (wijkt af: ${nl(c.verschil)})`;
}

/**
 * The Bijlage 2 overview of one stand (pass the rows of one stand; see `nieuwsteBegrotingsstand`).
 * Lines are grouped per agreement in printed order; an agreement without code is its own group.
 */
export function begrotingsoverzicht(regels: readonly BegrotingsRegel[]): Begrotingsoverzicht {
  if (regels.length === 0) throw new RangeError('begrotingsoverzicht: geen regels');
  const stand = regels[0].stand;
  if (regels.some((r) => r.stand !== stand)) throw new RangeError('begrotingsoverzicht: regels van meer dan één stand');
  const perioden = [...new Set(regels.map((r) => r.periode))].sort(periodeVolgorde);

  // Lines: one per (niveau, afspraak, omschrijving).
  const posten = new Map<string, Begrotingspost>();
  for (const r of [...regels].sort((a, b) => a.volgorde - b.volgorde)) {
    const k = `${r.niveau}|${r.afspraak ?? ''}|${r.omschrijving}`;
    const p = posten.get(k) ?? { afspraak: r.afspraak, omschrijving: r.omschrijving, niveau: r.niveau, volgorde: r.volgorde, bron: r.bron, bedragen: {} };
    if (p.bedragen[r.periode] !== undefined) throw new RangeError(`${r.omschrijving} ${r.periode} komt meer dan eens voor`);
    p.bedragen[r.periode] = r.bedrag_mln;
    posten.set(k, p);
  }

  const totaalPost = [...posten.values()].find((p) => p.niveau === 'totaal') ?? null;
  const groepen = new Map<string, AfspraakBegroting>();
  for (const p of [...posten.values()].sort((a, b) => a.volgorde - b.volgorde)) {
    if (p.niveau === 'totaal') continue;
    // Lines without code are separate groups, keyed by their text.
    const k = p.afspraak ?? `zonder:${p.omschrijving}`;
    const g = groepen.get(k) ?? { afspraak: p.afspraak, omschrijving: p.omschrijving, volgorde: p.volgorde, bron: p.bron, eigen: null, deelposten: [], bedragen: {}, controles: [] };
    if (p.niveau === 'afspraak') {
      if (g.eigen) throw new RangeError(`afspraak ${p.afspraak}: meer dan één eigen regel`);
      g.eigen = p;
      g.omschrijving = p.omschrijving;
      g.bron = p.bron;
    } else g.deelposten.push(p);
    groepen.set(k, g);
  }

  const signalen: string[] = [];
  for (const g of groepen.values()) {
    for (const periode of perioden) {
      const delen = g.deelposten.filter((d) => d.bedragen[periode] !== undefined).map((d) => d.bedragen[periode]);
      const eigen = g.eigen?.bedragen[periode];
      if (eigen !== undefined) g.bedragen[periode] = eigen;
      else if (delen.length > 0) g.bedragen[periode] = somMln(delen);
      if (eigen !== undefined && delen.length > 0) {
        const c = controleerSom(eigen, delen);
        const melding = `${g.afspraak ?? g.omschrijving} ${periode}: gedrukt ${nl(eigen)}, som van ${delen.length} deelposten ${nl(c.berekend)}${oordeelZin(c)}.`;
        g.controles.push({ ...c, periode, melding });
        if (c.oordeel !== 'klopt') signalen.push(melding);
      }
    }
  }

  const afspraken = [...groepen.values()].sort((a, b) => a.volgorde - b.volgorde);
  const totaal_gedrukt: Record<Periode, number> = totaalPost ? { ...totaalPost.bedragen } : {};
  const totaal_controles: Begrotingsoverzicht['totaal_controles'] = [];
  for (const periode of perioden) {
    const gedrukt = totaal_gedrukt[periode];
    if (gedrukt === undefined) continue;
    const delen = afspraken.filter((a) => a.bedragen[periode] !== undefined).map((a) => a.bedragen[periode]);
    const c = controleerSom(gedrukt, delen);
    const melding = `Totaal via begroting VWS ${periode}: gedrukt ${nl(gedrukt)}, som van ${delen.length} regels ${nl(c.berekend)}${oordeelZin(c)}.`;
    totaal_controles.push({ ...c, periode, melding });
    if (c.oordeel !== 'klopt') signalen.push(melding);
  }
  return { stand, perioden, afspraken, totaal_gedrukt, totaal_controles, signalen };
}

/** The rows of the newest stand ≤ peildatum (Bijlage 2 is replaced as a whole by a newer stand). */
export function nieuwsteBegrotingsstand(regels: readonly BegrotingsRegel[], peildatum: Datum): BegrotingsRegel[] {
  const standen = [...new Set(regels.map((r) => r.stand))].filter((s) => s <= peildatum).sort();
  const s = standen[standen.length - 1];
  return s === undefined ? [] : regels.filter((r) => r.stand === s);
}

// ---------------------------------------------------------------------------------------------
// Realisation

export interface RealisatieJaar {
  jaar: number;
  begroot: number | null;
  /** Newest stand ≤ peildatum; null: nothing entered or imported. */
  realisatie: number | null;
  stand: Datum | null;
  /** realisatie − begroot (+ is more spent than budgeted); null if either is missing. */
  verschil: number | null;
  /** realisatie / begroot in whole percent; null if begroot is 0 or missing. */
  pct: number | null;
  toelichting: string | null;
}

export interface AfspraakRealisatie {
  afspraak: string | null;
  omschrijving: string;
  jaren: RealisatieJaar[];
  /** Realisation rows that match no Bijlage 2 line of this agreement. */
  onbekend: RealisatieRegel[];
}

/**
 * Budget against realisation per year for one agreement group of the overview. Realisation can be
 * delivered for the agreement line itself or for its sub-lines (then summed); a row for a line the
 * agreement does not have is reported in `onbekend`, not dropped.
 */
export function realisatieVanAfspraak(groep: AfspraakBegroting, realisatie: readonly RealisatieRegel[], peildatum: Datum): AfspraakRealisatie {
  const namen = new Set([groep.omschrijving, ...groep.deelposten.map((d) => d.omschrijving)]);
  const eigen = realisatie.filter((r) => (r.afspraak ?? null) === groep.afspraak && (groep.afspraak !== null || r.omschrijving === groep.omschrijving));
  const onbekend = eigen.filter((r) => !namen.has(r.omschrijving));
  // Newest stand ≤ P per line × jaar.
  const nieuwste = new Map<string, RealisatieRegel>();
  for (const r of eigen) {
    if (r.stand > peildatum || !namen.has(r.omschrijving)) continue;
    const k = `${r.omschrijving}|${r.jaar}`;
    const h = nieuwste.get(k);
    if (!h || r.stand >= h.stand) nieuwste.set(k, r);
  }
  const jarenSet = new Set<number>();
  for (const p of Object.keys(groep.bedragen)) if (p !== STRUCTUREEL) jarenSet.add(Number(p));
  for (const r of nieuwste.values()) jarenSet.add(r.jaar);
  const jaren = [...jarenSet].sort((a, b) => a - b).map((jaar): RealisatieJaar => {
    const begroot = groep.bedragen[String(jaar)] ?? null;
    const opAfspraak = nieuwste.get(`${groep.omschrijving}|${jaar}`);
    const opDeel = groep.deelposten.map((d) => nieuwste.get(`${d.omschrijving}|${jaar}`)).filter((r): r is RealisatieRegel => !!r);
    // The agreement line wins when both are delivered (it is the total the BO looks at).
    const bron = opAfspraak ? [opAfspraak] : opDeel;
    const realisatieMln = bron.length ? somMln(bron.map((r) => r.realisatie_mln)) : null;
    const stand = bron.length ? bron.map((r) => r.stand).sort().at(-1)! : null;
    const verschil = realisatieMln !== null && begroot !== null ? somMln([realisatieMln, -begroot]) : null;
    const pct =
      realisatieMln !== null && begroot !== null && begroot !== 0
        ? Math.round((naarHonderdsten(realisatieMln) * 100) / naarHonderdsten(begroot))
        : null;
    const toelichting = bron.map((r) => r.toelichting).filter(Boolean).join(' ') || null;
    return { jaar, begroot, realisatie: realisatieMln, stand, verschil, pct, toelichting };
  });
  return { afspraak: groep.afspraak, omschrijving: groep.omschrijving, jaren, onbekend };
}

/** Σ of realisation over all agreements per year (for the overview's bottom line). */
export function totaleRealisatie(per: readonly AfspraakRealisatie[]): Map<number, number> {
  const uit = new Map<number, number>();
  for (const a of per) for (const j of a.jaren) if (j.realisatie !== null) uit.set(j.jaar, naarHonderdsten(j.realisatie) + (uit.get(j.jaar) ?? 0));
  return new Map([...uit].map(([j, h]) => [j, uitHonderdsten(h)]));
}
