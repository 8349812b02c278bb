// The checks of an import across rows and files (importeren.ts calls them once every file is staged):
// duplicate keys, columns required per item, references to toetsen, plans, definitions and agreements
// (set-based over the staging tables and what is stored, with file and line of the first row), and the
// region classifications as they would be after the import.
import type { Queryable } from '../../platform/db.js';
import type { Probleem } from '../probleem.js';
import { BESTANDSTYPEN, type Bestandstype } from './bestandstypen.js';
import { opbouwFouten } from './controles-azwa.js';
import { controleerAzwaBestanden } from './azwa-controles.js';
import { controleerIndelingen, type RegioIndelingRij } from '../../domein/regios.js';
import { leesRegioIndelingenUitDb } from '../regios.js';
import type { Bron } from './bronnen.js';

type Rijen = Record<string, unknown>[];


/** The staging tables of one type as one relation, with the staging table's name and order. */
function alleKlaar(klaar: Klaargezet[], type: string, kolommen: string[]): string | null {
  const van = klaar.filter((k) => k.bron.type.naam === type);
  if (van.length === 0) return null;
  return `(${van
    .map((k, i) => `SELECT ${kolommen.join(', ')}, seq, regel, ${i} AS nr, '${k.tabel}' AS tabel FROM ${k.tabel}`)
    .join(' UNION ALL ')})`;
}

