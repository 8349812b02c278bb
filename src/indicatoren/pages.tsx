// Pages of the indicator part: /arbeidsmarkt, /toegankelijkheid, /indicatoren, /indicatoren/:code and
// the import form. Server-rendered, no JavaScript needed; every chart has a table and a CSV download.
import type { VNode } from 'preact';
import { Pagina } from '../platform/web/pagina.js';
import { datum, getal } from '../platform/formaat.js';
import type { Gebruiker } from '../domein/beleid.js';
import type { GrafiekTabel } from '../platform/web/grafiek.js';
import { DataTabel } from '../platform/web/grafiekfiguur.js';
import type { Probleem } from '../kern/probleem.js';
import type { Blok } from './grafieken.js';
import { gebiedNaam } from './grafieken.js';
import type { DefinitieMetTelling, IndicatorDefinitie, Revisie, Waarneming } from './store.js';
import { periodeVan } from './store.js';

/** A GrafiekTabel as accessible table, scrolling sideways when wide, with its notes underneath. */
export function Tabel({ tabel, caption }: { tabel: GrafiekTabel; caption?: string }): VNode {
  return (
    <DataTabel
      caption={caption ?? tabel.titel ?? 'Cijfers'}
      kop={tabel.kop}
      rijen={tabel.rijen}
      omhulsel={{ klasse: 'am-tabel-wrap', stijl: 'overflow-x:auto' }}
      onder={(tabel.toelichting ?? []).map((t) => (
        <p class="utrecht-paragraph utrecht-paragraph--small">{t}</p>
      ))}
    />
  );
}

function Bronregel({ blok }: { blok: Extract<Blok, { soort: 'grafiek' | 'kaart' }> }): VNode {
  return (
    <p class="utrecht-paragraph utrecht-paragraph--small am-bron">
      {blok.bron ? <>Bron data: {blok.bron}. </> : null}
      {blok.dataTm ? <>Data t/m {datum(blok.dataTm)}. </> : null}
      {blok.laatstePeriode ? <>Laatste periode: {blok.laatstePeriode}. </> : null}
      Indicator:{' '}
      {blok.indicatoren.map((d, i) => (
        <>
          {i > 0 ? ', ' : null}
          <a href={`/indicatoren/${d.code}`}>{d.naam}</a>
        </>
      ))}
      .
    </p>
  );
}

/** One chart or map with its source line, table alternative and CSV download. */
export function BlokWeergave({ blok, csvBasis, kop = 'h2' }: { blok: Blok; csvBasis: string; kop?: 'h2' | 'h3' }): VNode {
  const Kop = kop;
  if (blok.soort === 'leeg') {
    return (
      <section class="am-blok" id={blok.id} aria-labelledby={`${blok.id}-kop`}>
        <Kop class={`utrecht-heading-${kop === 'h2' ? 2 : 3}`} id={`${blok.id}-kop`}>
          {blok.titel}
        </Kop>
        <p class="utrecht-paragraph am-geen-waarnemingen">
          <strong>Geen gegevens.</strong> {blok.reden} Zie{' '}
          {blok.indicatoren.map((d, i) => (
            <>
              {i > 0 ? ', ' : null}
              <a href={`/indicatoren/${d.code}`}>{d.naam}</a>
            </>
          ))}
          .
        </p>
      </section>
    );
  }
  return (
    <section class="am-blok" id={blok.id} aria-labelledby={`${blok.id}-kop`}>
      <Kop class={`utrecht-heading-${kop === 'h2' ? 2 : 3}`} id={`${blok.id}-kop`}>
        {blok.titel}
      </Kop>
      <figure class="am-grafiek" style="margin:0;max-width:100%;overflow-x:auto">
        <div dangerouslySetInnerHTML={{ __html: blok.svg }} />
        <figcaption>
          <Bronregel blok={blok} />
          {blok.soort === 'grafiek' && blok.toelichting ? <p class="utrecht-paragraph utrecht-paragraph--small">{blok.toelichting}</p> : null}
        </figcaption>
      </figure>
      {blok.soort === 'kaart' ? (
        <>
          {blok.nietOpDeKaart.length > 0 ? (
            <div class="utrecht-alert utrecht-alert--warning am-niet-op-kaart" role="note">
              <p class="utrecht-paragraph">
                <strong>Niet op de kaart:</strong>{' '}
                {blok.nietOpDeKaart.map((n, i) => (
                  <>
                    {i > 0 ? ', ' : null}
                    {n.code} ({getal(n.waarde)})
                  </>
                ))}
                . Deze {blok.nietOpDeKaart.length === 1 ? 'code staat' : 'codes staan'} niet in de gemeente-indeling 2025 (bijvoorbeeld een opgeheven
                gemeente). De {blok.nietOpDeKaart.length === 1 ? 'waarde staat' : 'waarden staan'} wel in de tabel.
              </p>
            </div>
          ) : null}
          <p class="utrecht-paragraph utrecht-paragraph--small">
            {blok.zonderWaarde > 0 ? `${getal(blok.zonderWaarde)} gemeenten hebben geen waarde in deze levering (gearceerd op de kaart).` : null}
          </p>
        </>
      ) : null}
      <details class="am-tabel-alternatief">
        <summary>Tabel bij “{blok.titel}”</summary>
        <Tabel tabel={blok.tabel} caption={blok.titel} />
      </details>
      <p class="utrecht-paragraph">
        <a href={`${csvBasis}/${blok.id}.csv`} download>
          Download de cijfers als CSV
        </a>
      </p>
    </section>
  );
}

