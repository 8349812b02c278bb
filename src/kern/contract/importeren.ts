// Import of data-contract files (§1–2), all or nothing. In one transaction every file is streamed once:
// each cell is checked and the good rows go into a staging table (COPY in chunks, so memory stays flat
// with file size); then the checks across rows and files run in SQL (duplicate keys, required-per-item
// columns, references to toetsen, plans, definitions and agreements, also against what is stored).
// Any problem rolls everything back and the user gets a Dutch report of every problem; otherwise each
// staging table is merged into its table in one statement.
import { celTeLangOfNul, dubbeleKoppen, nakijkenRij } from './rijcontrole.js';
import { ImportFout, Probleemlijst, type BestandResultaat, type ImportResultaat, type Probleem } from '../probleem.js';
import { GRENZEN, LeesFout } from './grenzen.js';
import fs from 'node:fs';
import path from 'node:path';
import { naarCopyCsv, type Db, type Queryable } from '../../platform/db.js';
import { schatRijen, type Voortgang } from '../voortgang.js';
import { BESTANDSTYPEN, SQL_TYPE, type Bestandstype } from './bestandstypen.js';
import { leesCel, type Waarde } from './cellen.js';
import { opbouwFouten } from './controles-azwa.js';
import { vindBronnen, sha256, type Bron } from './bronnen.js';
import { controleerKerncijfersBestand, schrijfSnapshot, type KerncijfersBestand } from '../snapshots.js';
import { controleerIndelingen, type RegioIndelingRij } from '../../domein/regios.js';
import { Gebiedscontrole } from './gebieden.js';
import { leesRegioIndelingenUitDb } from '../regios.js';
import { schrijfAudit } from '../audit.js';
import { gevouwenKolommen, vouwExpressies } from '../toestand.js';
import { controleerAzwaBestanden } from './azwa-controles.js';
import { probleemRegel } from '../../platform/probleemregel.js';

export { vindBronnen };

export type { Voortgang } from '../voortgang.js';

export interface ImportOpties {
  door: string;
  /**
   * Called every few thousand rows read ('controle'), after every chunk written to the staging table
   * and after each file's merge ('schrijven'), with the rows read so far and the counts in `voortgang`.
   */
  onVoortgang?: (fase: 'controle' | 'schrijven', bestand: string, rijen: number, voortgang: Voortgang) => void;
  /**
   * Checks of the caller over the rows that passed the cell checks, in the same run, so their problems
   * come in the same report (e.g. the web import: a coordinating insurer only imports its own toetsen).
   * Gets per file its type, its staging table (the type's columns plus regel, the line) and its name.
   */
  nakijken?: (tx: Queryable, klaar: readonly KlaarBestand[]) => Promise<Probleem[]>;
}

/** A file read into its staging table, as the caller's checks see it. */
export interface KlaarBestand {
  type: string;
  tabel: string;
  bestand: string;
}

type Rij = Record<string, Waarde>;

// rows per COPY chunk into the staging table: memory stays flat with file size
const BATCH = 10_000;
// rows read between two progress calls
const VOORTGANG_ELKE = 2_500;

/** A source read into its staging table inside the import's transaction. */
interface Klaargezet {
  bron: Extract<Bron, { soort: 'tabel' }>;
  naam: string;
  /** Temporary table with the checked rows: seq (file order), regel (line) and the type's columns. */
  tabel: string;
  rijen: number;
}

/** What reading the sources of one import shares: its transaction, where problems go, the options. */
interface Klaarzetten {
  tx: Queryable;
  problemen: Probleem[];
  waarschuwingen: Probleem[];
  opties: ImportOpties;
  gebieden: Gebiedscontrole;
}

/**
 * Streams one source once: checks every cell, normalises what the contract allows, and copies the good
 * rows into a staging table in chunks. Problems are collected, not thrown.
 */
async function zetKlaar(ctx: Klaarzetten, bron: Extract<Bron, { soort: 'tabel' }>, nr: number): Promise<Klaargezet | null> {
  const gelezen = { kop: [] as string[] };
  try {
    return await leesEnZetKlaar(ctx, bron, nr, gelezen);
  } catch (e) {
    // a file that cannot be read on: one problem line where the reading stopped; the file is refused
    if (!(e instanceof LeesFout)) throw e;
    const kolom = e.kolom ?? (e.veld !== null ? (gelezen.kop[e.veld] ?? `veld ${e.veld + 1}`) : null);
    ctx.problemen.push({ bestand: path.basename(bron.bestand), regel: e.regel, kolom, waarde: null, reden: e.reden });
    return null;
  }
}

