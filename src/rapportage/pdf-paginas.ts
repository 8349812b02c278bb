// Page numbers for the contents of the PDF. Chromium prints no target-counter(), so the report is
// printed twice: the first PDF tells on which page each chapter heading landed (poppler's pdftotext,
// installed with chromium by scripts/ensure-chromium.sh), the second prints those numbers. The
// contents take a fixed space, so the second print has the same page breaks.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const voerUit = promisify(execFile);

/** The text of every page of a PDF (index 0 = page 1). */
export async function paginaTeksten(pdf: Buffer): Promise<string[]> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-pdf-'));
  try {
    const bestand = path.join(map, 'r.pdf');
    fs.writeFileSync(bestand, pdf);
    const { stdout } = await voerUit('pdftotext', ['-enc', 'UTF-8', bestand, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}

/**
 * The page of each chapter: the first page after `vanaf` on which a line reads exactly the chapter's
 * heading. A chapter not found gets no number (the contents then print none, rather than a wrong one).
 */
export function paginaVanKoppen(paginas: readonly string[], koppen: readonly string[], vanaf = 1): Map<string, number> {
  const uit = new Map<string, number>();
  const normaal = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const kop of koppen) {
    for (let i = vanaf; i < paginas.length; i++) {
      if (paginas[i].split('\n').some((r) => normaal(r) === normaal(kop))) {
        uit.set(kop, i + 1);
        break;
      }
    }
  }
  return uit;
}
