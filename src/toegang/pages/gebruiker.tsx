// Beheer: one user, its roles, onderdelen and active flag.
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import { type GebruikerRij } from '../gebruikers.js';
import { tijdstip, Rollen, RolKeuze } from './onderdelen.js';

export function GebruikerPagina(p: { csrf: string; g: GebruikerRij; rollen: string[]; onderdelen: string; actief: boolean; versie: number; fouten: Fouten; opgeslagen?: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{p.g.naam}</h1>
      {p.opgeslagen ? <Melding soort="ok">De wijziging is opgeslagen.</Melding> : null}
      <dl class="utrecht-data-list am-gegevens">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">E-mailadres</dt>
          <dd class="utrecht-data-list__item-value">{p.g.email}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Organisatie</dt>
          <dd class="utrecht-data-list__item-value">{p.g.organisatie_naam}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Aangemaakt</dt>
          <dd class="utrecht-data-list__item-value">{tijdstip(p.g.aangemaakt_op)}</dd>
        </div>
      </dl>
      <h2 class="utrecht-heading-2">Rollen wijzigen</h2>
      <FoutSamenvatting fouten={p.fouten} titel={p.fouten.versie ? 'Niet opgeslagen: de gebruiker is intussen gewijzigd' : undefined} />
      <form method="post" action={`/beheer/gebruikers/${p.g.id}`} class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="versie" value={String(p.versie)} />
        <RolKeuze gekozen={p.rollen} fouten={p.fouten} />
        <Veld naam="onderdelen" label="Onderdelen (secretaris thematafel of trekker AZWA-afspraak)" waarde={p.onderdelen} fouten={p.fouten} hint="Gescheiden door komma's, bijv. A, G." />
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="veld-actief" name="actief" value="ja" checked={p.actief} />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="veld-actief">
            Account actief (uitzetten beëindigt alle sessies)
          </label>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
      <h2 class="utrecht-heading-2">Wachtwoord vergeten</h2>
      <p class="utrecht-paragraph">Maak een herstellink: daarmee stelt {p.g.naam} zelf een nieuw wachtwoord in. U ziet het wachtwoord nooit.</p>
      <form method="post" action={`/beheer/gebruikers/${p.g.id}/herstel`} class="am-formulier">
        <Csrf token={p.csrf} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Herstellink maken
        </button>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/beheer/audit?object=gebruiker:${p.g.id}`}>
          Wijzigingen van deze gebruiker in het auditlog
        </a>
      </p>
    </>
  );
}
