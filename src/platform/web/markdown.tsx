// Renders the safe markdown subset of report texts (src/domein/markdown.ts) as preact elements.
// The text never becomes markup itself: every piece is a text node, so nothing can inject HTML.
import type { VNode } from 'preact';
import { parseMarkdown, type Blok, type Inline, type LijstItem } from '../../domein/markdown.js';

function Inhoud({ delen }: { delen: Inline[] }): VNode {
  return (
    <>
      {delen.map((d) => (d.soort === 'vet' ? <strong>{d.tekst}</strong> : d.soort === 'cursief' ? <em>{d.tekst}</em> : d.tekst))}
    </>
  );
}

function Lijst({ items, genummerd }: { items: LijstItem[]; genummerd: boolean }): VNode {
  const inhoud = items.map((i) => (
    <li>
      <Inhoud delen={i.inhoud} />
      {i.sub.length > 0 && <Lijst items={i.sub} genummerd={false} />}
    </li>
  ));
  return genummerd ? <ol class="utrecht-ordered-list">{inhoud}</ol> : <ul class="utrecht-unordered-list">{inhoud}</ul>;
}

export function MarkdownBlokken({ blokken }: { blokken: Blok[] }): VNode {
  return (
    <>
      {blokken.map((b) =>
        b.soort === 'alinea' ? (
          <p class="utrecht-paragraph">
            <Inhoud delen={b.inhoud} />
          </p>
        ) : (
          <Lijst items={b.items} genummerd={b.genummerd} />
        ),
      )}
    </>
  );
}

/** A report text in the safe subset; a text with refused markup is shown as its plain text. */
export function Markdown({ tekst }: { tekst: string }): VNode {
  return <MarkdownBlokken blokken={parseMarkdown(tekst).blokken} />;
}
