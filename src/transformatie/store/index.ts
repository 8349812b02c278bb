// The store of the transformation funds workflow, split by record kind; this barrel is for use inside
// the part only (routes, pages, overview).
export * from './standen.js';
export * from './schrijven.js';
export * from './toetsen.js';
export * from './plannen.js';
export * from './kpis.js';
export * from './fonds.js';
