// Export of all data in the contract's formats (§5): one CSV per file type (`;`, UTF-8) plus the
// kerncijfers snapshots as JSON. Import → export → import changes nothing (a fixed point).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import type { Db } from '../../platform/db.js';
import { BESTANDSTYPEN, type Bestandstype } from './bestandstypen.js';
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
  if (type.naam === 'financiele_kaders') return 'stand <= $1';
  if (type.peildatumKolom) return `${type.peildatumKolom} <= $1`;
  return null;
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
    const filter = opties.peildatum ? datumFilter(type) : null;
    let rijen = 0;
    // keyset pagination keeps memory flat with table size
    for (let offset = 0; ; offset += PAGINA) {
      const params: unknown[] = filter ? [opties.peildatum] : [];
      const sql = `SELECT ${type.kolommen.map((k) => (k.soort === 'datum' ? `to_char(${k.naam}, 'YYYY-MM-DD') AS ${k.naam}` : k.naam)).join(', ')}
                     FROM ${type.tabel} ${filter ? `WHERE ${filter}` : ''}
                    ORDER BY ${volgordeSql(type)} LIMIT ${PAGINA} OFFSET ${offset}`;
      const pagina = await db.query<Record<string, unknown>>(sql, params);
      for (const r of pagina) {
        const rij = type.kolommen.map((k) => {
          const w = r[k.naam];
          if (((type.naam === 'indicatoren' && k.naam === 'dimensie') || type.leegInSleutel?.includes(k.naam)) && w === '') return '';
          return schrijfCel(k, k.soort === 'mln' || k.soort === 'pct' || k.soort === 'getal' ? (w === null ? null : String(Number(w))) : w);
        });
        if (!csv.write(rij)) await once(csv, 'drain');
        rijen++;
      }
      if (pagina.length < PAGINA) break;
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
