// The quarterly voortgangsrapportage from one set of components: the same markup is the HTML report
// (inline on the round page, or a standalone accessible page) and, printed by chromium, the PDF.
// It renders ONLY from RapportGegevens (gegevens.ts), so a fixed round's report is rebuilt from its
// frozen inputs. Charts are inline SVG (ECharts SSR) with a table alternative each. The sections live
// in rapport/<section>.tsx; this file assembles them into the document.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { datum } from '../platform/formaat.js';
import type { RapportGegevens } from './gegevens.js';
import { type Ctx, type RapportModus } from './rapport/onderdelen.js';
import { metAzwa, Noemenswaardig, Omslag } from './rapport/omslag.js';
import { Thematafels } from './rapport/thematafels.js';
import { AzwaAfspraken } from './rapport/azwa.js';
import { MidTermReview } from './rapport/mtr.js';
import { NzaDuiding, SnelleToetsen, Transformatiemiddelen, Transformatieplannen } from './rapport/transformatie.js';
import { FinancieleKaders } from './rapport/financien.js';
import { Arbeidsmarkt, Toegankelijkheid } from './rapport/indicatoren.js';
import { Vergelijking } from './rapport/vergelijking.js';
import { Colofon } from './rapport/colofon.js';
import { RAPPORT_CSS } from './rapport/stijl.js';
import { fontFaceCss } from '../platform/web/lettertype.js';
import { publicatieInhoud } from './publicatie.js';

export type { RapportModus } from './rapport/onderdelen.js';
export { regels } from './rapport/onderdelen.js';
export { VergelijkingInhoud } from './rapport/vergelijking.js';
export { RAPPORT_CSS } from './rapport/stijl.js';

export function RapportInhoud({ g, modus, paginas }: { g: RapportGegevens; modus: RapportModus; paginas?: Record<string, number> }): VNode {
  const ctx: Ctx = { g, modus, p: publicatieInhoud(g.publicatie, g.opmerkingen), paginas };
  return (
    <article class={`rapport rapport--${modus}`} lang="nl" aria-labelledby="r-titel">
      <Omslag ctx={ctx} />
      <Noemenswaardig ctx={ctx} />
      <AzwaAfspraken ctx={ctx} />
      <MidTermReview ctx={ctx} />
      <Thematafels ctx={ctx} />
      <SnelleToetsen ctx={ctx} />
      <Transformatieplannen ctx={ctx} />
      <NzaDuiding ctx={ctx} />
      <Transformatiemiddelen ctx={ctx} />
      <FinancieleKaders ctx={ctx} />
      <Arbeidsmarkt ctx={ctx} />
      <Toegankelijkheid ctx={ctx} />
      <Vergelijking ctx={ctx} />
      <Colofon ctx={ctx} />
    </article>
  );
}

/** The standalone report page (also the input of the PDF). */
/** The document title: also the PDF's title. */
export function documentTitel(g: RapportGegevens): string {
  return `Voortgangsrapportage ${metAzwa(g.peildatum) ? 'IZA/AZWA' : 'IZA'}, peildatum ${datum(g.peildatum)}`;
}

export function RapportDocument({ g, modus, paginas }: { g: RapportGegevens; modus: RapportModus; paginas?: Record<string, number> }): VNode {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitel(g)}</title>
        <style dangerouslySetInnerHTML={{ __html: `${fontFaceCss(modus === 'pdf' ? 'data' : 'url')}body{margin:0;padding:${modus === 'pdf' ? '0' : '1.5rem'};background:#fff}${modus === 'html' ? 'main{max-width:1100px;margin:0 auto}' : ''}${RAPPORT_CSS}` }} />
      </head>
      <body>
        <main>
          <RapportInhoud g={g} modus={modus} paginas={paginas} />
        </main>
      </body>
    </html>
  );
}

export function renderRapportHtml(g: RapportGegevens, modus: RapportModus = 'html', paginas?: Record<string, number>): string {
  return `<!doctype html>${renderToString(<RapportDocument g={g} modus={modus} paginas={paginas} />)}`;
}


