import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Markdown } from '../../src/platform/web/markdown.js';

describe('markdown naar HTML', () => {
  it('maakt alinea’s, lijsten, vet en cursief', () => {
    const html = renderToString(<Markdown tekst={'Een **vet** en *schuin* woord.\n\n- een\n  - sub\n\n1. eerst'} />);
    expect(html).toBe(
      '<p class="utrecht-paragraph">Een <strong>vet</strong> en <em>schuin</em> woord.</p>' +
        '<ul class="utrecht-unordered-list"><li>een<ul class="utrecht-unordered-list"><li>sub</li></ul></li></ul>' +
        '<ol class="utrecht-ordered-list"><li>eerst</li></ol>',
    );
  });

  it('laat HTML in een tekst nooit als opmaak door', () => {
    const html = renderToString(<Markdown tekst={'<img src=x onerror=alert(1)> & "quote"'} />);
    expect(html).toBe('<p class="utrecht-paragraph">&lt;img src=x onerror=alert(1)> &amp; &quot;quote&quot;</p>');
    expect(html).not.toContain('<img');
  });
});
