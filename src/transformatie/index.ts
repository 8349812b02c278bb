// Public face of the transformation funds workflow: its routes.
export { transformatiePlugin } from './plugin.js';
