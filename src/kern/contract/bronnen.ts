// The sources of an import: a file, or the files of a directory named after a file type (contract §1),
// CSV, XLSX (one sheet per type) or kerncijfers JSON; and the sha256 recorded for each.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Probleem } from '../probleem.js';
import { BESTANDSTYPEN, bestandstype, bestandstypeVanBestand, type Bestandstype } from './bestandstypen.js';
import { LeesFout } from './grenzen.js';
import { leesCsv, leesXlsx, werkbladen, type Tabelbron } from './lezen.js';

export type Bron =
  | { soort: 'tabel'; type: Bestandstype; bestand: string; open: () => Promise<Tabelbron> }
  | { soort: 'kerncijfers'; bestand: string };

/** Finds the sources in a file or directory (contract §1: a directory reads the files named after a type). */
export async function vindBronnen(pad: string): Promise<{ bronnen: Bron[]; problemen: Probleem[] }> {
  const problemen: Probleem[] = [];
  const bronnen: Bron[] = [];
  if (!fs.existsSync(pad)) {
    problemen.push({ bestand: pad, regel: null, kolom: null, waarde: null, reden: 'bestand of map bestaat niet' });
    return { bronnen, problemen };
  }
  const isMap = fs.statSync(pad).isDirectory();
  const bestanden = isMap
    ? fs
        .readdirSync(pad, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(pad, e.name))
        .sort()
    : [pad];
  for (const bestand of bestanden) {
    const ext = path.extname(bestand).toLowerCase();
    const basis = path.basename(bestand, path.extname(bestand)).toLowerCase();
    if (ext === '.json' && /^kerncijfers([-_.].*)?$/.test(basis)) {
      bronnen.push({ soort: 'kerncijfers', bestand });
      continue;
    }
    const type = bestandstypeVanBestand(basis);
    if (ext === '.csv' && type) {
      bronnen.push({ soort: 'tabel', type, bestand, open: () => leesCsv(bestand) });
    } else if (ext === '.xlsx') {
      // the sheet name is the file type (contract §1); a zip bomb, a DTD or no zip at all stops here
      let bladen: string[];
      try {
        bladen = await werkbladen(bestand);
      } catch (e) {
        if (!(e instanceof LeesFout)) throw e;
        problemen.push({ bestand: path.basename(bestand), regel: e.regel, kolom: null, waarde: null, reden: e.reden });
        continue;
      }
      const bekend = bladen.filter((b) => bestandstype(b));
      if (isMap && !type && bekend.length === 0) continue;
      if (bekend.length === 0) {
        problemen.push({
          bestand,
          regel: null,
          kolom: null,
          waarde: bladen.join(', '),
          reden: `geen werkblad met de naam van een bestandstype (${BESTANDSTYPEN.map((b) => b.naam).join(', ')})`,
        });
      }
      for (const blad of bekend) {
        const t = bestandstype(blad)!;
        bronnen.push({ soort: 'tabel', type: t, bestand: `${bestand}#${blad}`, open: () => leesXlsx(bestand, blad) });
      }
    } else if (!isMap) {
      problemen.push({
        bestand,
        regel: null,
        kolom: null,
        waarde: path.basename(bestand),
        reden: `onbekend bestandstype; de naam moet een bestandstype zijn (${BESTANDSTYPEN.map((b) => b.naam).join(', ')}) met .csv of .xlsx, of kerncijfers*.json`,
      });
    }
  }
  bronnen.sort((a, b) => volgorde(a) - volgorde(b));
  return { bronnen, problemen };
}

function volgorde(b: Bron): number {
  return b.soort === 'kerncijfers' ? 100 : b.type.volgorde;
}

export async function sha256(bestand: string): Promise<string> {
  const echt = bestand.split('#')[0];
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(echt)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

