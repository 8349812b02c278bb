// Backup and restore of the whole database, on either engine, as one gzip'd JSON-lines file.
//
// Format (version 1), one JSON value per line:
//   {"formaat":"akkoordmonitor-backup","versie":1,"engine":…,"gemaakt_op":…,"migraties":[…]}
//   {"tabel":"acties_log","kolommen":["volgnr",…],"rijen":N}      then N lines, each an array of the
//   row's values as PostgreSQL text (col::text, NULL = null): dates, numbers, jsonb and arrays keep
//   their exact text, so frozen snapshots come back byte for byte on either engine
//   {"sequenties":[["acties_log_volgnr_seq",1234,true],…]}
//   {"einde":true,"sha256":"…"}   sha256 over every byte before this line (uncompressed)
// Tables are enumerated from the catalog, so a table added by a later migration is included without
// a change here. Secrets are stored as the database holds them (hashed). The whole read runs in one
// REPEATABLE READ transaction with the time zone at UTC: one consistent state, also while the server
// writes.
//
// Restore runs in ONE transaction: it creates the schema at the backup's migration level, loads every
// table with COPY while `session_replication_role = replica` switches the triggers off (the
// append-only triggers on audit_log and the frozen-snapshot tables, the foreign-key checks during the
// load, and the "vouw" triggers whose derived columns are already in the backup), sets the sequences,
// then runs the newer migrations of this version. On a PostgreSQL server that setting needs a
// superuser (or, from PostgreSQL 15, GRANT SET ON PARAMETER session_replication_role).
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db, Queryable } from './db.js';
import { naarCopyCsv } from './db.js';
import { migratieBestanden, voerMigratieUit } from './migraties.js';

export const BACKUP_FORMAAT = 'akkoordmonitor-backup';
const VERSIE = 1;

export interface BackupKop {
  formaat: string;
  versie: number;
  engine: string;
  gemaakt_op: string;
  migraties: string[];
}

export type Voortgang = (tabel: string, rijen: number, nr: number, totaal: number) => void;

function qi(naam: string): string {
  return `"${naam.replace(/"/g, '""')}"`;
}

/** The tables of the current schema, ordered by name. */
async function tabellen(q: Queryable): Promise<string[]> {
  const r = await q.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  return r.map((x) => x.t);
}

async function kolommen(q: Queryable, tabel: string): Promise<string[]> {
  const r = await q.query<{ k: string }>(
    `SELECT attname AS k FROM pg_attribute
      WHERE attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass
        AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [tabel],
  );
  return r.map((x) => x.k);
}

/**
 * Writes the backup of `db` as JSON lines to `uit` (the caller gzips). Returns the sha256 and the
 * number of rows per table.
 */
export async function schrijfBackup(
  db: Db,
  schrijf: (regel: string) => Promise<void> | void,
  onVoortgang?: Voortgang,
): Promise<{ sha256: string; rijen: Record<string, number> }> {
  const hash = crypto.createHash('sha256');
  const regel = async (waarde: unknown) => {
    const t = JSON.stringify(waarde) + '\n';
    hash.update(t);
    await schrijf(t);
  };
  const telling: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.exec(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    await tx.exec(`SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL extra_float_digits = 3`);
    const migraties = (await tx.query<{ naam: string }>(`SELECT naam FROM schema_migraties ORDER BY naam`)).map((r) => r.naam);
    const kop: BackupKop = { formaat: BACKUP_FORMAAT, versie: VERSIE, engine: db.engine, gemaakt_op: new Date().toISOString(), migraties };
    await regel(kop);
    const lijst = (await tabellen(tx)).filter((t) => t !== 'schema_migraties');
    let nr = 0;
    for (const tabel of lijst) {
      nr++;
      const ks = await kolommen(tx, tabel);
      const rijen = await tx.query<{ r: (string | null)[] }>(
        `SELECT ARRAY[${ks.map((k) => `${qi(k)}::text`).join(', ')}] AS r FROM ${qi(tabel)} ORDER BY 1`,
      );
      await regel({ tabel, kolommen: ks, rijen: rijen.length });
      for (const { r } of rijen) await regel(r);
      telling[tabel] = rijen.length;
      onVoortgang?.(tabel, rijen.length, nr, lijst.length);
    }
    const seq = await tx.query<{ s: string; w: number | null; c: boolean }>(
      `SELECT sequencename AS s, last_value AS w, last_value IS NOT NULL AS c FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
    );
    await regel({ sequenties: seq.map((s) => [s.s, s.w ?? 1, s.c]) });
  });
  const sha256 = hash.digest('hex');
  await schrijf(JSON.stringify({ einde: true, sha256 }) + '\n');
  return { sha256, rijen: telling };
}

