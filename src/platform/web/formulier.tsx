// Small form building blocks (NL Design System / utrecht classes): a field with its label, hint and
// error next to it, and an error summary at the top of the form.
import type { ComponentChildren, VNode } from 'preact';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Gebruiker } from '../../domein/beleid.js';

export type Fouten = Record<string, string>;

export interface VeldProps {
  naam: string;
  label: string;
  type?: string;
  waarde?: string;
  hint?: string;
  fouten?: Fouten;
  autocomplete?: string;
  verplicht?: boolean;
}

export function Veld(p: VeldProps): VNode {
  const fout = p.fouten?.[p.naam];
  const id = `veld-${p.naam}`;
  const beschrijving = [p.hint ? `${id}-hint` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {p.label}
        </label>
      </div>
      {p.hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {fout ? (
        <div class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {fout}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`}
          id={id}
          name={p.naam}
          type={p.type ?? 'text'}
          value={p.waarde ?? ''}
          autocomplete={p.autocomplete}
          required={p.verplicht}
          aria-invalid={fout ? 'true' : undefined}
          aria-describedby={beschrijving}
        />
      </div>
    </div>
  );
}

export function FoutSamenvatting({ fouten, titel }: { fouten: Fouten; titel?: string }): VNode | null {
  const lijst = Object.entries(fouten);
  if (lijst.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error am-foutsamenvatting" role="alert">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2">{titel ?? 'Er is iets niet goed ingevuld'}</h2>
        <ul>
          {lijst.map(([veld, tekst]) => (
            <li>{veld === 'algemeen' || veld === 'versie' ? tekst : <a href={`#veld-${veld}`}>{tekst}</a>}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Melding({ soort, children }: { soort: 'ok' | 'info' | 'waarschuwing'; children: ComponentChildren }): VNode {
  const klasse = soort === 'ok' ? 'utrecht-alert--ok' : soort === 'waarschuwing' ? 'utrecht-alert--warning' : 'utrecht-alert--info';
  return (
    <div class={`utrecht-alert ${klasse}`} role="status">
      <div class="utrecht-alert__content">{children}</div>
    </div>
  );
}

export function Csrf({ token }: { token: string }): VNode {
  return <input type="hidden" name="_csrf" value={token} />;
}

