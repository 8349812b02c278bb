// Reads import files as a stream of rows: CSV (`;` or `,`, RFC 4180, with or without BOM) and XLSX
// (one sheet per file type). Memory stays flat with file size: rows are yielded one at a time.
// A file that cannot be read on throws LeesFout (Dutch, with line and field); see grenzen.ts.
import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { CelFout, GRENZEN, LeesFout, mb } from './grenzen.js';
import { bladNamenPerDeel, controleerXlsx } from './xlsx-controle.js';

// exceljs is loaded on first use: it costs over a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

export type Cel = string | number | Date | null | CelFout;

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
  return (await kopregel(bestand)).scheidingsteken;
}

/** The delimiter and the header's column names (null when the header itself cannot be parsed). */
async function kopregel(bestand: string): Promise<{ scheidingsteken: ';' | ','; kop: string[] | null }> {
  const fd = await fs.promises.open(bestand, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const tekst = buf.subarray(0, bytesRead).toString('utf8');
    let puntkomma = 0;
    let komma = 0;
    let inQuotes = false;
    let eind = tekst.length;
    for (let i = 0; i < tekst.length; i++) {
      const ch = tekst[i];
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (ch === '\n' || ch === '\r')) {
        eind = i;
        break;
      } else if (!inQuotes && ch === ';') puntkomma++;
      else if (!inQuotes && ch === ',') komma++;
    }
    const scheidingsteken = puntkomma >= komma ? ';' : ',';
    let kop: string[] | null = null;
    try {
      kop = (parseSync(tekst.slice(0, eind), { delimiter: scheidingsteken, bom: true }) as string[][])[0]?.map((k) => k.trim().toLowerCase()) ?? null;
    } catch {
      kop = null;
    }
    return { scheidingsteken, kop };
  } finally {
    await fd.close();
  }
}

/**
 * Passes the bytes on unchanged and stops at the first byte sequence that is not UTF-8 (contract §1:
 * CSV is UTF-8). Latin-1 / Windows-1252 is refused, not guessed: a guess could store wrong names.
 */
class Utf8Controle extends Transform {
  private regel = 1;
  /** Continuation bytes still expected, and the bounds of the next one (overlong / surrogate checks). */
  private nodig = 0;
  private laag = 0x80;
  private hoog = 0xbf;

  override _transform(stuk: Buffer, _enc: BufferEncoding, klaar: TransformCallback): void {
    // nearly every chunk is whole UTF-8: checked natively, only its lines counted (for a later error)
    if (this.nodig === 0 && isUtf8(stuk)) {
      for (let i = stuk.indexOf(0x0a); i !== -1; i = stuk.indexOf(0x0a, i + 1)) this.regel++;
      return klaar(null, stuk);
    }
    for (let i = 0; i < stuk.length; i++) {
      const b = stuk[i];
      if (this.nodig > 0) {
        if (b < this.laag || b > this.hoog) return klaar(this.fout());
        this.nodig--;
        this.laag = 0x80;
        this.hoog = 0xbf;
        continue;
      }
      if (b === 0x0a) this.regel++;
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) this.nodig = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.nodig = 2;
        if (b === 0xe0) this.laag = 0xa0;
        if (b === 0xed) this.hoog = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.nodig = 3;
        if (b === 0xf0) this.laag = 0x90;
        if (b === 0xf4) this.hoog = 0x8f;
      } else return klaar(this.fout());
    }
    klaar(null, stuk);
  }

  override _flush(klaar: TransformCallback): void {
    klaar(this.nodig > 0 ? this.fout() : null);
  }

  private fout(): LeesFout {
    return new LeesFout(
      'het bestand is geen UTF-8 (bijvoorbeeld Latin-1 of Windows-1252 met é of ë); sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)"',
      this.regel,
    );
  }
}

