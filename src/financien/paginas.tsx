// Pagina's van de financiële kaders: overzicht (/financien), één jaar (/financien/:jaar) en invoer
// (/financien/invoer). Server-rendered, werken zonder JavaScript.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina } from '../platform/web/pagina.js';
import type { Gebruiker } from '../domein/beleid.js';
import { KADER_SECTOREN, KADER_SOORTEN } from '../domein/begrippen.js';
import { formatMln, type KaderCijfers, type KaderTabel as KaderTabelModel, type KaderAfwijking } from '../domein/kaders.js';
import { datum } from '../platform/formaat.js';
import type { EChartsOption, StaafInvoer, TijdreeksInvoer } from '../platform/web/grafiek.js';
import { GrafiekFiguur } from '../platform/web/grafiekfiguur.js';
import { KaderAfwijkingen, KaderTabel } from './tabel.js';
import type { HistorieRegel, Meerjarenbeeld, SnapshotVergelijking } from './overzicht.js';
import { LABELS, type Formulierwaarden, type Fouten } from './formulier.js';
import type { Probleem } from '../kern/probleem.js';

const mln = (n: number | null) => (n === null ? '–' : formatMln(n));

// ---------------------------------------------------------------------------------------------
// Grafiek met tabelalternatief en CSV

export function GrafiekBlok(p: { id: string; invoer: TijdreeksInvoer | StaafInvoer; optie: EChartsOption; csv: string; breedte?: number; hoogte?: number }): VNode {
  // De titel staat al in het figuurbijschrift; niet nog eens in de tekening.
  return (
    <GrafiekFiguur
      id={p.id}
      invoer={p.invoer}
      optie={{ ...p.optie, title: undefined } as EChartsOption}
      csv={p.csv}
      breedte={p.breedte ?? 900}
      hoogte={p.hoogte ?? 380}
      kopKlasse="utrecht-heading-4"
      scroll
    />
  );
}

function EmbargoLabel({ tot }: { tot: string }): VNode {
  return <span class="am-label am-label--embargo">Onder embargo tot {datum(tot)}</span>;
}

// ---------------------------------------------------------------------------------------------
// Overzicht

export interface OverzichtProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  tabellen: KaderTabelModel[];
  /** Jaren met alleen een kader (bijv. AZWA 2026–2028). */
  kaderJaren: number[];
  meerjaren: Meerjarenbeeld;
  kadersGrafiek: { invoer: TijdreeksInvoer; optie: EChartsOption };
  verschilGrafiek: { invoer: StaafInvoer; optie: EChartsOption };
  vergelijking: SnapshotVergelijking | null;
  /** Afwijkingen die bij de getoonde stand horen (die worden in de tabelcel getoond). */
  afwijkingenInTabel: KaderAfwijking[];
  /** Standen in beeld die onder embargo staan (alleen voor wie embargo mag lezen). */
  embargo: { stand: string; embargo_tot: string }[];
  magBeheren: boolean;
}

