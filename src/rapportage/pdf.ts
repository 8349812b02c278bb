// The report as PDF: Debian's chromium (never a downloaded browser) prints the same HTML, A4
// landscape like the original, with a running header (peildatum) and page numbers.
import type { Browser } from 'playwright-core';
import { datum } from '../platform/formaat.js';
import { renderRapportHtml } from './rapport.js';
import type { RapportGegevens } from './gegevens.js';

export const CHROMIUM_PAD = process.env.AKKOORDMONITOR_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function startChromium(): Promise<Browser> {
  try {
    // playwright-core is loaded on first use: it costs seconds of start-up time (issue 19)
    const { chromium } = await import('playwright-core');
    return await chromium.launch({ executablePath: CHROMIUM_PAD, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new Error(`Chromium kon niet starten (${CHROMIUM_PAD}); installeer het met scripts/ensure-chromium.sh. ${(err as Error).message.split('\n')[0]}`);
  }
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Header and footer of every page (chromium fills pageNumber / totalPages). */
export function kopEnVoet(g: RapportGegevens): { headerTemplate: string; footerTemplate: string } {
  const stijl = 'font-family:Arial,sans-serif;font-size:8px;color:#333;width:100%;padding:0 14mm;display:flex;justify-content:space-between;';
  return {
    headerTemplate: `<div style="${stijl}"><span>Voortgangsrapportage IZA/AZWA · ${esc(g.titel)}</span><span>Peildatum ${esc(datum(g.peildatum))}</span></div>`,
    footerTemplate: `<div style="${stijl}"><span>${g.bo_datum ? `Bestuurlijk overleg ${esc(datum(g.bo_datum))}` : 'Akkoordmonitor'}</span><span>Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`,
  };
}

/** HTML → PDF bytes. Pass a running browser to reuse it (benchmarks, many reports). */
export async function htmlNaarPdf(html: string, g: RapportGegevens, browser?: Browser): Promise<Buffer> {
  const eigen = browser ? null : await startChromium();
  const b = browser ?? eigen!;
  try {
    const page = await b.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const { headerTemplate, footerTemplate } = kopEnVoet(g);
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate,
        footerTemplate,
        margin: { top: '16mm', bottom: '14mm', left: '14mm', right: '14mm' },
      });
      return Buffer.from(pdf);
    } finally {
      await page.close();
    }
  } finally {
    if (eigen) await eigen.close();
  }
}

export async function rapportPdf(g: RapportGegevens, browser?: Browser): Promise<Buffer> {
  return htmlNaarPdf(renderRapportHtml(g, 'pdf'), g, browser);
}
