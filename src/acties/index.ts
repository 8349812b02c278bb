// Public face of the actions register: its routes.
export { actiesPlugin } from './plugin.js';
