// The import form for indicator values, with the result or the problems of the last upload.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import type { Probleem } from '../../kern/probleem.js';
import { type PaginaBasis } from './onderdelen.js';
import { Csrf } from '../../platform/web/formulier.js';

export interface ImportMelding {
  soort: 'succes' | 'fout';
  tekst: string;
  problemen?: Probleem[];
  waarschuwingen?: string[];
  /** Which form the message belongs to. */
  formulier: 'contract' | 'cbs';
  /** Field-level errors: field name → message. */
  velden?: Record<string, string>;
}

function Melding({ m }: { m: ImportMelding }): VNode {
  return (
    <div class={`utrecht-alert utrecht-alert--${m.soort === 'succes' ? 'ok' : 'error'}`} role={m.soort === 'fout' ? 'alert' : 'status'}>
      <p class="utrecht-paragraph">
        <strong>{m.tekst}</strong>
      </p>
      {m.problemen && m.problemen.length > 0 ? <ImportProblemen problemen={m.problemen} /> : null}
      {(m.waarschuwingen ?? []).length > 0 ? (
        <ul>
          {m.waarschuwingen!.map((w) => (
            <li>{w}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function VeldFout({ melding, veld }: { melding?: ImportMelding; veld: string }): VNode | null {
  const t = melding?.velden?.[veld];
  return t ? (
    <p class="utrecht-form-field-error-message" id={`${veld}-fout`}>
      {t}
    </p>
  ) : null;
}

/** Shown while the import runs (assets/importvoortgang.js fills it from the progress route). */
function Voortgangsvak({ id }: { id: string }): VNode {
  return (
    <div class="am-voortgang" hidden role="status" aria-live="polite">
      <label class="utrecht-form-label" for="voortgang-balk">
        Voortgang van de import
      </label>
      <progress id="voortgang-balk" max={1} />
      <p class="utrecht-paragraph am-voortgang__tekst">Bezig: het bestand wordt verstuurd en gecontroleerd.</p>
      <input type="hidden" name="voortgang" value={id} />
    </div>
  );
}

export function ImportPagina(p: PaginaBasis & { csrf: string; melding?: ImportMelding; voortgangId: string }): VNode {
  const m = p.melding;
  const voor = (f: 'contract' | 'cbs') => (m && m.formulier === f ? m : undefined);
  const fout = (f: 'contract' | 'cbs', veld: string) => (voor(f)?.velden?.[veld] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${veld}-fout` } : {});
  return (
    <Pagina
      titel="Indicatoren importeren"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Indicatoren', href: '/indicatoren' }, { label: 'Importeren' }]}
      scripts={['/assets/importvoortgang.js']}
    >
      <h1 class="utrecht-heading-1">Indicatoren importeren</h1>
      <p class="utrecht-paragraph">
        Een import is alles of niets: bij een fout wordt niets gewijzigd en krijgt u een lijst van alle problemen. Dezelfde waarneming opnieuw leveren
        met een nieuwere bron_datum bewaart de oude levering als revisie.
      </p>
      <h2 class="utrecht-heading-2">Contractbestand (CSV of XLSX)</h2>
      {voor('contract') ? <Melding m={voor('contract')!} /> : null}
      <form
        method="post"
        action={`/indicatoren/importeren/contract?_csrf=${encodeURIComponent(p.csrf)}`}
        enctype="multipart/form-data"
        data-voortgang="/indicatoren/importeren/voortgang/"
      >
        <Csrf token={p.csrf} />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="soort">
            Soort bestand
          </label>
          <select class="utrecht-select" id="soort" name="soort" {...fout('contract', 'soort')}>
            <option value="indicatoren">indicatoren (waarnemingen)</option>
            <option value="indicator_definities">indicator_definities (definities)</option>
            <option value="regioplannen">regioplannen (regiobeeld, regioplan, AZWA-aanvulling en D5-plan per regio)</option>
          </select>
          <VeldFout melding={voor('contract')} veld="soort" />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="bestand">
            Bestand
          </label>
          <input class="utrecht-textbox" type="file" id="bestand" name="bestand" accept=".csv,.xlsx" required {...fout('contract', 'bestand')} />
          <VeldFout melding={voor('contract')} veld="bestand" />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Importeren
        </button>
        <Voortgangsvak id={p.voortgangId} />
      </form>
      <h2 class="utrecht-heading-2">CBS OData-antwoord met koppeling</h2>
      {voor('cbs') ? <Melding m={voor('cbs')!} /> : null}
      <form method="post" action={`/indicatoren/importeren/cbs?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data">
        <Csrf token={p.csrf} />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="respons">
            Opgeslagen CBS-antwoord (v3 TypedDataSet of v4 Observations; bij meer pagina’s alle pagina’s in volgorde)
          </label>
          <input class="utrecht-textbox" type="file" id="respons" name="respons" accept=".json" multiple required {...fout('cbs', 'respons')} />
          <VeldFout melding={voor('cbs')} veld="respons" />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="koppeling">
            Koppelingsbestand (JSON)
          </label>
          <input class="utrecht-textbox" type="file" id="koppeling" name="koppeling" accept=".json" required {...fout('cbs', 'koppeling')} />
          <VeldFout melding={voor('cbs')} veld="koppeling" />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="bron_datum">
            Bron_datum (optioneel; anders die uit de koppeling)
          </label>
          <input class="utrecht-textbox" type="date" id="bron_datum" name="bron_datum" {...fout('cbs', 'bron_datum')} />
          <VeldFout melding={voor('cbs')} veld="bron_datum" />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          CBS-gegevens importeren
        </button>
      </form>
    </Pagina>
  );
}
