// Shared pieces of the reporting pages: status names, a labelled field around any input, the CSRF field.
import type { VNode } from 'preact';

export const STATUS_TEKST: Record<string, string> = { open: 'Open (concept)', vastgesteld: 'Vastgesteld', gepubliceerd: 'Gepubliceerd' };

export function Veld(p: { id: string; label: string; fout?: string; hint?: string; children: VNode }): VNode {
  return (
    <div class={`utrecht-form-field${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={p.id}>
          {p.label}
        </label>
      </div>
      {p.hint ? (
        <div class="utrecht-form-field__description" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {p.fout ? (
        <p class="utrecht-form-field-error-message" id={`${p.id}-fout`} role="alert">
          {p.fout}
        </p>
      ) : null}
      <div class="utrecht-form-field__input">{p.children}</div>
    </div>
  );
}

export function Csrf({ csrf }: { csrf: string }): VNode | null {
  return csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null;
}
