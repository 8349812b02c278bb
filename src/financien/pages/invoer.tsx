// Entering financial frameworks and embargo dates (/financien/invoer); errors next to the field.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { KADER_SECTOREN, KADER_SOORTEN } from '../../domein/begrippen.js';
import { datum } from '../../platform/formaat.js';
import { LABELS, type Formulierwaarden, type Fouten } from '../formulier.js';
import type { Probleem } from '../../kern/probleem.js';
import { mln } from './onderdelen.js';
import { Bestandsveld, Csrf } from '../../platform/web/formulier.js';
import { Schuifvlak } from '../../platform/web/schuifvlak.js';

export interface InvoerProps {
  gebruiker: Gebruiker | null;
  csrf: string;
  versie: string;
  embargoVersie: string;
  waarden: Formulierwaarden;
  fouten: Fouten;
  /** Algemene melding bovenaan (conflict, opgeslagen). */
  melding?: { soort: 'fout' | 'ok'; tekst: string; link?: { href: string; label: string } };
  importProblemen?: { bestand: string; problemen: Probleem[] };
  /** The message next to the file field (no file chosen, a file of another type). */
  bestandFout?: string;
  importResultaat?: string;
  embargos: { stand: string; embargo_tot: string; door: string }[];
  embargoWaarden: Formulierwaarden;
  embargoFouten: Fouten;
  vandaag: string;
}

