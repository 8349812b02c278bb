// Sources for readers (issue 14 item 10): the numbered list of documents a page cites ("[2]" in the
// text), with title, publisher and date — never file names or line numbers. One markup for the report
// and every page; the rule that turns keys into numbers is domein/bronnen.ts (leesbareTekst).
import type { VNode } from 'preact';
import { datum } from '../formaat.js';
import type { Bron } from '../../domein/bronnen.js';

/** "Titel, uitgever, 16 juni 2025" (the date as the document gives it). */
export function bronRegel(b: Bron): string {
  const bij = [b.uitgever, b.datum ? datum(b.datum) : b.datumTekst].filter(Boolean);
  return bij.length ? `${b.titel}, ${bij.join(', ')}` : b.titel;
}

/** The documents cited, numbered as in the text. `klasse`: extra list class (the report's `r-bronnen`). */
export function BronnenLijst({ bronnen, klasse }: { bronnen: readonly Bron[]; klasse?: string }): VNode | null {
  if (!bronnen.length) return null;
  return (
    <ol class={`utrecht-ordered-list${klasse ? ` ${klasse}` : ''}`}>
      {bronnen.map((b) => {
        const bij = [b.uitgever, b.datum ? datum(b.datum) : b.datumTekst].filter(Boolean);
        return (
          <li>
            <span class="r-brontitel">{b.titel}</span>
            {bij.length ? `, ${bij.join(', ')}` : ''}
          </li>
        );
      })}
    </ol>
  );
}
