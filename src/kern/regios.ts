// The region reference files in data/referentie/ (see docs/contract/regio_indelingen.md): read once
// and handed to the pure rules of domein/regios.ts.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_MAP } from '../platform/config.js';
import type { Queryable } from '../platform/db.js';
import { isIndeling, maakRegioboek, type Herindeling, type RegioAlias, type RegioIndelingRij, type Regioboek } from '../domein/regios.js';

export const REGIO_REFERENTIE_MAP = path.join(PROJECT_MAP, 'data', 'referentie');

function leesCsv(bestand: string): Record<string, string>[] {
  return parse(fs.readFileSync(bestand, 'utf8'), { delimiter: ';', columns: true, bom: true, trim: true }) as Record<string, string>[];
}

function indeling(waarde: string, bestand: string, regel: number) {
  if (!isIndeling(waarde)) throw new Error(`${path.basename(bestand)} regel ${regel}: onbekende indeling "${waarde}"`);
  return waarde;
}

export function leesRegioIndelingen(map = REGIO_REFERENTIE_MAP): RegioIndelingRij[] {
  const bestand = path.join(map, 'regio_indelingen.csv');
  return leesCsv(bestand).map((r, i) => ({
    indeling: indeling(r.indeling, bestand, i + 2),
    regio_code: r.regio_code,
    regio_naam: r.regio_naam,
    gemeente_code: r.gemeente_code || null,
    geldig_vanaf: r.geldig_vanaf,
  }));
}

export function leesHerindelingen(map = REGIO_REFERENTIE_MAP): Herindeling[] {
  return leesCsv(path.join(map, 'gemeente_herindelingen.csv')).map((r) => ({
    oude_code: r.oude_code,
    oude_naam: r.oude_naam,
    nieuwe_code: r.nieuwe_code,
    nieuwe_naam: r.nieuwe_naam,
    datum: r.datum,
  }));
}

export function leesAliassen(map = REGIO_REFERENTIE_MAP): RegioAlias[] {
  const bestand = path.join(map, 'regio_aliassen.csv');
  return leesCsv(bestand).map((r, i) => ({ indeling: indeling(r.indeling, bestand, i + 2), regio_code: r.regio_code, alias: r.alias }));
}

let standaard: Regioboek | null = null;

/** The regioboek of the shipped reference files (cached; the files do not change while running). */
export function referentieRegioboek(): Regioboek {
  standaard ??= maakRegioboek(leesRegioIndelingen(), leesHerindelingen(), leesAliassen());
  return standaard;
}

/**
 * The classification rows stored in the database, plus those of staging tables of a running import
 * (same columns). The importer and the region pages read the classifications this way.
 */
export async function leesRegioIndelingenUitDb(db: Queryable, staging: string[] = []): Promise<RegioIndelingRij[]> {
  const kolommen = `indeling, regio_code, regio_naam, gemeente_code, to_char(geldig_vanaf, 'YYYY-MM-DD') AS geldig_vanaf`;
  const sql = [`SELECT ${kolommen} FROM regio_indelingen`, ...staging.map((t) => `SELECT ${kolommen} FROM ${t}`)].join(' UNION ');
  const rijen = await db.query<RegioIndelingRij>(`SELECT * FROM (${sql}) x ORDER BY indeling, geldig_vanaf, regio_code, gemeente_code`);
  return rijen.filter((r) => isIndeling(r.indeling));
}

/** The regioboek of what the database holds now (with the shipped herindelingen and aliases). */
export async function regioboekUitDb(db: Queryable, peildatum?: string): Promise<Regioboek> {
  return maakRegioboek(await leesRegioIndelingenUitDb(db), leesHerindelingen(), leesAliassen(), peildatum);
}
