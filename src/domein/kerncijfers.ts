// The counts of contract §3 from the states of the records at peildatum P. Pure: the store gathers
// the states, this function applies the rules. Pages, the API and the report all call it.
import { ACTIE_STATUSSEN, PLAN_STATUSSEN, TOETS_STATUSSEN, type ActieStatus } from './begrippen.js';
import { ingediendOp, isIngediendOp } from './indiening.js';

export interface ActieToestand {
  /** May be null for a grouped row (`aantal` > 1) that is not Afgerond: its code is not needed to count. */
  code: string;
  akkoord: string;
  onderdeel: string;
  status: string | null;
  /** How many actions this row stands for (the store may group equal rows; default 1). */
  aantal?: number;
}
export interface ToetsToestand {
  id: string;
  status: string | null;
  ingediend_op: string | null;
}
export interface PlanToestand {
  id: string;
  snelle_toets_id: string | null;
  status: string | null;
  ingediend_op: string | null;
}

function nulTelling<T extends readonly string[]>(statussen: T): Record<T[number], number> {
  return Object.fromEntries(statussen.map((s) => [s, 0])) as Record<T[number], number>;
}

export function telActies(acties: readonly ActieToestand[], afgerondVorige: ReadonlySet<string> | null) {
  const per_status = nulTelling(ACTIE_STATUSSEN);
  const per_onderdeel: Record<string, { totaal: number; per_status: Record<ActieStatus, number> }> = {};
  let zonder_status = 0;
  let afgerond_sinds_vorige = 0;
  let totaal = 0;
  for (const a of acties) {
    const n = a.aantal ?? 1;
    totaal += n;
    const o = (per_onderdeel[a.onderdeel] ??= { totaal: 0, per_status: nulTelling(ACTIE_STATUSSEN) });
    o.totaal += n;
    if (a.status && a.status in per_status) {
      per_status[a.status as ActieStatus] += n;
      o.per_status[a.status as ActieStatus] += n;
    } else {
      zonder_status += n;
    }
    if (afgerondVorige && a.status === 'Afgerond' && !afgerondVorige.has(a.code)) afgerond_sinds_vorige += n;
  }
  return {
    totaal,
    per_status,
    zonder_status,
    afgerond_sinds_vorige: afgerondVorige ? afgerond_sinds_vorige : null,
    per_onderdeel,
  };
}

export function telSnelleToetsen(toetsen: readonly ToetsToestand[], peildatum: string) {
  const per_status = nulTelling(TOETS_STATUSSEN);
  let totaal = 0;
  for (const t of toetsen) {
    // a toets counts from its submission date (contract §3), also when its rows start earlier
    if (!isIngediendOp(t, peildatum)) continue;
    totaal++;
    if (t.status && t.status in per_status) per_status[t.status as keyof typeof per_status]++;
  }
  return { totaal, per_status };
}

export function telTransformatieplannen(toetsen: readonly ToetsToestand[], plannen: readonly PlanToestand[], peildatum: string) {
  const per_status = nulTelling(PLAN_STATUSSEN);
  const ingediendePlannen = ingediendOp(plannen, peildatum);
  for (const p of ingediendePlannen) if (p.status && p.status in per_status) per_status[p.status as keyof typeof per_status]++;
  const goedgekeurd = toetsen.filter((t) => t.status === 'Goedgekeurd');
  const metPlan = new Set(ingediendePlannen.map((p) => p.snelle_toets_id));
  return {
    goedgekeurde_snelle_toetsen: goedgekeurd.length,
    in_uitwerking: goedgekeurd.filter((t) => !metPlan.has(t.id)).length,
    ingediend: ingediendePlannen.length,
    per_status,
  };
}
