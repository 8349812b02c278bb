// SQL twin of domein/gebeurtenissen.ts: the state of every item of an event log at peildatum $1.
// Migration 0008 keeps, per row, the folded state up to that row (t_<kolom>) and the date the next
// row takes over (geldig_tot), maintained by a trigger on every write. So the state at P is one
// filtered scan, without moving the history to Node. A test holds this to the pure rule.
import type { Bestandstype } from '../invoer/bestandstypen.js';

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

export function toestandSql(type: Bestandstype, kolommen: readonly string[], extraWhere = ''): string {
  const select = kolommen.map((k) => `${toestandKolom(type, k)} AS ${k}`);
  return `SELECT ${type.item.join(', ')}${select.length ? `, ${select.join(', ')}` : ''},
                 t_eerste_datum AS eerste_datum, status_datum
            FROM ${type.tabel}
           WHERE ${geldigOp()} ${extraWhere}`;
}

const SQL_TYPEN: Record<string, string> = { tekst: 'text', lijst: 'text[]', datum: 'date', eur: 'bigint', geheel: 'integer', keuze: 'text', janee: 'boolean' };

/** The columns that carry a folded twin t_<kolom> (all but the key, status_datum and status). */
export function gevouwenKolommen(type: Bestandstype): { naam: string; sqlType: string }[] {
  return type.kolommen
    .filter((k) => !type.item.includes(k.naam) && k.naam !== 'status_datum' && k.naam !== type.statusKolom)
    .map((k) => ({ naam: k.naam, sqlType: SQL_TYPEN[k.soort] }));
}

/**
 * Select list that folds rows of a source with order column `orde` per item: geldig_tot,
 * t_eerste_datum and t_<kolom>, for a bulk insert of items that have no earlier rows.
 * Use as: SELECT <this> FROM (SELECT *, <gevouwenTellers> FROM bron WINDOW w AS (...)) s WINDOW w AS (...)
 */
export function vouwExpressies(type: Bestandstype, orde = 'volgnr'): { tellers: string; waarden: string; venster: string } {
  const part = type.item.join(', ');
  const kol = gevouwenKolommen(type);
  return {
    venster: `w AS (PARTITION BY ${part} ORDER BY status_datum, ${orde})`,
    tellers: kol.map((k) => `count(${k.naam}) OVER w AS g_${k.naam}`).join(', '),
    waarden: [
      'lead(status_datum) OVER w AS geldig_tot',
      'first_value(status_datum) OVER w AS t_eerste_datum',
      ...kol.map((k) => `first_value(${k.naam}) OVER (PARTITION BY ${part}, g_${k.naam} ORDER BY status_datum, ${orde}) AS t_${k.naam}`),
    ].join(', '),
  };
}
