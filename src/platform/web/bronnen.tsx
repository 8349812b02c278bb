// Sources for readers (issue 14 item 10): the numbered list of documents a page cites ("[2]" in the
// text), with title, publisher and date — never file names or line numbers. One markup for the report
// and every page; the rule that turns keys into numbers is domein/bronnen.ts (leesbareTekst).
import type { ComponentChildren, VNode } from 'preact';
import { datum } from '../formaat.js';
import { genummerdeBronnen, leesbareTekst, type Bron } from '../../domein/bronnen.js';

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

/**
 * The sources of one page: every text the page shows, in page order, numbers its documents; `lees` turns
 * a text into the reader's form ("[2]" for a key, words for field names). Pair with BronnenSectie.
 */
export function bronnenVanPagina(teksten: readonly (string | null | undefined)[], bronnen: readonly Bron[]): { lees: (t: string | null | undefined) => string; genummerd: Bron[] } {
  const genummerd = genummerdeBronnen(
    teksten.filter((t): t is string => !!t),
    bronnen,
    datum,
  );
  return { lees: (t) => (t ? leesbareTekst(t, bronnen, genummerd, datum) : ''), genummerd };
}

/** The section "Bronnen" at the end of a page: the numbered documents its texts cite. */
export function BronnenSectie({ genummerd, id = 'bronnen' }: { genummerd: readonly Bron[]; id?: string }): VNode | null {
  if (!genummerd.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        Bronnen
      </h2>
      <BronnenLijst bronnen={genummerd} />
    </section>
  );
}

/**
 * The latest published figures where a register holds no records (issue 14): the figures, where they
 * were published (readable source, numbered list) and, for those who can act on it, that the register is
 * empty and how to fill it. One box for every part.
 */
export function GepubliceerdeCijfersBlok(p: {
  id: string;
  titel: string;
  peildatum: string;
  /** The publication's own description, already readable (leesbareTekst). */
  bron: string;
  genummerd: readonly Bron[];
  children: ComponentChildren;
  /** Said when the register is empty: what is missing and how to fill it. */
  leegRegister?: ComponentChildren;
}): VNode {
  return (
    <section class="am-gepubliceerd" aria-labelledby={`${p.id}-kop`} id={p.id}>
      <h2 class="utrecht-heading-2" id={`${p.id}-kop`}>
        {p.titel}
      </h2>
      <p class="utrecht-paragraph">
        Laatst gepubliceerde cijfers, peildatum <strong>{datum(p.peildatum)}</strong>.
      </p>
      {p.children}
      <p class="utrecht-paragraph am-bron">Bron: {p.bron}</p>
      <BronnenLijst bronnen={p.genummerd} />
      {p.leegRegister ? (
        <div class="utrecht-alert utrecht-alert--info am-leeg-register" role="note">
          <div class="utrecht-alert__content">{p.leegRegister}</div>
        </div>
      ) : null}
    </section>
  );
}
