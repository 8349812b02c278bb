// Searching actions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, getal } from '../../platform/formaat.js';
import { type ActieFilter, type ActieStand } from '../store.js';
import { type Basis, Kop, PeildatumKiezer, Downloads, ActieTabel, FilterFormulier, kruimelsBasis } from './onderdelen.js';

export interface ZoekProps extends Basis {
  filter: ActieFilter;
  akkoord?: string;
  partijen: string[];
  resultaten: ActieStand[];
  gezocht: boolean;
}

export function ZoekPagina(p: ZoekProps): VNode {
  return (
    <Pagina titel="Acties zoeken" actief="acties" kruimels={[...kruimelsBasis, { label: 'Zoeken' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>Acties zoeken</Kop>
      <PeildatumKiezer basis={p} actie="/acties/zoeken" behoud={{ q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord }} />
      {p.peildatum ? (
        <>
          <FilterFormulier actie="/acties/zoeken" filter={p.filter} partijen={p.partijen} peildatum={p.peildatum} metZoekterm akkoord={p.akkoord} />
          <Kop id="resultaten">
            {getal(p.resultaten.length)} {p.resultaten.length === 1 ? 'actie' : 'acties'} gevonden
          </Kop>
          <ActieTabel lijst={p.resultaten} caption={`Zoekresultaten op ${datum(p.peildatum)}`} toonOnderdeel peildatum={p.peildatum} />
          <Downloads href="/acties/export" query={{ peildatum: p.peildatum, q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord }} />
        </>
      ) : null}
    </Pagina>
  );
}
