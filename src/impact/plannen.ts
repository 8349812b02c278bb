// SQL of the expected fte impact of transformatieplannen (table plan_impact, migration 0026; contract
// docs/contract/plan_impact.md): reading, the sum over granted plans at a peildatum (the rule is
// domein/plan-impact.ts), and the form's write with role check, version check and audit entry.
import type { Db, Queryable } from '../platform/db.js';
import type { Datum } from '../domein/begrippen.js';
import { magPlanImpactBeheren, type Gebruiker } from '../domein/beleid.js';
import { bouwModel, type ImpactModel } from '../domein/impact.js';
import { controleerPlanImpact, impactVanToegekendePlannen, verwachteImpact, type ImpactVanPlannen, type PlanImpactRij, type PlanVerwachting } from '../domein/plan-impact.js';
import { schrijfAudit } from '../kern/audit.js';
import { toestandSql } from '../kern/toestand.js';
import { TRANSFORMATIEPLANNEN } from '../kern/contract/bestandstypen.js';
import { MODEL_VERSIE, modelRijen } from './store.js';

export interface OpgeslagenPlanImpact extends PlanImpactRij {
  versie: number;
  door: string;
  geregistreerd_op: string;
}

const KOLOMMEN = `plan_id, basis, maatregel_versie, maatregel, scenario, aandeel_pct::float8 AS aandeel_pct, cluster, fte::float8 AS fte,
                  werknemers::float8 AS werknemers, bron, toelichting, versie, door, to_char(geregistreerd_op, 'YYYY-MM-DD') AS geregistreerd_op`;

export async function planImpactRijen(db: Queryable): Promise<OpgeslagenPlanImpact[]> {
  return db.query<OpgeslagenPlanImpact>(`SELECT ${KOLOMMEN} FROM plan_impact ORDER BY plan_id`);
}

export async function impactModel(db: Queryable): Promise<ImpactModel> {
  return bouwModel(await modelRijen(db), MODEL_VERSIE);
}

/** The ids of the plans whose status at P is Goedgekeurd (granted). */
async function toegekendOp(db: Queryable, peildatum: Datum): Promise<Set<string>> {
  const rijen = await db.query<{ id: string }>(`SELECT id FROM (${toestandSql(TRANSFORMATIEPLANNEN, ['status'], '', { metData: false })}) p WHERE p.status = 'Goedgekeurd'`, [peildatum]);
  return new Set(rijen.map((r) => r.id));
}

/** The expected impact of the granted plans at P per KPMG cluster, with the band (transformatie and MTR views). */
export async function impactVanPlannenOp(db: Queryable, peildatum: Datum): Promise<ImpactVanPlannen> {
  const model = await impactModel(db);
  return impactVanToegekendePlannen(model, await planImpactRijen(db), await toegekendOp(db, peildatum));
}

/** Every plan's expected impact by plan id (granted or not), e.g. beside the doorbraak claims of a plan. */
export async function verwachtingenPerPlan(db: Queryable): Promise<Map<string, PlanVerwachting>> {
  const model = await impactModel(db);
  const uit = new Map<string, PlanVerwachting>();
  for (const r of await planImpactRijen(db)) {
    const v = verwachteImpact(r, model);
    if (v) uit.set(r.plan_id, v);
  }
  return uit;
}

export interface PlanImpactBeeld {
  opgeslagen: OpgeslagenPlanImpact | null;
  verwacht: PlanVerwachting | null;
  model: ImpactModel;
  /** Cluster code → title, for the page. */
  clusterTitels: Record<string, string>;
}

/** One plan's recorded impact and its figure, for the plan page. */
export async function planImpactBeeld(db: Queryable, planId: string): Promise<PlanImpactBeeld> {
  const model = await impactModel(db);
  const [opgeslagen] = await db.query<OpgeslagenPlanImpact>(`SELECT ${KOLOMMEN} FROM plan_impact WHERE plan_id = $1`, [planId]);
  return {
    opgeslagen: opgeslagen ?? null,
    verwacht: opgeslagen ? verwachteImpact(opgeslagen, model) : null,
    model,
    clusterTitels: Object.fromEntries(model.clusters.map((c) => [c.code, c.titel])),
  };
}

