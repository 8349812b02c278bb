// Checks an XLSX (a zip archive) before any XML parser sees it: it must be a zip, unpack to at most
// GRENZEN.uitgepakt bytes — counted while actually inflating, so sizes that lie in the archive do
// not help — and hold no DTD (`<!DOCTYPE`, `<!ENTITY`: entity expansion, external entities).
import fs from 'node:fs';
import zlib from 'node:zlib';
import { GRENZEN, LeesFout, mb } from './grenzen.js';

const GEEN_ZIP = 'geen geldig Excel-bestand (XLSX): het is geen zip-archief; sla het op als Excel-werkmap (.xlsx) of als CSV';
const BESCHADIGD = 'het Excel-bestand (XLSX) is beschadigd: het zip-archief kan niet worden uitgepakt';
const TE_GROOT = `het Excel-bestand is uitgepakt groter dan ${mb(GRENZEN.uitgepakt)} (een zip-bom of een te grote werkmap); splits het bestand of lever CSV`;
const DTD = 'het Excel-bestand bevat een DTD of entiteitsdefinitie (<!DOCTYPE of <!ENTITY) in de XML; dat gebruikt Excel nooit en wordt uit veiligheid geweigerd';

interface Deel {
  naam: string;
  methode: number;
  gecomprimeerd: number;
  uitgepakt: number;
  offset: number;
}

async function lees(fd: fs.promises.FileHandle, positie: number, lengte: number): Promise<Buffer> {
  const buf = Buffer.alloc(lengte);
  const { bytesRead } = await fd.read(buf, 0, lengte, positie);
  return buf.subarray(0, bytesRead);
}

/** The central directory of the archive (throws LeesFout when it is no zip). */
async function inhoudsopgave(fd: fs.promises.FileHandle, grootte: number): Promise<Deel[]> {
  if (grootte < 22 || (await lees(fd, 0, 4)).readUInt32LE(0) !== 0x04034b50) throw new LeesFout(GEEN_ZIP);
  const staartLengte = Math.min(grootte, 22 + 0xffff);
  const staart = await lees(fd, grootte - staartLengte, staartLengte);
  let eind = -1;
  for (let i = staart.length - 22; i >= 0; i--) {
    if (staart.readUInt32LE(i) === 0x06054b50) {
      eind = i;
      break;
    }
  }
  if (eind < 0) throw new LeesFout(GEEN_ZIP);
  const aantal = staart.readUInt16LE(eind + 10);
  const cdGrootte = staart.readUInt32LE(eind + 12);
  const cdOffset = staart.readUInt32LE(eind + 16);
  // ZIP64 markers: an XLSX that needs them is far beyond the bound anyway
  if (aantal === 0xffff || cdGrootte === 0xffffffff || cdOffset === 0xffffffff) throw new LeesFout(TE_GROOT);
  if (cdOffset + cdGrootte > grootte) throw new LeesFout(BESCHADIGD);
  const cd = await lees(fd, cdOffset, cdGrootte);
  const delen: Deel[] = [];
  let p = 0;
  for (let i = 0; i < aantal; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new LeesFout(BESCHADIGD);
    const naamLengte = cd.readUInt16LE(p + 28);
    delen.push({
      methode: cd.readUInt16LE(p + 10),
      gecomprimeerd: cd.readUInt32LE(p + 20),
      uitgepakt: cd.readUInt32LE(p + 24),
      naam: cd.subarray(p + 46, p + 46 + naamLengte).toString('utf8'),
      offset: cd.readUInt32LE(p + 42),
    });
    p += 46 + naamLengte + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return delen;
}

/** Inflates one part, counting bytes and looking for a DTD; stops as soon as a bound is passed. */
async function pakUit(bestand: string, fd: fs.promises.FileHandle, deel: Deel, tot: { bytes: number }): Promise<void> {
  const kop = await lees(fd, deel.offset, 30);
  if (kop.length < 30 || kop.readUInt32LE(0) !== 0x04034b50) throw new LeesFout(BESCHADIGD);
  const start = deel.offset + 30 + kop.readUInt16LE(26) + kop.readUInt16LE(28);
  if (deel.gecomprimeerd === 0) return;
  if (deel.methode !== 0 && deel.methode !== 8) throw new LeesFout(BESCHADIGD);
  const bron = fs.createReadStream(bestand, { start, end: start + deel.gecomprimeerd - 1 });
  const stroom = deel.methode === 8 ? bron.pipe(zlib.createInflateRaw()) : bron;
  const xml = /\.(xml|rels|vml)$/i.test(deel.naam);
  let vorige = '';
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>) {
      tot.bytes += stuk.length;
      if (tot.bytes > GRENZEN.uitgepakt) throw new LeesFout(TE_GROOT);
      if (xml) {
        const tekst = vorige + stuk.toString('latin1');
        if (/<!(DOCTYPE|ENTITY)/i.test(tekst)) throw new LeesFout(DTD);
        vorige = tekst.slice(-16);
      }
    }
  } catch (e) {
    if (e instanceof LeesFout) throw e;
    throw new LeesFout(BESCHADIGD);
  } finally {
    bron.destroy();
    if (stroom !== bron) (stroom as zlib.InflateRaw).destroy();
  }
}

