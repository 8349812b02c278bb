// /regios/kaart: one indicator on the map of one region classification, with the report's five
// classes, a table with the same figures, and a plain sentence where the indicator has no values at
// that level (rates are never summed over gemeenten).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { getal } from '../../platform/formaat.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { INDELING_IN_ZIN, INDELING_NAMEN, type Indeling } from '../../domein/regios.js';
import type { RegioKaartWaarden } from '../../domein/regiokaart.js';
import type { IndicatorKeuze } from '../store.js';

export interface RegioKaartProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  indicatoren: IndicatorKeuze[];
  indelingen: readonly Indeling[];
  keuze: { indicator: IndicatorKeuze | null; indeling: Indeling };
  waarden: RegioKaartWaarden | null;
  /** The map SVG, null when there is nothing to draw. */
  kaart: string | null;
}

function Keuzelijst({ id, label, waarde, opties }: { id: string; label: string; waarde: string; opties: [string, string][] }): VNode {
  return (
    <div class="utrecht-form-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select" id={id} name={id}>
          {opties.map(([w, t]) => (
            <option value={w} selected={w === waarde}>
              {t}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function RegioKaartPagina(p: RegioKaartProps): VNode {
  const { indicator, indeling } = p.keuze;
  const w = p.waarden;
  const eenheid = indicator?.eenheid ? ` (${indicator.eenheid})` : '';
  return (
    <Pagina titel="Indicator op de kaart" actief="regios" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'Regio’s', href: '/regios' }, { label: 'Kaart' }]}>
      <h1 class="utrecht-heading-1">Indicator op de kaart</h1>
      <p class="utrecht-paragraph">
        Kies een indicator en een regio-indeling. De kaart toont de waarden die voor de regio’s zelf zijn geleverd. Zijn die er niet, dan telt de
        kaart een aantal (zoals wachtenden) op over de gemeenten van elke regio; percentages, wachttijden en andere gemiddelden worden nooit
        opgeteld.
      </p>
      {p.indicatoren.length === 0 ? (
        <p class="utrecht-paragraph am-leeg">Er zijn nog geen indicatoren met waarden per gemeente of regio in het platform.</p>
      ) : (
        <form method="get" action="/regios/kaart" class="am-formulier-rij">
          <Keuzelijst id="indicator" label="Indicator" waarde={indicator?.code ?? ''} opties={p.indicatoren.map((i) => [i.code, i.naam])} />
          <Keuzelijst id="indeling" label="Regio-indeling" waarde={indeling} opties={p.indelingen.map((i) => [i, INDELING_NAMEN[i]])} />
          {w && w.perioden.length > 1 ? <Keuzelijst id="periode" label="Periode" waarde={w.periode ?? ''} opties={w.perioden.map((x) => [x, x])} /> : null}
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Toon kaart
          </button>
        </form>
      )}
      {indicator && w ? (
        w.herkomst === 'geen' ? (
          <p class="utrecht-paragraph am-leeg" id="kaart-leeg">
            {indicator.naam} heeft geen waarden per {INDELING_IN_ZIN[indeling]}
            {indeling !== 'gemeente' && indicator.eenheid !== 'aantal' ? ', en optellen over gemeenten kan alleen bij aantallen' : ''}. Kies een
            andere indeling.
          </p>
        ) : (
          <section aria-labelledby="kaart-kop" class="am-blok">
            <h2 class="utrecht-heading-2" id="kaart-kop">
              {indicator.naam}: {INDELING_NAMEN[indeling]}, {w.periode}
            </h2>
            <p class="utrecht-paragraph">
              {w.herkomst === 'som'
                ? `Som van de gemeenten van elke regio${eenheid}. Een gearceerde regio is onvolledig: niet alle gemeenten hebben een waarde; de tabel zegt hoeveel.`
                : `Waarden zoals geleverd voor de regio’s${eenheid}.`}
            </p>
            {p.kaart ? (
              <figure class="am-grafiek am-regiokaart" style="margin:0;max-width:100%;overflow-x:auto">
                <div dangerouslySetInnerHTML={{ __html: p.kaart }} />
              </figure>
            ) : (
              <p class="utrecht-paragraph am-leeg">Voor deze indeling zijn geen grenzen in het platform; de waarden staan in de tabel.</p>
            )}
            <DataTabel
              caption={`${indicator.naam}: ${INDELING_NAMEN[indeling]}, ${w.periode}`}
              kop={['Regio', 'Waarde', ...(w.herkomst === 'som' ? ['Gemeenten met een waarde'] : [])]}
              rijen={w.regios.map((r) => [r.naam, r.waarde === null ? 'geen waarde' : getal(r.waarde), ...(w.herkomst === 'som' ? [`${r.metWaarde} van ${r.van}`] : [])])}
            />
          </section>
        )
      ) : null}
    </Pagina>
  );
}
