// Transformation store: KPIs of a plan (add, actions).
import type { Db } from '../../platform/db.js';
import { type Datum } from '../../domein/begrippen.js';
import { TRANSFORMATIEMIDDELEN_LAATSTE_JAAR } from '../../domein/budget.js';
import { magKpisBeheren } from '../../domein/beleid.js';
import { schrijfAudit } from '../../kern/audit.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { kpiOvergang, type KpiActie } from '../../domein/workflow.js';
import { controleerVersie, mislukt, schrijfHandeling, schrijfLogRij, vergrendel, vergrendelPlan, verhoogVersie, type Uitkomst, inTransactie } from './schrijven.js';
import { kpiOp, planOp, toetsOp } from './standen.js';

// ---------------------------------------------------------------------------------------------
// KPI's

export const KPI_EERSTE_JAAR = 2023;


export async function voegKpiToe(
  db: Db,
  invoer: { planId: string; omschrijving: string; jaar: number | null; bedrag_eur: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ kpiId: string }>> {
  const velden: Record<string, string> = {};
  if (!invoer.omschrijving.trim()) velden.omschrijving = 'Beschrijf wat bereikt moet worden.';
  if (invoer.jaar === null || !Number.isInteger(invoer.jaar) || invoer.jaar < KPI_EERSTE_JAAR || invoer.jaar > TRANSFORMATIEMIDDELEN_LAATSTE_JAAR) {
    velden.jaar = `Kies een jaar van ${KPI_EERSTE_JAAR} tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR} (het fonds loopt tot en met ${TRANSFORMATIEMIDDELEN_LAATSTE_JAAR}).`;
  }
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  return inTransactie(db, async (tx) => {
    const vast = await vergrendelPlan(tx, invoer.planId, vandaag);
    if ('ok' in vast) return vast;
    const { plan, toets } = vast;
    if (!magKpisBeheren(g, toets?.coordinerend_verzekeraar ?? null)) return mislukt('verboden', "Alleen de coördinerend verzekeraar van dit plan of een beheerder legt KPI's vast.");
    if (plan.status !== 'Voorgenomen besluit' && plan.status !== 'Goedgekeurd') {
      return mislukt('ongeldig', `KPI's worden vastgelegd bij een voorgenomen besluit of een goedgekeurd plan; dit plan heeft de status '${plan.status}'.`);
    }
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
    const [{ hoogste }] = await tx.query<{ hoogste: number }>(
      `SELECT coalesce(max((substring(kpi_id from '^K(\\d+)$'))::int), 0) AS hoogste FROM kpis_log WHERE plan_id = $1`,
      [plan.id],
    );
    const kpiId = `K${Number(hoogste) + 1}`;
    await vergrendel(tx, 'kpi', `${plan.id}/${kpiId}`);
    const rij = {
      plan_id: plan.id,
      kpi_id: kpiId,
      status_datum: vandaag,
      omschrijving: invoer.omschrijving.trim(),
      jaar: invoer.jaar,
      bedrag_eur: invoer.bedrag_eur,
      resultaat: 'open',
      betaalstatus: 'open',
      door: g.email,
    };
    await schrijfLogRij(tx, 'kpis_log', ['plan_id', 'kpi_id', 'status_datum'], rij);
    await verhoogVersie(tx, 'kpi', `${plan.id}/${kpiId}`);
    await schrijfHandeling(tx, g, { soort: 'kpi', item_id: `${plan.id}/${kpiId}`, actie: 'kpi_toevoegen', naar: 'open', datum: vandaag, tekst: invoer.omschrijving, details: { jaar: invoer.jaar, bedrag_eur: invoer.bedrag_eur } });
    await schrijfAudit(tx, { door: g.email, actie: 'kpi.toevoegen', object_soort: 'kpi', object_id: `${plan.id}/${kpiId}`, voor: null, na: rij });
    return { ok: true as const, kpiId };
  });
}

export async function voerKpiActieUit(
  db: Db,
  invoer: { planId: string; kpiId: string; actie: KpiActie; versie?: number | null; resultaat?: string | null; bedrag_definitief_eur?: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ versie: number }>> {
  const sleutel = `${invoer.planId}/${invoer.kpiId}`;
  return inTransactie(db, async (tx) => {
    const versie = await vergrendel(tx, 'kpi', sleutel);
    const kpi = await kpiOp(tx, invoer.planId, invoer.kpiId, vandaag);
    if (!kpi) return mislukt('niet_gevonden', `KPI ${invoer.kpiId} van plan ${invoer.planId} bestaat niet.`);
    const conflict = controleerVersie('kpi', invoer, { versie });
    if (conflict) return conflict;
    const plan = await planOp(tx, invoer.planId, vandaag);
    const toets = plan?.snelle_toets_id ? await toetsOp(tx, plan.snelle_toets_id, vandaag) : null;
    if (!magKpisBeheren(g, toets?.coordinerend_verzekeraar ?? null)) return mislukt('verboden', "Alleen de coördinerend verzekeraar van dit plan of een beheerder werkt KPI's bij.");
    if (plan?.status !== 'Goedgekeurd') return mislukt('ongeldig', `Resultaten en betalingen kunnen alleen bij een goedgekeurd plan; dit plan heeft de status '${plan?.status ?? 'onbekend'}'.`);
    const r = kpiOvergang(kpi, invoer.actie, { resultaat: invoer.resultaat, bedrag_definitief_eur: invoer.bedrag_definitief_eur });
    if (!r.ok) return mislukt('validatie', r.fout, r.veld ? { [r.veld]: r.fout } : undefined);
    await schrijfLogRij(tx, 'kpis_log', ['plan_id', 'kpi_id', 'status_datum'], {
      plan_id: kpi.plan_id,
      kpi_id: kpi.kpi_id,
      status_datum: vandaag,
      ...r.wijziging,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'kpi', sleutel);
    const voor = { resultaat: kpi.resultaat, bedrag_definitief_eur: kpi.bedrag_definitief_eur, betaalstatus: kpi.betaalstatus, vrijgave: kpi.vrijgave };
    await schrijfHandeling(tx, g, { soort: 'kpi', item_id: sleutel, actie: invoer.actie, datum: vandaag, details: r.wijziging });
    await schrijfAudit(tx, { door: g.email, actie: `kpi.${invoer.actie}`, object_soort: 'kpi', object_id: sleutel, voor: { ...voor, versie }, na: { ...r.wijziging, versie: nieuweVersie } });
    return { ok: true as const, versie: nieuweVersie };
  });
}
