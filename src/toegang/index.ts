// Public face of access: login, sessions and user administration routes, and what the entry points need.
export { toegang } from './plugin.js';
export { ruimSessiesOp } from './sessies.js';
export { maakGebruiker } from './gebruikers.js';
