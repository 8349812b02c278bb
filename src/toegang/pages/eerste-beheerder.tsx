// First run: the form behind the one-time setup link that creates the first beheerder.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf, FoutSamenvatting, Veld, type Fouten } from '../../platform/web/formulier.js';

export function EersteBeheerderPagina(p: { csrf: string; actie: string; form: Record<string, string>; fouten: Fouten }): VNode {
  return (
    <Pagina titel="Eerste beheerder aanmaken" gebruiker={null} csrf={p.csrf}>
      <p class="utrecht-paragraph">
        Deze database heeft nog geen gebruikers. Maak hier de eerste beheerder; daarna werkt deze link niet meer en maakt de beheerder andere gebruikers aan
        onder Beheer.
      </p>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action={p.actie} class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <Veld naam="naam" label="Naam" waarde={p.form.naam} fouten={p.fouten} autocomplete="name" verplicht />
        <Veld naam="email" label="E-mailadres" type="email" waarde={p.form.email} fouten={p.fouten} autocomplete="email" verplicht />
        <Veld naam="organisatie" label="Organisatie" waarde={p.form.organisatie ?? 'VWS'} fouten={p.fouten} autocomplete="organization" verplicht />
        <Veld
          naam="wachtwoord"
          label="Wachtwoord"
          type="password"
          hint="Minstens 12 tekens; een zin van enkele woorden is goed te onthouden."
          fouten={p.fouten}
          autocomplete="new-password"
          verplicht
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Beheerder aanmaken
        </button>
      </form>
    </Pagina>
  );
}
