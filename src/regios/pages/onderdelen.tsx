// Pieces shared by the region pages.
import type { ComponentChildren, VNode } from 'preact';

/** A scrollable table wrapper that keyboard users can reach and scroll (WCAG 2.1.1, axe scrollable-region-focusable). */
export function Schuifvlak({ label, children }: { label: string; children: ComponentChildren }): VNode {
  return (
    <div class="am-tabel-scroll" tabindex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
