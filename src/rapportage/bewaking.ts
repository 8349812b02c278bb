// What fixing a round would do to the published figures: the kerncijfers computed at P beside the
// newest published figures before P (domein/cijferbewaking), with the registers that hold no records.
import type { Queryable } from '../platform/db.js';
import { alleSnapshots } from '../kern/snapshots.js';
import { berekenKerncijfers } from '../kern/kerncijfers.js';
import { vergelijkCijfers, type CijferBron, type CijferVergelijking, type Register } from '../domein/cijferbewaking.js';

const REGISTER_TABELLEN: Record<Register, string> = {
  acties: 'acties_log',
  snelle_toetsen: 'snelle_toetsen_log',
  transformatieplannen: 'transformatieplannen_log',
  kpis: 'kpis_log',
};

/** The registers without a single record dated on or before P. */
export async function legeRegistersOp(db: Queryable, peildatum: string): Promise<Set<Register>> {
  const leeg = new Set<Register>();
  for (const [register, tabel] of Object.entries(REGISTER_TABELLEN) as [Register, string][]) {
    const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel} WHERE status_datum <= $1`, [peildatum]);
    if (Number(r.n) === 0) leeg.add(register);
  }
  return leeg;
}

export interface VorigePublicatie {
  peildatum: string;
  bron: string;
  inhoud: CijferBron;
}

/** The newest public figures before P: an imported publication or the snapshot of a published round. */
export async function vorigePublicatie(db: Queryable, peildatum: string): Promise<VorigePublicatie | null> {
  const gepubliceerd = new Set(
    (await db.query<{ peildatum: string }>(`SELECT peildatum FROM rapportagerondes WHERE status = 'gepubliceerd'`)).map((r) => String(r.peildatum)),
  );
  const eerder = (await alleSnapshots(db))
    .filter((s) => s.peildatum < peildatum && (s.herkomst === 'import' || gepubliceerd.has(s.peildatum)))
    .sort((a, b) => (a.peildatum < b.peildatum ? 1 : -1));
  const s = eerder[0];
  return s ? { peildatum: s.peildatum, bron: s.bron, inhoud: s.inhoud as unknown as CijferBron } : null;
}

export interface Bewaking {
  vorige: VorigePublicatie | null;
  cijfers: CijferVergelijking[];
}

/** The comparison shown before fixing a round with computed figures (and checked when fixing). */
export async function bewaakCijfers(db: Queryable, peildatum: string, nieuw?: CijferBron): Promise<Bewaking> {
  const vorige = await vorigePublicatie(db, peildatum);
  const berekend = nieuw ?? ((await berekenKerncijfers(db, peildatum)) as unknown as CijferBron);
  return { vorige, cijfers: vergelijkCijfers(vorige?.inhoud ?? null, berekend, await legeRegistersOp(db, peildatum)) };
}
