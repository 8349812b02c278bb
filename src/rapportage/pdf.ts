// The report as PDF: Debian's chromium (never a downloaded browser) prints the same HTML, A4
// landscape like the original, with a running header (peildatum) and page numbers.
import type { Browser } from 'playwright-core';
import { datum } from '../platform/formaat.js';
import { documentTitel, renderRapportHtml } from './rapport.js';
import { paginaTeksten, paginaVanKoppen } from './pdf-paginas.js';
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
    headerTemplate: `<div style="${stijl}"><span>${esc(documentTitel(g))}</span><span></span></div>`,
    footerTemplate: `<div style="${stijl}"><span>Akkoordmonitor · Ministerie van VWS${g.bo_datum ? ` · Bestuurlijk overleg ${esc(datum(g.bo_datum))}` : ''}</span><span>Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`,
  };
}

/** The contents of the report: the only part the second print changes. */
const INHOUD_NAV = /<nav class="r-inhoud"[^>]*>[\s\S]*?<\/nav>/;

/**
 * HTML → PDF bytes. Pass a running browser to reuse it (benchmarks, many reports).
 * With `herdruk` the document is printed twice (see pdf-paginas.ts). The first print only tells on
 * which page each chapter landed, so it is a plain one (no tags, bookmarks, header or footer: none of
 * them moves a page break, the margins stay). When the second HTML differs from the first only in the
 * contents, that one element is swapped in the loaded page instead of loading and laying out the whole
 * document (and its embedded fonts) again; the result is the same DOM.
 */
export async function htmlNaarPdf(html: string, g: RapportGegevens, browser?: Browser, herdruk?: (paginas: Record<string, number>) => string): Promise<Buffer> {
  const eigen = browser ? null : await startChromium();
  const b = browser ?? eigen!;
  try {
    const page = await b.newPage();
    try {
      const { headerTemplate, footerTemplate } = kopEnVoet(g);
      const marge = { top: '16mm', bottom: '14mm', left: '14mm', right: '14mm' };
      const druk = async () =>
        Buffer.from(
          await page.pdf({
            format: 'A4',
            landscape: true,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate,
            footerTemplate,
            margin: marge,
            // accessible PDF: a structure tree from the HTML (tagged) and bookmarks from the headings
            tagged: true,
            outline: true,
          }),
        );
      await page.setContent(html, { waitUntil: 'load' });
      if (!herdruk) return await druk();
      const proef = Buffer.from(await page.pdf({ format: 'A4', landscape: true, printBackground: true, margin: marge, tagged: false, outline: false }));
      // the contents need page numbers: read where each chapter landed, print again with them
      const koppen = await page.evaluate(() =>
        [...document.querySelectorAll('section.r-sectie[id] > h2')].map((h) => ({ id: (h.parentElement as HTMLElement).id, kop: (h.textContent ?? '').trim() })),
      );
      const gevonden = paginaVanKoppen(await paginaTeksten(proef), koppen.map((k) => k.kop));
      const paginas = Object.fromEntries(koppen.filter((k) => gevonden.has(k.kop)).map((k) => [k.id, gevonden.get(k.kop)!]));
      const tweede = herdruk(paginas);
      const nav = INHOUD_NAV.exec(tweede)?.[0];
      const gewisseld =
        nav !== undefined &&
        INHOUD_NAV.test(html) &&
        html.replace(INHOUD_NAV, '') === tweede.replace(INHOUD_NAV, '') &&
        (await page.evaluate((n) => {
          const oud = document.querySelector('nav.r-inhoud');
          if (!oud) return false;
          oud.outerHTML = n;
          return true;
        }, nav));
      if (!gewisseld) await page.setContent(tweede, { waitUntil: 'load' });
      return await druk();
    } finally {
      // a browser of our own goes as a whole below
      if (!eigen) await page.close();
    }
  } finally {
    if (eigen) await eigen.close();
  }
}

export async function rapportPdf(g: RapportGegevens, browser?: Browser): Promise<Buffer> {
  return htmlNaarPdf(renderRapportHtml(g, 'pdf'), g, browser, (paginas) => renderRapportHtml(g, 'pdf', paginas));
}