/** Throws LeesFout (Dutch) unless the file is a zip that unpacks within the bounds and holds no DTD. */
export async function controleerXlsx(bestand: string): Promise<void> {
  const fd = await fs.promises.open(bestand, 'r');
  try {
    const { size } = await fd.stat();
    const delen = await inhoudsopgave(fd, size);
    // the sizes the archive declares: a quick refusal of an honest zip bomb
    if (delen.reduce((s, d) => s + d.uitgepakt, 0) > GRENZEN.uitgepakt) throw new LeesFout(TE_GROOT);
    // and the sizes that come out: a lying archive is stopped at the bound
    const tot = { bytes: 0 };
    for (const deel of delen) await pakUit(bestand, fd, deel, tot);
  } finally {
    await fd.close();
  }
}

/** One small part of the archive as text (call after controleerXlsx: the bounds are checked there). */
async function deelAlsTekst(bestand: string, fd: fs.promises.FileHandle, deel: Deel): Promise<string> {
  const kop = await lees(fd, deel.offset, 30);
  const start = deel.offset + 30 + kop.readUInt16LE(26) + kop.readUInt16LE(28);
  const ruw = await lees(fd, start, deel.gecomprimeerd);
  return (deel.methode === 8 ? zlib.inflateRawSync(ruw) : ruw).toString('utf8');
}

const attribuut = (tag: string, naam: string) => new RegExp(`\\s${naam}="([^"]*)"`).exec(tag)?.[1];
const ontsnapt = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Sheet names per worksheet part number (xl/worksheets/sheetN.xml → name), read from workbook.xml and
 * its relations. exceljs's streaming reader names a sheet "SheetN" when it meets the sheet before
 * workbook.xml (exceljs writes workbook.xml last), depending on timing; this map names it reliably.
 */
export async function bladNamenPerDeel(bestand: string): Promise<Map<string, string>> {
  const fd = await fs.promises.open(bestand, 'r');
  try {
    const { size } = await fd.stat();
    const delen = await inhoudsopgave(fd, size);
    const werkmap = delen.find((d) => d.naam === 'xl/workbook.xml');
    const relaties = delen.find((d) => d.naam === 'xl/_rels/workbook.xml.rels');
    const uit = new Map<string, string>();
    if (!werkmap || !relaties) return uit;
    const doel = new Map<string, string>();
    for (const [tag] of (await deelAlsTekst(bestand, fd, relaties)).matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attribuut(tag, 'Id');
      const nr = /worksheets\/sheet(\d+)\.xml$/.exec(attribuut(tag, 'Target') ?? '')?.[1];
      if (id && nr) doel.set(id, nr);
    }
    for (const [tag] of (await deelAlsTekst(bestand, fd, werkmap)).matchAll(/<sheet\b[^>]*>/g)) {
      const nr = doel.get(attribuut(tag, 'r:id') ?? '');
      const naam = attribuut(tag, 'name');
      if (nr && naam !== undefined) uit.set(nr, ontsnapt(naam));
    }
    return uit;
  } finally {
    await fd.close();
  }
}
