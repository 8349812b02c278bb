// Export of all data in the contract's formats (§5): one CSV per file type (`;`, UTF-8) plus the
// kerncijfers snapshots as JSON. Import → export → import changes nothing (a fixed point).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { once } from 'node:events';
import type { Db } from '../../platform/db.js';
import { BESTANDSTYPEN, MET_STAND, type Bestandstype } from './bestandstypen.js';
import { schrijfCel } from './cellen.js';
import { alleSnapshots } from '../snapshots.js';

export interface ExportResultaat {
  bestanden: { bestand: string; rijen: number }[];
}

const PAGINA = 5000;

function volgordeSql(type: Bestandstype): string {
  // event logs in registration order, so that rows of one item and one date re-apply in the same order
  return type.eventlog ? 'volgnr' : type.sleutel.join(', ');
}

function datumFilter(type: Bestandstype): string | null {
  if (type.eventlog) return 'status_datum <= $1';
  if (MET_STAND.includes(type.naam)) return 'stand <= $1';
  if (type.naam === 'regio_indelingen') return 'geldig_vanaf <= $1';
  if (type.peildatumKolom) return `${type.peildatumKolom} <= $1`;
  return null;
}

/** The rows of one file type in the contract's text form (keyset pages keep memory flat). */
async function* rijenVan(db: Db, type: Bestandstype, peildatum?: string): AsyncGenerator<string[]> {
  const filter = peildatum ? datumFilter(type) : null;
  for (let offset = 0; ; offset += PAGINA) {
    const params: unknown[] = filter ? [peildatum] : [];
    const sql = `SELECT ${type.kolommen.map((k) => (k.soort === 'datum' ? `to_char(${k.naam}, 'YYYY-MM-DD') AS ${k.naam}` : k.naam)).join(', ')}
                   FROM ${type.tabel} ${filter ? `WHERE ${filter}` : ''}
                  ORDER BY ${volgordeSql(type)} LIMIT ${PAGINA} OFFSET ${offset}`;
    const pagina = await db.query<Record<string, unknown>>(sql, params);
    for (const r of pagina) {
      yield type.kolommen.map((k) => {
        const w = r[k.naam];
        if (((type.naam === 'indicatoren' && k.naam === 'dimensie') || type.leegInSleutel?.includes(k.naam)) && w === '') return '';
        return schrijfCel(k, k.soort === 'mln' || k.soort === 'pct' || k.soort === 'getal' ? (w === null ? null : String(Number(w))) : w);
      });
    }
    if (pagina.length < PAGINA) break;
  }
}

/** One file type as a CSV text in the import format (`;`, UTF-8 with BOM for Excel): a download that imports back. */
export async function exporteerTypeCsv(db: Db, type: Bestandstype, opties: { peildatum?: string } = {}): Promise<string> {
  const regels: string[][] = [type.kolommen.map((k) => k.naam)];
  for await (const rij of rijenVan(db, type, opties.peildatum)) regels.push(rij);
  return `\ufeff${stringifySync(regels, { delimiter: ';' })}`;
}

/** Rows already read (e.g. filtered for embargo) as a CSV text in the import format of `type`. */
export function contractCsv(type: Bestandstype, rijen: readonly Record<string, unknown>[]): string {
  const regels = [type.kolommen.map((k) => k.naam), ...rijen.map((r) => type.kolommen.map((k) => schrijfCel(k, r[k.naam])))];
  return `\ufeff${stringifySync(regels, { delimiter: ';' })}`;
}

/** Writes every file type to `map`; with peildatum only what was known at that date. */
export async function exporteer(db: Db, map: string, opties: { peildatum?: string } = {}): Promise<ExportResultaat> {
  fs.mkdirSync(map, { recursive: true });
  const bestanden: ExportResultaat['bestanden'] = [];
  for (const type of BESTANDSTYPEN) {
    const bestand = path.join(map, `${type.naam}.csv`);
    const out = fs.createWriteStream(bestand);
    const csv = stringify({ delimiter: ';', header: true, columns: type.kolommen.map((k) => k.naam) });
    csv.pipe(out);
    let rijen = 0;
    for await (const rij of rijenVan(db, type, opties.peildatum)) {
      if (!csv.write(rij)) await once(csv, 'drain');
      rijen++;
    }
    csv.end();
    await once(out, 'finish');
    bestanden.push({ bestand, rijen });
  }
  for (const s of await alleSnapshots(db)) {
    if (opties.peildatum && s.peildatum > opties.peildatum) continue;
    const bestand = path.join(map, `kerncijfers-${s.peildatum}.json`);
    fs.writeFileSync(bestand, `${JSON.stringify({ ...s.inhoud, peildatum: s.peildatum, bron: s.bron }, null, 2)}\n`);
    bestanden.push({ bestand, rijen: 1 });
  }
  return { bestanden };
}

/**
 * Every file type (or the given ones) as ONE workbook, a sheet per file type named after it (the
 * import's XLSX form, contract §1). Cells hold the contract's text form, so numbers and dates import
 * back unchanged whatever Excel's locale is.
 */
export async function exporteerXlsx(db: Db, bestand: string, opties: { peildatum?: string; typen?: string[] } = {}): Promise<ExportResultaat> {
  const ExcelJS = (await import('exceljs')).default;
  fs.mkdirSync(path.dirname(bestand), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bestand, useSharedStrings: false, useStyles: false });
  const bestanden: ExportResultaat['bestanden'] = [];
  for (const type of BESTANDSTYPEN) {
    if (opties.typen && !opties.typen.includes(type.naam)) continue;
    const ws = wb.addWorksheet(type.naam);
    ws.addRow(type.kolommen.map((k) => k.naam)).commit();
    let rijen = 0;
    for await (const rij of rijenVan(db, type, opties.peildatum)) {
      ws.addRow(rij).commit();
      rijen++;
    }
    ws.commit();
    bestanden.push({ bestand: `${bestand}#${type.naam}`, rijen });
  }
  await wb.commit();
  return { bestanden };
}
