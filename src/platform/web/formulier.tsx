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


// ---------------------------------------------------------------------------------------------
// Fields with a description and their error next to them (issue 14: one message per problem, check
// boxes that keep their size). Every form uses these; `voorvoegsel` keeps ids unique when a page
// holds several forms with the same field.

export interface VeldBasis {
  naam: string;
  label: string;
  fout?: string;
  beschrijving?: ComponentChildren;
  /** Id prefix when several forms on the page have this field. */
  voorvoegsel?: string;
}

export function veldId(p: { naam: string; voorvoegsel?: string }): string {
  return `${p.voorvoegsel ? `${p.voorvoegsel}-` : ''}${p.naam}`;
}

function beschrijvingIds(p: VeldBasis): string | undefined {
  const id = veldId(p);
  const ids = [p.beschrijving ? `${id}-uitleg` : null, p.fout ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The description and the error message of a field, with the ids aria-describedby points at. */
function UitlegEnFout(p: VeldBasis): VNode {
  const id = veldId(p);
  return (
    <>
      {p.beschrijving ? (
        <div class="utrecht-form-field-description utrecht-form-field__description" id={`${id}-uitleg`}>
          {p.beschrijving}
        </div>
      ) : null}
      {p.fout ? (
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-fout`}>
          {p.fout}
        </div>
      ) : null}
    </>
  );
}

function VeldOmhulsel(p: VeldBasis & { children: ComponentChildren }): VNode {
  return (
    <div class={`utrecht-form-field${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={veldId(p)}>
          {p.label}
        </label>
      </div>
      <UitlegEnFout {...p} />
      <div class="utrecht-form-field__input">{p.children}</div>
    </div>
  );
}

export function Tekstveld(
  p: VeldBasis & { waarde?: string; type?: string; verplicht?: boolean; inputmode?: string; autocomplete?: string; lijst?: string },
): VNode {
  return (
    <VeldOmhulsel {...p}>
      <input
        class={`utrecht-textbox${p.fout ? ' utrecht-textbox--invalid' : ''}`}
        id={veldId(p)}
        name={p.naam}
        type={p.type ?? 'text'}
        value={p.waarde ?? ''}
        required={p.verplicht}
        aria-required={p.verplicht ? 'true' : undefined}
        aria-invalid={p.fout ? 'true' : undefined}
        aria-describedby={beschrijvingIds(p)}
        inputMode={p.inputmode as 'numeric' | undefined}
        autocomplete={p.autocomplete}
        list={p.lijst}
      />
    </VeldOmhulsel>
  );
}

export function Tekstvak(p: VeldBasis & { waarde?: string; verplicht?: boolean; rijen?: number }): VNode {
  return (
    <VeldOmhulsel {...p}>
      <textarea
        class={`utrecht-textarea utrecht-textbox${p.fout ? ' utrecht-textarea--invalid' : ''}`}
        id={veldId(p)}
        name={p.naam}
        rows={p.rijen ?? 4}
        required={p.verplicht}
        aria-required={p.verplicht ? 'true' : undefined}
        aria-invalid={p.fout ? 'true' : undefined}
        aria-describedby={beschrijvingIds(p)}
      >
        {p.waarde ?? ''}
      </textarea>
    </VeldOmhulsel>
  );
}

export function Keuzelijst(p: VeldBasis & { opties: { waarde: string; label: string }[]; waarde?: string; verplicht?: boolean }): VNode {
  return (
    <VeldOmhulsel {...p}>
      <select
        class="utrecht-select utrecht-textbox"
        id={veldId(p)}
        name={p.naam}
        required={p.verplicht}
        aria-invalid={p.fout ? 'true' : undefined}
        aria-describedby={beschrijvingIds(p)}
      >
        {p.opties.map((o) => (
          <option value={o.waarde} selected={o.waarde === p.waarde}>
            {o.label}
          </option>
        ))}
      </select>
    </VeldOmhulsel>
  );
}

/** One check box or radio button with its label beside it (the utrecht grid: box | label, description, error). */
function VinkjeRij(p: { id: string; naam: string; waarde: string; aan?: boolean; label: ComponentChildren; beschreven?: string; fout?: boolean; rondje?: boolean }): VNode {
  const soort = p.rondje ? 'radio' : 'checkbox';
  return (
    <div class={`utrecht-form-field utrecht-form-field--${soort} am-vinkje`}>
      <div class="utrecht-form-field__input">
        <input
          class={p.rondje ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
          type={soort}
          id={p.id}
          name={p.naam}
          value={p.waarde}
          checked={p.aan}
          aria-describedby={p.beschreven}
          aria-invalid={p.fout ? 'true' : undefined}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class={`utrecht-form-label utrecht-form-label--${soort}`} for={p.id}>
          {p.label}
        </label>
      </div>
    </div>
  );
}

type Keuze = string | { waarde: string; label: ComponentChildren };

/**
 * Several choices in a fieldset, the message under the legend: check boxes (any number) or, with
 * `een`, radio buttons (exactly one).
 */
export function Vinkjes(p: VeldBasis & { opties: Keuze[]; gekozen: string[]; kolommen?: boolean; een?: boolean }): VNode {
  const id = veldId(p);
  return (
    <fieldset
      class={`am-keuzes utrecht-form-fieldset${p.kolommen ? ' am-keuzes--kolommen' : ''}${p.fout ? ' utrecht-form-field--invalid' : ''}`}
      aria-describedby={beschrijvingIds(p)}
      id={id}
    >
      <legend class="utrecht-form-fieldset__legend">{p.label}</legend>
      <UitlegEnFout {...p} />
      <div class="am-keuzes__lijst">
        {p.opties.map((o, i) => {
          const { waarde, label } = typeof o === 'string' ? { waarde: o, label: o } : o;
          return <VinkjeRij id={`${id}-${i}`} naam={p.naam} waarde={waarde} aan={p.gekozen.includes(waarde)} label={label} rondje={p.een} />;
        })}
      </div>
    </fieldset>
  );
}

/** One choice of several as radio buttons in a fieldset, the message under the legend (as Vinkjes). */
export function Keuzerondjes(p: VeldBasis & { opties: { waarde: string; label: ComponentChildren }[]; gekozen: string }): VNode {
  const id = veldId(p);
  return (
    <fieldset class={`am-keuzes utrecht-form-fieldset${p.fout ? ' utrecht-form-field--invalid' : ''}`} aria-describedby={beschrijvingIds(p)} id={id}>
      <legend class="utrecht-form-fieldset__legend">{p.label}</legend>
      <UitlegEnFout {...p} />
      <div class="am-keuzes__lijst">
        {p.opties.map((o) => (
          <div class="utrecht-form-field utrecht-form-field--radio">
            <input class="utrecht-radio-button" type="radio" id={`${id}-${o.waarde}`} name={p.naam} value={o.waarde} checked={p.gekozen === o.waarde} />{' '}
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${id}-${o.waarde}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A single check box; its description and error sit above the box, the label beside it. */
export function Vinkje(p: VeldBasis & { aan?: boolean; waarde?: string }): VNode {
  const id = veldId(p);
  return (
    <div class={`am-vinkje-veld${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <UitlegEnFout {...p} />
      <VinkjeRij id={id} naam={p.naam} waarde={p.waarde ?? 'ja'} aan={p.aan} label={p.label} beschreven={beschrijvingIds(p)} fout={!!p.fout} />
    </div>
  );
}

/**
 * Summary at the top of a form with links to the fields (WCAG 3.3.1). The general message is left out
 * when it only repeats a field's message, so that a problem is said once above and once at the field.
 */
export function FormulierFouten(p: { melding: string; velden?: Record<string, string>; labels?: Record<string, string>; voorvoegsel?: string }): VNode {
  const velden = Object.entries(p.velden ?? {});
  const herhaalt = velden.some(([, t]) => t === p.melding);
  return (
    <div class="utrecht-alert utrecht-alert--error am-foutsamenvatting" role="alert" tabIndex={-1}>
      <div class="utrecht-alert__message">
        <p class="utrecht-paragraph">{herhaalt ? 'Het formulier is nog niet goed ingevuld; zie de meldingen bij de velden.' : p.melding}</p>
        {velden.length > 0 ? (
          <ul>
            {velden.map(([naam, tekst]) => (
              <li>
                <a href={`#${veldId({ naam, voorvoegsel: p.voorvoegsel })}`}>{p.labels?.[naam] ? `${p.labels[naam]}: ${tekst}` : tekst}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** A file field; the error (e.g. "Kies een bestand") next to it, as for every other field. */
export function Bestandsveld(p: VeldBasis & { accept: string; verplicht?: boolean }): VNode {
  return (
    <VeldOmhulsel {...p}>
      <input
        class={`utrecht-textbox${p.fout ? ' utrecht-textbox--invalid' : ''}`}
        type="file"
        id={veldId(p)}
        name={p.naam}
        accept={p.accept}
        required={p.verplicht}
        aria-invalid={p.fout ? 'true' : undefined}
        aria-describedby={beschrijvingIds(p)}
      />
    </VeldOmhulsel>
  );
}
