// A wide table scrolls sideways in its own box, so that the page itself never does (issue 14: phones).
// Keyboard users can reach and scroll the box (WCAG 2.1.1, axe scrollable-region-focusable).
import type { ComponentChildren, VNode } from 'preact';

export function Schuifvlak({ label, klasse, stijl, children }: { label: string; klasse?: string; stijl?: string; children: ComponentChildren }): VNode {
  return (
    <div class={klasse ?? 'am-tabel-scroll'} style={stijl} tabindex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
