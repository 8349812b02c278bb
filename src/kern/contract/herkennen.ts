// Recognising a single CSV by its header (issue 14): a file whose name is not a file type is matched
// against the column lists of the contract descriptors, so "mijn export.csv" still finds its type.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BESTANDSTYPEN, bestandstypeVanBestand, type Bestandstype } from './bestandstypen.js';

/** The column names of the first line of a CSV text (`;` or `,`, BOM and quotes removed, lower case). */
export function kopVan(tekst: string): string[] {
  const eerste = tekst.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const scheiding = eerste.includes(';') ? ';' : ',';
  return eerste.split(scheiding).map((k) => k.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/**
 * The file types whose columns fit this header: every column is one of the type's, and every required
 * column of the type is there. Best fit first (most of the type's columns present).
 */
export function typenBijKop(kop: readonly string[]): Bestandstype[] {
  const set = new Set(kop.filter(Boolean));
  if (set.size === 0) return [];
  const passend = BESTANDSTYPEN.filter((t) => {
    const namen = new Set(t.kolommen.map((k) => k.naam));
    return [...set].every((k) => namen.has(k)) && t.kolommen.every((k) => !k.verplicht || set.has(k.naam));
  });
  const dekking = (t: Bestandstype) => t.kolommen.filter((k) => set.has(k.naam)).length / t.kolommen.length;
  return passend.sort((a, b) => dekking(b) - dekking(a));
}

/** The one type of a CSV text by its header, or null (none, or more than one fits equally well). */
export function herkenCsv(tekst: string): Bestandstype | null {
  const [eerste, tweede] = typenBijKop(kopVan(tekst));
  if (!eerste) return null;
  if (tweede && tweede.kolommen.length === eerste.kolommen.length) return null;
  return eerste;
}

/** The start of a file, where a CSV's header is (a header longer than 64 kB is no contract header). */
function beginVan(pad: string): string {
  const fd = fs.openSync(pad, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    return buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** The one type of a CSV file by its header; reads only the file's start, where the header is. */
export function herkenCsvBestand(pad: string): Bestandstype | null {
  return herkenCsv(beginVan(pad));
}

/** Every type whose columns fit the header of a CSV file, best fit first (for offering a choice). */
export function kandidatenCsvBestand(pad: string): Bestandstype[] {
  return typenBijKop(kopVan(beginVan(pad)));
}

/**
 * For importing one CSV whose name is not a file type: a copy under the type's name in a temporary
 * directory (the importer reads the type from the name). Returns the path to import and a clean-up.
 * Other paths (a directory, an XLSX, a CSV named after its type) are returned unchanged.
 */
export function metTypeNaam(pad: string): { pad: string; type: Bestandstype | null; opruimen: () => void } {
  const niets = { pad, type: null, opruimen: () => {} };
  if (!fs.existsSync(pad) || fs.statSync(pad).isDirectory() || path.extname(pad).toLowerCase() !== '.csv') return niets;
  if (bestandstypeVanBestand(path.basename(pad, path.extname(pad)))) return niets;
  const type = herkenCsvBestand(pad);
  if (!type) return niets;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'herkend-'));
  const kopie = path.join(map, `${type.naam}.csv`);
  fs.copyFileSync(pad, kopie);
  return { pad: kopie, type, opruimen: () => fs.rmSync(map, { recursive: true, force: true }) };
}