function Veld(p: {
  naam: string;
  waarden: Formulierwaarden;
  fouten: Fouten;
  type?: string;
  hulp?: string;
  verplicht?: boolean;
  inputmode?: 'decimal' | 'numeric';
  prefix?: string;
  label?: string;
}): VNode {
  const id = `${p.prefix ?? ''}${p.naam}`;
  const fout = p.fouten[p.naam];
  const beschreven = [p.hulp ? `${id}-hulp` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {p.label ?? LABELS[p.naam] ?? p.naam}
          {p.verplicht ? '' : ' (optioneel)'}
        </label>
      </div>
      {p.hulp ? (
        <div class="utrecht-form-field-description" id={`${id}-hulp`}>
          {p.hulp}
        </div>
      ) : null}
      {fout ? (
        <div class="utrecht-form-field-error-message" id={`${id}-fout`} data-fout-voor={p.naam}>
          {fout}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`}
          type={p.type ?? 'text'}
          id={id}
          name={p.naam}
          value={p.waarden[p.naam] ?? ''}
          inputMode={p.inputmode}
          required={p.verplicht}
          aria-invalid={fout ? 'true' : undefined}
          aria-describedby={beschreven}
        />
      </div>
    </div>
  );
}

function Keuze(p: { naam: string; keuzes: readonly string[]; waarden: Formulierwaarden; fouten: Fouten }): VNode {
  const fout = p.fouten[p.naam];
  return (
    <div class={`utrecht-form-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={p.naam}>
          {LABELS[p.naam]}
        </label>
      </div>
      {fout ? (
        <div class="utrecht-form-field-error-message" id={`${p.naam}-fout`} data-fout-voor={p.naam}>
          {fout}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id={p.naam} name={p.naam} required aria-invalid={fout ? 'true' : undefined} aria-describedby={fout ? `${p.naam}-fout` : undefined}>
          <option value="">Kies…</option>
          {p.keuzes.map((k) => (
            <option value={k} selected={p.waarden[p.naam] === k}>
              {k}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Foutenoverzicht({ fouten, prefix = '' }: { fouten: Fouten; prefix?: string }): VNode | null {
  const lijst = Object.entries(fouten);
  if (lijst.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert">
      <p class="utrecht-paragraph">
        <strong>Het formulier is niet opgeslagen.</strong> Verbeter {lijst.length === 1 ? 'het volgende veld' : `de volgende ${lijst.length} velden`}:
      </p>
      <ul class="utrecht-unordered-list">
        {lijst.map(([veld, tekst]) => (
          <li>
            <a class="utrecht-link" href={`#${prefix}${veld}`}>
              {LABELS[veld] ?? veld}
            </a>
            : {tekst}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }): VNode {
  return (
    <fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function InvoerPagina(p: InvoerProps): VNode {
  const w = p.waarden;
  const f = p.fouten;
  return (
    <Pagina
      titel="Financiële kaders invoeren"
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: '/financien' }, { label: 'Invoer' }]}
    >
      <h1 class="utrecht-heading-1">Financiële kaders invoeren</h1>
      {p.melding ? (
        <div class={`utrecht-alert ${p.melding.soort === 'ok' ? 'utrecht-alert--ok' : 'utrecht-alert--error'}`} role={p.melding.soort === 'ok' ? 'status' : 'alert'}>
          <p class="utrecht-paragraph">
            {p.melding.tekst}
            {p.melding.link ? (
              <>
                {' '}
                <a class="utrecht-link" href={p.melding.link.href}>
                  {p.melding.link.label}
                </a>
              </>
            ) : null}
          </p>
        </div>
      ) : null}

      <h2 class="utrecht-heading-2" id="nieuwe-stand">
        Nieuwe stand voor een jaar en sector
      </h2>
      <p class="utrecht-paragraph">
        Een stand is de datum van de cijfers (bijvoorbeeld de Q4-cijfers van het Zorginstituut). Een nieuwe stand vervangt niets: de vorige blijft
        bewaard. Bedragen in miljoenen euro's met hooguit één decimaal (30.157 of 259,5).
      </p>
      <Foutenoverzicht fouten={f} />
      <form method="post" action="/financien/invoer" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="versie" value={p.versie} />
        <input type="hidden" name="embargo_versie" value={p.embargoVersie} />
        <Fieldset legend="Welke cijfers">
          <Veld naam="jaar" waarden={w} fouten={f} inputmode="numeric" verplicht />
          <Keuze naam="sector" keuzes={KADER_SECTOREN} waarden={w} fouten={f} />
          <Veld naam="stand" type="date" waarden={w} fouten={f} verplicht hulp="De datum waarop de cijfers gelden, bijvoorbeeld 2025-03-31." />
          <Veld naam="stand_omschrijving" waarden={w} fouten={f} hulp='Zoals gedrukt, bijvoorbeeld "stand ultimo maart 2025".' />
          <Veld naam="kwartalen_declaraties" waarden={w} fouten={f} inputmode="numeric" hulp="Op hoeveel kwartalen declaraties de raming rust (4, 8 …)." />
          <Keuze naam="kader_soort" keuzes={KADER_SOORTEN} waarden={w} fouten={f} />
        </Fieldset>
        <Fieldset legend="Bedragen (€ mln)">
          <Veld naam="uitgaven_mln" waarden={w} fouten={f} inputmode="decimal" hulp="Leeg voor een jaar waarvoor alleen het kader bekend is." />
          <Veld naam="kader_mln" waarden={w} fouten={f} inputmode="decimal" verplicht />
          <Veld naam="aanspraak_buiten_zvw_mln" waarden={w} fouten={f} inputmode="decimal" hulp="Uitgaven via een fonds buiten de Zvw die meetellen, bijvoorbeeld IZA-fonds wijkverpleging 75." />
          <Veld naam="covid_prestaties_mln" waarden={w} fouten={f} inputmode="decimal" hulp="Positief bedrag dat in de uitgaven zit; de tabel toont het als negatieve correctie." />
          <Veld naam="groei_dure_geneesmiddelen_pct" waarden={w} fouten={f} inputmode="decimal" />
          <Veld naam="basis_dure_geneesmiddelen_mln" waarden={w} fouten={f} inputmode="decimal" hulp="Uitgaven dure geneesmiddelen van het vorige jaar; nodig bij een groei boven 7%." />
          <Veld naam="balanspost_pct" waarden={w} fouten={f} inputmode="decimal" hulp="Deel van de uitgaven dat nog niet is gedeclareerd (mag negatief zijn)." />
        </Fieldset>
        <Fieldset legend="Embargo">
          <Veld
            naam="embargo_tot"
            type="date"
            waarden={w}
            fouten={f}
            hulp="Tot deze datum zien alleen VWS-redactie, BO-leden en beheerders deze stand; anderen zien de vorige stand. Leeg laten als er geen embargo is."
          />
        </Fieldset>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Stand opslaan
        </button>
      </form>

      <h2 class="utrecht-heading-2" id="importeren">
        Bestand importeren
      </h2>
      <p class="utrecht-paragraph">
        Een bestand <code>financiele_kaders</code> (CSV of XLSX met een werkblad <code>financiele_kaders</code>) volgens het datacontract §2.5. Alles of
        niets: bij een fout wordt niets gewijzigd. Stel een embargo in vóór u cijfers onder embargo importeert.
      </p>
      {p.importResultaat ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{p.importResultaat}</p>
        </div>
      ) : null}
      {p.importProblemen ? <ImportProblemen bestand={p.importProblemen.bestand} problemen={p.importProblemen.problemen} /> : null}
      <form method="post" action={`/financien/import?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data">
        <Csrf token={p.csrf} />
        <Bestandsveld naam="bestand" label="Bestand (CSV of XLSX)" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" fout={p.bestandFout} verplicht />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Importeren
        </button>
      </form>

      <h2 class="utrecht-heading-2" id="embargo">
        Embargo per stand
      </h2>
      <p class="utrecht-paragraph">
        Begrotingscijfers blijven onder embargo tot de Kamer ze heeft (vóór 1 juni). Een embargo geldt voor alle sectoren en jaren van een stand en kan
        al worden ingesteld voordat de cijfers zijn ingevoerd. Vandaag is {datum(p.vandaag)}.
      </p>
      {p.embargos.length > 0 ? (
        <table class="utrecht-table" id="embargo-tabel">
          <caption class="utrecht-table__caption">Ingestelde embargo's</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                Stand
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Embargo tot
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Geldt nu
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Ingesteld door
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.embargos.map((e) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {datum(e.stand)}
                </th>
                <td class="utrecht-table__cell">{datum(e.embargo_tot)}</td>
                <td class="utrecht-table__cell">{p.vandaag < e.embargo_tot ? 'ja' : 'nee, verlopen'}</td>
                <td class="utrecht-table__cell">{e.door}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="utrecht-paragraph">Er is geen embargo ingesteld.</p>
      )}
      <Foutenoverzicht fouten={p.embargoFouten} prefix="embargo-" />
      <form method="post" action="/financien/embargo" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="embargo_versie" value={p.embargoVersie} />
        <Veld naam="stand" label="Stand onder embargo" prefix="embargo-" type="date" waarden={p.embargoWaarden} fouten={p.embargoFouten} verplicht />
        <Veld naam="embargo_tot" label="Embargo geldt tot" prefix="embargo-" type="date" waarden={p.embargoWaarden} fouten={p.embargoFouten} verplicht hulp="Vanaf deze datum ziet iedereen de cijfers. Om een embargo op te heffen: vul vandaag in." />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Embargo opslaan
        </button>
      </form>
    </Pagina>
  );
}
