// /regios/{indeling}/{code}: the regiobeeld of one region: map, toetsen and plans that touch it,
// and its indicators, each with a clear empty state.
import type { VNode } from 'preact';
import { RegioplanRegister } from './regioplannen.js';
import { Pagina } from '../../platform/web/pagina.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { datum, euro, getal } from '../../platform/formaat.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { INDELING_NAMEN, type Indeling } from '../../domein/regios.js';
import { parsePeriode } from '../../domein/perioden.js';
import type { Regiobeeld } from '../regiobeeld.js';

export interface RegiobeeldProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  beeld: Regiobeeld;
  peildatum: string;
  metIntern: boolean;
}

const periodeLabel = (p: string) => {
  try {
    return parsePeriode(p).label;
  } catch {
    return p;
  }
};

function Leeg({ children }: { children: string }): VNode {
  return <p class="utrecht-paragraph am-leeg">{children}</p>;
}

export function RegiobeeldPagina(p: RegiobeeldProps): VNode {
  const b = p.beeld;
  const indeling = b.gebied.indeling as Indeling;
  const soort = INDELING_NAMEN[indeling];
  return (
    <Pagina
      titel={`${b.gebied.naam} (${soort})`}
      actief="regios"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'Regio’s', href: '/regios' }, { label: b.gebied.naam }]}
    >
      <h1 class="utrecht-heading-1">{b.gebied.naam}</h1>
      <p class="utrecht-paragraph">
        {soort}, code {b.gebied.code}. Stand op {datum(p.peildatum)}.
      </p>

      <section aria-labelledby="kaart-kop" class="am-blok">
        <h2 class="utrecht-heading-2" id="kaart-kop">
          Op de kaart
        </h2>
        {b.kaart ? (
          <figure class="am-grafiek am-regiokaart" style="margin:0;max-width:100%;overflow-x:auto">
            <div dangerouslySetInnerHTML={{ __html: b.kaart }} />
          </figure>
        ) : (
          <Leeg>Voor deze regio is nog niet vastgelegd welke gemeenten erbij horen, dus er is geen kaart. Een beheerder kan het lidmaatschap importeren met een bestand met regio-indelingen.</Leeg>
        )}
        {b.gemeenten.length > 0 && indeling !== 'gemeente' ? (
          <details>
            <summary>{getal(b.gemeenten.length)} gemeenten</summary>
            <p class="utrecht-paragraph">{b.gemeenten.map((g) => `${g.naam} (${g.code})`).join(', ')}</p>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="toetsen-kop" class="am-blok">
        <h2 class="utrecht-heading-2" id="toetsen-kop">
          Snelle toetsen en transformatieplannen
        </h2>
        {!p.metIntern ? (
          <Leeg>Log in om de snelle toetsen en transformatieplannen te zien die deze regio raken.</Leeg>
        ) : b.toetsen.length === 0 ? (
          <Leeg>Geen snelle toetsen die deze regio raken (op de peildatum).</Leeg>
        ) : (
          <>
            <p class="utrecht-paragraph">
              {getal(b.toetsen.length)} snelle {b.toetsen.length === 1 ? 'toets raakt' : 'toetsen raken'} deze regio via hun IZA-regio’s; {getal(b.plannen.length)}{' '}
              transformatie{b.plannen.length === 1 ? 'plan hoort' : 'plannen horen'} daarbij. Aangevraagd {euro(b.aangevraagdEur)}, beschikbaar gesteld{' '}
              {euro(b.beschikbaarGesteldEur)}.
            </p>
            <p class="utrecht-paragraph utrecht-paragraph--small am-overlap">
              Kan overlap bevatten: een toets met meer regio’s telt bij elke regio mee, dus de regio’s samen tellen op tot meer dan het totaal.
            </p>
            <DataTabel caption="Snelle toetsen per status" kop={['Status', 'Aantal']} rijen={b.toetsenPerStatus} />
            <DataTabel caption="Transformatieplannen per status" kop={['Status', 'Aantal']} rijen={b.plannenPerStatus} />
            <details>
              <summary>De snelle toetsen ({getal(b.toetsen.length)})</summary>
              <DataTabel
                caption="Snelle toetsen die deze regio raken"
                kop={['Toets', 'Titel', 'Status', 'IZA-regio’s']}
                    rijen={b.toetsen.map((t) => [t.id, t.titel ?? '', t.status ?? '', (t.regios ?? []).join(', ')])}
                tekst={(c, i) =>
                  i === 0 ? (
                    <a class="utrecht-link" href={`/transformatie/toetsen/${encodeURIComponent(String(c))}`}>
                      {String(c)}
                    </a>
                  ) : (
                    String(c)
                  )
                }
              />
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="indicatoren-kop" class="am-blok">
        <h2 class="utrecht-heading-2" id="indicatoren-kop">
          Indicatoren
        </h2>
        {b.eigen.length === 0 && b.sommen.length === 0 ? <Leeg>Er zijn geen indicatorwaarden voor deze regio of haar gemeenten.</Leeg> : null}
        {b.eigen.length > 0 ? (
          <DataTabel
            caption="Waarden voor deze regio"
            kop={['Indicator', 'Periode', 'Waarde', 'Eenheid', 'Bron-datum']}
            rijen={b.eigen.map((w) => [w.naam, periodeLabel(w.periode), w.waarde, w.eenheid ?? '', w.bron_datum ? datum(w.bron_datum) : ''])}
          />
        ) : null}
        {b.sommen.map((s) => (
          <DataTabel
            caption={`${s.naam}: opgeteld over de gemeenten van de regio`}
            kop={['Periode', 'Som', 'Gemeenten met een waarde']}
            rijen={s.perPeriode.map((x) => [periodeLabel(x.periode), x.som, `${getal(x.metWaarde)} van ${getal(x.van)}`])}
          />
        ))}
        {b.sommen.length > 0 ? (
          <p class="utrecht-paragraph utrecht-paragraph--small">
            Alleen aantallen worden opgeteld, nooit percentages of wachttijden. Als niet alle gemeenten een waarde hebben, is de som een ondergrens.
          </p>
        ) : null}
      </section>

      {b.regioplannen ? <RegioplanRegister stand={b.regioplannen} gemeenteNaam={(c) => b.gemeenteNamen.get(c) ?? c} /> : null}
    </Pagina>
  );
}
