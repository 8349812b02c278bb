// Public face of the financial frameworks: its routes and the kader table the report prints.
export { financienPlugin } from './plugin.js';
export { KaderTabel } from './tabel.js';
export { enveloppeGebruik, enveloppen } from './store/azwa.js';
