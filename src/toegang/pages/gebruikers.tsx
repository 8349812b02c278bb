// Beheer: the list of users and the form for a new user.
import type { ComponentChildren } from 'preact';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import { type GebruikerRij, ORGANISATIE_SOORTEN } from '../gebruikers.js';
import { Rollen, RolKeuze } from './onderdelen.js';

export interface NieuwFormulier {
  email: string;
  naam: string;
  organisatie: string;
  organisatie_soort: string;
  rollen: string[];
  onderdelen: string;
}

export function GebruikersPagina(p: { csrf: string; gebruikers: GebruikerRij[]; organisaties: string[]; form: NieuwFormulier; fouten: Fouten; gemaakt?: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">Gebruikers</h1>
      {p.gemaakt ? <Melding soort="ok">Gebruiker {p.gemaakt} is aangemaakt.</Melding> : null}
      <DataTabel<ComponentChildren>
        caption={`Alle gebruikers (${p.gebruikers.length})`}
        kop={['Naam', 'E-mailadres', 'Organisatie', 'Rollen', 'Onderdelen', 'Actief']}
        rijen={p.gebruikers.map((g) => [
          <a class="utrecht-link" href={`/beheer/gebruikers/${g.id}`}>
            {g.naam}
          </a>,
          g.email,
          g.organisatie_naam,
          <Rollen rollen={g.rollen} />,
          g.onderdelen.join(', ') || '–',
          g.actief ? 'ja' : 'nee',
        ])}
        tekst={(c) => c}
      />
      <h2 class="utrecht-heading-2" id="nieuw">
        Nieuwe gebruiker
      </h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/gebruikers#nieuw" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <Veld naam="naam" label="Naam" waarde={p.form.naam} fouten={p.fouten} autocomplete="off" />
        <Veld naam="email" label="E-mailadres" type="email" waarde={p.form.email} fouten={p.fouten} autocomplete="off" />
        <Veld
          naam="organisatie"
          label="Organisatie"
          waarde={p.form.organisatie}
          fouten={p.fouten}
          hint={`Naam of afkorting van een bestaande organisatie (bijv. ${p.organisaties.slice(0, 3).join(', ')}); een nieuwe naam maakt de organisatie aan.`}
        />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-organisatie_soort">
              Soort organisatie (alleen bij een nieuwe organisatie)
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-organisatie_soort" name="organisatie_soort">
              {ORGANISATIE_SOORTEN.map((s) => (
                <option value={s} selected={p.form.organisatie_soort === s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
        <RolKeuze gekozen={p.form.rollen} fouten={p.fouten} />
        <Veld
          naam="onderdelen"
          label="Onderdelen (secretaris thematafel of trekker AZWA-afspraak)"
          waarde={p.form.onderdelen}
          fouten={p.fouten}
          hint="Thematafelletters of AZWA-codes, gescheiden door komma's, bijv. A, G. Alleen voor de rollen secretaris thematafel en trekker AZWA-afspraak (die alleen AZWA-codes)."
        />
        <Veld
          naam="wachtwoord"
          label="Eerste wachtwoord"
          type="password"
          fouten={p.fouten}
          autocomplete="new-password"
          hint="Minstens 12 tekens. Geef het via een ander kanaal door."
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Gebruiker aanmaken
        </button>
      </form>
    </>
  );
}