/** The checks across rows and files, in SQL over the staging tables and what is stored. */
export async function controleerKlaargezet(tx: Queryable, klaar: Klaargezet[], problemen: Probleem[]): Promise<void> {
  const naamVan = new Map(klaar.map((k) => [k.tabel, k.naam]));
  const plek = (r: Record<string, unknown>) => ({ bestand: naamVan.get(r.tabel as string) ?? '', regel: Number(r.regel) });

  // the same key twice in one file
  for (const k of klaar) {
    const type = k.bron.type;
    const doel = conflictDoel(type);
    const dubbel = await tx.query<{ regel: number; eerste: number; waarde: string }>(
      `SELECT regel, eerste, waarde FROM (
         SELECT regel, concat_ws(' / ', ${type.sleutel.map((c) => `coalesce(${c}::text, '')`).join(', ')}) AS waarde,
                first_value(regel) OVER (PARTITION BY ${doel.join(', ')} ORDER BY seq) AS eerste,
                row_number() OVER (PARTITION BY ${doel.join(', ')} ORDER BY seq) AS rn
           FROM ${k.tabel}) x
        WHERE rn > 1 ORDER BY regel`,
    );
    for (const d of dubbel) {
      problemen.push({
        bestand: k.naam,
        regel: d.regel,
        kolom: null,
        waarde: d.waarde,
        reden: `dubbele rij: dezelfde sleutel (${type.sleutel.join(', ')}) staat al op regel ${d.eerste}`,
      });
    }
  }

  // a column required on at least one row of an item: in this import or already stored. One pass per
  // type for all such columns; the first row of the item (smallest file nr, seq) is where it is reported.
  for (const type of BESTANDSTYPEN) {
    const perItem = type.kolommen.filter((c) => c.verplichtPerItem).map((c) => c.naam);
    const van = klaar.filter((k) => k.bron.type.naam === type.naam);
    const bron = alleKlaar(klaar, type.naam, [...type.item, ...perItem]);
    if (!bron || perItem.length === 0) continue;
    const opgeslagen = (k: string) => `NOT EXISTS (SELECT 1 FROM ${type.tabel} t WHERE ${type.item.map((c) => `t.${c} = g.${c}`).join(' AND ')} AND t.${k} IS NOT NULL)`;
    const missend = await tx.query<Record<string, unknown>>(
      `SELECT concat_ws(' / ', ${type.item.join(', ')}) AS item, eerste[1] AS nr, eerste[3] AS regel,
              ${perItem.map((k, i) => `(m${i} AND ${opgeslagen(k)}) AS f${i}`).join(', ')}
         FROM (SELECT ${type.item.join(', ')}, min(ARRAY[nr, seq, regel]) AS eerste, ${perItem.map((k, i) => `bool_and(${k} IS NULL) AS m${i}`).join(', ')}
                 FROM ${bron} s GROUP BY ${type.item.join(', ')}) g
        WHERE ${perItem.map((_, i) => `m${i}`).join(' OR ')}
        ORDER BY eerste`,
    );
    perItem.forEach((k, i) => {
      for (const m of missend.filter((r) => r[`f${i}`])) {
        problemen.push({
          bestand: van[Number(m.nr)].naam,
          regel: Number(m.regel),
          kolom: k,
          waarde: String(m.item),
          reden: `${k} ontbreekt: verplicht op minstens één rij van ${type.item.join(' + ')} "${m.item}"`,
        });
      }
    });
  }

  // plan → its snelle toets: must exist and be Goedgekeurd at the plan's ingediend_op
  const plannen = alleKlaar(klaar, 'transformatieplannen', ['id', 'snelle_toets_id', 'ingediend_op', 'status_datum']);
  if (plannen) {
    const toetsen = alleKlaar(klaar, 'snelle_toetsen', ['id', 'status', 'status_datum']);
    const fouten = await tx.query<Record<string, unknown>>(
      `WITH p_rijen AS (
         SELECT id, snelle_toets_id, ingediend_op, status_datum, 0 AS bron, volgnr AS orde, NULL::text AS tabel, NULL::int AS regel
           FROM transformatieplannen_log WHERE id IN (SELECT id FROM ${plannen} x)
         UNION ALL
         SELECT id, snelle_toets_id, ingediend_op, status_datum, 1, nr * 100000000 + seq, tabel, regel FROM ${plannen} y),
       p AS (
         SELECT id,
                (array_agg(snelle_toets_id ORDER BY status_datum DESC, bron DESC, orde DESC) FILTER (WHERE snelle_toets_id IS NOT NULL))[1] AS toets,
                (array_agg(ingediend_op ORDER BY status_datum DESC, bron DESC, orde DESC) FILTER (WHERE ingediend_op IS NOT NULL))[1] AS ingediend,
                (array_agg(tabel ORDER BY orde) FILTER (WHERE bron = 1))[1] AS tabel,
                (array_agg(regel ORDER BY orde) FILTER (WHERE bron = 1))[1] AS regel
           FROM p_rijen GROUP BY id),
       t_rijen AS (
         SELECT id, status, status_datum, 0 AS bron, volgnr AS orde FROM snelle_toetsen_log WHERE id IN (SELECT toets FROM p)
         ${toetsen ? `UNION ALL SELECT id, status, status_datum, 1, nr * 100000000 + seq FROM ${toetsen} z` : ''})
       SELECT p.id, p.toets, p.ingediend, p.tabel, p.regel, t.bestaat, t.status
         FROM p LEFT JOIN LATERAL (
           SELECT count(*) > 0 AS bestaat,
                  (array_agg(r.status ORDER BY r.status_datum DESC, r.bron DESC, r.orde DESC) FILTER (WHERE r.status_datum <= p.ingediend))[1] AS status,
                  count(*) FILTER (WHERE r.status_datum <= p.ingediend) AS eerder
             FROM t_rijen r WHERE r.id = p.toets) t ON true
        WHERE p.toets IS NOT NULL AND p.ingediend IS NOT NULL AND (NOT t.bestaat OR t.status IS DISTINCT FROM 'Goedgekeurd' OR t.eerder = 0)
        ORDER BY p.tabel, p.regel`,
    );
    for (const f of fouten) {
      const plan = f.id as string;
      const toets = f.toets as string;
      problemen.push({
        ...plek(f),
        kolom: 'snelle_toets_id',
        waarde: toets,
        reden: !f.bestaat
          ? `snelle toets "${toets}" bestaat niet (plan ${plan})`
          : `snelle toets "${toets}" is op ${f.ingediend} (ingediend_op van plan ${plan}) niet Goedgekeurd maar ${f.status ? `"${f.status}"` : 'nog niet ingediend'}`,
      });
    }
  }

  // kpi → plan; observation → definition; AZWA action → agreement code
  const verwijzingen: { type: string; kolom: string; bestaat: string; omschrijving: (w: string) => string; filter?: string; kolommen?: string[] }[] = [
    {
      type: 'kpis',
      kolom: 'plan_id',
      bestaat: `SELECT id FROM transformatieplannen_log${klaar.some((k) => k.bron.type.naam === 'transformatieplannen') ? ` UNION ALL SELECT id FROM ${alleKlaar(klaar, 'transformatieplannen', ['id'])} pl` : ''}`,
      omschrijving: (w) => `transformatieplan "${w}" bestaat niet`,
    },
    {
      type: 'indicatoren',
      kolom: 'indicator',
      bestaat: `SELECT code FROM indicator_definities${klaar.some((k) => k.bron.type.naam === 'indicator_definities') ? ` UNION ALL SELECT code FROM ${alleKlaar(klaar, 'indicator_definities', ['code'])} d` : ''}`,
      omschrijving: (w) => `onbekende indicator "${w}"; leg eerst de definitie vast (indicator_definities)`,
    },
    {
      type: 'begrotingsafspraken',
      kolom: 'afspraak',
      bestaat: `SELECT code FROM onderdelen WHERE akkoord = 'AZWA'`,
      filter: 'afspraak IS NOT NULL',
      omschrijving: (w) => `onbekende AZWA-afspraak "${w}"; verwacht A1 … E6`,
    },
    {
      type: 'begrotingsrealisatie',
      kolom: 'omschrijving',
      bestaat: `SELECT omschrijving FROM begrotingsafspraken${klaar.some((k) => k.bron.type.naam === 'begrotingsafspraken') ? ` UNION ALL SELECT omschrijving FROM ${alleKlaar(klaar, 'begrotingsafspraken', ['omschrijving'])} ba` : ''}`,
      omschrijving: (w) => `geen regel "${w}" in de begrotingsafspraken (Bijlage 2); gebruik de omschrijving van de afspraak of deelpost`,
    },
    {
      type: 'enveloppe_gebruik',
      kolom: 'enveloppe',
      bestaat: `SELECT enveloppe FROM enveloppen${klaar.some((k) => k.bron.type.naam === 'enveloppen') ? ` UNION ALL SELECT enveloppe FROM ${alleKlaar(klaar, 'enveloppen', ['enveloppe'])} en` : ''}`,
      omschrijving: (w) => `onbekende enveloppe "${w}"; leg die eerst vast (enveloppen)`,
    },
    {
      type: 'acties',
      kolom: 'onderdeel',
      bestaat: `SELECT code FROM onderdelen WHERE akkoord = 'AZWA'`,
      filter: `akkoord = 'AZWA'`,
      omschrijving: (w) => `onbekende AZWA-afspraak "${w}"; verwacht A1 … E6`,
    },
    {
      // a measure belongs to a cluster record of its own version, in this import or stored
      type: 'impact_maatregelen',
      kolom: 'cluster',
      kolommen: ['versie', 'soort', 'cluster'],
      bestaat: `SELECT m.code FROM impact_maatregelen m WHERE m.soort = 'cluster' AND m.versie = s.versie${
        klaar.some((k) => k.bron.type.naam === 'impact_maatregelen')
          ? ` UNION ALL SELECT c.code FROM ${alleKlaar(klaar, 'impact_maatregelen', ['versie', 'soort', 'code'])} c WHERE c.soort = 'cluster' AND c.versie = s.versie`
          : ''
      }`,
      filter: `soort = 'maatregel'`,
      omschrijving: (w) => `onbekend cluster "${w}"; leg het cluster vast als rij met soort "cluster" en dezelfde versie`,
    },
  ];
  for (const v of verwijzingen) {
    const bron = alleKlaar(klaar, v.type, v.kolommen ?? (v.type === 'acties' ? ['akkoord', 'onderdeel'] : [v.kolom]));
    if (!bron) continue;
    const fout: Rijen = await tx.query(
      `SELECT DISTINCT ON (${v.kolom}) ${v.kolom} AS waarde, tabel, regel FROM ${bron} s
        WHERE ${v.filter ? `${v.filter} AND ` : ''}${v.kolom} NOT IN (${v.bestaat})
        ORDER BY ${v.kolom}, nr, seq`,
    );
    for (const f of fout) problemen.push({ ...plek(f), kolom: v.kolom, waarde: String(f.waarde), reden: v.omschrijving(String(f.waarde)) });
  }

  // kaderopbouw: one kader and one IZA kader per build-up; a "w.v." line needs a post above it
  const opbouw = alleKlaar(klaar, 'kaderopbouw', ['stand', 'sector', 'jaar', 'volgorde', 'soort']);
  if (opbouw) for (const f of await opbouwFouten(tx, opbouw)) problemen.push({ ...plek(f), kolom: 'soort', waarde: String(f.soort), reden: String(f.reden) });
  // goals, monitors, BO decisions and commitments → indicators, agreements, goals, meetings
  await controleerAzwaBestanden(tx, (type, kolommen) => alleKlaar(klaar, type, kolommen), plek, problemen);
}

