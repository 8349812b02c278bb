// The list of transformatieplannen. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, getal, LEEG } from '../../platform/formaat.js';
import { PLAN_STATUSSEN, type Datum } from '../../domein/begrippen.js';
import type { PlanStandRij } from '../store/index.js';
import { BASIS, type Basis, type LijstFilter, LijstFilterFormulier, PeildatumKeuze, StatusLabel, Subnav, Tabel, csvLink, metPeildatum } from './onderdelen.js';

export function PlannenLijstPagina(p: Basis & { peildatum: Datum; plannen: PlanStandRij[]; filter: LijstFilter }): VNode {
  return (
    <Pagina titel="Transformatieplannen" actief="transformatie" kruimels={[...BASIS, { label: 'Transformatieplannen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Transformatieplannen</h1>
      <Subnav actief="plannen" peildatum={p.peildatum} vandaag={p.vandaag} />
      <p class="utrecht-paragraph">Een plan dient u in vanaf de pagina van een goedgekeurde snelle toets van uw organisatie.</p>
      <PeildatumKeuze peildatum={p.peildatum} actie="/transformatie/plannen" vandaag={p.vandaag} />
      <LijstFilterFormulier actie="/transformatie/plannen" filter={p.filter} statussen={PLAN_STATUSSEN} peildatum={p.peildatum} />
      <p class="utrecht-paragraph">
        {getal(p.plannen.length)} {p.plannen.length === 1 ? 'plan' : 'plannen'}.{' '}
        <a class="utrecht-link" href={csvLink('/transformatie/plannen', p.peildatum, p.filter)} download>
          Download deze lijst als CSV
        </a>
      </p>
      <Tabel
        titel={`Transformatieplannen op ${datum(p.peildatum)}`}
        kop={['Id', 'Titel', 'Status', 'Status sinds', 'Snelle toets', 'Aangevraagd', 'Beschikbaar gesteld', 'NZa-beschikking', 'Ventiel']}
        getalKolommen={[5, 6]}
        rijen={p.plannen.map((x) => [
          <a href={metPeildatum(`/transformatie/plannen/${encodeURIComponent(x.id)}`, p.peildatum, p.vandaag)}>{x.id}</a>,
          x.titel ?? LEEG,
          <StatusLabel status={x.status} />,
          <span class="am-nowrap">{datum(x.status_datum)}</span>,
          x.snelle_toets_id ? <a href={metPeildatum(`/transformatie/toetsen/${encodeURIComponent(x.snelle_toets_id)}`, p.peildatum, p.vandaag)}>{x.snelle_toets_id}</a> : LEEG,
          <span class="am-nowrap">{euro(x.bedrag_aangevraagd_eur)}</span>,
          <span class="am-nowrap">{euro(x.bedrag_beschikbaar_gesteld_eur)}</span>,
          x.nza_beschikking_datum ? <span class="am-nowrap">{`${datum(x.nza_beschikking_datum)}, ${euro(x.nza_bedrag_eur)}`}</span> : LEEG,
          x.ventiel ? 'ja' : LEEG,
        ])}
      />
    </Pagina>
  );
}
