// The plan page's fte-impact form: reads the posted fields into a plan_impact row and hands it to the
// impact part, which checks role, rules, version and writes the audit entry. Fields of the other basis
// are ignored (the form shows both groups so it works without JavaScript).
import type { Db } from '../../platform/db.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ontleedGetal } from '../../domein/getallen.js';
import type { Scenario } from '../../domein/impact.js';
import type { PlanImpactBasis } from '../../domein/plan-impact.js';
import { legPlanImpactVast, type PlanImpactUitkomst } from '../../impact/index.js';
import { veld } from '../../platform/web/verzoek.js';

export async function legPlanImpactVastUitFormulier(db: Db, planId: string, body: unknown, g: Gebruiker, coordinerend: string | null): Promise<PlanImpactUitkomst> {
  const tekst = (naam: string) => veld(body, naam).trim() || null;
  const basis = veld(body, 'basis') as PlanImpactBasis;
  if (basis !== 'kpmg' && basis !== 'eigen_raming') return { ok: false, soort: 'validatie', fout: 'Kies de basis van de raming.', velden: { basis: 'Kies de basis van de raming.' } };
  const onleesbaar: Record<string, string> = {};
  const getal = (naam: string): number | null => {
    const r = ontleedGetal(veld(body, naam));
    if (!r.ok) onleesbaar[naam] = 'Vul een getal in, bijvoorbeeld 12,5.';
    return r.ok ? r.waarde : null;
  };
  const kpmg = basis === 'kpmg';
  const rij = {
    plan_id: planId,
    basis,
    maatregel_versie: kpmg ? tekst('maatregel_versie') : null,
    maatregel: kpmg ? tekst('maatregel') : null,
    scenario: kpmg ? (tekst('scenario') as Scenario | null) : null,
    aandeel_pct: kpmg ? getal('aandeel_pct') : null,
    cluster: kpmg ? null : tekst('cluster'),
    fte: kpmg ? null : getal('fte'),
    werknemers: kpmg ? null : getal('werknemers'),
    bron: tekst('bron'),
    toelichting: tekst('toelichting'),
    versie: Number(veld(body, 'versie') || 0),
  };
  return legPlanImpactVast(db, rij, g, coordinerend, onleesbaar);
}