/** The classifications as they would be after this import obey the contract rules (whole table). */
export async function controleerRegioIndelingen(tx: Queryable, klaar: Klaargezet[], problemen: Probleem[]): Promise<void> {
  const van = klaar.filter((k) => k.bron.type.naam === 'regio_indelingen');
  if (van.length === 0) return;
  const opgeslagen = await leesRegioIndelingenUitDb(tx);
  const rijen: RegioIndelingRij[] = [];
  const plekken: ({ bestand: string; regel: number } | null)[] = [];
  const sleutel = (r: RegioIndelingRij) => `${r.indeling}|${r.regio_code}|${r.gemeente_code ?? ''}|${r.geldig_vanaf}`;
  const nieuw = new Set<string>();
  for (const k of van) {
    const staged = await tx.query<RegioIndelingRij & { regel: number }>(
      `SELECT indeling, regio_code, regio_naam, gemeente_code, to_char(geldig_vanaf, 'YYYY-MM-DD') AS geldig_vanaf, regel FROM ${k.tabel} ORDER BY seq`,
    );
    for (const r of staged) {
      rijen.push(r);
      plekken.push({ bestand: k.naam, regel: r.regel });
      nieuw.add(sleutel(r));
    }
  }
  for (const r of opgeslagen) if (!nieuw.has(sleutel(r))) (rijen.push(r), plekken.push(null));
  for (const p of controleerIndelingen(rijen, (i) => plekken[i]?.regel ?? null)) {
    problemen.push({ bestand: van[0].naam, regel: p.regel, kolom: p.kolom, waarde: p.waarde, reden: p.reden });
  }
}