/** zetKlaar's work; `gelezen.kop` gets the header as soon as it is read, for the problem line of a read error. */
async function leesEnZetKlaar(
  { tx, problemen, waarschuwingen, opties, gebieden }: Klaarzetten,
  bron: Extract<Bron, { soort: 'tabel' }>,
  nr: number,
  gelezen: { kop: string[] },
): Promise<Klaargezet | null> {
  const { type, bestand } = bron;
  const naam = path.basename(bestand);
  const { kop, rijen } = await bron.open();
  gelezen.kop = kop;
  if (kop.length === 0) {
    problemen.push({ bestand: naam, regel: 1, kolom: null, waarde: null, reden: 'bestand is leeg: de kopregel ontbreekt' });
    return null;
  }
  const index = new Map<string, number>();
  kop.forEach((k, i) => {
    if (type.kolommen.some((c) => c.naam === k)) index.set(k, i);
    else if (k !== '') waarschuwingen.push({ bestand: naam, regel: 1, kolom: k, waarde: null, reden: 'onbekende kolom; genegeerd' });
  });
  const ontbrekend = type.kolommen.filter((c) => (c.verplicht || c.verplichtPerItem) && !index.has(c.naam));
  for (const c of ontbrekend) {
    problemen.push({ bestand: naam, regel: 1, kolom: c.naam, waarde: null, reden: 'verplichte kolom ontbreekt' });
  }
  if (dubbeleKoppen(kop, naam, problemen) || ontbrekend.length > 0) return null;

  const tabel = `import_klaar_${nr}`;
  const kolommen = stagingKolommen(type);
  await tx.exec(`CREATE TEMP TABLE ${tabel} (seq integer, regel integer, ${kolommen.map(([k, t]) => `${k} ${t}`).join(', ')}) ON COMMIT DROP`);
  let batch: unknown[][] = [];
  const v: Voortgang = { bestand: naam, stap: 'lezen', gelezen: 0, goed: 0, geschreven: 0, geschat: schatRijen(bestand) };
  const spoel = async () => {
    if (batch.length === 0) return;
    await tx.copyIn(tabel, ['seq', 'regel', ...kolommen.map(([k]) => k)], naarCopyCsv(batch));
    v.geschreven += batch.length;
    batch = [];
  };
  let aantal = 0;
  for await (const { regel, cellen } of rijen) {
    aantal++;
    v.gelezen = aantal;
    if (aantal % VOORTGANG_ELKE === 0) opties.onVoortgang?.('controle', naam, aantal, v);
    if (cellen.length > kop.length) {
      problemen.push({ bestand: naam, regel, kolom: null, waarde: null, reden: `rij heeft ${cellen.length} velden, de kopregel ${kop.length}` });
      continue;
    }
    const rij: Rij = {};
    let goed = true;
    for (const kolom of type.kolommen) {
      const i = index.get(kolom.naam);
      const cel = i === undefined ? null : (cellen[i] ?? null);
      const ongeldig = celTeLangOfNul(cel);
      const r = ongeldig ? ({ ok: false, reden: ongeldig } as const) : leesCel(kolom, cel);
      if (!r.ok) {
        problemen.push({ bestand: naam, regel, kolom: kolom.naam, waarde: cel === null ? '' : String(cel).slice(0, 200).replace(/\0/g, ''), reden: r.reden });
        goed = false;
        continue;
      }
      if (kolom.verplicht && r.waarde === null) {
        problemen.push({ bestand: naam, regel, kolom: kolom.naam, waarde: '', reden: 'verplicht veld is leeg' });
        goed = false;
        continue;
      }
      rij[kolom.naam] = r.waarde;
    }
    if (!goed || !nakijkenRij(type, rij, naam, regel, problemen, waarschuwingen, gebieden)) continue;
    v.goed++;
    batch.push([aantal, regel, ...dbWaarden(type, rij)]);
    if (batch.length >= BATCH) {
      await spoel();
      opties.onVoortgang?.('schrijven', naam, aantal, v);
    }
  }
  await spoel();
  if (v.geschat !== null) v.geschat = aantal; // now known
  opties.onVoortgang?.('controle', naam, aantal, v);
  return { bron, naam, tabel, rijen: aantal };
}

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
async function controleerKlaargezet(tx: Queryable, klaar: Klaargezet[], problemen: Probleem[]): Promise<void> {
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

  // a column required on at least one row of an item: in this import or already stored
  for (const type of BESTANDSTYPEN) {
    for (const kolom of type.kolommen.filter((c) => c.verplichtPerItem)) {
      const bron = alleKlaar(klaar, type.naam, [...type.item, kolom.naam]);
      if (!bron) continue;
      const missend = await tx.query<Record<string, unknown>>(
        `SELECT concat_ws(' / ', ${type.item.join(', ')}) AS item,
                (array_agg(tabel ORDER BY nr, seq))[1] AS tabel, (array_agg(regel ORDER BY nr, seq))[1] AS regel
           FROM ${bron} s
          GROUP BY ${type.item.join(', ')}
         HAVING bool_and(${kolom.naam} IS NULL)
            AND NOT EXISTS (SELECT 1 FROM ${type.tabel} t WHERE ${type.item.map((c) => `t.${c} = s.${c}`).join(' AND ')} AND t.${kolom.naam} IS NOT NULL)
          ORDER BY 2, 3`,
      );
      for (const m of missend) {
        problemen.push({
          ...plek(m),
          kolom: kolom.naam,
          waarde: String(m.item),
          reden: `${kolom.naam} ontbreekt: verplicht op minstens één rij van ${type.item.join(' + ')} "${m.item}"`,
        });
      }
    }
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
async function controleerRegioIndelingen(tx: Queryable, klaar: Klaargezet[], problemen: Probleem[]): Promise<void> {
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

function sleutelkolommen(type: Bestandstype): Sleutelkolom[] {
  const uit: Sleutelkolom[] = [];
  if (type.statusKolom) uit.push({ van: type.statusKolom, naam: 'status_sleutel', sqlType: 'text', leeg: '' });
  if (type.naam === 'indicatoren') uit.push({ van: 'bron_datum', naam: 'bron_datum_sleutel', sqlType: 'date', leeg: '0001-01-01' });
  if (type.naam === 'regio_indelingen') uit.push({ van: 'gemeente_code', naam: 'gemeente_sleutel', sqlType: 'text', leeg: '' });
  return uit;
}

/** The columns of a type as stored (plus its key columns). */
function dbKolommen(type: Bestandstype): string[] {
  return [...type.kolommen.map((c) => c.naam), ...sleutelkolommen(type).map((k) => k.naam)];
}

/** The unique key of the table, in stored columns. */
function conflictDoel(type: Bestandstype): string[] {
  const vervangers = sleutelkolommen(type);
  return type.sleutel.map((k) => vervangers.find((v) => v.van === k)?.naam ?? k);
}

function dbWaarden(type: Bestandstype, rij: Rij): unknown[] {
  const w: unknown[] = type.kolommen.map((c) => {
    const x = rij[c.naam];
    // dimensie is part of the observation key and stored as '' when there is none (likewise leegInSleutel)
    if ((type.naam === 'indicatoren' && c.naam === 'dimensie') || type.leegInSleutel?.includes(c.naam)) return x ?? '';
    return x;
  });
  for (const k of sleutelkolommen(type)) w.push(rij[k.van] ?? k.leeg);
  return w;
}

/** Staging columns: the type's columns plus its key columns, with their SQL types. */
function stagingKolommen(type: Bestandstype): [string, string][] {
  return [...type.kolommen.map((c): [string, string] => [c.naam, SQL_TYPE[c.soort]]), ...sleutelkolommen(type).map((k): [string, string] => [k.naam, k.sqlType])];
}

/** Merges one checked staging table into its table in one statement; records the import and audits it. */
async function voegSamen(tx: Queryable, klaar: Klaargezet, hash: string, opties: ImportOpties): Promise<BestandResultaat> {
  const type = klaar.bron.type;
  const naam = klaar.naam;
  const aantal = klaar.rijen;
  const staging = klaar.tabel;
  const klaarVoor = (stap: Voortgang['stap']): Voortgang => ({ bestand: naam, stap, gelezen: aantal, goed: aantal, geschreven: stap === 'klaar' ? aantal : 0, geschat: aantal });
  opties.onVoortgang?.('schrijven', naam, aantal, klaarVoor('samenvoegen'));
  const [{ id: importId }] = await tx.query<{ id: number }>(
    `INSERT INTO imports (bestand, bestandstype, sha256, rijen, nieuw, gewijzigd, ongewijzigd, door) VALUES ($1, $2, $3, 0, 0, 0, 0, $4) RETURNING id`,
    [naam, type.naam, hash, opties.door],
  );
  const doel = conflictDoel(type);
  const namen = dbKolommen(type);
  const teWijzigen = namen.filter((k) => !doel.includes(k));
  const update =
    teWijzigen.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${[...teWijzigen, 'import_id', 'door'].map((k) => `${k} = EXCLUDED.${k}`).join(', ')}
         WHERE (${teWijzigen.map((k) => `t.${k}`).join(', ')}) IS DISTINCT FROM (${teWijzigen.map((k) => `EXCLUDED.${k}`).join(', ')})`;
  let nieuw: number;
  let geraakt: number;
  if (type.eventlog) {
    // Fold set-wise: rows of items new to the table get their folded state computed from the file in
    // the same INSERT; items that already had rows are folded again afterwards by the trigger.
    const item = type.item.join(', ');
    const v = vouwExpressies(type, 'seq');
    const gevouwen = gevouwenKolommen(type).map((k) => `t_${k.naam}`);
    await tx.query(`SELECT set_config('akkoordmonitor.vouw', 'uit', true)`);
    await tx.exec(`CREATE TEMP TABLE import_bestaand ON COMMIT DROP AS
                     SELECT DISTINCT ${item} FROM ${staging} s WHERE EXISTS (SELECT 1 FROM ${type.tabel} t WHERE ${type.item.map((k) => `t.${k} = s.${k}`).join(' AND ')});
                   CREATE TEMP TABLE import_geraakt (${stagingKolommen(type).filter(([k]) => type.item.includes(k)).map(([k, t]) => `${k} ${t}`).join(', ')}) ON COMMIT DROP`);
    [{ nieuw, geraakt }] = await tx.query<{ nieuw: number; geraakt: number }>(
      `WITH r AS (
         INSERT INTO ${type.tabel} AS t (${namen.join(', ')}, import_id, door, geldig_tot, t_eerste_datum${gevouwen.map((k) => `, ${k}`).join('')})
         SELECT ${namen.join(', ')}, $1, $2, geldig_tot, t_eerste_datum${gevouwen.map((k) => `, ${k}`).join('')}
           FROM (SELECT *, ${v.waarden} FROM ${staging} WINDOW ${v.venster}) x
          ORDER BY seq
         ON CONFLICT (${doel.join(', ')}) ${update}
         RETURNING (xmax = 0) AS nieuw, ${type.item.map((k) => `t.${k}`).join(', ')}),
       g AS (INSERT INTO import_geraakt SELECT DISTINCT ${item} FROM r)
       SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*)::int AS geraakt FROM r`,
      [importId, opties.door],
    );
    await tx.query(`SELECT set_config('akkoordmonitor.vouw', 'aan', true)`);
    // touching the rows of items that had history before makes the trigger fold them again
    await tx.exec(`UPDATE ${type.tabel} SET status_datum = status_datum
                    WHERE (${item}) IN (SELECT ${item} FROM import_geraakt INTERSECT SELECT ${item} FROM import_bestaand);
                   DROP TABLE import_bestaand; DROP TABLE import_geraakt`);
  } else {
    [{ nieuw, geraakt }] = await tx.query<{ nieuw: number; geraakt: number }>(
      `WITH r AS (
         INSERT INTO ${type.tabel} AS t (${namen.join(', ')}, import_id, door)
         SELECT ${namen.join(', ')}, $1, $2 FROM ${staging} ORDER BY seq
         ON CONFLICT (${doel.join(', ')}) ${update}
         RETURNING (xmax = 0) AS nieuw)
       SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*)::int AS geraakt FROM r`,
      [importId, opties.door],
    );
  }
  await tx.exec(`DROP TABLE ${staging}`);
  const gewijzigd = geraakt - nieuw;
  const resultaat: BestandResultaat = { bestand: naam, bestandstype: type.naam, sha256: hash, rijen: aantal, nieuw, gewijzigd, ongewijzigd: aantal - geraakt };
  opties.onVoortgang?.('schrijven', naam, aantal, klaarVoor('klaar'));
  await tx.query(`UPDATE imports SET rijen = $2, nieuw = $3, gewijzigd = $4, ongewijzigd = $5 WHERE id = $1`, [
    importId,
    aantal,
    nieuw,
    gewijzigd,
    resultaat.ongewijzigd,
  ]);
  await schrijfAudit(tx, { door: opties.door, actie: 'import', object_soort: type.naam, object_id: String(importId), na: resultaat });
  return resultaat;
}

/** Imports a file or a directory: all or nothing. Throws ImportFout with every problem found. */
export async function importeer(db: Db, pad: string, opties: ImportOpties): Promise<ImportResultaat> {
  const gevonden = await vindBronnen(pad);
  const bronnen = gevonden.bronnen;
  // the first GRENZEN.problemen problems are kept, all are counted (issue 20)
  const problemen = new Probleemlijst(GRENZEN.problemen);
  problemen.push(...gevonden.problemen);
  const waarschuwingen: Probleem[] = new Probleemlijst(GRENZEN.problemen);
  if (bronnen.length === 0 && problemen.length === 0) {
    problemen.push({ bestand: pad, regel: null, kolom: null, waarde: null, reden: 'geen bestanden met een bekend bestandstype gevonden' });
  }
  const kerncijfers = new Map<string, KerncijfersBestand>();
  const hashes = new Map<string, string>();
  for (const bron of bronnen) {
    hashes.set(bron.bestand, await sha256(bron.bestand));
    if (bron.soort === 'kerncijfers') {
      const r = controleerKerncijfersBestand(bron.bestand);
      if (r.ok) kerncijfers.set(bron.bestand, r.bestand);
      else problemen.push(...r.problemen);
    }
  }
  // problems so far do not stop the reading: the report names every problem of every file
  const bestanden = await db.transaction(async (tx) => {
    const klaar: Klaargezet[] = [];
    const gebieden = new Gebiedscontrole();
    const ctx: Klaarzetten = { tx, problemen, waarschuwingen, opties, gebieden };
    for (const [nr, bron] of bronnen.entries()) {
      if (bron.soort !== 'tabel') continue;
      // area checks use the stored classifications plus those of this import (read first: volgorde 0)
      if (!gebieden.geladen && (bron.type.naam === 'indicatoren' || bron.type.naam === 'snelle_toetsen' || bron.type.naam === 'regioplannen'))
        await gebieden.laad(tx, klaar.filter((k) => k.bron.type.naam === 'regio_indelingen').map((k) => k.tabel));
      const k = await zetKlaar(ctx, bron, nr);
      if (k) klaar.push(k);
    }
    if (gebieden.geladen) gebieden.afronden(problemen);
    // the checks across rows and files run also when cells were wrong (issue 14.5: every problem at
    // once), over the good rows; only a file that could not be read at all leaves them out
    if (klaar.length === bronnen.filter((b) => b.soort === 'tabel').length) {
      await controleerKlaargezet(tx, klaar, problemen);
      await controleerRegioIndelingen(tx, klaar, problemen);
    }
    if (opties.nakijken) problemen.push(...(await opties.nakijken(tx, klaar.map((k) => ({ type: k.bron.type.naam, tabel: k.tabel, bestand: k.naam })))));
    // throwing rolls back the transaction: nothing of this import stays
    if (problemen.length > 0) throw new ImportFout([...problemen], problemen.totaal);
    const uit: BestandResultaat[] = [];
    for (const bron of bronnen) {
      const hash = hashes.get(bron.bestand)!;
      if (bron.soort === 'kerncijfers') {
        uit.push(await schrijfSnapshot(tx, kerncijfers.get(bron.bestand)!, { bestand: path.basename(bron.bestand), sha256: hash, door: opties.door }));
      } else {
        const k = klaar.find((x) => x.bron === bron);
        if (k) uit.push(await voegSamen(tx, k, hash, opties));
      }
    }
    return uit;
  });
  return { bestanden, waarschuwingen: [...waarschuwingen] };
}

/** The problem report as Dutch text lines (CLI, logs). */
export function probleemRapport(problemen: Probleem[]): string {
  return problemen.map(probleemRegel).join('\n');
}
