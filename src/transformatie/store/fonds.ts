// Transformation store: budget per year (first come, first served) and doorbraakmiddelen.
import type { Db, Queryable } from '../../platform/db.js';
import { type Datum } from '../../domein/begrippen.js';
import {
  TRANSFORMATIEMIDDELEN_LAATSTE_JAAR,
  verdeelBudget,
  toetsDoorbraakclaims,
  type Budgetverdeling,
  type DoorbraakToets,
  type Jaarbudget,
  type Toekenning,
} from '../../domein/budget.js';
import { schrijfAudit } from '../../kern/audit.js';
import { magKpisBeheren, type Gebruiker } from '../../domein/beleid.js';
import { mislukt, vergrendel, type Uitkomst, inTransactie } from './schrijven.js';
import { goedgekeurdOpPerPlan, kpisOp, planOp, plannenOp, toetsOp } from './standen.js';

// ---------------------------------------------------------------------------------------------
// Budget per jaar (wie het eerst komt) en doorbraakmiddelen

export async function budgetten(db: Queryable): Promise<Jaarbudget[]> {
  return db.query<Jaarbudget>(`SELECT jaar, bedrag_eur FROM transformatie_budgetten ORDER BY jaar`);
}

export async function zetBudget(db: Db, invoer: { jaar: number | null; bedrag_eur: number | null }, g: Gebruiker): Promise<Uitkomst> {
  const velden: Record<string, string> = {};
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < 2022 || invoer.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR) {
    velden.jaar = `Kies een jaar van 2022 tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}: het fonds loopt tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}.`;
  }
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur < 0) velden.bedrag_eur = "Vul het budget in hele euro's in.";
  if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
  return inTransactie(db, async (tx) => {
    const voor = await tx.query<{ bedrag_eur: number }>(`SELECT bedrag_eur FROM transformatie_budgetten WHERE jaar = $1 FOR UPDATE`, [invoer.jaar]);
    await tx.query(
      `INSERT INTO transformatie_budgetten (jaar, bedrag_eur, door) VALUES ($1, $2, $3)
       ON CONFLICT (jaar) DO UPDATE SET bedrag_eur = EXCLUDED.bedrag_eur, door = EXCLUDED.door, gewijzigd_op = now()`,
      [invoer.jaar, invoer.bedrag_eur, g.email],
    );
    await schrijfAudit(tx, { door: g.email, actie: 'budget.zetten', object_soort: 'transformatie_budget', object_id: String(invoer.jaar), voor: voor[0] ?? null, na: { bedrag_eur: invoer.bedrag_eur } });
    return { ok: true as const };
  });
}

/**
 * Wat elk goedgekeurd plan op P van welk jaarbudget vraagt: de KPI-bedragen per jaar, en wat er van
 * het beschikbaar gestelde bedrag niet aan een KPI hangt in het jaar van goedkeuring.
 */
export async function toekenningenOp(db: Queryable, peildatum: Datum): Promise<Toekenning[]> {
  const plannen = (await plannenOp(db, peildatum)).filter((p) => p.status === 'Goedgekeurd');
  const goedgekeurdOp = await goedgekeurdOpPerPlan(db, peildatum);
  const kpis = await kpisOp(db, peildatum);
  const uit: Toekenning[] = [];
  for (const p of plannen) {
    const datum = goedgekeurdOp.get(p.id) ?? p.status_datum;
    const perJaar = new Map<number, number>();
    let totaal = 0;
    for (const k of kpis.filter((x) => x.plan_id === p.id && x.jaar !== null)) {
      perJaar.set(Number(k.jaar), (perJaar.get(Number(k.jaar)) ?? 0) + (k.bedrag_eur ?? 0));
      totaal += k.bedrag_eur ?? 0;
    }
    const rest = (p.bedrag_beschikbaar_gesteld_eur ?? 0) - totaal;
    if (rest > 0) {
      const jaar = Number(datum.slice(0, 4));
      perJaar.set(jaar, (perJaar.get(jaar) ?? 0) + rest);
    }
    for (const [jaar, bedrag] of perJaar) uit.push({ plan_id: p.id, goedgekeurd_op: datum, jaar, bedrag_eur: bedrag });
  }
  return uit;
}

export async function budgetOverzicht(db: Queryable, peildatum: Datum): Promise<{ budgetten: Jaarbudget[]; toekenningen: Toekenning[]; verdeling: Budgetverdeling }> {
  const b = await budgetten(db);
  const t = await toekenningenOp(db, peildatum);
  return { budgetten: b, toekenningen: t, verdeling: verdeelBudget(b, t, peildatum) };
}

export interface DoorbraakclaimRij {
  id: number;
  jaar: number;
  plan_id: string | null;
  omschrijving: string;
  bedrag_eur: number;
  sociaal_domein: boolean;
  door: string;
}

export async function doorbraakclaims(db: Queryable): Promise<DoorbraakclaimRij[]> {
  return db.query<DoorbraakclaimRij>(`SELECT id, jaar, plan_id, omschrijving, bedrag_eur, sociaal_domein, door FROM doorbraakclaims ORDER BY jaar, id`);
}

export async function doorbraakOverzicht(db: Queryable): Promise<{ claims: DoorbraakclaimRij[]; toets: DoorbraakToets }> {
  const claims = await doorbraakclaims(db);
  return { claims, toets: toetsDoorbraakclaims(claims) };
}

export async function voegDoorbraakclaimToe(
  db: Db,
  invoer: { jaar: number | null; plan_id: string | null; omschrijving: string; bedrag_eur: number | null; sociaal_domein: boolean },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ id: number; meldingen: string[] }>> {
  const velden: Record<string, string> = {};
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < 2025 || invoer.jaar > 2035) velden.jaar = 'Kies het jaar van de claim (doorbraakmiddelen zijn er in 2027 en 2028).';
  if (!invoer.omschrijving.trim()) velden.omschrijving = 'Beschrijf de claim.';
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
  return inTransactie(db, async (tx) => {
    if (invoer.plan_id) {
      const plan = await planOp(tx, invoer.plan_id, vandaag);
      if (!plan) return mislukt('validatie', `Plan ${invoer.plan_id} bestaat niet.`, { plan_id: `Plan ${invoer.plan_id} bestaat niet.` });
      // a claim on a plan is for whoever manages that plan's KPIs (issue 20: no ownership check)
      const toets = plan.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
      if (!magKpisBeheren(g, toets?.coordinerend_verzekeraar ?? null)) {
        return mislukt('verboden', `Alleen de coördinerend verzekeraar van plan ${invoer.plan_id} of een beheerder legt er een doorbraakclaim op vast.`);
      }
    }
    // één claim tegelijk, zodat het jaartotaal klopt dat we hierna melden
    await vergrendel(tx, 'teller', 'doorbraakclaims');
    const [{ id }] = await tx.query<{ id: number }>(
      `INSERT INTO doorbraakclaims (jaar, plan_id, omschrijving, bedrag_eur, sociaal_domein, door) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [invoer.jaar, invoer.plan_id || null, invoer.omschrijving.trim(), invoer.bedrag_eur, invoer.sociaal_domein, g.email],
    );
    await schrijfAudit(tx, { door: g.email, actie: 'doorbraakclaim.toevoegen', object_soort: 'doorbraakclaim', object_id: String(id), voor: null, na: invoer });
    const toets = toetsDoorbraakclaims(await doorbraakclaims(tx));
    return { ok: true as const, id, meldingen: toets.jaren.find((j) => j.jaar === invoer.jaar)?.meldingen ?? [] };
  });
}

