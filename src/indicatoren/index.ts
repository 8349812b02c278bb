// Public face of the indicators: its routes and the CBS import of the command line.
export { indicatorenPlugin } from './plugin.js';
export { importeerCbs } from './import.js';
