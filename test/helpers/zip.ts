// A minimal ZIP writer for hostile XLSX test files (zip bombs, a DTD in a sheet): deflated entries
// with their true sizes, so the importer's checks are tested on honest-looking archives.
import zlib from 'node:zlib';

export interface ZipDeel {
  naam: string;
  /** The content, or a generator of chunks for large (repetitive) entries. */
  inhoud: Buffer | string | { herhaal: string; keer: number };
}

async function deflate(d: ZipDeel['inhoud']): Promise<{ data: Buffer; grootte: number; crc: number }> {
  if (typeof d === 'string' || Buffer.isBuffer(d)) {
    const b = Buffer.from(d);
    return { data: zlib.deflateRawSync(b), grootte: b.length, crc: zlib.crc32(b) };
  }
  // one deflate stream over a repeated block: a tiny archive that unpacks to keer × block
  const blok = Buffer.from(d.herhaal);
  const delen: Buffer[] = [];
  let crc = 0;
  const stroom = zlib.createDeflateRaw({ level: 9 });
  stroom.on('data', (c: Buffer) => delen.push(c));
  const klaar = new Promise((r) => stroom.on('end', r));
  for (let i = 0; i < d.keer; i++) {
    crc = zlib.crc32(blok, crc);
    if (!stroom.write(blok)) await new Promise((r) => stroom.once('drain', r));
  }
  stroom.end();
  await klaar;
  return { data: Buffer.concat(delen), grootte: blok.length * d.keer, crc };
}

/** Builds a ZIP archive (method 8, deflate) from the parts. */
export async function maakZip(delen: ZipDeel[]): Promise<Buffer> {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const deel of delen) {
    const d = await deflate(deel.inhoud);
    const naam = Buffer.from(deel.naam);
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(8, 8);
    kop.writeUInt32LE(d.crc >>> 0, 14);
    kop.writeUInt32LE(d.data.length, 18);
    kop.writeUInt32LE(d.grootte, 22);
    kop.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(d.crc >>> 0, 16);
    c.writeUInt32LE(d.data.length, 20);
    c.writeUInt32LE(d.grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(offset, 42);
    lokaal.push(kop, naam, d.data);
    centraal.push(c, naam);
    offset += kop.length + naam.length + d.data.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(delen.length, 8);
  eind.writeUInt16LE(delen.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokaal, cd, eind]);
}

/** The parts of a one-sheet workbook whose sheet is named `blad`, with the given sheet XML. */
export function werkmapDelen(blad: string, bladXml: ZipDeel['inhoud']): ZipDeel[] {
  return [
    {
      naam: '[Content_Types].xml',
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      naam: '_rels/.rels',
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      naam: 'xl/workbook.xml',
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${blad}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      naam: 'xl/_rels/workbook.xml.rels',
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    { naam: 'xl/worksheets/sheet1.xml', inhoud: bladXml },
  ];
}
