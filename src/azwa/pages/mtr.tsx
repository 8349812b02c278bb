// The MTR dossier page: per cluster and per agreement in one view, the money the platform has, and
// the four options of the mid-term review with the figures that bear on each (002 r. 7673-7727).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { datum, euroMln, getal } from '../../platform/formaat.js';
import { fteTekst, type MtrDossier } from '../mtr.js';
import { MtrOpties, MtrPlannenEnDoorbraak } from '../mtr-weergave.js';
import { AfspraakKop, AzwaMenu, PeildatumFormulier } from '../weergave.js';
import { ImpactVanPlannenTabel } from '../../impact/index.js';

const td = (x: string | number | null, getalKolom = true) => <td class={`utrecht-table__cell${getalKolom ? ' am-getal' : ''}`}>{typeof x === 'number' ? getal(x) : (x ?? '–')}</td>;

function Kop({ kolommen }: { kolommen: string[] }): VNode {
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        {kolommen.map((k) => (
          <th scope="col" class="utrecht-table__header-cell">
            {k}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function MtrPagina({ gebruiker, csrf, dossier: d }: { gebruiker: Gebruiker | null; csrf?: string; dossier: MtrDossier }): VNode {
  return (
    <Pagina titel="Mid-term review 2027" actief="azwa" gebruiker={gebruiker} csrf={csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'Mid-term review' }]}>
      <h1 class="utrecht-heading-1">Dossier mid-term review 2027</h1>
      <AzwaMenu actief="mtr" peildatum={d.peildatum} />
      <p class="utrecht-paragraph">
        Begin 2027 evalueren partijen het IZA en het AZWA tussentijds; besluitvorming over 2028 vóór 1 juli 2027 (002 r. 7683-7711). Naast
        de reguliere monitor minimaal: de financiële realisatiecijfers, in hoeverre afspraken worden nagekomen en randvoorwaarden
        ingevuld, en welke doorbraak- en transformatieplannen zijn ingediend en gehonoreerd. Stand op {datum(d.peildatum)}.
      </p>
      <PeildatumFormulier actie="/azwa/mtr" peildatum={d.peildatum} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/azwa/mtr.xlsx?peildatum=${d.peildatum}`} download>
          Download het dossier als Excel-bestand (XLSX)
        </a>
      </p>
      <h2 class="utrecht-heading-2">Clusters van het AZWA-aandeel in transitiedoel 1</h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
        <table class="utrecht-table" id="mtr-clusters">
          <caption class="utrecht-table__caption">Nakoming per cluster</caption>
          <Kop kolommen={['Cluster', 'Ambitie', 'Afspraken', 'Deelafspraken', 'Afgerond', 'Termijn verstreken', 'Impact (KPMG)']} />
          <tbody class="utrecht-table__body">
            {d.clusters.map((c) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(c.code)}`}>
                    {c.titel}
                  </a>
                </th>
                {td(c.ambitie, false)}
                {td(c.afspraken.join(', '), false)}
                {td(c.totaal)}
                {td(c.afgerond)}
                {td(c.verlopen)}
                {td(fteTekst(c.impact))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="utrecht-paragraph">
        Impact: de fte-besparing volgens de KPMG-analyse (versie {d.impact_versie}, 002 r. 8607-9630), gemiddeld scenario met de bandbreedte
        laag–hoog, opgeteld over de maatregelen die aan de afspraken zijn gekoppeld (elke maatregel één keer). "Niet geverifieerd": de bron
        noemt de koppeling van de KPMG-maatregel aan de AZWA-afspraak niet; die is op titel gelegd.
      </p>      <h2 class="utrecht-heading-2">Per afspraak</h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
        <table class="utrecht-table" id="mtr-afspraken">
          <caption class="utrecht-table__caption">Status en termijnen per AZWA-afspraak</caption>
          <Kop kolommen={['Afspraak', 'Cluster', 'Doelen', 'Deelafspraken', 'Afgerond', 'Achter of niet gestart', 'Zonder status', 'Termijn verstreken', 'Impact (KPMG)']} />
          <tbody class="utrecht-table__body">
            {d.afspraken.map((a) => (
              <tr class="utrecht-table__row">
<AfspraakKop code={a.code} naam={a.naam} />
                {td(a.clusters.join(', ') || '–', false)}
                {td(a.doelen.join(', ') || '–', false)}
                {td(a.totaal)}
                {td(a.afgerond)}
                {td(a.achter)}
                {td(a.zonder_status)}
                {td(a.verlopen)}
                {td(fteTekst(a.impact))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2">Geld</h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
        <table class="utrecht-table" id="mtr-kaders">
          <caption class="utrecht-table__caption">AZWA-kaders en realisatie (€ miljoen, prijspeil 2025)</caption>
          <Kop kolommen={['Jaar', 'Sector', 'Kader', 'Uitgaven', 'Stand']} />
          <tbody class="utrecht-table__body">
            {d.kaders.map((k) => (
              <tr class="utrecht-table__row">
                {td(String(k.jaar), false)}
                {td(k.sector, false)}
                {td(euroMln(k.kader))}
                {td(k.uitgaven === null ? 'nog geen realisatie' : euroMln(k.uitgaven))}
                {td(datum(k.stand), false)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MtrPlannenEnDoorbraak d={d} />
      <ImpactVanPlannenTabel d={d.plan_impact} id="mtr-plan-impact" />
      <h2 class="utrecht-heading-2">Opties bij onvoldoende transitie</h2>
      <MtrOpties d={d} />
    </Pagina>
  );
}
