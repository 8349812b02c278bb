// Kleine bouwstenen voor de transformatiepagina's: formuliervelden met hun foutmelding ernaast,
// meldingen, de peildatumkeuze, kerncijfertegels en statustabellen. NL Design System (utrecht-klassen).
import type { ComponentChildren, VNode } from 'preact';
import { getal } from '../platform/formaat.js';
import { DataTabel } from '../platform/web/grafiekfiguur.js';

export interface Formulierfout {
  /** Welk formulier op de pagina de fout betreft (bijv. 'goedkeuren', 'nza', 'kpi-K1-betalen'). */
  formulier: string;
  melding: string;
  velden?: Record<string, string>;
  /** Wat de gebruiker invulde, zodat niets verloren gaat. */
  waarden?: Record<string, string | string[]>;
}

export function Csrf({ token }: { token: string }): VNode {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Melding({ soort, children }: { soort: 'fout' | 'ok' | 'waarschuwing' | 'info'; children: ComponentChildren }): VNode {
  const klasse = soort === 'fout' ? 'error' : soort === 'ok' ? 'ok' : soort === 'waarschuwing' ? 'warning' : 'info';
  return (
    <div class={`utrecht-alert utrecht-alert--${klasse}`} role={soort === 'fout' ? 'alert' : 'status'}>
      <div class="utrecht-alert__message">{children}</div>
    </div>
  );
}

interface VeldBasis {
  naam: string;
  label: string;
  fout?: string;
  beschrijving?: string;
  /** id-voorvoegsel als er meer formulieren met dit veld op de pagina staan. */
  voorvoegsel?: string;
}

function veldId(p: VeldBasis): string {
  return `${p.voorvoegsel ? `${p.voorvoegsel}-` : ''}${p.naam}`;
}

function beschrijving(p: VeldBasis): string | undefined {
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
        <div class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {p.beschrijving}
        </div>
      ) : null}
      {p.fout ? (
        <div class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {p.fout}
        </div>
      ) : null}
    </>
  );
}