export type PlanImpactUitkomst = { ok: true; versie: number } | { ok: false; soort: 'verboden' | 'conflict' | 'validatie'; fout: string; velden?: Record<string, string> };

const VELD_LABEL: Record<string, string> = {
  maatregel: 'Kies de KPMG-maatregel.',
  scenario: 'Kies het scenario.',
  cluster: 'Kies het cluster van de eigen raming.',
  fte: 'Vul de verwachte besparing in fte in.',
  bron: 'Noem de bron van de eigen raming.',
};

/**
 * Records a plan's expected impact from the form. `versie` is the version the form showed (0: none yet);
 * another one means someone changed it meanwhile (409). Writes an audit entry with before and after.
 */
export async function legPlanImpactVast(
  db: Db,
  invoer: PlanImpactRij & { versie: number | null },
  g: Gebruiker,
  coordinerendVerzekeraar: string | null,
  /** Field errors found while reading the form (unreadable numbers): reported together with the rest. */
  leesfouten: Record<string, string> = {},
): Promise<PlanImpactUitkomst> {
  if (!magPlanImpactBeheren(g, coordinerendVerzekeraar)) {
    return { ok: false, soort: 'verboden', fout: `Alleen VWS, een beheerder of de coördinerend verzekeraar van plan ${invoer.plan_id} legt de verwachte fte-impact vast.` };
  }
  const { versie, ...rij } = invoer;
  const model = await impactModel(db);
  const velden: Record<string, string> = { ...leesfouten };
  for (const f of controleerPlanImpact(rij)) if (!velden[f.kolom]) velden[f.kolom] = f.reden.startsWith('verplicht') ? (VELD_LABEL[f.kolom] ?? f.reden) : f.reden;
  if (rij.basis === 'kpmg' && rij.maatregel && !model.maatregelen.some((m) => m.code === rij.maatregel && m.versie === rij.maatregel_versie)) velden.maatregel = 'Kies een maatregel uit het KPMG-model.';
  if (rij.basis === 'eigen_raming' && rij.cluster && !model.clusters.some((c) => c.code === rij.cluster)) velden.cluster = 'Kies een cluster uit het KPMG-model.';
  if (Object.keys(velden).length > 0) return { ok: false, soort: 'validatie', fout: 'De verwachte fte-impact is nog niet goed ingevuld.', velden };
  return db.transaction(async (tx) => {
    const [voor] = await tx.query<OpgeslagenPlanImpact>(`SELECT ${KOLOMMEN} FROM plan_impact WHERE plan_id = $1 FOR UPDATE`, [rij.plan_id]);
    if ((voor?.versie ?? 0) !== (versie ?? 0)) {
      return { ok: false, soort: 'conflict', fout: 'Iemand anders heeft de verwachte fte-impact van dit plan intussen gewijzigd. Bekijk de nieuwe stand en vul het formulier opnieuw in.' } as const;
    }
    const w = [rij.plan_id, rij.basis, rij.maatregel_versie, rij.maatregel, rij.scenario, rij.aandeel_pct, rij.cluster, rij.fte, rij.werknemers, rij.bron, rij.toelichting, g.email];
    const [na] = voor
      ? await tx.query<{ versie: number }>(
          `UPDATE plan_impact SET basis = $2, maatregel_versie = $3, maatregel = $4, scenario = $5, aandeel_pct = $6, cluster = $7, fte = $8,
                  werknemers = $9, bron = $10, toelichting = $11, door = $12, import_id = NULL WHERE plan_id = $1 RETURNING versie`,
          w,
        )
      : await tx.query<{ versie: number }>(
          `INSERT INTO plan_impact (plan_id, basis, maatregel_versie, maatregel, scenario, aandeel_pct, cluster, fte, werknemers, bron, toelichting, door)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (plan_id) DO NOTHING RETURNING versie`,
          w,
        );
    // a concurrent first entry won the insert
    if (!na) return { ok: false, soort: 'conflict', fout: 'Iemand anders legde intussen een verwachte fte-impact vast voor dit plan. Bekijk de nieuwe stand.' } as const;
    await schrijfAudit(tx, { door: g.email, actie: 'plan_impact.vastleggen', object_soort: 'plan_impact', object_id: rij.plan_id, voor: voor ?? null, na: { ...rij, versie: na.versie } });
    return { ok: true, versie: na.versie } as const;
  });
}
