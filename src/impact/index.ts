// Public face of the fte-impact part: its routes (the KPMG model, the calculator, scenarios).
export { impactPlugin } from './plugin.js';
export { codekoppelingen, MODEL_VERSIE, modelRijen, type Codekoppeling } from './store.js';
