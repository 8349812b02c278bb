// /toegankelijkheid: the accessibility indicators (waiting times, maps).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Blok } from '../grafieken.js';
import { BlokWeergave, PeildatumFormulier, type PaginaBasis } from './onderdelen.js';

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
