// Reference data that every database has, also when started with AKKOORDMONITOR_SEED=none
// (contract §1): onderdelen A–J, the AZWA agreements with their blocks, the indicator definitions,
// the KPMG fte-impact model and
// the region classifications (data/referentie/).
// And the seed: the real published figures a new installation starts with.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { STARTSLOT, type Db } from '../../platform/db.js';
import { PROJECT_MAP } from '../../platform/config.js';
import { THEMATAFELS } from '../../domein/begrippen.js';
import { importeer } from './importeren.js';
import { type ImportResultaat } from '../probleem.js';
import { schrijfAudit } from '../audit.js';
import { leesRegioIndelingen } from '../regios.js';
import { controleerIndelingen } from '../../domein/regios.js';

export const REFERENTIE_MAP = path.join(PROJECT_MAP, 'data', 'seed');
const SYSTEEM = 'systeem';

export async function zorgVoorReferentiedata(db: Db): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM onderdelen`);
  if (n === 0) {
    const afspraken = parse(fs.readFileSync(path.join(REFERENTIE_MAP, 'azwa_afspraken.csv'), 'utf8'), {
      delimiter: ';',
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    await db.transaction(async (tx) => {
      for (const [code, naam] of Object.entries(THEMATAFELS)) {
        await tx.query(`INSERT INTO onderdelen (akkoord, code, naam) VALUES ('IZA', $1, $2)`, [code, naam]);
      }
      for (const a of afspraken) {
        await tx.query(
          `INSERT INTO onderdelen (akkoord, code, naam, blok, regeldrukeffect, financiering, bron) VALUES ('AZWA', $1, $2, $3, $4, $5, $6)`,
          [a.code, a.naam, a.blok || null, a.regeldrukeffect || null, a.financiering ? a.financiering.split('|') : [], a.bron || null],
        );
      }
      await schrijfAudit(tx, { door: SYSTEEM, actie: 'referentiedata', object_soort: 'onderdelen', na: { iza: 10, azwa: afspraken.length } });
    });
  }
  const [{ d }] = await db.query<{ d: number }>(`SELECT count(*)::int AS d FROM indicator_definities`);
  if (d === 0) await importeer(db, path.join(REFERENTIE_MAP, 'indicator_definities.csv'), { door: SYSTEEM });
  // the published KPMG fte-impact model and its code mapping (docs/contract/impact_maatregelen.md)
  const [{ i }] = await db.query<{ i: number }>(`SELECT count(*)::int AS i FROM impact_maatregelen`);
  if (i === 0) await importeer(db, path.join(REFERENTIE_MAP, 'impact_maatregelen.csv'), { door: SYSTEEM });
  const [{ k }] = await db.query<{ k: number }>(`SELECT count(*)::int AS k FROM impact_codekoppelingen`);
  if (k === 0) await importeer(db, path.join(REFERENTIE_MAP, 'impact_codekoppelingen.csv'), { door: SYSTEEM });
  // region classifications (docs/contract/regio_indelingen.md); a later delivery is imported on top
  const [{ r }] = await db.query<{ r: number }>(`SELECT count(*)::int AS r FROM regio_indelingen`);
  if (r === 0) await laadRegioIndelingen(db);
}

/**
 * The shipped classifications, checked by the same contract rules as an import, written in one
 * statement (an import of the 2,000 rows through staging would cost every new database seconds).
 */
async function laadRegioIndelingen(db: Db): Promise<void> {
  const rijen = leesRegioIndelingen();
  const problemen = controleerIndelingen(rijen);
  if (problemen.length > 0) throw new Error(`data/referentie/regio_indelingen.csv: ${problemen.map((p) => `regel ${p.regel}: ${p.reden}`).join('; ')}`);
  const kolom = <K extends keyof (typeof rijen)[number]>(k: K) => rijen.map((x) => x[k]);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO regio_indelingen (indeling, regio_code, regio_naam, gemeente_code, gemeente_sleutel, geldig_vanaf, door)
       SELECT i, c, n, g, coalesce(g, ''), v::date, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x (i, c, n, g, v)`,
      [kolom('indeling'), kolom('regio_code'), kolom('regio_naam'), kolom('gemeente_code'), kolom('geldig_vanaf'), SYSTEEM],
    );
    await schrijfAudit(tx, { door: SYSTEEM, actie: 'referentiedata', object_soort: 'regio_indelingen', na: { rijen: rijen.length, bestand: 'data/referentie/regio_indelingen.csv' } });
  });
}

/** Loads the seed once into a new database; later starts leave the data alone. */
export async function laadSeedEenmalig(db: Db, seedMap: string): Promise<ImportResultaat | null> {
  const gedaan = await db.query(`SELECT 1 FROM instellingen WHERE sleutel = 'seed_geladen'`);
  if (gedaan.length > 0) return null;
  const resultaat = await importeer(db, seedMap, { door: SYSTEEM });
  await db.query(`INSERT INTO instellingen (sleutel, waarde) VALUES ('seed_geladen', $1)`, [
    JSON.stringify({ map: path.relative(PROJECT_MAP, seedMap) || seedMap, op: new Date().toISOString() }),
  ]);
  return resultaat;
}

/**
 * A restored database is never new: mark the seed as loaded (when the backup did not), so the first
 * start after a move does not load the seed on top of the restored records.
 */
export async function markeerHersteld(db: Db, bestand: string): Promise<void> {
  await db.query(`INSERT INTO instellingen (sleutel, waarde) VALUES ('seed_geladen', $1) ON CONFLICT (sleutel) DO NOTHING`, [
    JSON.stringify({ hersteld_uit: path.basename(bestand), op: new Date().toISOString() }),
  ]);
}

export async function bereidDatabaseVoor(db: Db, seed: 'none' | string): Promise<ImportResultaat | null> {
  // two instances starting at once on an empty PostgreSQL: one loads, the other waits and finds it
  // loaded (issue 20: without the lock one of them died on a duplicate key)
  const r = await db.exclusief(STARTSLOT, async () => {
    await zorgVoorReferentiedata(db);
    return seed === 'none' ? null : laadSeedEenmalig(db, seed);
  });
  // PGlite has no autovacuum: without fresh statistics after a bulk import the planner reads the event
  // logs whole instead of through the indexes of migration 0024 (issue 19). PostgreSQL keeps them itself.
  if (db.engine === 'pglite') await db.exec(`ANALYZE ${['acties_log', 'snelle_toetsen_log', 'transformatieplannen_log', 'kpis_log', 'toezeggingen_log'].join(', ')}`);
  return r;
}