export function OverzichtPagina(p: OverzichtProps): VNode {
  const q = `peildatum=${p.peildatum}`;
  return (
    <Pagina titel="Financiële kaders" actief="financien" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën' }]}>
      <h1 class="utrecht-heading-1">Financiële kaders</h1>
      <p class="utrecht-paragraph">
        Uitgaven per sector tegen de financiële kaders van het IZA en het AZWA, stand op peildatum <strong>{datum(p.peildatum)}</strong>. Bedragen in
        miljoenen euro's; een positief verschil is een overschrijding.
      </p>
      <form method="get" action="/financien" class="am-filter">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="peildatum">
            Peildatum
          </label>
          <input class="utrecht-textbox" type="date" id="peildatum" name="peildatum" value={p.peildatum} />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Toon
        </button>
      </form>
      <p class="utrecht-paragraph">
        Download de tabellen:{' '}
        <a class="utrecht-link" href={`/financien/export.csv?${q}`}>
          CSV
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/export.xlsx?${q}`}>
          Excel (XLSX)
        </a>
        {p.magBeheren ? (
          <>
            {' '}
            ·{' '}
            <a class="utrecht-link" href="/financien/invoer">
              Nieuwe stand invoeren of importeren
            </a>
          </>
        ) : null}
      </p>
      {p.embargo.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <p class="utrecht-paragraph">
            Deze pagina toont cijfers onder embargo:{' '}
            {p.embargo.map((e, i) => (
              <>
                {i > 0 ? '; ' : ''}stand {datum(e.stand)} tot {datum(e.embargo_tot)}
              </>
            ))}
            . Verspreid ze niet voordat de Kamer ze heeft ontvangen.
          </p>
        </div>
      ) : null}
      {p.vergelijking ? (
        <KaderAfwijkingen
          bron={`de gepubliceerde kerncijfers van ${datum(p.vergelijking.peildatum)} (${p.vergelijking.bron})`}
          afwijkingen={p.vergelijking.afwijkingen}
          vergeleken={p.vergelijking.vergeleken}
        />
      ) : null}
      {p.tabellen.length === 0 ? <p class="utrecht-paragraph">Er zijn op deze peildatum geen uitgavencijfers.</p> : null}
      {p.tabellen.map((t) => (
        <div class="am-blok">
          <KaderTabel tabel={t} kopNiveau={2} afwijkingen={p.afwijkingenInTabel} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/financien/${t.jaar}?${q}`}>
              Alle standen van {t.jaar}
            </a>
          </p>
        </div>
      ))}
      <h2 class="utrecht-heading-2" id="meerjarig">
        Meerjarenbeeld {p.meerjaren.jaren[0]}–{p.meerjaren.jaren[p.meerjaren.jaren.length - 1]}
      </h2>
      <p class="utrecht-paragraph">
        Kaders per sector (HLA, IZA, AZWA) met de uitgaven waar die bekend zijn. AZWA-kaders 2026–2028 zijn in prijspeil 2025, zonder indexatie.
        {p.kaderJaren.length > 0 ? <> Jaren met alleen een kader: {p.kaderJaren.map((j, i) => <>{i > 0 ? ', ' : ''}<a class="utrecht-link" href={`/financien/${j}?${q}`}>{j}</a></>)}.</> : null}
      </p>
      <div class="am-tabel-scroll">
        <table class="utrecht-table" id="meerjarig-tabel">
          <caption class="utrecht-table__caption">Kaders, uitgaven en resterend verschil per jaar en sector (€ mln)</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                Jaar
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Sector
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Soort kader
              </th>
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                Kader
              </th>
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                Uitgaven
              </th>
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                Resterend verschil
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.meerjaren.cellen.map((c) => (
              <tr class="utrecht-table__row" data-jaar={c.jaar} data-sector={c.sector}>
                <th scope="row" class="utrecht-table__header-cell">
                  {c.jaar}
                </th>
                <td class="utrecht-table__cell">{c.sector}</td>
                <td class="utrecht-table__cell">{c.kader_soort ?? 'onbekend'}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric am-nowrap" data-veld="kader">
                  {mln(c.kader)}
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric am-nowrap" data-veld="uitgaven">
                  {mln(c.uitgaven)}
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric am-nowrap" data-veld="resterend_verschil">
                  {mln(c.resterend_verschil)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GrafiekBlok id="grafiek-kaders" invoer={p.kadersGrafiek.invoer} optie={p.kadersGrafiek.optie} csv={`/financien/kaders.csv?${q}`} />
      <GrafiekBlok id="grafiek-verschil" invoer={p.verschilGrafiek.invoer} optie={p.verschilGrafiek.optie} csv={`/financien/verschil.csv?${q}`} />
    </Pagina>
  );
}

// ---------------------------------------------------------------------------------------------
// Eén jaar

export interface JaarProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  jaar: number;
  peildatum: string;
  tabel: KaderTabelModel | null;
  embargoInTabel: { stand: string; embargo_tot: string }[];
  historie: HistorieRegel[];
  grafieken: { sector: string; invoer: TijdreeksInvoer; optie: EChartsOption }[];
  vergelijkingen: SnapshotVergelijking[];
  afwijkingenTabel: KaderAfwijking[];
  magBeheren: boolean;
}

