// /indicatoren: the list of indicator definitions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, getal } from '../../platform/formaat.js';
import type { DefinitieMetTelling } from '../store.js';
import { type PaginaBasis } from './onderdelen.js';
import { Schuifvlak } from '../../platform/web/schuifvlak.js';

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
      <Schuifvlak label="Indicatoren">
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
      </Schuifvlak>
    </Pagina>
  );
}
