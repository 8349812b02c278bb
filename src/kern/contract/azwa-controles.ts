// Checks across rows and files for the AZWA monitoring file types (docs/contract/doelen.md,
// monitoren.md, toezeggingen.md): every code a row names must exist, in this import or already
// stored. Called by the importer inside its transaction, over its staging tables; problems are
// collected, not thrown, so the report names every one (file, line, column, value, reason).
import type { Queryable } from '../../platform/db.js';
import type { Probleem } from '../probleem.js';
import { kringInOuders } from '../../domein/doelen.js';
import { controleerPlanImpactVerwijzingen } from './plan-impact-controle.js';

/** The staging tables of a type as one relation with the given columns (plus seq, regel, nr, tabel), or null. */
export type KlaarBron = (type: string, kolommen: string[]) => string | null;
export type Plek = (r: Record<string, unknown>) => { bestand: string; regel: number };

const AFSPRAKEN = `SELECT code FROM onderdelen WHERE akkoord = 'AZWA'`;

function metKlaar(opgeslagen: string, klaar: string | null, kolom: string): string {
  return klaar ? `${opgeslagen} UNION ALL SELECT ${kolom} FROM ${klaar} k` : opgeslagen;
}

interface LijstVerwijzing {
  type: string;
  /** The item key column (its value is named in the reason). */
  item: string;
  kolom: string;
  /** SQL that lists the codes that exist. */
  bestaat: string;
  reden: (waarde: string, item: string) => string;
}

async function controleerLijst(tx: Queryable, bron: KlaarBron, plek: Plek, v: LijstVerwijzing, problemen: Probleem[]): Promise<void> {
  const s = bron(v.type, [v.item, v.kolom]);
  if (!s) return;
  const fout = await tx.query<Record<string, unknown>>(
    `SELECT DISTINCT ON (w, ${v.item}) w AS waarde, ${v.item} AS item, tabel, regel
       FROM ${s} s CROSS JOIN LATERAL unnest(s.${v.kolom}) AS w
      WHERE w NOT IN (${v.bestaat})
      ORDER BY w, ${v.item}, nr, seq`,
  );
  for (const f of fout) {
    problemen.push({ ...plek(f), kolom: v.kolom, waarde: String(f.waarde), reden: v.reden(String(f.waarde), String(f.item)) });
  }
}

