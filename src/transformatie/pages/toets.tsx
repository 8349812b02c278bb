// The detail page of a snelle toets: properties, timeline and action forms. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, LEEG } from '../../platform/formaat.js';
import { type Datum } from '../../domein/begrippen.js';
import { type ToetsActie } from '../../domein/workflow.js';
import type { Handeling, LogRij, PlanStandRij, ToetsStand } from '../store/index.js';
import {
  ActieFormulier,
  BASIS,
  Basis,
  Eigenschappen,
  Formulierfout,
  Foutsamenvatting,
  Melding,
  PeildatumKeuze,
  Tijdlijn,
  VerledenMelding,
  lijstTekst,
  metPeildatum, Handelingen } from './onderdelen.js';

export function ToetsDetailPagina(
  p: Basis & {
    toets: ToetsStand;
    peildatum: Datum;
    acties: ToetsActie[];
    log: LogRij[];
    handelingen: Handeling[];
    plannen: PlanStandRij[];
    magPlan: boolean;
    fout?: Formulierfout;
    melding?: string;
  },
): VNode {
  const t = p.toets;
  const href = `/transformatie/toetsen/${encodeURIComponent(t.id)}`;
  const actueel = p.peildatum === p.vandaag;
  const indienerActies: string[] = ['opnieuw_indienen', 'heropenen'];
  return (
    <Pagina titel={`Snelle toets ${t.id}`} actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen', href: '/transformatie/toetsen' }, { label: t.id }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">
        Snelle toets {t.id}: {t.titel}
      </h1>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      {p.fout && !p.acties.includes(p.fout.formulier as ToetsActie) ? <Foutsamenvatting fout={p.fout} /> : null}
      <VerledenMelding peildatum={p.peildatum} vandaag={p.vandaag} href={href} />
      <PeildatumKeuze peildatum={p.peildatum} actie={href} vandaag={p.vandaag} />
      <Eigenschappen
        rijen={[
          ['Status', <>{t.status ?? 'zonder status'} (sinds {datum(t.status_datum)})</>],
          ['Ingediend op', datum(t.ingediend_op)],
          ['Indiener', t.indiener_organisatie_naam ?? 'onbekend (geïmporteerd)'],
          ['Coördinerend zorgverzekeraar', t.coordinerend_verzekeraar ?? LEEG],
          ['Sectoren', lijstTekst(t.sectoren)],
          ['Regio’s', lijstTekst(t.regios)],
          ['Thema’s', lijstTekst(t.themas)],
          ['Gevraagd bedrag', euro(t.gevraagd_bedrag_eur)],
          ...(t.omschrijving ? ([['Omschrijving', t.omschrijving]] as [string, ComponentChildren][]) : []),
          ...(t.uitzondering_toelichting ? ([['Ingediend na de sluiting, uitzondering', t.uitzondering_toelichting]] as [string, ComponentChildren][]) : []),
        ]}
      />
      {p.plannen.length > 0 ? (
        <p class="utrecht-paragraph">
          Transformatieplan:{' '}
          {p.plannen.map((x) => (
            <a href={metPeildatum(`/transformatie/plannen/${encodeURIComponent(x.id)}`, p.peildatum, p.vandaag)}>
              {x.id} ({x.status})
            </a>
          ))}
        </p>
      ) : t.status === 'Goedgekeurd' ? (
        <p class="utrecht-paragraph">Deze goedgekeurde snelle toets is in uitwerking: er is nog geen transformatieplan ingediend.</p>
      ) : null}
      {actueel && p.magPlan && p.plannen.every((x) => x.status === 'Afgekeurd') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button utrecht-button--primary-action" href={`/transformatie/plannen/nieuw?toets=${encodeURIComponent(t.id)}`}>
            Transformatieplan indienen
          </a>
        </p>
      ) : null}
      {actueel && p.acties.length > 0 ? (
        <Handelingen>
          {p.acties.map((a) => (
            <ActieFormulier actie={a} route={`${href}/${indienerActies.includes(a) ? 'indiener' : 'beoordeling'}`} csrf={p.csrf} versie={t.versie} status={t.status} fout={p.fout} />
          ))}
        </Handelingen>
      ) : null}
      <Tijdlijn log={p.log} handelingen={p.handelingen} peildatum={p.peildatum} soort="toets" />
    </Pagina>
  );
}
