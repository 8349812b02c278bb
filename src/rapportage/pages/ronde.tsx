// One reporting round: its state, the actions on it and the report inline.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { mag } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { RAPPORT_CSS, RapportInhoud } from '../rapport.js';
import type { RapportGegevens } from '../gegevens.js';
import { type Ronde } from '../rondes.js';
import { STATUS_TEKST, Csrf } from './onderdelen.js';

export function RondePagina(p: {
  gebruiker: Gebruiker | null;
  csrf: string;
  gegevens: RapportGegevens;
  ronde: Ronde | null;
  heeftPublicatie: boolean;
  melding?: string;
  fout?: string;
}): VNode {
  const { ronde, gegevens: g } = p;
  const kanRedigeren = ronde?.status === 'open' && mag(p.gebruiker, 'rondes.redigeren');
  const kanVaststellen = ronde?.status === 'open' && mag(p.gebruiker, 'rondes.vaststellen');
  const kanPubliceren = ronde?.status === 'vastgesteld' && mag(p.gebruiker, 'rondes.vaststellen');
  const basis = `/rapportages/${g.peildatum}`;
  return (
    <Pagina
      titel={`${g.titel}, peildatum ${datum(g.peildatum)}`}
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: datum(g.peildatum) }]}
    >
      <style dangerouslySetInnerHTML={{ __html: RAPPORT_CSS }} />
      <div class="am-rondekop">
        <p>
          {ronde ? (
            <>
              Rapportageronde <strong>{ronde.titel}</strong>: {STATUS_TEKST[ronde.status]}
              {ronde.status === 'open' ? ' (de rapportage hieronder is een voorbeeld met de concepten)' : ''}.
            </>
          ) : (
            <>Er is geen rapportageronde voor deze peildatum; de rapportage rust op {g.cijfers_herkomst.soort === 'snapshot' ? 'de gepubliceerde cijfers' : 'de cijfers berekend uit de gegevens'}.</>
          )}
        </p>
        {p.melding ? (
          <p class="utrecht-alert utrecht-alert--ok" role="status">
            {p.melding}
          </p>
        ) : null}
        {p.fout ? (
          <p class="utrecht-alert utrecht-alert--error" role="alert">
            {p.fout}
          </p>
        ) : null}
        <ul class="am-acties">
          <li>
            <a href={`${basis}/rapport.pdf`}>Download als PDF</a>
          </li>
          <li>
            <a href={`${basis}/rapport.html`}>Losse HTML-versie</a>
          </li>
          <li>
            <a href={`${basis}/kerncijfers.json`}>Kerncijfers (JSON)</a>
          </li>
          <li>
            <a href={`${basis}/kerncijfers.csv`}>Kerncijfers (CSV)</a>
          </li>
          <li>
            <a href={`${basis}/vergelijking`}>Wat is er veranderd</a>
          </li>
          {kanRedigeren ? (
            <li>
              <a href={`${basis}/bewerken`}>Teksten schrijven</a>
            </li>
          ) : null}
        </ul>
        {kanVaststellen && ronde ? (
          <form method="post" action={`${basis}/vaststellen`} class="am-formulier">
            <Csrf csrf={p.csrf} />
            <input type="hidden" name="versie" value={String(ronde.versie)} />
            <fieldset class="utrecht-form-fieldset">
              <legend class="utrecht-form-fieldset__legend">Ronde vaststellen</legend>
              <p>
                Vaststellen bevriest de kerncijfers (als snapshot) en de teksten. Latere wijzigingen in de gegevens veranderen deze rapportage daarna niet meer.
              </p>
              {p.heeftPublicatie ? (
                <div class="utrecht-form-field">
                  <p class="utrecht-form-label">Welke kerncijfers?</p>
                  <label>
                    <input type="radio" name="cijfers" value="gepubliceerd" checked /> De gepubliceerde cijfers van deze peildatum overnemen
                  </label>
                  <br />
                  <label>
                    <input type="radio" name="cijfers" value="berekend" /> Berekenen uit de gegevens op de peildatum (wordt een correctie op de publicatie)
                  </label>
                </div>
              ) : (
                <input type="hidden" name="cijfers" value="berekend" />
              )}
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                Vaststellen
              </button>
            </fieldset>
          </form>
        ) : null}
        {kanPubliceren && ronde ? (
          <form method="post" action={`${basis}/publiceren`} class="am-formulier">
            <Csrf csrf={p.csrf} />
            <input type="hidden" name="versie" value={String(ronde.versie)} />
            <p>Publiceren maakt de vastgestelde rapportage openbaar (ook voor bezoekers die niet zijn ingelogd).</p>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Publiceren
            </button>
          </form>
        ) : null}
      </div>
      <RapportInhoud g={g} modus="html" />
    </Pagina>
  );
}
