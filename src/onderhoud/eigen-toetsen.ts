// A coordinating insurer imports only its own toetsen, their plans and the KPIs of those plans, as in
// the forms (domein/beleid.ts isCoordinerendVoor). Runs inside the import's run over the checked rows
// (kern importer `nakijken`), so these problems come in the same report as every other problem.
import type { Queryable } from '../platform/db.js';
import { isCoordinerendVoor, type Gebruiker } from '../domein/beleid.js';
import { alleenEigenToetsen } from '../domein/importrechten.js';
import type { KlaarBestand } from '../kern/contract/importeren.js';
import type { Probleem } from '../kern/probleem.js';

/** The stored value of a folded column per item (the newest row), for the given ids. */
async function opgeslagen(tx: Queryable, tabel: string, kolom: string, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rijen = await tx.query<{ id: string; w: string | null }>(
    `SELECT DISTINCT ON (id) id, t_${kolom} AS w FROM ${tabel} WHERE id = ANY($1::text[]) ORDER BY id, status_datum DESC, volgnr DESC`,
    [ids],
  );
  return new Map(rijen.map((r) => [r.id, r.w]));
}

const uniek = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];

/** Problems for rows of toetsen, plans or KPIs that are not the user's own; none for a beheerder. */
export async function eigenToetsenProblemen(tx: Queryable, g: Gebruiker, klaar: readonly KlaarBestand[]): Promise<Probleem[]> {
  const problemen: Probleem[] = [];
  const eigen = (c: string | null | undefined) => isCoordinerendVoor(g, c ?? null);
  const org = g.organisatie_naam;
  for (const k of klaar) {
    if (!alleenEigenToetsen(g, k.type)) continue;
    const p = (regel: number, kolom: string | null, waarde: string | null, reden: string) => problemen.push({ bestand: k.bestand, regel, kolom, waarde, reden });
    if (k.type === 'snelle_toetsen') {
      const rijen = await tx.query<{ regel: number; id: string; c: string | null }>(`SELECT regel, id, coordinerend_verzekeraar AS c FROM ${k.tabel} ORDER BY seq`);
      const bekend = await opgeslagen(tx, 'snelle_toetsen_log', 'coordinerend_verzekeraar', uniek(rijen.map((r) => r.id)));
      const metCoordinator = new Set(rijen.filter((r) => r.c).map((r) => r.id));
      const gezien = new Set<string>();
      for (const r of rijen) {
        if (r.c && !eigen(r.c)) p(r.regel, 'coordinerend_verzekeraar', r.c, `u importeert alleen snelle toetsen van uw eigen organisatie (${org})`);
        if (gezien.has(r.id)) continue;
        gezien.add(r.id);
        if (bekend.has(r.id) && !eigen(bekend.get(r.id))) {
          p(r.regel, 'id', r.id, `snelle toets ${r.id} heeft als coördinerend verzekeraar ${bekend.get(r.id) ?? '(niemand)'}, niet uw organisatie; alleen die verzekeraar of een beheerder wijzigt haar`);
        } else if (!bekend.has(r.id) && !metCoordinator.has(r.id)) {
          p(r.regel, 'coordinerend_verzekeraar', '', `vul de coördinerend verzekeraar in (uw organisatie: ${org}) bij een nieuwe snelle toets`);
        }
      }
      continue;
    }
    // plans and KPIs: through the plan's toets to its coordinating insurer
    const rijen =
      k.type === 'transformatieplannen'
        ? await tx.query<{ regel: number; plan: string; toets: string | null }>(`SELECT regel, id AS plan, snelle_toets_id AS toets FROM ${k.tabel} ORDER BY seq`)
        : await tx.query<{ regel: number; plan: string; toets: string | null }>(`SELECT regel, plan_id AS plan, NULL::text AS toets FROM ${k.tabel} ORDER BY seq`);
    const planToets = await opgeslagen(tx, 'transformatieplannen_log', 'snelle_toets_id', uniek(rijen.map((r) => r.plan)));
    const inBestand = new Map(rijen.filter((r) => r.toets).map((r) => [r.plan, r.toets]));
    const toetsVan = (r: { plan: string; toets: string | null }) => r.toets ?? inBestand.get(r.plan) ?? planToets.get(r.plan) ?? null;
    const coordinator = await opgeslagen(tx, 'snelle_toetsen_log', 'coordinerend_verzekeraar', uniek([...rijen.map(toetsVan), ...planToets.values()]));
    for (const r of rijen) {
      // an unknown toets or plan is already reported by the reference check
      for (const toets of uniek([toetsVan(r), planToets.get(r.plan) ?? null])) {
        if (!coordinator.has(toets) || eigen(coordinator.get(toets))) continue;
        p(
          r.regel,
          k.type === 'transformatieplannen' ? 'id' : 'plan_id',
          r.plan,
          `plan ${r.plan} hoort bij snelle toets ${toets} met als coördinerend verzekeraar ${coordinator.get(toets) ?? '(niemand)'}, niet uw organisatie`,
        );
      }
    }
  }
  return problemen;
}