function VeldOmhulsel(p: VeldBasis & { children: ComponentChildren }): VNode {
  const id = veldId(p);
  return (
    <div class={`utrecht-form-field${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {p.label}
        </label>
      </div>
      <UitlegEnFout {...p} />
      <div class="utrecht-form-field__input">{p.children}</div>
    </div>
  );
}

export function Tekstveld(p: VeldBasis & { waarde?: string; type?: string; verplicht?: boolean; inputmode?: string; autocomplete?: string }): VNode {
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
        aria-describedby={beschrijving(p)}
        inputMode={p.inputmode as 'numeric' | undefined}
        autocomplete={p.autocomplete}
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
        aria-describedby={beschrijving(p)}
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
        aria-describedby={beschrijving(p)}
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

/** Meerkeuze als groep vinkjes in een fieldset, met de melding bij de legend. */
export function Vinkjes(p: VeldBasis & { opties: string[]; gekozen: string[] }): VNode {
  const id = veldId(p);
  return (
    <fieldset class={`am-keuzes utrecht-form-fieldset${p.fout ? ' utrecht-form-field--invalid' : ''}`} aria-describedby={beschrijving(p)} id={id}>
      <legend class="utrecht-form-fieldset__legend">{p.label}</legend>
      <UitlegEnFout {...p} />
      {p.opties.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input class="utrecht-checkbox" type="checkbox" id={`${id}-${i}`} name={p.naam} value={o} checked={p.gekozen.includes(o)} />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${i}`}>
            {o}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function Vinkje(p: VeldBasis & { aan?: boolean; waarde?: string }): VNode {
  const id = veldId(p);
  return (
    <div class={`utrecht-form-field utrecht-form-field--checkbox${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      {p.fout ? (
        <div class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {p.fout}
        </div>
      ) : null}
      <input class="utrecht-checkbox" type="checkbox" id={id} name={p.naam} value={p.waarde ?? 'ja'} checked={p.aan} aria-describedby={beschrijving(p)} />{' '}
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {p.label}
      </label>
    </div>
  );
}

/** Samenvatting bovenaan een formulier met links naar de velden (WCAG 3.3.1). */
export function Foutsamenvatting({ fout, labels, voorvoegsel }: { fout: Formulierfout; labels?: Record<string, string>; voorvoegsel?: string }): VNode {
  const velden = Object.entries(fout.velden ?? {});
  return (
    <div class="utrecht-alert utrecht-alert--error am-foutsamenvatting" role="alert" tabIndex={-1}>
      <div class="utrecht-alert__message">
        <p class="utrecht-paragraph">{fout.melding}</p>
        {velden.length > 0 ? (
          <ul>
            {velden.map(([naam, tekst]) => (
              <li>
                <a href={`#${voorvoegsel ? `${voorvoegsel}-` : ''}${naam}`}>{labels?.[naam] ? `${labels[naam]}: ${tekst}` : tekst}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** GET-formulier om de peildatum te kiezen; werkt zonder JavaScript. */
export function PeildatumKeuze({ peildatum, actie, vandaag, extra }: { peildatum: string; actie: string; vandaag: string; extra?: Record<string, string> }): VNode {
  return (
    <form method="get" action={actie} class="am-peildatum">
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <div class="utrecht-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="peildatum">
            Peildatum
          </label>
        </div>
        <div class="utrecht-form-field-description" id="peildatum-uitleg">
          De stand zoals die op deze datum in de registratie stond.
        </div>
        <input class="utrecht-textbox" type="date" id="peildatum" name="peildatum" value={peildatum} max="2099-12-31" aria-describedby="peildatum-uitleg" />
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Toon stand
      </button>
      {peildatum !== vandaag ? (
        <a class="utrecht-link" href={actie}>
          Naar vandaag
        </a>
      ) : null}
    </form>
  );
}

export function Cijfer({ label, waarde, bron }: { label: string; waarde: string; bron?: string }): VNode {
  return (
    <li class="am-cijfer">
      <span class="am-cijfer__label">{label}</span>
      <span class="am-cijfer__waarde">{waarde}</span>
      {bron ? <span class="am-cijfer__bron">{bron}</span> : null}
    </li>
  );
}

export function StatusTabel({ titel, perStatus, totaal, totaalLabel }: { titel: string; perStatus: Record<string, number>; totaal: number; totaalLabel?: string }): VNode {
  return (
    <DataTabel
      caption={titel}
      kop={['Status', 'Aantal']}
      rijen={Object.entries(perStatus)}
      kopKlasse={(i) => (i > 0 ? 'am-getal' : undefined)}
      celKlasse={() => 'utrecht-table__cell am-getal'}
      voet={
        <tr class="utrecht-table__row">
          <th scope="row" class="utrecht-table__header-cell">
            {totaalLabel ?? 'Totaal'}
          </th>
          <td class="utrecht-table__cell am-getal">
            <strong>{getal(totaal)}</strong>
          </td>
        </tr>
      }
    />
  );
}

/** Eenvoudige tabel met kop en rijen; de eerste kolom is de rijkop. */
export function Tabel({ titel, kop, rijen, getalKolommen = [] }: { titel: string; kop: string[]; rijen: ComponentChildren[][]; getalKolommen?: number[] }): VNode {
  const getalKlasse = (i: number) => (getalKolommen.includes(i) ? 'am-getal' : undefined);
  return (
    <DataTabel<ComponentChildren>
      caption={titel}
      kop={kop}
      rijen={rijen}
      omhulsel={{ klasse: 'am-tabel-scroll' }}
      kopKlasse={getalKlasse}
      celKlasse={(_, i) => `utrecht-table__cell${getalKolommen.includes(i) ? ' am-getal' : ''}`}
      tekst={(c) => c}
    />
  );
}
