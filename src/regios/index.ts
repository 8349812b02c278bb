// Public face of the regions part: its routes.
export { regiosPlugin } from './plugin.js';
