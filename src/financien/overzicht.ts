// Weergavemodellen van de financiële kaders (geen I/O): tabellen per jaar, het meerjarenbeeld, de
// historie van standen van één jaar en de vergelijking met gepubliceerde cijfers. Alle rekenwerk
// gaat via domein/kaders.ts.
import { KADER_SECTOREN, type Datum, type KaderSector, type KaderSoort } from '../domein/begrippen.js';
import { berekenKader, type KaderCijfers, type KaderRij } from '../domein/kaders.js';
import { kaderTabel, type KaderTabel } from '../domein/kaders-tabel.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader, type KaderAfwijking } from '../domein/kaders-vergelijking.js';
import type { StaafInvoer, TijdreeksInvoer } from '../platform/web/grafiek.js';

/** De tabellen per jaar zoals gedrukt, nieuwste jaar eerst (zoals de rapportage: 2024, dan 2023). */
export function tabellenPerJaar(rijen: readonly KaderRij[], alleenMetUitgaven = false): KaderTabel[] {
  const jaren = [...new Set(rijen.map((r) => r.jaar))].sort((a, b) => b - a);
  return jaren
    .map((j) => kaderTabel(rijen.filter((r) => r.jaar === j)))
    .filter((t) => !alleenMetUitgaven || t.rijen.some((r) => r.soort === 'uitgaven'));
}

// ---------------------------------------------------------------------------------------------
// Meerjarenbeeld

export const EERSTE_JAAR = 2022;
export const LAATSTE_JAAR = 2028;

export interface MeerjarenCel {
  jaar: number;
  sector: KaderSector;
  kader_soort: KaderSoort | null;
  stand: Datum | null;
  kader: number | null;
  uitgaven: number | null;
  resterend_verschil: number | null;
}

export interface Meerjarenbeeld {
  jaren: number[];
  cellen: MeerjarenCel[];
}

/** Kaders 2022–2028 (of breder als er gegevens buiten liggen) per sector, uitgaven waar bekend. */
export function meerjarenbeeld(rijen: readonly KaderRij[]): Meerjarenbeeld {
  const alle = rijen.map((r) => r.jaar);
  const van = Math.min(EERSTE_JAAR, ...alle);
  const tot = Math.max(LAATSTE_JAAR, ...alle);
  const jaren = Array.from({ length: tot - van + 1 }, (_, i) => van + i);
  const cellen: MeerjarenCel[] = [];
  for (const jaar of jaren) {
    for (const sector of KADER_SECTOREN) {
      const rij = rijen.find((r) => r.jaar === jaar && r.sector === sector);
      if (!rij) {
        cellen.push({ jaar, sector, kader_soort: null, stand: null, kader: null, uitgaven: null, resterend_verschil: null });
        continue;
      }
      const a = berekenKader(rij).afgerond;
      cellen.push({ jaar, sector, kader_soort: rij.kader_soort, stand: rij.stand, kader: a.kader, uitgaven: a.uitgaven, resterend_verschil: a.resterend_verschil });
    }
  }
  return { jaren, cellen };
}

/** Kaders per sector door de jaren heen (lijn per sector). */
export function kadersGrafiek(m: Meerjarenbeeld): TijdreeksInvoer {
  return {
    titel: `Financiële kaders per sector ${m.jaren[0]}–${m.jaren[m.jaren.length - 1]}`,
    eenheid: '€ mln',
    xNaam: 'Jaar',
    reeksen: KADER_SECTOREN.map((s) => ({
      naam: s,
      punten: m.jaren.map((j) => ({ x: String(j), y: m.cellen.find((c) => c.jaar === j && c.sector === s)!.kader })),
    })),
  };
}

/** Over- (+) en onderschrijding (−) per jaar en sector: alleen jaren met uitgaven. */
export function verschilGrafiek(m: Meerjarenbeeld): StaafInvoer {
  const jaren = m.jaren.filter((j) => m.cellen.some((c) => c.jaar === j && c.resterend_verschil !== null));
  return {
    titel: 'Over- en onderschrijding per jaar en sector (+ is overschrijding)',
    eenheid: '€ mln',
    xNaam: 'Jaar',
    categorieen: jaren.map(String),
    reeksen: KADER_SECTOREN.map((s) => ({
      naam: s,
      waarden: jaren.map((j) => m.cellen.find((c) => c.jaar === j && c.sector === s)!.resterend_verschil),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Historie van de standen van één jaar

export interface HistorieRegel {
  stand: Datum;
  stand_omschrijving: string | null;
  sector: KaderSector;
  embargo_tot: Datum | null;
  cijfers: KaderCijfers;
}

export function historie<T extends KaderRij & { embargo_tot: Datum | null }>(rijen: readonly T[], jaar: number): HistorieRegel[] {
  return rijen
    .filter((r) => r.jaar === jaar)
    .sort((a, b) => (a.stand < b.stand ? -1 : a.stand > b.stand ? 1 : KADER_SECTOREN.indexOf(a.sector) - KADER_SECTOREN.indexOf(b.sector)))
    .map((r) => ({ stand: r.stand, stand_omschrijving: r.stand_omschrijving, sector: r.sector, embargo_tot: r.embargo_tot, cijfers: berekenKader(r).afgerond }));
}

/** Per sector het verloop over de standen: uitgaven, kader en resterend verschil. */
export function historieGrafiek(regels: readonly HistorieRegel[], sector: KaderSector, jaar: number): TijdreeksInvoer {
  const eigen = regels.filter((r) => r.sector === sector);
  const x = (r: HistorieRegel) => r.stand;
  return {
    titel: `${sector} ${jaar}: cijfers per stand`,
    eenheid: '€ mln',
    xNaam: 'Stand',
    reeksen: [
      { naam: 'Uitgaven', punten: eigen.map((r) => ({ x: x(r), y: r.cijfers.uitgaven })) },
      { naam: 'Kader', punten: eigen.map((r) => ({ x: x(r), y: r.cijfers.kader })) },
      { naam: 'Resterend verschil', punten: eigen.map((r) => ({ x: x(r), y: r.cijfers.resterend_verschil })) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Vergelijking met gepubliceerde kerncijfers

export interface SnapshotVergelijking {
  peildatum: Datum;
  bron: string;
  /** Aantal gepubliceerde kaderitems dat is vergeleken. */
  vergeleken: number;
  afwijkingen: KaderAfwijking[];
}

/**
 * Vergelijkt de gepubliceerde kaders van een snapshot met de berekening uit de standen die op de
 * peildatum van die snapshot bekend waren. Verschillen tot en met 1 (afronding) tellen niet.
 */
export function vergelijkSnapshot(
  snapshot: { peildatum: Datum; bron: string; inhoud: { financiele_kaders?: unknown } },
  rijen: readonly KaderRij[],
  jaar?: number,
): SnapshotVergelijking | null {
  const gepubliceerd = ((snapshot.inhoud.financiele_kaders as GepubliceerdKader[] | undefined) ?? []).filter((g) => jaar === undefined || g.jaar === jaar);
  if (gepubliceerd.length === 0) return null;
  const berekend = rijen.filter((r) => r.stand <= snapshot.peildatum).map((r) => berekenKader(r));
  return { peildatum: snapshot.peildatum, bron: snapshot.bron, vergeleken: gepubliceerd.length, afwijkingen: vergelijkMetGepubliceerd(berekend, gepubliceerd) };
}
