// Reads import files as a stream of rows: CSV (`;` or `,`, RFC 4180, with or without BOM) and XLSX
// (one sheet per file type). Memory stays flat with file size: rows are yielded one at a time.
import fs from 'node:fs';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';

// exceljs is loaded on first use: it costs over a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

export type Cel = string | number | Date | null;

export interface RuweRij {
  /** Line number in the file (CSV) or row number in the sheet (XLSX), as a user sees it. */
  regel: number;
  cellen: Cel[];
}

export interface Tabelbron {
  kop: string[];
  rijen: AsyncIterable<RuweRij>;
}

/** Detects `;` or `,` from the header line (outside quotes). */
export async function detecteerScheidingsteken(bestand: string): Promise<';' | ','> {
  const fd = await fs.promises.open(bestand, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const tekst = buf.subarray(0, bytesRead).toString('utf8');
    let puntkomma = 0;
    let komma = 0;
    let inQuotes = false;
    for (const ch of tekst) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
      else if (!inQuotes && ch === ';') puntkomma++;
      else if (!inQuotes && ch === ',') komma++;
    }
    return puntkomma >= komma ? ';' : ',';
  } finally {
    await fd.close();
  }
}

export async function leesCsv(bestand: string): Promise<Tabelbron> {
  const delimiter = await detecteerScheidingsteken(bestand);
  const parser = fs.createReadStream(bestand).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, info: true, skip_empty_lines: true }),
  );
  const iterator = parser[Symbol.asyncIterator]();
  const eerste = await iterator.next();
  if (eerste.done) {
    parser.destroy();
    return { kop: [], rijen: (async function* () {})() };
  }
  const kop = (eerste.value.record as string[]).map((k) => k.trim().toLowerCase());
  async function* rijen(): AsyncGenerator<RuweRij> {
    try {
      for (;;) {
        const r = await iterator.next();
        if (r.done) return;
        const { record, info } = r.value as { record: string[]; info: { lines: number } };
        yield { regel: info.lines, cellen: record };
      }
    } finally {
      parser.destroy();
    }
  }
  return { kop, rijen: rijen() };
}

function celWaarde(v: ExcelJS.CellValue): Cel {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return celWaarde((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

/** The names of the sheets in a workbook (a sheet's name is its file type). */
export async function werkbladen(bestand: string): Promise<string[]> {
  const namen: string[] = [];
  const reader = new (await excel()).stream.xlsx.WorkbookReader(bestand, { worksheets: 'emit', sharedStrings: 'cache' });
  for await (const ws of reader) {
    namen.push(((ws as unknown as { name: string }).name ?? '').trim());
    // drain rows so the reader moves on
    for await (const _ of ws) void _;
  }
  return namen;
}

/** Streams one sheet of an XLSX workbook. */
export async function leesXlsx(bestand: string, blad: string): Promise<Tabelbron> {
  const reader = new (await excel()).stream.xlsx.WorkbookReader(bestand, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
  });
  const wbIter = reader[Symbol.asyncIterator]();
  for (;;) {
    const w = await wbIter.next();
    if (w.done) return { kop: [], rijen: (async function* () {})() };
    const ws = w.value as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    if ((ws.name ?? '').trim().toLowerCase() !== blad.toLowerCase()) {
      for await (const _ of ws) void _;
      continue;
    }
    const rowIter = ws[Symbol.asyncIterator]();
    let kop: string[] = [];
    for (;;) {
      const r = await rowIter.next();
      if (r.done) return { kop: [], rijen: (async function* () {})() };
      const cells = (r.value.values as ExcelJS.CellValue[]).slice(1).map(celWaarde);
      if (cells.every((c) => c === null || c === '')) continue;
      kop = cells.map((c) => String(c ?? '').trim().toLowerCase());
      break;
    }
    async function* rijen(): AsyncGenerator<RuweRij> {
      for (;;) {
        const r = await rowIter.next();
        if (r.done) return;
        const cells = (r.value.values as ExcelJS.CellValue[]).slice(1).map(celWaarde);
        if (cells.every((c) => c === null || c === '')) continue;
        yield { regel: r.value.number, cellen: cells };
      }
    }
    return { kop, rijen: rijen() };
  }
}
