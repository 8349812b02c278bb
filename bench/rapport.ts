// Benchmark: the full report of peildatum 2025-05-20 (seed) as HTML and as PDF. Prints, asserts nothing.
// Run alone: npx tsx bench/rapport.ts (the lead wires it into npm run bench).
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PgliteDb } from '../src/platform/db.js';
import { migreer } from '../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../src/kern/contract/referentie.js';
import { PROJECT_MAP } from '../src/platform/config.js';
import { rapportGegevensVoor } from '../src/rapportage/rondes.js';
import { renderRapportHtml } from '../src/rapportage/rapport.js';
import { CHROMIUM_ARGS, CHROMIUM_PAD, rapportPdf } from '../src/rapportage/pdf.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export async function benchRapport(): Promise<{ html_ms: number; pdf_ms: number; chromium_ms: number }> {
  const db = await PgliteDb.open();
  try {
    await migreer(db);
    await bereidDatabaseVoor(db, path.join(PROJECT_MAP, 'data', 'seed'));
    const P = '2025-05-20';
    // HTML: gather the inputs from the database and render (what GET /rapportages/P/rapport.html does)
    const t0 = performance.now();
    const { gegevens } = await rapportGegevensVoor(db, P);
    const html = renderRapportHtml(gegevens, 'html');
    const html_ms = performance.now() - t0;
    // PDF: the same plus chromium start, layout and print (what the CLI and rapport.pdf do), beside the
    // baseline (issue 19): chromium's own print of the same HTML, started from the command line. Not the
    // same work: the baseline gathers no data, renders nothing and prints once (tagged, but without
    // bookmarks, header or footer, in chromium's default margins: 20 pages, not 23); the PDF prints twice
    // (the contents need page numbers). Three interleaved rounds
    // (median), so a busy machine weighs on both alike; the ratio without gathering is printed too.
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-print-'));
    const bron = path.join(map, 'rapport.html');
    fs.writeFileSync(bron, renderRapportHtml(gegevens, 'pdf'));
    const rondes: { pdf: number; gegevens: number; chromium: number }[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let i = 0; i < 3; i++) {
      const t1 = performance.now();
      const { gegevens: g2 } = await rapportGegevensVoor(db, P);
      const t2 = performance.now();
      pdf = await rapportPdf(g2);
      const t3 = performance.now();
      execFileSync(CHROMIUM_PAD, ['--headless', ...CHROMIUM_ARGS, '--no-pdf-header-footer', `--print-to-pdf=${path.join(map, 'uit.pdf')}`, pathToFileURL(bron).href], { stdio: 'ignore', timeout: 120_000 });
      rondes.push({ pdf: t3 - t1, gegevens: t2 - t1, chromium: performance.now() - t3 });
    }
    fs.rmSync(map, { recursive: true, force: true });
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const pdf_ms = med(rondes.map((r) => r.pdf));
    const chromium_ms = med(rondes.map((r) => r.chromium));
    const zonder = med(rondes.map((r) => r.pdf - r.gegevens));
    console.log(
      `rapport ${P}: HTML ${html_ms.toFixed(0)} ms (${(html.length / 1024).toFixed(0)} kB), PDF ${pdf_ms.toFixed(0)} ms (${(pdf.length / 1024).toFixed(0)} kB); ` +
        `chromium --print-to-pdf van dezelfde HTML ${chromium_ms.toFixed(0)} ms; verhouding ${(pdf_ms / chromium_ms).toFixed(2)}× (doel ≤ 1,5×); ` +
        `zonder gegevens verzamelen ${zonder.toFixed(0)} ms, ${(zonder / chromium_ms).toFixed(2)}× (mediaan van 3)`,
    );
    return { html_ms, pdf_ms, chromium_ms };
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchRapport();
}
