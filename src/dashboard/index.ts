// Public face of the dashboard: its routes.
export { dashboardPlugin } from './plugin.js';
