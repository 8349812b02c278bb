// Beheer: personal API tokens of the signed-in user.
import type { Db } from '../../platform/db.js';
import { datum } from '../../platform/formaat.js';
import { HANDELING_OMSCHRIJVING, mag, type Gebruiker } from '../../domein/beleid.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import { tokensVan, toegestaneScopes } from '../tokens.js';
import { tijdstip } from './onderdelen.js';

export async function TokensPagina(db: Db, g: Gebruiker, csrf: string, p: { fouten: Fouten; naam?: string; scopes?: string[]; nieuwToken?: string; melding?: string }) {
  const tokens = await tokensVan(db, g.id);
  const mogelijk = toegestaneScopes({ ...g, tokenScopes: undefined });
  return (
    <>
      <h1 class="utrecht-heading-1">Mijn API-tokens</h1>
      <p class="utrecht-paragraph">
        Met een persoonlijk API-token kan een systeem namens u de API gebruiken, met de kop <code>Authorization: Bearer am_…</code>.
        Een token mag nooit meer dan uw rollen, en alleen de handelingen die u kiest. U ziet het token één keer; bewaar het veilig.
      </p>
      {p.nieuwToken ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">Het token is aangemaakt. Kopieer het nu, het wordt niet opnieuw getoond:</p>
            <p class="utrecht-paragraph">
              <code class="am-token" data-testid="nieuw-token">
                {p.nieuwToken}
              </code>
            </p>
          </div>
        </div>
      ) : null}
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <div class="am-tabel-scroll">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Uw tokens</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">Naam</th>
              <th scope="col" class="utrecht-table__header-cell">Begint met</th>
              <th scope="col" class="utrecht-table__header-cell">Handelingen</th>
              <th scope="col" class="utrecht-table__header-cell">Aangemaakt</th>
              <th scope="col" class="utrecht-table__header-cell">Laatst gebruikt</th>
              <th scope="col" class="utrecht-table__header-cell">Status</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tokens.length === 0 ? (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" colSpan={6}>
                  U heeft nog geen tokens.
                </td>
              </tr>
            ) : null}
            {tokens.map((t) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {t.naam}
                </th>
                <td class="utrecht-table__cell">
                  <code>{t.prefix}…</code>
                </td>
                <td class="utrecht-table__cell">{t.scopes.join(', ')}</td>
                <td class="utrecht-table__cell">{tijdstip(t.aangemaakt_op)}</td>
                <td class="utrecht-table__cell">{tijdstip(t.laatst_gebruikt_op)}</td>
                <td class="utrecht-table__cell">
                  {t.ingetrokken_op ? (
                    `ingetrokken ${tijdstip(t.ingetrokken_op)}`
                  ) : (
                    <form method="post" action={`/beheer/tokens/${t.id}/intrekken`}>
                      <Csrf token={csrf} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={`Token ${t.naam} intrekken`}>
                        Intrekken
                      </button>
                    </form>
                  )}
                  {t.verloopt_op && !t.ingetrokken_op ? ` (verloopt ${datum(t.verloopt_op)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" id="nieuw">
        Nieuw token
      </h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/tokens" class="am-formulier" novalidate>
        <Csrf token={csrf} />
        <Veld naam="naam" label="Naam" waarde={p.naam} fouten={p.fouten} hint="Waarvoor is het token? Bijv. 'ZN-levering snelle toetsen'." />
        <fieldset class="utrecht-form-fieldset am-keuzes" id="veld-scopes">
          <legend class="utrecht-form-fieldset__legend">Handelingen</legend>
          {p.fouten.scopes ? <div class="utrecht-form-field-error-message">{p.fouten.scopes}</div> : null}
          {mogelijk.map((h) => (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`scope-${h}`} name="scopes" value={h} checked={p.scopes?.includes(h)} />{' '}
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={`scope-${h}`}>
                {HANDELING_OMSCHRIJVING[h]} <span class="am-code">({h})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <Veld naam="verloopt_op" label="Vervaldatum (optioneel)" type="date" fouten={p.fouten} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Token aanmaken
        </button>
      </form>
    </>
  );
}
