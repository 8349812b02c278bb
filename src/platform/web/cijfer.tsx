// A key figure in a row of figures (`<ul class="am-cijfers">`): label, value and where it comes from.
import type { VNode } from 'preact';

export function Cijfer({ label, waarde, bron }: { label: string; waarde: string; bron?: string }): VNode {
  return (
    <li class="am-cijfer">
      <span class="am-cijfer__label">{label}</span>
      <span class="am-cijfer__waarde">{waarde}</span>
      {bron ? <span class="am-cijfer__bron">{bron}</span> : null}
    </li>
  );
}
