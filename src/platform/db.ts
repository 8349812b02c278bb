// One SQL dialect (PostgreSQL 15 subset), two engines: embedded PGlite by default, a PostgreSQL
// server when DATABASE_URL is set. Callers see only this narrow interface.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows with COPY … FROM (CSV): the fast path of large imports. `csv` is one chunk of
   * CSV text without a header, in the order of `kolommen` (see naarCopyCsv).
   */
  copyIn(tabel: string, kolommen: readonly string[], csv: string): Promise<void>;
}

function copySql(tabel: string, kolommen: readonly string[], bron: string): string {
  return `COPY ${tabel} (${kolommen.join(', ')}) FROM ${bron} WITH (FORMAT csv)`;
}

/** One CSV field for COPY: NULL is an unquoted empty field; everything else is quoted. */
function copyVeld(w: unknown): string {
  if (w === null || w === undefined) return '';
  let t: string;
  if (Array.isArray(w)) t = `{${w.map((x) => `"${String(x).replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
  else if (typeof w === 'boolean') t = w ? 't' : 'f';
  else if (w instanceof Date) t = w.toISOString();
  else t = String(w);
  return t.includes('"') ? `"${t.replace(/"/g, '""')}"` : `"${t}"`;
}

/** Rows as CSV text for copyIn. */
export function naarCopyCsv(rijen: readonly (readonly unknown[])[]): string {
  return rijen.map((r) => r.map(copyVeld).join(',')).join('\n') + '\n';
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction; rolls back when fn throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs fn while holding a server-wide advisory lock: instances that start at once on one
   * PostgreSQL take turns (PGlite has one process per data directory, so it just runs fn).
   */
  exclusief<T>(sleutel: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Advisory locks of reference/seed loading and of schema migrations at start (see Db.exclusief). */
export const STARTSLOT = 74202;
export const MIGRATIESLOT = 74203;

// SQLSTATE classes and client errors that mean "the server is (briefly) not there", not a bug
const ONBEREIKBAAR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300']);

/** Whether err says the database server is unreachable or went away (answer 503, retry later). */
export function isDatabaseOnbereikbaar(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (ONBEREIKBAAR_CODES.has(code) || code.startsWith('08')) return true;
  const m = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(m);
}

// Same type parsers on both engines: DATE stays a 'YYYY-MM-DD' string (no time-zone shifts),
// INT8 becomes a number (counts and whole euros stay far below 2^53), NUMERIC stays a string.
const OID_INT8 = 20;
const OID_NUMERIC = 1700;
const OID_DATE = 1082;

function int8(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`Geheel getal buiten bereik: ${v}`);
  return n;
}

/** A tiny FIFO mutex: PGlite has a single connection, so every use goes through it one at a time. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

export class PgliteDb implements Db {
  readonly engine = 'pglite' as const;
  private readonly mutex = new Mutex();
  private constructor(
    private readonly pglite: PGlite,
    private readonly release: () => void,
  ) {}

  /** dataDir undefined = in memory. loadDataDir: a snapshot made by dumpDataDir (tests). */
  static async open(dataDir?: string, loadDataDir?: Blob): Promise<PgliteDb> {
    const release = dataDir ? acquireLock(dataDir) : () => {};
    try {
      const pglite = await PGlite.create({
        dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined,
        loadDataDir,
        parsers: {
          [OID_INT8]: int8,
          [OID_NUMERIC]: (v: string) => v,
          [OID_DATE]: (v: string) => v,
        },
      });
      return new PgliteDb(pglite, release);
    } catch (err) {
      release();
      throw err;
    }
  }

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.mutex.run(async () => (await this.pglite.query<T>(sql, params)).rows);
  }
  exec(sql: string): Promise<void> {
    return this.mutex.run(async () => {
      await this.pglite.exec(sql);
    });
  }
  copyIn(tabel: string, kolommen: readonly string[], csv: string): Promise<void> {
    return this.mutex.run(async () => {
      await this.pglite.query(copySql(tabel, kolommen, "'/dev/blob'"), [], { blob: new Blob([csv]) });
    });
  }
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.mutex.run(() =>
      this.pglite.transaction(async (t) =>
        fn({
          query: async <R>(sql: string, params: unknown[] = []) => (await t.query<R>(sql, params)).rows,
          exec: async (sql: string) => {
            await t.exec(sql);
          },
          copyIn: async (tabel: string, kolommen: readonly string[], csv: string) => {
            await t.query(copySql(tabel, kolommen, "'/dev/blob'"), [], { blob: new Blob([csv]) });
          },
        }),
      ),
    );
  }
  exclusief<T>(_sleutel: number, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  /** Snapshot of the whole database (used to give each test file a migrated copy quickly). */
  dump(): Promise<Blob> {
    return this.mutex.run(async () => (await this.pglite.dumpDataDir('none')) as Blob);
  }
  async close(): Promise<void> {
    await this.mutex.run(() => this.pglite.close());
    this.release();
  }
}

void pgliteTypes;

export class PostgresDb implements Db {
  readonly engine = 'postgres' as const;
  private constructor(private readonly pool: pg.Pool) {}

  /** schema: optional search_path (tests use a fresh schema per test file). */
  static async open(url: string, schema?: string): Promise<PostgresDb> {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      options: schema ? `-c search_path=${schema}` : undefined,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === OID_INT8) return int8;
          if (oid === OID_NUMERIC || oid === OID_DATE) return (v: string) => v;
          return pg.types.getTypeParser(oid, format as 'text');
        }) as typeof pg.types.getTypeParser,
      },
    });
    // a pooled idle connection that dies (server restart, pg_terminate_backend, network) emits
    // 'error' on the pool; unhandled, that would end the process. The pool drops the connection
    // and opens a new one on the next query, so there is nothing more to do.
    pool.on('error', () => undefined);
    const c = await pool.connect(); // fail fast with a clear error when the server is not there
    c.release();
    return new PostgresDb(pool);
  }

  async exclusief<T>(sleutel: number, fn: () => Promise<T>): Promise<T> {
    // a session lock on one dedicated connection, held while fn uses the rest of the pool
    const client = await this.pool.connect();
    try {
      // per schema: test files each in their own schema do not wait for one another
      await client.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [sleutel]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [sleutel]);
      }
    } finally {
      client.release();
    }
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }
  async copyIn(tabel: string, kolommen: readonly string[], csv: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await copyViaClient(client, tabel, kolommen, csv);
    } finally {
      client.release();
    }
  }
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({
        query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
        copyIn: (tabel: string, kolommen: readonly string[], csv: string) => copyViaClient(client, tabel, kolommen, csv),
      });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function copyViaClient(client: pg.PoolClient, tabel: string, kolommen: readonly string[], csv: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(copySql(tabel, kolommen, 'STDIN')));
    stream.on('finish', () => resolve());
    stream.on('error', reject);
    stream.end(csv);
  });
}

/**
 * A second process on the same embedded data directory would corrupt it: take a lock file with our
 * pid, and refuse with a clear message while another live process holds it.
 */
export function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'akkoordmonitor.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (pid && pid !== process.pid && processAlive(pid)) {
        throw new Error(
          `De databasemap ${dataDir} is in gebruik door een ander proces (pid ${pid}). ` +
            `Stop dat proces eerst, of kies een andere map met AKKOORDMONITOR_DATA_DIR.`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock of a process that is gone
    }
  }
  throw new Error(`Kan de databasemap ${dataDir} niet vergrendelen.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
