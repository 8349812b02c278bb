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
import { BESTANDSTYPEN, bestandstype, SQL_TYPE, type Bestandstype } from './bestandstypen.js';
import { leesCel, type Waarde } from './cellen.js';
import { vindBronnen, sha256, type Bron } from './bronnen.js';
import { controleerKerncijfersBestand, schrijfSnapshot, type KerncijfersBestand } from '../snapshots.js';
import { Gebiedscontrole } from './gebieden.js';
import { schrijfAudit } from '../audit.js';
import { gevouwenKolommen, vouwExpressies } from '../toestand.js';
import { conflictDoel, controleerKlaargezet, controleerRegioIndelingen, sleutelkolommen, type Klaargezet } from './importcontroles.js';
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
  /** Filled with the milliseconds spent per phase (bench/import.ts prints the split). */
  fasen?: Fasen;
}

/** A file read into its staging table, as the caller's checks see it. */
export interface KlaarBestand {
  type: string;
  tabel: string;
  bestand: string;
}

/** Milliseconds per import phase: lezen (CSV/XLSX parsing), cellen (per-row checks in JS), staging, … */
export type Fasen = Record<string, number>;

/** Adds the time since t0 to a phase; returns now, so phases can be chained. */
function klok(fasen: Fasen | undefined, fase: string, t0: number): number {
  const nu = performance.now();
  if (fasen) fasen[fase] = (fasen[fase] ?? 0) + (nu - t0);
  return nu;
}

type Rij = Record<string, Waarde>;

// rows per COPY chunk into the staging table: memory stays flat with file size
const BATCH = 10_000;
// rows read between two progress calls
const VOORTGANG_ELKE = 2_500;

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
  const f = opties.fasen;
  // one chunk in flight: the database writes it while the next chunk is read and checked
  let bezig: Promise<void> = Promise.resolve();
  const spoel = async () => {
    const t0 = performance.now();
    await bezig;
    if (batch.length > 0) {
      const n = batch.length;
      const copy = tx.copyIn(tabel, ['seq', 'regel', ...kolommen.map(([k]) => k)], naarCopyCsv(batch));
      copy.catch(() => undefined); // awaited at the next spoel; no unhandled rejection meanwhile
      // progress says 'written' when the database has the chunk, not when it was handed over
      bezig = copy.then(() => {
        v.geschreven += n;
        opties.onVoortgang?.('schrijven', naam, v.gelezen, v);
      });
      bezig.catch(() => undefined); // likewise: a failing progress callback is raised at the next spoel
      batch = [];
    }
    t = klok(f, 'staging', t0);
  };
  let aantal = 0;
  let t = performance.now();
  try {
    for await (const { regel, cellen } of rijen) {
      t = klok(f, 'lezen', t);
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
      t = klok(f, 'cellen', t);
      if (batch.length >= BATCH) await spoel();
    }
  } finally {
    // a file that stops being readable leaves no COPY running under the next statement
    await bezig.catch(() => undefined);
  }
  await spoel();
  await spoel(); // the last chunk is written
  t = klok(f, 'staging', t);
  if (v.geschat !== null) v.geschat = aantal; // now known
  opties.onVoortgang?.('controle', naam, aantal, v);
  return { bron, naam, tabel, rijen: aantal };
}

/** The columns of a type as stored (plus its key columns). */
function dbKolommen(type: Bestandstype): string[] {
  return [...type.kolommen.map((c) => c.naam), ...sleutelkolommen(type).map((k) => k.naam)];
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
  const f = opties.fasen;
  let t = performance.now();
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
    t = klok(f, 'samenvoegen', t);
    await tx.query(`SELECT set_config('akkoordmonitor.vouw', 'aan', true)`);
    // touching the rows of items that had history before makes the trigger fold them again
    await tx.exec(`UPDATE ${type.tabel} SET status_datum = status_datum
                    WHERE (${item}) IN (SELECT ${item} FROM import_geraakt INTERSECT SELECT ${item} FROM import_bestaand);
                   DROP TABLE import_bestaand; DROP TABLE import_geraakt`);
    t = klok(f, 'vouwen', t);
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
    t = klok(f, 'samenvoegen', t);
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
  klok(f, 'audit', t);
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
  const f = opties.fasen;
  let t = performance.now();
  for (const bron of bronnen) {
    hashes.set(bron.bestand, await sha256(bron.bestand));
    t = klok(f, 'sha256', t);
    if (bron.soort === 'kerncijfers') {
      const r = controleerKerncijfersBestand(bron.bestand);
      if (r.ok) kerncijfers.set(bron.bestand, r.bestand);
      else problemen.push(...r.problemen);
    }
  }
  // problems so far do not stop the reading: the report names every problem of every file
  const bestanden = await db.transaction(async (tx) => {
    // the checks and the merge sort and hash whole staging tables: in memory, not in temp files
    await tx.exec(`SET LOCAL work_mem = '64MB'`);
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
    t = performance.now();
    // the checks across rows and files run also when cells were wrong (issue 14.5: every problem at
    // once), over the good rows; only a file that could not be read at all leaves them out
    if (klaar.length === bronnen.filter((b) => b.soort === 'tabel').length) {
      await controleerKlaargezet(tx, klaar, problemen);
      await controleerRegioIndelingen(tx, klaar, problemen);
    }
    if (opties.nakijken) problemen.push(...(await opties.nakijken(tx, klaar.map((k) => ({ type: k.bron.type.naam, tabel: k.tabel, bestand: k.naam })))));
    t = klok(f, 'controles', t);
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
    t = performance.now();
    return uit;
  });
  t = klok(f, 'commit', t);
  // PGlite has no autovacuum: after a large import into an event log the planner would read it whole
  // until the next start (referentie.ts refreshes at start); refresh its statistics now
  if (db.engine === 'pglite') {
    const groot = [...new Set(bestanden.filter((b) => b.nieuw + b.gewijzigd >= 1000).map((b) => bestandstype(b.bestandstype)).filter((x) => x?.eventlog).map((x) => x!.tabel))];
    if (groot.length > 0) await db.exec(`ANALYZE ${groot.join(', ')}`);
    klok(f, 'statistieken', t);
  }
  return { bestanden, waarschuwingen: [...waarschuwingen] };
}

/** The problem report as Dutch text lines (CLI, logs). */
export function probleemRapport(problemen: Probleem[]): string {
  return problemen.map(probleemRegel).join('\n');
}
