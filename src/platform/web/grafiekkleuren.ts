// The colours and font of the charts (Rijkshuisstijl), apart from the chart builders so maps and
// pages can use them without ECharts.
import type { ActieStatus } from '../../domein/begrippen.js';

export const KLEUREN = {
  lintblauw: '#01689b',
  donkerblauw: '#154273',
  hemelblauw: '#007bc7',
  oranje: '#e17000',
  groen: '#39870c',
  donkergroen: '#275937',
  mosgroen: '#777c00',
  rood: '#d52b1e',
  violet: '#a90061',
  paars: '#42145f',
  donkerbruin: '#673327',
  grijs: '#696969',
  lichtgrijs: '#e6e6e6',
  zwart: '#000000',
} as const;

/**
 * Series colours in order. All have at least 3:1 contrast on white (WCAG 1.4.11, graphical
 * objects); hence no yellow (#f9e11e) or mint green (#76d2b6) as a line colour.
 */
export const REEKS_KLEUREN: readonly string[] = [
  KLEUREN.lintblauw,
  KLEUREN.oranje,
  KLEUREN.donkergroen,
  KLEUREN.violet,
  KLEUREN.donkerblauw,
  KLEUREN.mosgroen,
  KLEUREN.paars,
  KLEUREN.donkerbruin,
];

/**
 * Status colours of actions. All ≥ 3:1 on white; "Loopt voor" is dark green instead of mint green
 * and "Loopt achter" orange instead of yellow, for the same reason.
 */
export const STATUS_KLEUREN: Record<ActieStatus, string> = {
  Afgerond: KLEUREN.groen,
  'Loopt voor': KLEUREN.donkergroen,
  'Loopt op schema': KLEUREN.lintblauw,
  'Loopt achter': KLEUREN.oranje,
  'Nog niet gestart': KLEUREN.rood,
};

/** Status colours of snelle toetsen and transformatieplannen (all ≥ 3:1 on white). */
export const WORKFLOW_KLEUREN: Record<string, string> = {
  Ingediend: KLEUREN.hemelblauw,
  'Beoordeling gestart': KLEUREN.donkerblauw,
  'Extra informatie opvragen': KLEUREN.oranje,
  'Voorgenomen besluit': KLEUREN.violet,
  Goedgekeurd: KLEUREN.groen,
  Afgekeurd: KLEUREN.rood,
};

/**
 * The RO fonts are not free; system fonts as fallback (architecture.md). Single quotes: ECharts
 * puts this unescaped in a style="…" attribute of the SVG.
 */
export const LETTERTYPE = "RijksoverheidSansWebText, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
