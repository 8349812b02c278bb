// Progress of a long import as Dutch text, for the progress bar of `npm run cli -- import` and the
// progress element of the upload page: rows read, checked and written, and the reading time left.
import fs from 'node:fs';
import { getal } from '../platform/formaat.js';

/** Where a long import is (progress bar on the command line, progress element on the upload page). */
export interface Voortgang {
  bestand: string;
  /** Reading and checking the file; merging the checked rows into the table (one statement); done. */
  stap: 'lezen' | 'samenvoegen' | 'klaar';
  /** Rows read from the file so far. */
  gelezen: number;
  /** Of those, rows that passed the checks of their cells and row. */
  goed: number;
  /** Rows written: into the staging table while reading, into the table itself after the merge. */
  geschreven: number;
  /** Estimated rows in the file (its size over the bytes per line of its start); null when unknown (XLSX). */
  geschat: number | null;
}

/** Rows in a CSV file, estimated from its size and the bytes per line of its first 64 KB. */
export function schatRijen(bestand: string): number | null {
  if (!bestand.toLowerCase().endsWith('.csv')) return null;
  const fd = fs.openSync(bestand, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    let regels = 0;
    for (let i = 0; i < n; i++) if (buf[i] === 10) regels++;
    const grootte = fs.fstatSync(fd).size;
    if (n >= grootte) return Math.max(0, regels - 1 + (n > 0 && buf[n - 1] !== 10 ? 1 : 0)); // whole file seen: exact line count minus the header
    return regels > 0 ? Math.round(grootte / (n / regels)) - 1 : null;
  } finally {
    fs.closeSync(fd);
  }
}

/** Share of the work done, 0–1 (reading counts for the whole bar; the merge shows as full). */
export function aandeel(v: Voortgang): number | null {
  if (v.stap !== 'lezen') return 1;
  if (!v.geschat) return null;
  return Math.min(1, v.gelezen / v.geschat);
}

/** Seconds of reading left, from the rate so far; null when there is nothing to go on yet. */
export function tijdOver(v: Voortgang, verstrekenMs: number): number | null {
  const a = aandeel(v);
  if (v.stap !== 'lezen' || a === null || a === 0 || verstrekenMs < 500) return null;
  return Math.max(0, Math.round((verstrekenMs / 1000) * ((1 - a) / a)));
}

function duur(s: number): string {
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function voortgangsTekst(v: Voortgang, verstrekenMs: number): string {
  if (v.stap === 'samenvoegen') return `${v.bestand}: ${getal(v.gelezen)} rijen gecontroleerd; bezig met samenvoegen in de tabel`;
  if (v.stap === 'klaar') return `${v.bestand}: ${getal(v.geschreven)} rijen geschreven`;
  const van = v.geschat ? ` van ongeveer ${getal(Math.max(v.geschat, v.gelezen))}` : '';
  const over = tijdOver(v, verstrekenMs);
  return (
    `${v.bestand}: ${getal(v.gelezen)}${van} rijen gelezen, ${getal(v.goed)} goedgekeurd, ${getal(v.geschreven)} geschreven` +
    (over === null ? '' : `; lezen nog ongeveer ${duur(over)}`)
  );
}

/** One line for a terminal: a bar of `breedte` characters, the percentage and the text. */
export function voortgangsBalk(v: Voortgang, verstrekenMs: number, breedte = 24): string {
  const a = aandeel(v);
  const vol = a === null ? 0 : Math.round(a * breedte);
  const balk = a === null ? '' : `[${'#'.repeat(vol)}${'.'.repeat(breedte - vol)}] ${String(Math.floor(a * 100)).padStart(3)}% `;
  return balk + voortgangsTekst(v, verstrekenMs);
}