export async function controleerAzwaBestanden(tx: Queryable, bron: KlaarBron, plek: Plek, problemen: Probleem[]): Promise<void> {
  const definities = metKlaar('SELECT code FROM indicator_definities', bron('indicator_definities', ['code']), 'code');
  const doelen = metKlaar('SELECT code FROM doelen', bron('doelen', ['code']), 'code');
  const overleggen = metKlaar('SELECT id FROM bo_overleggen', bron('bo_overleggen', ['id']), 'id');
  const lijsten: LijstVerwijzing[] = [
    {
      type: 'doelen',
      item: 'code',
      kolom: 'indicatoren',
      bestaat: definities,
      reden: (w, d) => `onbekende indicator "${w}" in doel "${d}"; leg eerst de definitie vast (indicator_definities)`,
    },
    { type: 'doelen', item: 'code', kolom: 'afspraken', bestaat: AFSPRAKEN, reden: (w, d) => `onbekende AZWA-afspraak "${w}" in doel "${d}"; verwacht A1 … E6` },
    {
      type: 'monitoren',
      item: 'code',
      kolom: 'indicatoren',
      bestaat: definities,
      reden: (w, m) => `onbekende indicator "${w}" in monitor "${m}"; leg eerst de definitie vast (indicator_definities)`,
    },
    { type: 'toezeggingen', item: 'id', kolom: 'afspraken', bestaat: AFSPRAKEN, reden: (w, t) => `onbekende AZWA-afspraak "${w}" in toezegging "${t}"; verwacht A1 … E6` },
    { type: 'toezeggingen', item: 'id', kolom: 'doelen', bestaat: doelen, reden: (w, t) => `onbekend doel "${w}" in toezegging "${t}"; leg het eerst vast (doelen)` },
  ];
  for (const v of lijsten) await controleerLijst(tx, bron, plek, v, problemen);
  // the expected fte impact of plans: plan, KPMG measure and cluster (docs/contract/plan_impact.md)
  await controleerPlanImpactVerwijzingen(tx, bron, plek, problemen);

  const d = bron('doelen', ['code', 'bovenliggend', 'basis_datum', 'streef_datum']);
  if (d) {
    for (const f of await tx.query<Record<string, unknown>>(
      `SELECT code, bovenliggend, tabel, regel FROM ${d} s WHERE bovenliggend IS NOT NULL AND bovenliggend NOT IN (${doelen}) ORDER BY nr, seq`,
    )) {
      problemen.push({ ...plek(f), kolom: 'bovenliggend', waarde: String(f.bovenliggend), reden: `bovenliggend doel "${f.bovenliggend}" van doel "${f.code}" bestaat niet` });
    }
    for (const f of await tx.query<Record<string, unknown>>(
      `SELECT code, to_char(streef_datum, 'YYYY-MM-DD') AS streef, to_char(basis_datum, 'YYYY-MM-DD') AS basis, tabel, regel
         FROM ${d} s WHERE streef_datum < basis_datum ORDER BY nr, seq`,
    )) {
      problemen.push({ ...plek(f), kolom: 'streef_datum', waarde: String(f.streef), reden: `streefdatum ligt vóór de basisdatum ${f.basis} (doel "${f.code}")` });
    }
    // the parent chain as it will be after this import: staged rows replace stored ones
    const alle = await tx.query<{ code: string; bovenliggend: string | null; tabel: string | null; regel: number | null }>(
      `SELECT code, bovenliggend, tabel, regel FROM ${d} s
        UNION ALL SELECT code, bovenliggend, NULL::text, NULL::int FROM doelen WHERE code NOT IN (SELECT code FROM ${d} x)`,
    );
    const kring = new Set(kringInOuders(alle));
    for (const f of alle.filter((a) => kring.has(a.code) && a.tabel)) {
      problemen.push({ ...plek(f), kolom: 'bovenliggend', waarde: String(f.bovenliggend), reden: `doel "${f.code}" ligt in een kring van bovenliggende doelen` });
    }
  }

  const t = bron('toezeggingen', ['id', 'soort', 'bo_id']);
  if (t) {
    for (const f of await tx.query<Record<string, unknown>>(
      `SELECT DISTINCT ON (bo_id) bo_id, id, tabel, regel FROM ${t} s WHERE bo_id IS NOT NULL AND bo_id NOT IN (${overleggen}) ORDER BY bo_id, nr, seq`,
    )) {
      problemen.push({ ...plek(f), kolom: 'bo_id', waarde: String(f.bo_id), reden: `bestuurlijk overleg "${f.bo_id}" van besluit "${f.id}" bestaat niet (bo_overleggen)` });
    }
    // a decision belongs to a meeting: bo_id on at least one row of the item, here or stored
    for (const f of await tx.query<Record<string, unknown>>(
      `SELECT id, (array_agg(tabel ORDER BY nr, seq))[1] AS tabel, (array_agg(regel ORDER BY nr, seq))[1] AS regel
         FROM ${t} s GROUP BY id
        HAVING bool_and(bo_id IS NULL)
           AND (bool_or(soort = 'besluit') OR EXISTS (SELECT 1 FROM toezeggingen_log l WHERE l.id = s.id AND l.soort = 'besluit'))
           AND NOT EXISTS (SELECT 1 FROM toezeggingen_log l WHERE l.id = s.id AND l.bo_id IS NOT NULL)
        ORDER BY 2, 3`,
    )) {
      problemen.push({ ...plek(f), kolom: 'bo_id', waarde: String(f.id), reden: `bo_id ontbreekt: besluit "${f.id}" hoort bij een bestuurlijk overleg` });
    }
  }
}
