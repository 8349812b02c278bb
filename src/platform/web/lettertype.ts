// The typeface: Source Sans 3 (SIL Open Font License, package @fontsource/source-sans-3), the usual free
// substitute for the Rijkshuisstijl's RO Sans, which is licensed to the government and not free.
// Served under /assets/lettertype/ for the app and the report page; embedded as data: URLs in the
// report HTML that chromium prints, so the PDF embeds the font without any network or file access.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const LETTERTYPE = "'Source Sans 3'";
const GEWICHTEN = [400, 600, 700] as const;
const STIJLEN = ['normal', 'italic'] as const;

function map(): string {
  return path.join(path.dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
}

const naam = (gewicht: number, stijl: string) => `source-sans-3-latin-${gewicht}-${stijl}.woff2`;

/** The woff2 files (latin subset: Dutch text, €, typographic quotes), by file name. */
export function lettertypeBestanden(): [string, Buffer][] {
  const m = map();
  return GEWICHTEN.flatMap((g) => STIJLEN.map((s): [string, Buffer] => [naam(g, s), fs.readFileSync(path.join(m, naam(g, s)))]));
}

let alsData: string | null = null;

/** @font-face rules: 'url' points at /assets/lettertype/, 'data' carries the files inline (PDF). */
export function fontFaceCss(bron: 'url' | 'data'): string {
  if (bron === 'data' && alsData) return alsData;
  const css = lettertypeBestanden()
    .map(([bestand, inhoud]) => {
      const [, gewicht, stijl] = /-(\d+)-(\w+)\.woff2$/.exec(bestand)!;
      const src = bron === 'url' ? `/assets/lettertype/${bestand}` : `data:font/woff2;base64,${inhoud.toString('base64')}`;
      return `@font-face{font-family:${LETTERTYPE};font-style:${stijl};font-weight:${gewicht};font-display:swap;src:url(${src}) format('woff2')}`;
    })
    .join('\n');
  if (bron === 'data') alsData = css;
  return css;
}
