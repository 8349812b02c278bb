// SQL twin of domein/gebeurtenissen.ts: the state of every item of an event log at peildatum $1,
// computed in the database so that large logs are folded without moving every row to Node.
// Status = that of the latest row; every other column = the latest non-empty value.
import type { Bestandstype } from '../invoer/bestandstypen.js';

export function toestandSql(type: Bestandstype, kolommen: readonly string[], extraWhere = ''): string {
  const orde = 'ORDER BY status_datum DESC, volgnr DESC';
  const select = kolommen.map((k) => {
    if (k === type.statusKolom) return `(array_agg(${k} ${orde}))[1] AS ${k}`;
    const def = type.kolommen.find((c) => c.naam === k);
    if (!def) throw new Error(`Onbekende kolom ${k} in ${type.naam}`);
    if (def.soort === 'lijst') {
      // arrays of different length cannot be aggregated into one array: carry them as text
      return `string_to_array((array_agg(array_to_string(${k}, chr(31)) ${orde}) FILTER (WHERE ${k} IS NOT NULL))[1], chr(31)) AS ${k}`;
    }
    return `(array_agg(${k} ${orde}) FILTER (WHERE ${k} IS NOT NULL))[1] AS ${k}`;
  });
  return `SELECT ${type.item.join(', ')}, ${select.join(', ')},
                 min(status_datum) AS eerste_datum, max(status_datum) AS status_datum
            FROM ${type.tabel}
           WHERE status_datum <= $1 ${extraWhere}
           GROUP BY ${type.item.join(', ')}`;
}
