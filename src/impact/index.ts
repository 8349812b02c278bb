// Public face of the fte-impact part: its routes (the KPMG model, the calculator, scenarios).
export { impactPlugin } from './plugin.js';
export { codekoppelingen, MODEL_VERSIE, modelRijen, type Codekoppeling } from './store.js';
export { impactVanPlannenOp, legPlanImpactVast, planImpactBeeld, verwachtingenPerPlan, type PlanImpactBeeld, type PlanImpactUitkomst } from './plannen.js';
export { ImpactVanPlannenTabel, PlanImpactSectie, type PlanImpactFormulierfout } from './plan-impact-weergave.js';
