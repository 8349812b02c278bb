// The list of snelle toetsen. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, getal, LEEG } from '../../platform/formaat.js';
import { TOETS_STATUSSEN, type Datum } from '../../domein/begrippen.js';
import type { ToetsStand } from '../store/index.js';
import {
  BASIS,
  Basis,
  LijstFilter,
  LijstFilterFormulier,
  Melding,
  PeildatumKeuze,
  StatusLabel,
  Subnav,
  Tabel,
  csvLink,
  lijstTekst,
  metPeildatum,
} from './onderdelen.js';

export function ToetsenLijstPagina(p: Basis & { peildatum: Datum; toetsen: ToetsStand[]; filter: LijstFilter; magIndienen: boolean; gesloten: boolean; sluiting: Datum }): VNode {
  return (
    <Pagina titel="Snelle toetsen" actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Snelle toetsen</h1>
      <Subnav actief="toetsen" peildatum={p.peildatum} vandaag={p.vandaag} />
      {p.gesloten ? (
        <Melding soort="info">
          Vanaf {datum(p.sluiting)} worden geen nieuwe snelle toetsen meer aangenomen, behalve als de coördinerend zorgverzekeraar is gemeld dat een plan bijna af is.
        </Melding>
      ) : null}
      {p.magIndienen ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action" href="/transformatie/toetsen/nieuw">
            Nieuwe snelle toets indienen
          </a>
        </p>
      ) : null}
      <PeildatumKeuze peildatum={p.peildatum} actie="/transformatie/toetsen" vandaag={p.vandaag} extra={p.filter.status ? { status: p.filter.status } : undefined} />
      <LijstFilterFormulier actie="/transformatie/toetsen" filter={p.filter} statussen={TOETS_STATUSSEN} peildatum={p.peildatum} />
      <p class="utrecht-paragraph">
        {getal(p.toetsen.length)} snelle {p.toetsen.length === 1 ? 'toets' : 'toetsen'}.{' '}
        <a class="utrecht-link" href={csvLink('/transformatie/toetsen', p.peildatum, p.filter)} download>
          Download deze lijst als CSV
        </a>
      </p>
      <Tabel
        titel={`Snelle toetsen op ${datum(p.peildatum)}`}
        kop={['Id', 'Titel', 'Status', 'Status sinds', 'Ingediend op', 'Sectoren', 'Regio’s', 'Coördinerend verzekeraar']}
        rijen={p.toetsen.map((t) => [
          <a href={metPeildatum(`/transformatie/toetsen/${encodeURIComponent(t.id)}`, p.peildatum, p.vandaag)}>{t.id}</a>,
          t.titel ?? LEEG,
          <StatusLabel status={t.status} />,
          <span class="am-nowrap">{datum(t.status_datum)}</span>,
          <span class="am-nowrap">{datum(t.ingediend_op)}</span>,
          lijstTekst(t.sectoren),
          lijstTekst(t.regios),
          t.coordinerend_verzekeraar ?? LEEG,
        ])}
      />
    </Pagina>
  );
}
