// Shared pieces of the indicator pages: a chart or map block with its table, source line and CSV,
// the peildatum form and the props every page has.
import type { VNode } from 'preact';
import { datum, getal } from '../../platform/formaat.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { GrafiekTabel } from '../../platform/web/grafiek.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { Blok } from '../grafieken.js';

/** A GrafiekTabel as accessible table, scrolling sideways when wide, with its notes underneath. */
export function Tabel({ tabel, caption }: { tabel: GrafiekTabel; caption?: string }): VNode {
  return (
    <DataTabel
      caption={caption ?? tabel.titel ?? 'Cijfers'}
      kop={tabel.kop}
      rijen={tabel.rijen}
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

export function PeildatumFormulier({ actie, peildatum }: { actie: string; peildatum: string }): VNode {
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

export interface PaginaBasis {
  gebruiker: Gebruiker | null;
  csrf?: string;
}