function PeildatumFormulier({ actie, peildatum }: { actie: string; peildatum: string }): VNode {
  return (
    <form method="get" action={actie} class="am-peildatum">
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="peildatum">
          Peildatum (wat was bekend op deze datum)
        </label>
        <input class="utrecht-textbox" type="date" id="peildatum" name="peildatum" value={peildatum} />
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Toon
      </button>
    </form>
  );
}

interface PaginaBasis {
  gebruiker: Gebruiker | null;
  csrf?: string;
}

export function ArbeidsmarktPagina(p: PaginaBasis & { blokken: Blok[]; peildatum: string }): VNode {
  return (
    <Pagina titel="Arbeidsmarkt" actief="arbeidsmarkt" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Arbeidsmarkt' }]}>
      <h1 class="utrecht-heading-1">Stand van zaken arbeidsmarkt</h1>
      <p class="utrecht-paragraph">
        De bron van deze figuren is de monitor Arbeidsmarkt Zorg en Welzijn van het CBS, voortkomend uit het programma TAZ. Per indicator staan de
        definitie, de bron en alle reeksen op de <a href="/indicatoren">indicatorpagina’s</a>.
      </p>
      <PeildatumFormulier actie="/arbeidsmarkt" peildatum={p.peildatum} />
      {p.blokken.map((b) => (
        <BlokWeergave blok={b} csvBasis="/arbeidsmarkt/grafiek" />
      ))}
    </Pagina>
  );
}

export function ToegankelijkheidPagina(p: PaginaBasis & { blokken: Blok[]; peildatum: string }): VNode {
  const vind = (id: string) => p.blokken.filter((b) => b.id === id || b.id.startsWith(`${id}-`));
  return (
    <Pagina
      titel="Toegankelijkheid van zorg"
      actief="toegankelijkheid"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Toegankelijkheid' }]}
    >
      <h1 class="utrecht-heading-1">Toegankelijkheid van zorg</h1>
      <p class="utrecht-paragraph">
        Gegevens uit de monitor Toegankelijkheid van Zorg: wachtenden voor een huisarts, wachttijden in de medisch-specialistische zorg en de ggz, en
        wachtenden in de langdurige zorg.
      </p>
      <PeildatumFormulier actie="/toegankelijkheid" peildatum={p.peildatum} />
      <h2 class="utrecht-heading-2">Huisartsenzorg</h2>
      <p class="utrecht-paragraph">
        Het aantal Nederlanders dat zich meldt voor zorgbemiddeling bij een zorgverzekeraar, als indicatie voor de vraag naar huisartsen in de regio. De
        cijfers geven niet het werkelijke aantal Nederlanders zonder huisarts weer.
      </p>
      {vind('huisartsen-wachtlijst').map((b) => (
        <BlokWeergave blok={b} csvBasis="/toegankelijkheid/grafiek" kop="h3" />
      ))}
      <h2 class="utrecht-heading-2">Wachttijden msz</h2>
      {vind('msz-wachttijden').map((b) => (
        <BlokWeergave blok={b} csvBasis="/toegankelijkheid/grafiek" kop="h3" />
      ))}
      <h2 class="utrecht-heading-2">Wachtenden langdurige zorg</h2>
      <p class="utrecht-paragraph">Het aantal wachtenden met een Wlz-indicatie in de gehandicaptenzorg (GHZ), de langdurige ggz en de verpleging en verzorging (V&amp;V).</p>
      {vind('wlz').map((b) => (
        <BlokWeergave blok={b} csvBasis="/toegankelijkheid/grafiek" kop="h3" />
      ))}
      <h2 class="utrecht-heading-2">Wachttijden ggz</h2>
      <p class="utrecht-paragraph">
        Gemiddelde landelijke aanmeld-, behandel- en totale wachttijd per hoofddiagnosegroep, met de Treeknormen (maximaal aanvaardbare wachttijden).
      </p>
      {vind('ggz-wachttijden').map((b) => (
        <BlokWeergave blok={b} csvBasis="/toegankelijkheid/grafiek" kop="h3" />
      ))}
    </Pagina>
  );
}

