// Public face of reporting: the report routes, the kerncijfers API and the report file of the command line.
export { rapportagePlugin } from './plugin.js';
export { kerncijfersApi } from './api.js';
export { bouwRapportBestand } from './cli.js';
export type { PdfRenderer } from './pdf-bouwer.js';