/** A source read into its staging table inside the import's transaction. */
export interface Klaargezet {
  bron: Extract<Bron, { soort: 'tabel' }>;
  naam: string;
  /** Temporary table with the checked rows: seq (file order), regel (line) and the type's columns. */
  tabel: string;
  rijen: number;
}

/**
 * Key columns that may be empty are stored a second time, never empty, so the row key can be a unique
 * constraint: status → status_sleutel (''), indicatoren.bron_datum → bron_datum_sleutel (0001-01-01).
 */
interface Sleutelkolom {
  van: string;
  naam: string;
  sqlType: string;
  leeg: string;
}

export function sleutelkolommen(type: Bestandstype): Sleutelkolom[] {
  const uit: Sleutelkolom[] = [];
  if (type.statusKolom) uit.push({ van: type.statusKolom, naam: 'status_sleutel', sqlType: 'text', leeg: '' });
  if (type.naam === 'indicatoren') uit.push({ van: 'bron_datum', naam: 'bron_datum_sleutel', sqlType: 'date', leeg: '0001-01-01' });
  if (type.naam === 'regio_indelingen') uit.push({ van: 'gemeente_code', naam: 'gemeente_sleutel', sqlType: 'text', leeg: '' });
  return uit;
}

/** The unique key of the table, in stored columns. */
export function conflictDoel(type: Bestandstype): string[] {
  const vervangers = sleutelkolommen(type);
  return type.sleutel.map((k) => vervangers.find((v) => v.van === k)?.naam ?? k);
}
