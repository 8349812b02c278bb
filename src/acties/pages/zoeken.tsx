// Searching actions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, getal } from '../../platform/formaat.js';
import { type ActieFilter, type ActieStand } from '../store.js';
import { type Basis, type Blad, qs, Kop, PeildatumKiezer, Downloads, ActieTabel, FilterFormulier, kruimelsBasis, BladBereik, Paginering } from './onderdelen.js';

export interface ZoekProps extends Basis {
  filter: ActieFilter;
  akkoord?: string;
  partijen: string[];
  /** The page of results shown (?pagina=N). */
  resultaten: Blad<ActieStand>;
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
            {getal(p.resultaten.totaal)} {p.resultaten.totaal === 1 ? 'actie' : 'acties'} gevonden
          </Kop>
          <BladBereik blad={p.resultaten} wat="Acties" />
          <ActieTabel lijst={p.resultaten.rijen} caption={`Zoekresultaten op ${datum(p.peildatum)}`} toonOnderdeel peildatum={p.peildatum} />
          <Paginering
            blad={p.resultaten}
            label="Pagina's met zoekresultaten"
            href={(n) =>
              `/acties/zoeken${qs({ peildatum: p.peildatum, q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord, pagina: n > 1 ? String(n) : undefined })}`
            }
          />
          <Downloads href="/acties/export" query={{ peildatum: p.peildatum, q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord }} />
        </>
      ) : null}
    </Pagina>
  );
}
