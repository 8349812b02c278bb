// Public face of the fte-impact part: its routes (the KPMG model, the calculator, scenarios).
export { impactPlugin } from './plugin.js';