/** Writes a gzip'd backup file. */
export async function maakBackupBestand(db: Db, bestand: string, onVoortgang?: Voortgang): Promise<{ sha256: string; rijen: Record<string, number> }> {
  const gz = zlib.createGzip();
  const uit = fs.createWriteStream(bestand);
  const klaar = pipeline(gz, uit);
  const resultaat = await schrijfBackup(
    db,
    (t) =>
      new Promise<void>((ok) => {
        if (gz.write(t)) ok();
        else gz.once('drain', () => ok());
      }),
    onVoortgang,
  );
  gz.end();
  await klaar;
  return resultaat;
}

export class BackupFout extends Error {}

interface GelezenTabel {
  tabel: string;
  kolommen: string[];
  rijen: (string | null)[][];
}

/** Reads and checks a backup file: format, checksum, completeness. */
export async function leesBackup(bestand: string): Promise<{ kop: BackupKop; tabellen: GelezenTabel[]; sequenties: [string, number, boolean][] }> {
  if (!fs.existsSync(bestand)) throw new BackupFout(`Backupbestand ${bestand} bestaat niet.`);
  const hash = crypto.createHash('sha256');
  const regels = readline.createInterface({ input: fs.createReadStream(bestand).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let kop: BackupKop | null = null;
  const lijst: GelezenTabel[] = [];
  let huidig: GelezenTabel | null = null;
  let over = 0;
  let sequenties: [string, number, boolean][] = [];
  let einde: { sha256: string } | null = null;
  let nr = 0;
  try {
    for await (const t of regels) {
      nr++;
      if (einde) throw new BackupFout(`Backupbestand ${bestand}: gegevens na het einde (regel ${nr}).`);
      const w = JSON.parse(t);
      if (nr === 1) {
        if (w?.formaat !== BACKUP_FORMAAT) throw new BackupFout(`${bestand} is geen backup van Akkoordmonitor.`);
        if (w.versie !== VERSIE) throw new BackupFout(`Backupbestand ${bestand} heeft formaatversie ${w.versie}; deze versie leest alleen versie ${VERSIE}.`);
        kop = w;
      } else if (over > 0) {
        huidig!.rijen.push(w);
        over--;
        if (over === 0) huidig = null;
      } else if (w && typeof w === 'object' && 'tabel' in w) {
        huidig = { tabel: w.tabel, kolommen: w.kolommen, rijen: [] };
        lijst.push(huidig);
        over = w.rijen;
        if (over === 0) huidig = null;
      } else if (w && typeof w === 'object' && 'sequenties' in w) {
        sequenties = w.sequenties;
      } else if (w && typeof w === 'object' && w.einde === true) {
        einde = w;
        continue;
      } else throw new BackupFout(`Backupbestand ${bestand}, regel ${nr}: onverwachte inhoud.`);
      hash.update(t + '\n');
    }
  } catch (err) {
    if (err instanceof BackupFout) throw err;
    throw new BackupFout(`Backupbestand ${bestand} is beschadigd of onvolledig (regel ${nr}): ${(err as Error).message}`);
  }
  if (!kop || !einde || over > 0) throw new BackupFout(`Backupbestand ${bestand} is onvolledig: het einde met de controlesom ontbreekt.`);
  const sha = hash.digest('hex');
  if (sha !== einde.sha256) throw new BackupFout(`Backupbestand ${bestand}: de controlesom klopt niet (sha256 ${sha}, verwacht ${einde.sha256}). Het bestand is beschadigd.`);
  return { kop, tabellen: lijst, sequenties };
}

/** Rows in tables other than the migration list: > 0 means the database holds data. */
async function rijenInDatabase(q: Queryable): Promise<number> {
  let n = 0;
  for (const t of await tabellen(q)) {
    if (t === 'schema_migraties') continue;
    n += (await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${qi(t)}`))[0].n;
  }
  return n;
}

export interface HerstelResultaat {
  tabellen: number;
  rijen: number;
  sha256: string;
  /** Migrations newer than the backup that ran after the restore. */
  nagemigreerd: string[];
}

/**
 * Restores `bestand` into `db` (opened without migrating). Refuses a database that holds data or
 * tables unless `overschrijf`; then everything in the current schema is dropped first. All or nothing.
 */
export async function herstelBackup(
  db: Db,
  bestand: string,
  opties: { overschrijf?: boolean; onVoortgang?: Voortgang } = {},
): Promise<HerstelResultaat> {
  const { kop, tabellen: data, sequenties } = await leesBackup(bestand);
  const bekend = migratieBestanden();
  const onbekend = kop.migraties.filter((m) => !bekend.includes(m));
  if (onbekend.length > 0) {
    throw new BackupFout(
      `De backup komt van een nieuwere versie van Akkoordmonitor (migratie ${onbekend.join(', ')} is hier onbekend). Herstel met die versie of nieuwer.`,
    );
  }
  const ontbrekend = bekend.filter((m) => m < kop.migraties[kop.migraties.length - 1] && !kop.migraties.includes(m));
  if (ontbrekend.length > 0) throw new BackupFout(`De backup mist migratie ${ontbrekend.join(', ')} tussen zijn eigen migraties; herstel is niet mogelijk.`);
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(bestand)).digest('hex');
  let rijen = 0;
  const nagemigreerd: string[] = [];
  await db.transaction(async (tx) => {
    const bestaand = await tabellen(tx);
    if (bestaand.length > 0) {
      const n = await rijenInDatabase(tx);
      if (!opties.overschrijf) {
        throw new BackupFout(
          `De doeldatabase is niet leeg (${bestaand.length} tabellen, ${n.toLocaleString('nl-NL')} rijen). ` +
            `Herstel alleen in een lege database, of geef --overschrijf om alles in deze database te vervangen.`,
        );
      }
      const schema = (await tx.query<{ s: string }>(`SELECT current_schema() AS s`))[0].s;
      await tx.exec(`DROP SCHEMA ${qi(schema)} CASCADE; CREATE SCHEMA ${qi(schema)}`);
    }
    await tx.exec(`CREATE TABLE schema_migraties (naam text PRIMARY KEY, toegepast_op timestamptz NOT NULL DEFAULT now())`);
    for (const m of kop.migraties) {
      await voerMigratieUit(tx, m);
      await tx.query(`INSERT INTO schema_migraties (naam) VALUES ($1)`, [m]);
    }
    try {
      await tx.exec(`SET LOCAL session_replication_role = replica`);
    } catch (err) {
      throw new BackupFout(
        `Herstellen vraagt het recht om triggers tijdelijk uit te zetten (session_replication_role): ${(err as Error).message}. ` +
          `Herstel als superuser, of geef de gebruiker GRANT SET ON PARAMETER session_replication_role (PostgreSQL 15+).`,
      );
    }
    await tx.exec(`SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'`);
    // tables that migrations fill with reference rows: the backup holds their full content
    for (const t of data) await tx.exec(`DELETE FROM ${qi(t.tabel)}`);
    let nr = 0;
    for (const t of data) {
      nr++;
      for (let i = 0; i < t.rijen.length; i += 5000) {
        await tx.copyIn(qi(t.tabel), t.kolommen.map(qi), naarCopyCsv(t.rijen.slice(i, i + 5000)));
      }
      rijen += t.rijen.length;
      opties.onVoortgang?.(t.tabel, t.rijen.length, nr, data.length);
    }
    for (const [s, w, c] of sequenties) await tx.query(`SELECT setval($1::regclass, $2, $3)`, [qi(s), w, c]);
    await tx.exec(`SET LOCAL session_replication_role = DEFAULT`);
    for (const m of bekend.filter((x) => !kop.migraties.includes(x))) {
      await voerMigratieUit(tx, m);
      await tx.query(`INSERT INTO schema_migraties (naam) VALUES ($1)`, [m]);
      nagemigreerd.push(m);
    }
  });
  return { tabellen: data.length, rijen, sha256, nagemigreerd };
}
