// Kerncijfers as CSV (Accept: text/csv): one row per figure, long format, so every part fits one table.
import { stringify } from 'csv-stringify/sync';
import { veiligeCsvTekst } from '../platform/csv-cel.js';

function plat(prefix: string, v: unknown, rijen: [string, string][]): void {
  if (v === null || v === undefined) {
    rijen.push([prefix, '']);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => {
      const label =
        x && typeof x === 'object' && 'jaar' in x && 'sector' in x ? `${(x as { jaar: number }).jaar}.${(x as { sector: string }).sector}` : String(i);
      plat(`${prefix}.${label}`, x, rijen);
    });
  } else if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v as object)) plat(prefix ? `${prefix}.${k}` : k, x, rijen);
  } else {
    rijen.push([prefix, String(v)]);
  }
}

export function kerncijfersNaarCsv(cijfers: Record<string, unknown>): string {
  const rijen: [string, string][] = [];
  const { peildatum, bron, opmerkingen, ...rest } = cijfers as Record<string, unknown>;
  plat('', rest, rijen);
  return stringify(
    rijen.filter(([k]) => k !== '').map(([k, w]) => [peildatum, bron, k, veiligeCsvTekst(w)]),
    { header: true, columns: ['peildatum', 'bron', 'kengetal', 'waarde'], delimiter: ';' },
  );
}
