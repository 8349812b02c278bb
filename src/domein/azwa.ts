// AZWA monitoring rules for part 1 of the quarterly report (002 r. 7742-7770): the AZWA agreements
// per block A–E (status counts, passed deadlines, completed since the previous fixed round), and the
// development point "het afvoeren van acties die vanuit het IZA reeds zijn afgerond" (r. 7764-7766).
// Also the state of a dated commitment or BO follow-up (toezegging). Pure: no clock, no I/O.
import { ACTIE_STATUSSEN, AZWA_BLOKKEN, type ActieStatus, type Datum } from './begrippen.js';
import { deadlineStatus, interpreteerDeadline } from './deadline.js';
import type { DeadlineStatus } from './deadline-datum.js';
import { isActieStatus } from './acties.js';

export interface ActieStand {
  code: string;
  akkoord: string;
  /** IZA: thematafel letter; AZWA: agreement code (A1 … E6, C3a). */
  onderdeel: string;
  status: string | null;
  deadline: string | null;
}

/** The block of an AZWA agreement code: its letter (C3a → C). Null for a code that is no agreement. */
export function blokVanAfspraak(code: string): string | null {
  const m = /^([A-E])\d+[a-z]?$/.exec(code.trim());
  return m && m[1] in AZWA_BLOKKEN ? m[1] : null;
}

export interface BlokTelling {
  blok: string;
  naam: string;
  totaal: number;
  per_status: Record<ActieStatus, number>;
  zonder_status: number;
  /** Actions whose deadline has passed at P without being Afgerond. */
  verlopen: number;
  afgerond_sinds_vorige: number | null;
}

function nulStatussen(): Record<ActieStatus, number> {
  return Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as Record<ActieStatus, number>;
}

/** Has the action's deadline passed at P without it being done? (The rule of domein/acties.ts.) */
export function isVerlopen(actie: Pick<ActieStand, 'deadline' | 'status'>, peildatum: Datum, anker: Datum | null): boolean {
  if (!actie.deadline) return false;
  const d = interpreteerDeadline(actie.deadline, { anker, vandaag: peildatum });
  return deadlineStatus(d, peildatum, actie.status === 'Afgerond') === 'verlopen';
}

/**
 * Status counts of the AZWA actions per block A–E at P. `afgerondVorige`: codes that were Afgerond at
 * the previous fixed round (null: there is none, then afgerond_sinds_vorige is null as in contract §3).
 */
export function telAzwaPerBlok(
  acties: readonly ActieStand[],
  peildatum: Datum,
  anker: Datum | null,
  afgerondVorige: ReadonlySet<string> | null,
): BlokTelling[] {
  const blokken = new Map<string, BlokTelling>();
  for (const [blok, naam] of Object.entries(AZWA_BLOKKEN)) {
    blokken.set(blok, {
      blok,
      naam,
      totaal: 0,
      per_status: nulStatussen(),
      zonder_status: 0,
      verlopen: 0,
      afgerond_sinds_vorige: afgerondVorige ? 0 : null,
    });
  }
  for (const a of acties) {
    if (a.akkoord !== 'AZWA') continue;
    const blok = blokVanAfspraak(a.onderdeel);
    if (!blok) continue;
    const t = blokken.get(blok)!;
    t.totaal++;
    if (isActieStatus(a.status)) t.per_status[a.status]++;
    else t.zonder_status++;
    if (isVerlopen(a, peildatum, anker)) t.verlopen++;
    if (afgerondVorige && a.status === 'Afgerond' && !afgerondVorige.has(a.code)) t.afgerond_sinds_vorige!++;
  }
  return [...blokken.values()];
}

export interface IzaSelectie<T> {
  /** The IZA actions that stay in the report. */
  blijven: T[];
  /** How many were dropped: Afgerond at the previous fixed round and still Afgerond at P. */
  afgevoerd: number;
}

/**
 * Development point 1 of the quarterly report (002 r. 7764-7766): IZA actions already completed at the
 * previous fixed round leave the report (not the data). An action that was completed then but has been
 * reopened since stays. Without a previous fixed round nothing is dropped.
 */
export function voerAfgerondeIzaActiesAf<T extends Pick<ActieStand, 'code' | 'akkoord' | 'status'>>(
  acties: readonly T[],
  afgerondVorige: ReadonlySet<string> | null,
): IzaSelectie<T> {
  const blijven: T[] = [];
  let afgevoerd = 0;
  for (const a of acties) {
    if (a.akkoord !== 'IZA') continue;
    if (afgerondVorige && afgerondVorige.has(a.code) && a.status === 'Afgerond') afgevoerd++;
    else blijven.push(a);
  }
  return { blijven, afgevoerd };
}

/**
 * The mid-term review is early 2027, with the decision on 2028 before 1 July 2027 (002 r. 7683-7711):
 * the report of a round whose peildatum falls in 2027 carries the MTR section.
 */
export const MTR_JAAR = 2027;
export const metMtr = (peildatum: Datum): boolean => Number(peildatum.slice(0, 4)) === MTR_JAAR;

/** Kinds of BO meeting (docs/contract/bo_overleggen.md). */
export const BO_SOORTEN = ['BO IZA', 'BO AZWA', 'BO IZA/AZWA'] as const;
/** Level 2 (beweging, output) and level 3 (doelgroepen, outcome) monitors (002 r. 7588-7610). */
export const MONITOR_SOORTEN = ['beweging', 'doelgroep'] as const;

/** Kinds of toezegging: a dated AZWA commitment without agreement code, or a BO decision with its follow-up. Their statuses are those of the actions. */
export const TOEZEGGING_SOORTEN = ['toezegging', 'besluit'] as const;
export type ToezeggingSoort = (typeof TOEZEGGING_SOORTEN)[number];

export interface ToezeggingStand {
  deadline: string | null;
  status: string | null;
}

/**
 * Where a toezegging stands at P: its deadline read like an action's (domein/deadline.ts) and judged
 * with the same rule: `verlopen` after the deadline unless Afgerond.
 */
export function toezeggingStatus(t: ToezeggingStand, peildatum: Datum, anker: Datum | null): DeadlineStatus {
  if (!t.deadline) return 'geen-datum';
  const d = interpreteerDeadline(t.deadline, { anker, vandaag: peildatum });
  return deadlineStatus(d, peildatum, t.status === 'Afgerond');
}
