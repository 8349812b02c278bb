// One reporting round: its state, the actions on it and the report inline.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { mag } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { RAPPORT_CSS, RapportInhoud } from '../rapport.js';
import type { RapportGegevens } from '../gegevens.js';
import { cijferTekst, type Ronde } from '../rondes.js';
import type { Bewaking } from '../bewaking.js';
import { alarmen } from '../../domein/cijferbewaking.js';
import { STATUS_TEKST, Csrf } from './onderdelen.js';

export function RondePagina(p: {
  gebruiker: Gebruiker | null;
  csrf: string;
  gegevens: RapportGegevens;
  ronde: Ronde | null;
  heeftPublicatie: boolean;
  melding?: string;
  fout?: string;
  /** Before fixing: the computed figures beside the previous publication. */
  bewaking?: Bewaking;
  invoer?: Record<string, string>;
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
              {p.bewaking ? <CijferBewaking bewaking={p.bewaking} invoer={p.invoer} /> : null}
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
        {kanVaststellen && ronde ? (
          <form method="post" action={`${basis}/verwijderen`} class="am-formulier">
            <Csrf csrf={p.csrf} />
            <input type="hidden" name="versie" value={String(ronde.versie)} />
            <p>Deze ronde is nog een concept. Verwijderen haalt de ronde en haar conceptteksten weg; gepubliceerde rapportages blijven staan.</p>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              Conceptronde verwijderen
            </button>
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

/** The figures a fixed round would get, beside the previous publication, with the confirmation a fall needs. */
function CijferBewaking({ bewaking, invoer }: { bewaking: Bewaking; invoer?: Record<string, string> }): VNode {
  const verdacht = alarmen(bewaking.cijfers);
  const leeg = bewaking.cijfers.some((c) => c.legeRegister);
  const teken = (n: number | null) => (n === null ? '' : n > 0 ? '+' : n < 0 ? '−' : '±');
  return (
    <div class="am-bewaking">
      <h2 class="utrecht-heading-3">Berekende cijfers naast de vorige publicatie</h2>
      {bewaking.vorige ? (
        <p>
          Vergeleken met de publicatie van {datum(bewaking.vorige.peildatum)} ({bewaking.vorige.bron}).
        </p>
      ) : (
        <p>Er is geen eerdere publicatie om mee te vergelijken.</p>
      )}
      <div class="am-tabel-scroll" tabindex={0} role="region" aria-label="Cijfers naast de vorige publicatie">
        <table class="utrecht-table am-tabel">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">Cijfer</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Vorige publicatie</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Nu berekend</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Verschil</th>
              <th class="utrecht-table__header-cell" scope="col">Let op</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {bewaking.cijfers.map((c) => (
              <tr class="utrecht-table__row" data-cijfer={c.sleutel}>
                <th class="utrecht-table__header-cell" scope="row">{c.label}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{cijferTekst(c, c.vorige)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{cijferTekst(c, c.nieuw)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{c.verschil === null ? '' : `${teken(c.verschil)}${cijferTekst(c, Math.abs(c.verschil))}`}</td>
                <td class="utrecht-table__cell">
                  {[c.alarm === 'nul' ? 'valt naar nul' : c.alarm === 'daling' ? 'daalt sterk' : '', c.legeRegister ? `register ${c.register.replace('_', ' ')} is leeg` : '']
                    .filter(Boolean)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {leeg ? (
        <p>
          Een leeg register telt als nul. Vul het register eerst met <code>npm run cli -- import &lt;map met bestanden&gt;</code> of via de invoerschermen
          (<a href="/transformatie">Transformatie</a>, <a href="/acties">Acties</a>), of stel de ronde vast met de gepubliceerde cijfers van deze
          peildatum als die er zijn.
        </p>
      ) : null}
      {verdacht.length > 0 ? (
        <div class="utrecht-form-field">
          <p class="utrecht-alert utrecht-alert--warning" role="note">
            {verdacht.length === 1 ? '1 cijfer valt' : `${verdacht.length} cijfers vallen`} naar nul of dalen sterk. Vaststellen kan alleen met een uitdrukkelijke bevestiging; die
            komt met uw reden in het auditlog.
          </p>
          <label>
            <input type="checkbox" name="bevestig" value="ja" checked={invoer?.bevestig === 'ja'} /> Ik bevestig dat deze cijfers kloppen
          </label>
          <label class="utrecht-form-label" for="bevestiging">
            Reden
          </label>
          <textarea class="utrecht-textarea" id="bevestiging" name="bevestiging" rows={2}>
            {invoer?.bevestiging ?? ''}
          </textarea>
        </div>
      ) : null}
    </div>
  );
}
