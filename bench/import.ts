// Imports at CBS scale (issue 19): N indicator observations (gemeente × month × dimension) through the
// normal importer, beside COPY of the same rows into a plain table in the same run; the 100,000-row
// snelle-toetsen import beside its COPY. Prints rows/s, the ratio to COPY and the peak RSS; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/platform/db.js';
import { importeer, type Fasen } from '../src/kern/contract/importeren.js';

export const INDICATOR_KOP = 'indicator;periode;gebied;dimensie;waarde;bron_datum';

/** Writes `rijen` observations of one indicator over the stored gemeenten, streamed to disk. */
export async function maakIndicatorCsv(db: Db, rijen: number): Promise<string> {
  const gemeenten = (
    await db.query<{ code: string }>(`SELECT DISTINCT regio_code AS code FROM regio_indelingen WHERE indeling = 'gemeente' ORDER BY 1`)
  ).map((r) => r.code);
  const bestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'am-cbs-')), 'indicatoren.csv');
  const uit = fs.createWriteStream(bestand);
  const schrijf = (s: string) => (uit.write(s) ? Promise.resolve() : new Promise<void>((r) => uit.once('drain', () => r())));
  await schrijf(`${INDICATOR_KOP}\n`);
  let buffer = '';
  for (let i = 0; i < rijen; i++) {
    const gm = gemeenten[i % gemeenten.length];
    const rest = Math.floor(i / gemeenten.length);
    const maand = rest % 120;
    const dim = Math.floor(rest / 120);
    const periode = `${2015 + Math.floor(maand / 12)}-${String(1 + (maand % 12)).padStart(2, '0')}`;
    buffer += `azw_ziekteverzuim;${periode};${gm};leeftijd ${dim};${String(((i * 7919) % 1000) / 10).replace(".", ",")};2025-06-16\n`;
    if (buffer.length > 1 << 16) {
      await schrijf(buffer);
      buffer = '';
    }
  }
  await schrijf(buffer);
  await new Promise<void>((r) => uit.end(() => r()));
  return bestand;
}

export interface ImportMeting {
  rijen: number;
  ms: number;
  piekRssMb: number;
  startRssMb: number;
  /** CPU seconds of this process during the import (user + system): the wall clock on a loaded machine is not. */
  cpuS: number;
  /** Milliseconds per import phase (see ImportOpties.fasen). */
  fasen: Fasen;
  /** RSS and live JS heap at every tenth of the rows read: flat memory keeps these level. */
  verloop: { rijen: number; rssMb: number; heapMb: number }[];
}

/** Imports one file; samples the resident set size every 100 ms and at every progress call. */
export async function meetImport(db: Db, bestand: string, rijen: number): Promise<ImportMeting> {
  const rss = () => process.memoryUsage.rss() / 1e6;
  const startRssMb = rss();
  let piek = startRssMb;
  const klok = setInterval(() => (piek = Math.max(piek, rss())), 100);
  const fasen: Fasen = {};
  const verloop: ImportMeting['verloop'] = [];
  const stap = Math.max(1, Math.round(rijen / 10));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    await importeer(db, bestand, {
      door: 'bench',
      fasen,
      onVoortgang: (_fase, _b, n) => {
        piek = Math.max(piek, rss());
        if (n < (verloop.length + 1) * stap) return;
        (globalThis as { gc?: () => void }).gc?.(); // live heap, not garbage (npm run bench has --expose-gc)
        verloop.push({ rijen: n, rssMb: rss(), heapMb: process.memoryUsage().heapUsed / 1e6 });
      },
    });
  } finally {
    clearInterval(klok);
  }
  const cpu = process.cpuUsage(cpu0);
  return { rijen, ms: performance.now() - t0, cpuS: (cpu.user + cpu.system) / 1e6, piekRssMb: Math.max(piek, rss()), startRssMb, fasen, verloop };
}

