// SQL twin of domein/gebeurtenissen.ts: the state of every item of an event log at peildatum $1.
// Migration 0008 keeps, per row, the folded state up to that row (t_<kolom>) and the date the next
// row takes over (geldig_tot), maintained by a trigger on every write. So the state at P is one
// filtered scan, without moving the history to Node. A test holds this to the pure rule.
import { SQL_TYPE, type Bestandstype } from './contract/bestandstypen.js';

/** The condition that selects, per item, the row that holds at peildatum `p` (an SQL expression). */
export function geldigOp(p = '$1', alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}status_datum <= ${p} AND (${a}geldig_tot IS NULL OR ${a}geldig_tot > ${p})`;
}

/** The folded value of a column (t_<kolom>), or the row's own status for the status column. */
export function toestandKolom(type: Bestandstype, k: string, alias = ''): string {
  const a = alias ? `${alias}.` : '';
  if (k === type.statusKolom || type.item.includes(k)) return `${a}${k}`;
  if (!type.kolommen.some((c) => c.naam === k)) throw new Error(`Onbekende kolom ${k} in ${type.naam}`);
  return `${a}t_${k}`;
}

/**
 * The state of every item at $1: its key, the asked columns, and (unless `metData` is false) the date of
 * its first row (eerste_datum) and of the row that holds (status_datum). Large counts leave the dates
 * out: every column moved out of the database costs time at 20,000 items.
 */
export function toestandSql(type: Bestandstype, kolommen: readonly string[], extraWhere = '', opties: { metData?: boolean } = {}): string {
  const select = kolommen.map((k) => `${toestandKolom(type, k)} AS ${k}`);
  if (opties.metData !== false) select.push('t_eerste_datum AS eerste_datum', 'status_datum');
  return `SELECT ${type.item.join(', ')}${select.length ? `, ${select.join(', ')}` : ''}
            FROM ${type.tabel}
           WHERE ${geldigOp()} ${extraWhere}`;
}

/**
 * toestandSql as known at moment `bekend` (an SQL parameter, e.g. '$3'): per item the newest row with
 * status_datum ≤ $1 among the rows registered by then. What a publication showed stays what the
 * public sees, whatever is registered (or backdated) after it. `extraWhere` applies to the chosen row.
 */
export function toestandBekendSql(type: Bestandstype, kolommen: readonly string[], bekend: string, extraWhere = '', opties: { metData?: boolean } = {}): string {
  const select = kolommen.map((k) => `${toestandKolom(type, k)} AS ${k}`);
  if (opties.metData !== false) select.push('t_eerste_datum AS eerste_datum', 'status_datum');
  const item = type.item.join(', ');
  return `SELECT ${item}${select.length ? `, ${select.join(', ')}` : ''}
            FROM (SELECT DISTINCT ON (${item}) * FROM ${type.tabel}
                   WHERE status_datum <= $1 AND geregistreerd_op <= ${bekend}::timestamptz
                   ORDER BY ${item}, status_datum DESC, volgnr DESC) bekend
           WHERE true ${extraWhere}`;
}

/** The columns that carry a folded twin t_<kolom> (all but the key, status_datum and status). */
export function gevouwenKolommen(type: Bestandstype): { naam: string; sqlType: string }[] {
  return type.kolommen
    .filter((k) => !type.item.includes(k.naam) && k.naam !== 'status_datum' && k.naam !== type.statusKolom)
    .map((k) => ({ naam: k.naam, sqlType: SQL_TYPE[k.soort] }));
}

/**
 * Select list that folds rows of a source with order column `orde` per item: geldig_tot,
 * t_eerste_datum and t_<kolom> (the latest non-empty value up to the row), all over ONE window so the
 * rows are sorted once. Lists travel as text because arrays of different length do not aggregate.
 * Use as: SELECT *, <waarden> FROM bron WINDOW <venster>.
 */
export function vouwExpressies(type: Bestandstype, orde = 'volgnr'): { waarden: string; venster: string } {
  const part = type.item.join(', ');
  const laatste = (k: { naam: string; sqlType: string }) =>
    k.sqlType === 'text[]'
      ? `string_to_array((array_agg(array_to_string(${k.naam}, chr(31))) FILTER (WHERE ${k.naam} IS NOT NULL) OVER w)[count(${k.naam}) OVER w], chr(31))`
      : `(array_agg(${k.naam}) FILTER (WHERE ${k.naam} IS NOT NULL) OVER w)[count(${k.naam}) OVER w]`;
  return {
    venster: `w AS (PARTITION BY ${part} ORDER BY status_datum, ${orde})`,
    waarden: [
      'lead(status_datum) OVER w AS geldig_tot',
      'first_value(status_datum) OVER w AS t_eerste_datum',
      ...gevouwenKolommen(type).map((k) => `${laatste(k)} AS t_${k.naam}`),
    ].join(', '),
  };
}
