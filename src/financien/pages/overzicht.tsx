// The financial frameworks overview (/financien). Server-rendered, works without JavaScript.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { type KaderTabel as KaderTabelModel } from '../../domein/kaders-tabel.js';
import { type KaderAfwijking } from '../../domein/kaders-vergelijking.js';
import { datum } from '../../platform/formaat.js';
import type { EChartsOption, StaafInvoer, TijdreeksInvoer } from '../../platform/web/grafiek.js';
import { KaderAfwijkingen, KaderTabel } from '../tabel.js';
import type { Meerjarenbeeld, SnapshotVergelijking } from '../overzicht.js';
import { mln, GrafiekBlok } from './onderdelen.js';

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
      <p class="utrecht-paragraph" id="azwa-financien">
        AZWA-financiën:{' '}
        <a class="utrecht-link" href={`/financien/opbouw?${q}`}>
          opbouw van de kaders per sector
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/afspraken?${q}`}>
          geld per afspraak en enveloppen
        </a>
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
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
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