/** The phase split of one import as one line: "lezen 1,2 s (20%), …". */
export function fasenTekst(fasen: Fasen, totaalMs: number): string {
  return Object.entries(fasen)
    .filter(([, ms]) => ms >= 1)
    .map(([f, ms]) => `${f} ${(ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s (${Math.round((100 * ms) / totaalMs)}%)`)
    .join(', ');
}

/** COPY of the same file into a plain table of text columns (the floor any importer stands on). */
export async function copyVan(db: Db, bestand: string): Promise<number> {
  const csv = fs.readFileSync(bestand, 'utf8');
  // the same rows as COPY's CSV: commas between fields, the decimal comma of waarde quoted
  const zonderKop = csv
    .slice(csv.indexOf('\n') + 1)
    .split('\n')
    .map((r) => r.split(';').map((c, i) => (i === 4 && c ? `"${c}"` : c)).join(','))
    .join('\n');
  return db.transaction(async (tx) => {
    await tx.exec('CREATE TEMP TABLE copy_cbs (indicator text, periode text, gebied text, dimensie text, waarde text, bron_datum text) ON COMMIT DROP');
    const t0 = performance.now();
    for (let i = 0; i < zonderKop.length; ) {
      // chunks of about 8 MB, cut at a line end
      let eind = Math.min(zonderKop.length, i + 8_000_000);
      if (eind < zonderKop.length) eind = zonderKop.indexOf('\n', eind) + 1;
      await tx.copyIn('copy_cbs', ['indicator', 'periode', 'gebied', 'dimensie', 'waarde', 'bron_datum'], zonderKop.slice(i, eind));
      i = eind;
    }
    return performance.now() - t0;
  });
}

/** The CBS-scale import on one database: rows/s, ratio to COPY, peak RSS. */
export async function benchCbs(db: Db, rijen: number): Promise<void> {
  const bestand = await maakIndicatorCsv(db, rijen);
  try {
    const m = await meetImport(db, bestand, rijen);
    const copyMs = await copyVan(db, bestand);
    console.log(
      `import ${rijen.toLocaleString('nl-NL')} indicatorwaarnemingen: ${(m.ms / 1000).toFixed(1)} s (${Math.round(rijen / (m.ms / 1000)).toLocaleString('nl-NL')} rijen/s; doel 1.000.000 in ≤ 60 s); ` +
        `COPY van dezelfde rijen ${(copyMs / 1000).toFixed(1)} s; verhouding ${(m.ms / copyMs).toFixed(1)}×; RSS ${m.startRssMb.toFixed(0)} → piek ${m.piekRssMb.toFixed(0)} MB`,
    );
    console.log(`  fasen: ${fasenTekst(m.fasen, m.ms)}; CPU-tijd van node ${m.cpuS.toFixed(1)} s`);
    console.log(`  geheugen per tiende van de rijen (RSS / heap MB): ${m.verloop.map((v) => `${v.rssMb.toFixed(0)}/${v.heapMb.toFixed(0)}`).join(' ')}`);
  } finally {
    fs.rmSync(path.dirname(bestand), { recursive: true, force: true });
  }
}

// standalone: `node --expose-gc --import tsx bench/import.ts <pglite|postgres> <rijen>` runs only the
// CBS-scale import on a fresh database (PostgreSQL: BENCH_DATABASE_URL, a database of its own)
if (process.argv[1]?.endsWith('bench/import.ts')) {
  const [engine = 'pglite', n = '1000000'] = process.argv.slice(2);
  const { PgliteDb, PostgresDb } = await import('../src/platform/db.js');
  const { migreer } = await import('../src/platform/migraties.js');
  const { zorgVoorReferentiedata } = await import('../src/kern/contract/referentie.js');
  const db = engine === 'postgres' ? await PostgresDb.open(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test') : await PgliteDb.open();
  try {
    await migreer(db);
    await zorgVoorReferentiedata(db);
    console.log(`${engine}:`);
    await benchCbs(db, Number(n));
  } finally {
    await db.close();
  }
}
