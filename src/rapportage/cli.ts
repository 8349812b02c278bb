// `npm run cli -- rapport --peildatum P --out F` (contract §5): the report as PDF or HTML file.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../platform/db.js';
import { rapportGegevensVoor } from './rondes.js';
import { renderRapportHtml } from './rapport.js';
import { rapportPdf } from './pdf.js';

/**
 * Builds the report of peildatum P: a fixed round from its frozen inputs, an open round as a draft,
 * otherwise from the published snapshot of P (bron vastgesteld) or computed from the records.
 * Writes .pdf or .html by the extension of `out`; returns the absolute path.
 */
export async function bouwRapportBestand(db: Db, peildatum: string, out: string): Promise<string> {
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.pdf' && ext !== '.html' && ext !== '.htm') {
    throw new Error(`Onbekend uitvoerformaat "${ext || out}": gebruik een bestandsnaam op .pdf of .html.`);
  }
  const { gegevens } = await rapportGegevensVoor(db, peildatum);
  const doel = path.resolve(out);
  fs.mkdirSync(path.dirname(doel), { recursive: true });
  if (ext === '.pdf') fs.writeFileSync(doel, await rapportPdf(gegevens));
  else fs.writeFileSync(doel, renderRapportHtml(gegevens, 'html'), 'utf8');
  return doel;
}
