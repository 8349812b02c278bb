// Checks of the AZWA financial file types (docs/contract/kaderopbouw.md, begrotingsafspraken.md,
// enveloppen.md and their companions) that go beyond one cell: per row, and across the rows of a
// build-up. Used by importeren.ts; the problems are Dutch and name file, line, column and value.
import type { Queryable } from '../../platform/db.js';
import { leesPeriode } from '../../domein/enveloppen.js';
import type { Bestandstype } from './bestandstypen.js';
import type { Waarde } from './cellen.js';
import type { Probleem } from '../probleem.js';

type Rij = Record<string, Waarde>;

/** Row checks of the AZWA financial file types (docs/contract/kaderopbouw.md and the others). */
export function nakijkenAzwaFinancien(type: Bestandstype, rij: Rij, bestand: string, regel: number, problemen: Probleem[]): boolean {
  let goed = true;
  const fout = (kolom: string, waarde: unknown, reden: string) => {
    problemen.push({ bestand, regel, kolom, waarde: waarde === null || waarde === undefined ? '' : String(waarde), reden });
    goed = false;
  };
  // 'getal' amounts in millions: at most two decimals (Bijlage 2 prints 0,65)
  for (const k of type.kolommen) {
    const w = rij[k.naam];
    if (k.soort === 'getal' && k.naam.endsWith('_mln') && typeof w === 'number' && Math.abs(w * 100 - Math.round(w * 100)) > 1e-6) {
      fout(k.naam, String(w).replace('.', ','), 'hoogstens twee decimalen (bedrag in miljoenen)');
    }
  }
  if (type.naam === 'begrotingsafspraken') {
    const periode = String(rij.periode).trim().toLowerCase();
    if (!/^(20\d\d|structureel)$/.test(periode)) fout('periode', rij.periode, 'verwacht een jaar (bijv. 2027) of "structureel"');
    else rij.periode = periode;
    if (rij.niveau === 'deelpost' && !rij.afspraak) fout('afspraak', '', 'een deelpost hoort bij een afspraak: vul de afspraakcode in');
    if (rij.niveau === 'totaal' && rij.afspraak) fout('afspraak', rij.afspraak, 'de totaalregel hoort niet bij één afspraak: laat de afspraakcode leeg');
  }
  if (type.naam === 'enveloppen') {
    const periode = String(rij.periode).trim().toLowerCase();
    if (!leesPeriode(periode).geldig) fout('periode', rij.periode, 'verwacht een jaar (2027), een reeks (2027-2028), "structureel" of "totaal"');
    else rij.periode = periode;
    if (!/^[a-z0-9_]+$/.test(String(rij.enveloppe))) fout('enveloppe', rij.enveloppe, 'alleen kleine letters, cijfers en _');
  }
  return goed;
}

/**
 * Rows of a kaderopbouw import (staging relation `opbouw`, merged with what is stored) that break the
 * shape of a build-up: a second kader or IZA kader line, or a "w.v." line with no post above it.
 */
export async function opbouwFouten(tx: Queryable, opbouw: string): Promise<Record<string, unknown>[]> {
  return tx.query<Record<string, unknown>>(
    `WITH alle AS (
         SELECT stand, sector, jaar, volgorde, soort, tabel, regel, nr, seq FROM ${opbouw} s
         UNION ALL
         SELECT t.stand, t.sector, t.jaar, t.volgorde, t.soort, NULL, NULL, NULL, NULL FROM kaderopbouw t
          WHERE NOT EXISTS (SELECT 1 FROM ${opbouw} x WHERE (x.stand, x.sector, x.jaar, x.volgorde) = (t.stand, t.sector, t.jaar, t.volgorde)))
       SELECT a.tabel, a.regel, a.soort, a.sector, a.jaar,
              CASE WHEN a.soort = 'waarvan' THEN 'een w.v.-regel zonder post erboven (kleiner volgordenummer) in dezelfde opbouw'
                   ELSE 'meer dan één regel met soort ' || a.soort || ' in de opbouw van ' || a.sector || ' ' || a.jaar END AS reden
         FROM alle a
        WHERE a.tabel IS NOT NULL AND (
              (a.soort = 'waarvan' AND NOT EXISTS (SELECT 1 FROM alle b WHERE (b.stand, b.sector, b.jaar) = (a.stand, a.sector, a.jaar) AND b.soort = 'post' AND b.volgorde < a.volgorde))
           OR (a.soort IN ('kader', 'iza_kader') AND (SELECT count(*) FROM alle b WHERE (b.stand, b.sector, b.jaar, b.soort) = (a.stand, a.sector, a.jaar, a.soort)) > 1))
        ORDER BY a.nr, a.seq`,
  );
}