/** The Dutch problem for an error of the CSV parser (its own messages are English). */
function csvFout(e: unknown, kop: string[] | null): LeesFout {
  if (e instanceof LeesFout) return e;
  const f = e as { code?: string; lines?: number; index?: number };
  const regel = typeof f.lines === 'number' ? f.lines : null;
  const veld = typeof f.index === 'number' ? f.index : null;
  const fout = (reden: string, r: number | null, v: number | null) => new LeesFout(reden, r, v, v !== null ? (kop?.[v] ?? null) : null);
  switch (f.code) {
    case 'INVALID_OPENING_QUOTE':
      return fout('aanhalingsteken (") midden in een veld; zet het hele veld tussen aanhalingstekens en verdubbel het teken ("")', regel, veld);
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return fout('na het sluitende aanhalingsteken (") volgt nog tekst in hetzelfde veld; verdubbel een aanhalingsteken in de tekst ("")', regel, veld);
    case 'CSV_QUOTE_NOT_CLOSED':
      return fout('een aanhalingsteken (") wordt geopend maar nergens gesloten', regel, veld);
    case 'CSV_MAX_RECORD_SIZE':
      return fout(`de regel is te lang (meer dan ${mb(GRENZEN.regelBytes)}); een cel mag hoogstens ${GRENZEN.celTekens.toLocaleString('nl-NL')} tekens hebben`, regel, veld);
    default:
      return fout('het CSV-bestand kan hier niet verder gelezen worden (ongeldige opmaak)', regel, veld);
  }
}

/**
 * csv-parse with the line number of each record. Its `info` option builds an object of a dozen fields
 * per record (more time than the parsing itself at a million rows); the line count it copies from is
 * the parser's own `info.lines` at the moment the record is pushed, so that is read here instead.
 */
class RegelParser extends Parser {
  override push(record: unknown): boolean {
    return super.push(record === null ? null : { record, info: { lines: this.info.lines } });
  }
}

export async function leesCsv(bestand: string): Promise<Tabelbron> {
  const { scheidingsteken: delimiter, kop: kopVooraf } = await kopregel(bestand);
  const bron = fs.createReadStream(bestand);
  const controle = new Utf8Controle();
  const parser = new RegelParser({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: GRENZEN.regelBytes });
  bron.on('error', (e) => parser.destroy(e));
  controle.on('error', (e) => parser.destroy(e));
  bron.pipe(controle).pipe(parser);
  const iterator = parser[Symbol.asyncIterator]();
  const volgende = async () => {
    try {
      return await iterator.next();
    } catch (e) {
      bron.destroy();
      throw csvFout(e, kopVooraf);
    }
  };
  const eerste = await volgende();
  if (eerste.done) {
    parser.destroy();
    return { kop: [], rijen: (async function* () {})() };
  }
  const kop = (eerste.value.record as string[]).map((k) => k.trim().toLowerCase());
  async function* rijen(): AsyncGenerator<RuweRij> {
    try {
      for (;;) {
        const r = await volgende();
        if (r.done) return;
        const { record, info } = r.value as { record: string[]; info: { lines: number } };
        yield { regel: info.lines, cellen: record };
      }
    } finally {
      parser.destroy();
      bron.destroy();
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
    // a formula's stored result may be stale or absent (files written by programs): refused, not guessed
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string };
      return new CelFout('cel bevat een formule; lever de waarde (in Excel: kopiëren en plakken als waarden)', `=${f.formula ?? f.sharedFormula ?? ''}`);
    }
    if ('error' in v) return new CelFout('cel bevat een Excel-foutwaarde', String((v as ExcelJS.CellErrorValue).error));
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

const ONLEESBAAR = 'het Excel-bestand kan niet gelezen worden: de inhoud is geen geldige werkmap; sla het opnieuw op als Excel-werkmap (.xlsx)';

// files already checked (path → size:mtime stamp, with their sheet names), so listing the sheets and
// reading each sheet neither unpack the archive nor read workbook.xml again
const gecontroleerd = new Map<string, { stempel: string; perDeel: Map<string, string> }>();

/** Checks an XLSX once per version of the file; returns its sheet names per part number. */
async function controleerEenmaal(bestand: string): Promise<Map<string, string>> {
  const st = await fs.promises.stat(bestand);
  const stempel = `${st.size}:${st.mtimeMs}`;
  const bekend = gecontroleerd.get(bestand);
  if (bekend?.stempel === stempel) return bekend.perDeel;
  await controleerXlsx(bestand);
  const perDeel = await bladNamenPerDeel(bestand);
  gecontroleerd.set(bestand, { stempel, perDeel });
  if (gecontroleerd.size > 100) gecontroleerd.delete(gecontroleerd.keys().next().value!);
  return perDeel;
}

/** Runs a step of the XLSX parser; its errors (English, about XML) become one Dutch LeesFout. */
async function stap<T>(p: Promise<T>, regel: number | null = null): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof LeesFout) throw e;
    throw new LeesFout(ONLEESBAAR, regel);
  }
}

