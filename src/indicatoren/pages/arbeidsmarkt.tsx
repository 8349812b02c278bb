// /arbeidsmarkt: the labour market indicators. Every chart has a table and a CSV download.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Blok } from '../grafieken.js';
import { BlokWeergave, PeildatumFormulier, type PaginaBasis } from './onderdelen.js';

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
