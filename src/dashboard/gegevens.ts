// What the dashboard shows: which peildatums a user may pick, the kerncijfers at the chosen one
// (through rapportage/kerncijfers.ts, the one place that counts), and the published figures over time.
import type { Queryable } from '../platform/db.js';
import { mag, type Gebruiker } from '../domein/beleid.js';
import { alleSnapshots, gepubliceerdeSnapshots, type Snapshot } from '../kern/snapshots.js';
import { kerncijfers } from '../kern/kerncijfers.js';
import { datum } from '../platform/formaat.js';
import { grafiekTabel, tijdreeksOptie, type TijdreeksInvoer } from '../platform/web/grafiek.js';

/**
 * Snapshots this user may see: published ones (imported publications and rounds that are
 * gepubliceerd) for everyone; snapshots of rounds that are vastgesteld but not yet published only
 * for roles with 'concept.lezen'.
 */
export async function zichtbareSnapshots(db: Queryable, g: Gebruiker | null): Promise<Snapshot[]> {
  return mag(g, 'concept.lezen') ? alleSnapshots(db) : gepubliceerdeSnapshots(db);
}

export type Cijfers = Record<string, unknown> & { bron: string; peildatum: string; publicatie?: string; opmerkingen?: string[] };

export async function dashboardCijfers(db: Queryable, peildatum: string, alleenVastgesteld: boolean, g: Gebruiker | null): Promise<Cijfers | null> {
  return (await kerncijfers(db, peildatum, alleenVastgesteld ? 'vastgesteld' : undefined, { alleenGepubliceerd: !mag(g, 'concept.lezen') })) as Cijfers | null;
}

/** A number at a path in the kerncijfers, or null when it was not published. */
export function waarde(c: Record<string, unknown> | null | undefined, pad: string): number | null {
  let x: unknown = c;
  for (const deel of pad.split('.')) {
    if (x === null || typeof x !== 'object') return null;
    x = (x as Record<string, unknown>)[deel];
  }
  return typeof x === 'number' ? x : null;
}

export interface Reeksen {
  snelleToetsen: TijdreeksInvoer;
  plannen: TijdreeksInvoer;
}

/**
 * The published figures over time (one point per snapshot, at its date on a time axis to scale; null
 * where a figure was not published), with a line at the chosen peildatum.
 */
export function reeksenUitSnapshots(snapshots: Snapshot[], peildatum?: string | null): Reeksen {
  const punten = (pad: string) => snapshots.map((s) => ({ x: datum(s.peildatum), datum: String(s.peildatum), y: waarde(s.inhoud as Record<string, unknown>, pad) }));
  const P = peildatum ?? undefined;
  return {
    snelleToetsen: {
      titel: 'Snelle toetsen: ingediend en goedgekeurd',
      eenheid: 'aantal',
      xNaam: 'Peildatum',
      peildatum: P,
      reeksen: [
        { naam: 'Ingediend (totaal)', punten: punten('snelle_toetsen.totaal') },
        { naam: 'Goedgekeurd', punten: punten('snelle_toetsen.per_status.Goedgekeurd') },
      ],
    },
    plannen: {
      titel: 'Goedgekeurde transformatieplannen',
      eenheid: 'aantal',
      xNaam: 'Peildatum',
      peildatum: P,
      reeksen: [{ naam: 'Goedgekeurde transformatieplannen', punten: punten('transformatieplannen.per_status.Goedgekeurd') }],
    },
  };
}

export const GRAFIEKEN = {
  'snelle-toetsen': (r: Reeksen) => r.snelleToetsen,
  transformatieplannen: (r: Reeksen) => r.plannen,
} as const;
export type GrafiekNaam = keyof typeof GRAFIEKEN;

export function grafiek(invoer: TijdreeksInvoer) {
  // the page shows the title as a heading above the chart; the option keeps it only for aria
  const optie = tijdreeksOptie({ ...invoer, titel: undefined as unknown as string }) as Record<string, unknown>;
  optie.aria = { enabled: true, decal: { show: false }, label: { description: invoer.titel } };
  optie.grid = { left: 64, right: 32, top: 32, bottom: 64 };
  return { optie: optie as ReturnType<typeof tijdreeksOptie>, tabel: grafiekTabel(invoer) };
}
