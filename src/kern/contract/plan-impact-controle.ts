// Checks of the plan_impact file type (docs/contract/plan_impact.md) in the importer: the row rules of
// domein/plan-impact.ts, and every reference — the plan, the KPMG measure in its version, the cluster —
// to what is stored or in the same import. Problems are collected in Dutch, with file, line and column.
import type { Queryable } from '../../platform/db.js';
import type { Probleem } from '../probleem.js';
import { controleerPlanImpact, type PlanImpactRij } from '../../domein/plan-impact.js';
import type { Waarde } from './cellen.js';

// the importer's view of its staging tables (as in azwa-controles.ts, which calls this file)
type KlaarBron = (type: string, kolommen: string[]) => string | null;
type Plek = (r: Record<string, unknown>) => { bestand: string; regel: number };

export function nakijkenPlanImpactRij(rij: Record<string, Waarde>, bestand: string, regel: number, problemen: Probleem[]): boolean {
  const fouten = controleerPlanImpact(rij as unknown as PlanImpactRij);
  for (const f of fouten) problemen.push({ bestand, regel, kolom: f.kolom, waarde: f.waarde, reden: f.reden });
  return fouten.length === 0;
}

function metKlaar(opgeslagen: string, klaar: string | null, select: string): string {
  return klaar ? `${opgeslagen} UNION ALL ${select.replace('{k}', klaar)}` : opgeslagen;
}

export async function controleerPlanImpactVerwijzingen(tx: Queryable, bron: KlaarBron, plek: Plek, problemen: Probleem[]): Promise<void> {
  const s = bron('plan_impact', ['plan_id', 'basis', 'maatregel_versie', 'maatregel', 'cluster']);
  if (!s) return;
  const plannen = metKlaar('SELECT id FROM transformatieplannen_log', bron('transformatieplannen', ['id']), 'SELECT id FROM {k} k');
  const model = bron('impact_maatregelen', ['versie', 'soort', 'code']);
  const maatregelen = metKlaar(`SELECT versie, code FROM impact_maatregelen WHERE soort = 'maatregel'`, model, `SELECT versie, code FROM {k} k WHERE soort = 'maatregel'`);
  const clusters = metKlaar(`SELECT code FROM impact_maatregelen WHERE soort = 'cluster'`, model, `SELECT code FROM {k} k WHERE soort = 'cluster'`);
  const controles: { kolom: string; sql: string; reden: (r: Record<string, unknown>) => string }[] = [
    {
      kolom: 'plan_id',
      sql: `SELECT plan_id AS waarde, tabel, regel FROM ${s} s WHERE plan_id NOT IN (${plannen}) ORDER BY nr, seq`,
      reden: (r) => `transformatieplan "${r.waarde}" bestaat niet`,
    },
    {
      kolom: 'maatregel',
      sql: `SELECT maatregel AS waarde, maatregel_versie AS versie, tabel, regel FROM ${s} s
             WHERE basis = 'kpmg' AND maatregel IS NOT NULL AND maatregel_versie IS NOT NULL
               AND (maatregel_versie, maatregel) NOT IN (${maatregelen}) ORDER BY nr, seq`,
      reden: (r) => `onbekende KPMG-maatregel "${r.waarde}" in versie "${r.versie}"; kies een code met soort "maatregel" uit impact_maatregelen (bijv. A2 in concept-0.6)`,
    },
    {
      kolom: 'cluster',
      sql: `SELECT cluster AS waarde, tabel, regel FROM ${s} s WHERE basis = 'eigen_raming' AND cluster IS NOT NULL AND cluster NOT IN (${clusters}) ORDER BY nr, seq`,
      reden: (r) => `onbekend cluster "${r.waarde}"; kies een cluster van het KPMG-model (impact_maatregelen, soort "cluster")`,
    },
  ];
  for (const c of controles) {
    for (const r of await tx.query<Record<string, unknown>>(c.sql)) problemen.push({ ...plek(r), kolom: c.kolom, waarde: String(r.waarde), reden: c.reden(r) });
  }
}