/** A sheet's name, also when exceljs met the sheet before workbook.xml and called it "SheetN". */
function bladNaam(ws: { name?: string; id?: unknown }, perDeel: Map<string, string>): string {
  const naam = ws.name ?? '';
  return naam === `Sheet${String(ws.id)}` ? (perDeel.get(String(ws.id)) ?? naam) : naam;
}

/** The names of the sheets in a workbook (a sheet's name is its file type). */
export async function werkbladen(bestand: string): Promise<string[]> {
  const perDeel = await controleerEenmaal(bestand);
  const namen: string[] = [];
  const reader = new (await excel()).stream.xlsx.WorkbookReader(bestand, { worksheets: 'emit', sharedStrings: 'cache' });
  const wbIter = reader[Symbol.asyncIterator]();
  for (;;) {
    const w = await stap(wbIter.next());
    if (w.done) return namen;
    const ws = w.value as unknown as AsyncIterable<unknown> & { name?: string; id?: unknown };
    namen.push(bladNaam(ws, perDeel).trim());
    // drain rows so the reader moves on
    const it = ws[Symbol.asyncIterator]();
    while (!(await stap(it.next())).done);
  }
}

function rijCellen(r: ExcelJS.Row): Cel[] {
  if (r.number > GRENZEN.rijen) throw new LeesFout(`meer dan ${GRENZEN.rijen.toLocaleString('nl-NL')} rijen in het werkblad`, r.number);
  return (r.values as ExcelJS.CellValue[]).slice(1).map(celWaarde);
}

const leeg = (cells: Cel[]) => cells.every((c) => c === null || c === '');

/** Streams one sheet of an XLSX workbook. */
export async function leesXlsx(bestand: string, blad: string): Promise<Tabelbron> {
  const perDeel = await controleerEenmaal(bestand);
  const reader = new (await excel()).stream.xlsx.WorkbookReader(bestand, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
  });
  const wbIter = reader[Symbol.asyncIterator]();
  for (;;) {
    const w = await stap(wbIter.next());
    if (w.done) return { kop: [], rijen: (async function* () {})() };
    const ws = w.value as unknown as AsyncIterable<ExcelJS.Row> & { name: string; id?: unknown };
    const rowIter = ws[Symbol.asyncIterator]();
    if (bladNaam(ws, perDeel).trim().toLowerCase() !== blad.toLowerCase()) {
      while (!(await stap(rowIter.next())).done);
      continue;
    }
    let kop: string[] = [];
    let vorige = 0;
    for (;;) {
      const r = await stap(rowIter.next());
      if (r.done) return { kop: [], rijen: (async function* () {})() };
      vorige = r.value.number;
      const cells = rijCellen(r.value);
      if (leeg(cells)) continue;
      kop = cells.map((c) => String(c ?? '').trim().toLowerCase());
      break;
    }
    async function* rijen(): AsyncGenerator<RuweRij> {
      for (;;) {
        const r = await stap(rowIter.next(), vorige + 1);
        if (r.done) return;
        vorige = r.value.number;
        const cells = rijCellen(r.value);
        if (leeg(cells)) continue;
        yield { regel: r.value.number, cellen: cells };
      }
    }
    return { kop, rijen: rijen() };
  }
}