export function IndicatorenLijstPagina(p: PaginaBasis & { definities: DefinitieMetTelling[]; magBeheren: boolean }): VNode {
  return (
    <Pagina titel="Indicatoren" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Indicatoren' }]}>
      <h1 class="utrecht-heading-1">Indicatoren</h1>
      <p class="utrecht-paragraph">
        Alle indicatoren met hun definitie en waarnemingen. Open data: <a href="/api/v1/indicatoren">/api/v1/indicatoren</a> (JSON); per indicator ook CSV
        en JSON.
      </p>
      {p.magBeheren ? (
        <p class="utrecht-paragraph">
          <a href="/indicatoren/importeren">Waarnemingen importeren (CSV, XLSX of CBS)</a>
        </p>
      ) : null}
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">Indicatoren</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">Indicator</th>
            <th scope="col" class="utrecht-table__header-cell">Eenheid</th>
            <th scope="col" class="utrecht-table__header-cell">Waarnemingen</th>
            <th scope="col" class="utrecht-table__header-cell">Laatste levering</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {p.definities.map((d) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                <a href={`/indicatoren/${d.code}`}>{d.naam}</a>
              </th>
              <td class="utrecht-table__cell">{d.eenheid ?? '–'}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{d.aantal === 0 ? 'geen' : getal(d.aantal)}</td>
              <td class="utrecht-table__cell">{datum(d.laatste_bron_datum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Pagina>
  );
}

const richting = (h: boolean | null) => (h === true ? 'Hoger is beter' : h === false ? 'Lager is beter' : 'Niet vastgelegd');

export function IndicatorPagina(
  p: PaginaBasis & { def: IndicatorDefinitie; rijen: Waarneming[]; revisies: Revisie[]; blokken: Blok[] },
): VNode {
  const { def } = p;
  return (
    <Pagina
      titel={def.naam}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Indicatoren', href: '/indicatoren' }, { label: def.naam }]}
    >
      <h1 class="utrecht-heading-1">{def.naam}</h1>
      <dl class="am-metadata">
        <dt>Code</dt>
        <dd>
          <code>{def.code}</code>
        </dd>
        <dt>Definitie</dt>
        <dd>{def.definitie ?? 'Niet vastgelegd'}</dd>
        <dt>Eenheid</dt>
        <dd>{def.eenheid ?? 'Niet vastgelegd'}</dd>
        <dt>Bron</dt>
        <dd>{def.bron ?? 'Niet vastgelegd'}</dd>
        <dt>Norm</dt>
        <dd>
          {def.norm !== null ? `${getal(def.norm)}${def.eenheid ? ` ${def.eenheid}` : ''}` : 'Geen getalsnorm'}
          {def.norm_omschrijving ? <> ({def.norm_omschrijving})</> : null}
        </dd>
        <dt>Richting</dt>
        <dd>{richting(def.hoger_is_beter)}</dd>
      </dl>
      <p class="utrecht-paragraph">
        Open data: <a href={`/indicatoren/${def.code}.csv`}>CSV</a> · <a href={`/indicatoren/${def.code}.json`}>JSON</a> ·{' '}
        <a href={`/api/v1/indicatoren/${def.code}`}>API</a>
      </p>
      {p.rijen.length === 0 ? (
        <p class="utrecht-paragraph am-geen-waarnemingen" role="status">
          <strong>Er zijn nog geen waarnemingen voor deze indicator.</strong> Daarom staat hier geen grafiek en geen tabel.
        </p>
      ) : (
        <>
          {p.blokken.map((b) => (
            <BlokWeergave blok={b} csvBasis={`/indicatoren/${def.code}/grafiek`} />
          ))}
          <h2 class="utrecht-heading-2">Alle waarnemingen</h2>
          <p class="utrecht-paragraph">Per periode, gebied en dimensie de nieuwste levering.</p>
          <Tabel
            caption={`Waarnemingen ${def.naam}`}
            tabel={{
              kop: ['Periode', 'Gebied', 'Dimensie', `Waarde${def.eenheid ? ` (${def.eenheid})` : ''}`, 'Geleverd (bron_datum)'],
              rijen: p.rijen.map((r) => [periodeVan(r.periode).label, gebiedLabel(r.gebied), r.dimensie || '–', r.waarde, r.bron_datum ? datum(r.bron_datum) : null]),
            }}
          />
          <h2 class="utrecht-heading-2">Eerdere leveringen (revisies)</h2>
          {p.revisies.length === 0 ? (
            <p class="utrecht-paragraph">Geen: elke waarneming is één keer geleverd.</p>
          ) : (
            <Tabel
              caption={`Eerdere leveringen ${def.naam}`}
              tabel={{
                kop: ['Periode', 'Gebied', 'Dimensie', 'Eerdere waarde', 'Geleverd', 'Huidige waarde', 'Geleverd'],
                rijen: p.revisies.map((r) => [
                  periodeVan(r.periode).label,
                  gebiedLabel(r.gebied),
                  r.dimensie || '–',
                  r.waarde,
                  r.bron_datum ? datum(r.bron_datum) : 'zonder datum',
                  r.huidige_waarde,
                  r.huidige_bron_datum ? datum(r.huidige_bron_datum) : 'zonder datum',
                ]),
              }}
            />
          )}
        </>
      )}
    </Pagina>
  );
}

function gebiedLabel(code: string): string {
  const naam = gebiedNaam(code);
  return naam === code ? code : `${naam} (${code})`;
}

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
      {m.problemen && m.problemen.length > 0 ? (
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Gevonden problemen</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {['Bestand', 'Regel', 'Kolom', 'Waarde', 'Reden'].map((k) => (
                <th scope="col" class="utrecht-table__header-cell">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {m.problemen.map((p) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{p.bestand}</td>
                <td class="utrecht-table__cell">{p.regel ?? '–'}</td>
                <td class="utrecht-table__cell">{p.kolom ?? '–'}</td>
                <td class="utrecht-table__cell">{p.waarde ?? '–'}</td>
                <td class="utrecht-table__cell">{p.reden}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
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

export function ImportPagina(p: PaginaBasis & { csrf: string; melding?: ImportMelding }): VNode {
  const m = p.melding;
  const voor = (f: 'contract' | 'cbs') => (m && m.formulier === f ? m : undefined);
  const fout = (f: 'contract' | 'cbs', veld: string) => (voor(f)?.velden?.[veld] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${veld}-fout` } : {});
  return (
    <Pagina
      titel="Indicatoren importeren"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Indicatoren', href: '/indicatoren' }, { label: 'Importeren' }]}
    >
      <h1 class="utrecht-heading-1">Indicatoren importeren</h1>
      <p class="utrecht-paragraph">
        Een import is alles of niets: bij een fout wordt niets gewijzigd en krijgt u een lijst van alle problemen. Dezelfde waarneming opnieuw leveren
        met een nieuwere bron_datum bewaart de oude levering als revisie.
      </p>
      <h2 class="utrecht-heading-2">Contractbestand (CSV of XLSX)</h2>
      {voor('contract') ? <Melding m={voor('contract')!} /> : null}
      <form method="post" action="/indicatoren/importeren/contract" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={p.csrf} />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="soort">
            Soort bestand
          </label>
          <select class="utrecht-select" id="soort" name="soort" {...fout('contract', 'soort')}>
            <option value="indicatoren">indicatoren (waarnemingen)</option>
            <option value="indicator_definities">indicator_definities (definities)</option>
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
      </form>
      <h2 class="utrecht-heading-2">CBS OData-antwoord met koppeling</h2>
      {voor('cbs') ? <Melding m={voor('cbs')!} /> : null}
      <form method="post" action="/indicatoren/importeren/cbs" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={p.csrf} />
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