export function JaarPagina(p: JaarProps): VNode {
  const q = `peildatum=${p.peildatum}`;
  const standen = [...new Set(p.historie.map((h) => h.stand))];
  // Kolommen die voor geen enkele stand iets bevatten, laten we weg (zoals de tabel regels weglaat).
  const heeft = (v: keyof KaderCijfers) => p.historie.some((h) => (h.cijfers[v] ?? 0) !== 0);
  const kolommen: { kop: string; veld: keyof KaderCijfers; nulIsLeeg?: boolean }[] = [
    { kop: 'Stand', veld: 'stand' },
    { kop: 'Sector', veld: 'sector' },
    { kop: 'Uitgaven', veld: 'uitgaven' },
    { kop: 'Kader', veld: 'kader' },
    ...(heeft('aanspraak_buiten_zvw') ? [{ kop: 'Aanspraak buiten Zvw', veld: 'aanspraak_buiten_zvw' as const, nulIsLeeg: true }] : []),
    ...(heeft('covid_prestaties') ? [{ kop: 'Covid prestaties', veld: 'covid_prestaties' as const, nulIsLeeg: true }] : []),
    { kop: 'Verschil excl. covid', veld: 'verschil_excl_covid' },
    ...(heeft('correctie_dure_geneesmiddelen') ? [{ kop: 'Correctie dure geneesmiddelen', veld: 'correctie_dure_geneesmiddelen' as const, nulIsLeeg: true }] : []),
    { kop: 'Resterend verschil', veld: 'resterend_verschil' },
    { kop: 'Balanspost', veld: 'balanspost_pct' },
  ];
  return (
    <Pagina
      titel={`Financiële kaders ${p.jaar}`}
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: `/financien?${q}` }, { label: String(p.jaar) }]}
    >
      <h1 class="utrecht-heading-1">Financiële kaders {p.jaar}</h1>
      <p class="utrecht-paragraph">
        De nieuwste stand op peildatum <strong>{datum(p.peildatum)}</strong>, en daaronder elke stand die van {p.jaar} is vastgelegd: een nieuwe stand
        vervangt niets.
      </p>
      <p class="utrecht-paragraph">
        Download:{' '}
        <a class="utrecht-link" href={`/financien/export.csv?${q}&jaar=${p.jaar}`}>
          tabel (CSV)
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/export.xlsx?${q}&jaar=${p.jaar}`}>
          tabel (Excel)
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/${p.jaar}/historie.csv?${q}`}>
          alle standen (CSV)
        </a>
        {p.magBeheren ? (
          <>
            {' '}
            ·{' '}
            <a class="utrecht-link" href={`/financien/invoer?jaar=${p.jaar}`}>
              Nieuwe stand voor {p.jaar} invoeren
            </a>
          </>
        ) : null}
      </p>
      {p.embargoInTabel.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <p class="utrecht-paragraph">
            De tabel bevat cijfers onder embargo ({p.embargoInTabel.map((e) => `stand ${datum(e.stand)} tot ${datum(e.embargo_tot)}`).join('; ')}).
          </p>
        </div>
      ) : null}
      {p.tabel ? <KaderTabel tabel={p.tabel} kopNiveau={2} afwijkingen={p.afwijkingenTabel} /> : <p class="utrecht-paragraph">Er is voor {p.jaar} geen stand op deze peildatum.</p>}

      <h2 class="utrecht-heading-2" id="standen">
        Alle standen van {p.jaar}
      </h2>
      {p.historie.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen standen.</p>
      ) : (
        <>
          <ul class="utrecht-unordered-list" id="standen-lijst">
            {standen.map((s) => {
              const h = p.historie.find((x) => x.stand === s)!;
              return (
                <li class="utrecht-unordered-list__item">
                  {datum(s)}
                  {h.stand_omschrijving ? `: ${h.stand_omschrijving}` : ''}
                  {h.embargo_tot ? (
                    <>
                      {' '}
                      <EmbargoLabel tot={h.embargo_tot} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div class="am-tabel-scroll">
            <table class="utrecht-table" id="historie-tabel">
              <caption class="utrecht-table__caption">
                Cijfers {p.jaar} per stand en sector, € mln ({standen.length} {standen.length === 1 ? 'stand' : 'standen'})
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {kolommen.map((k, i) => (
                    <th scope="col" class={`utrecht-table__header-cell${i >= 2 ? ' utrecht-table__header-cell--numeric' : ''}`}>
                      {k.kop}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.historie.map((h) => (
                  <tr class="utrecht-table__row" data-stand={h.stand} data-sector={h.sector}>
                    <th scope="row" class="utrecht-table__header-cell am-nowrap">
                      {datum(h.stand)}
                      {h.embargo_tot ? <span class="am-visueel-verborgen"> (onder embargo tot {datum(h.embargo_tot)})</span> : null}
                    </th>
                    <td class="utrecht-table__cell">
                      {h.sector} <span class="am-klein">({h.cijfers.kader_soort})</span>
                    </td>
                    {kolommen.slice(2).map((k) =>
                      k.veld === 'balanspost_pct' ? (
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{h.cijfers.balanspost_pct === null ? '–' : `${h.cijfers.balanspost_pct}%`}</td>
                      ) : (
                        <Num v={(h.cijfers[k.veld] as number | null) || (k.nulIsLeeg ? null : (h.cijfers[k.veld] as number | null))} veld={k.veld} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2 class="utrecht-heading-2" id="gepubliceerd">
        Gepubliceerde cijfers
      </h2>
      {p.vergelijkingen.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen gepubliceerde kerncijfers met kaders voor {p.jaar}.</p>
      ) : (
        p.vergelijkingen.map((v) => (
          <KaderAfwijkingen bron={`de kerncijfers van ${datum(v.peildatum)} (${v.bron})`} afwijkingen={v.afwijkingen} vergeleken={v.vergeleken} />
        ))
      )}

      <h2 class="utrecht-heading-2" id="grafieken">
        Verloop per sector
      </h2>
      <div class="am-grafieken">
        {p.grafieken.map((g) => (
          <GrafiekBlok
            id={`grafiek-${g.sector.toLowerCase()}`}
            invoer={g.invoer}
            optie={g.optie}
            csv={`/financien/${p.jaar}/historie.csv?${q}&sector=${encodeURIComponent(g.sector)}`}
            breedte={640}
            hoogte={300}
          />
        ))}
      </div>
    </Pagina>
  );
}

function Num({ v, veld }: { v: number | null; veld: string }): VNode {
  return (
    <td class="utrecht-table__cell utrecht-table__cell--numeric am-nowrap" data-veld={veld}>
      {mln(v)}
    </td>
  );
}

// ---------------------------------------------------------------------------------------------
// Invoer

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
        <input type="hidden" name="_csrf" value={p.csrf} />
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
      {p.importProblemen ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert" id="importproblemen">
          <p class="utrecht-paragraph">
            <strong>Import geweigerd; er is niets gewijzigd.</strong> {p.importProblemen.problemen.length}{' '}
            {p.importProblemen.problemen.length === 1 ? 'probleem' : 'problemen'} in {p.importProblemen.bestand}:
          </p>
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">Problemen in het bestand</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">
                  Regel
                </th>
                <th scope="col" class="utrecht-table__header-cell">
                  Kolom
                </th>
                <th scope="col" class="utrecht-table__header-cell">
                  Waarde
                </th>
                <th scope="col" class="utrecht-table__header-cell">
                  Probleem
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.importProblemen.problemen.map((x) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{x.regel ?? '–'}</td>
                  <td class="utrecht-table__cell">{x.kolom ?? '–'}</td>
                  <td class="utrecht-table__cell">{x.waarde ?? ''}</td>
                  <td class="utrecht-table__cell">{x.reden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form method="post" action={`/financien/import?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={p.csrf} />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="bestand">
              Bestand (CSV of XLSX)
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <input type="file" id="bestand" name="bestand" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
          </div>
        </div>
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
        <input type="hidden" name="_csrf" value={p.csrf} />
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
