// The login page.
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf, FoutSamenvatting, Veld, type Fouten } from '../../platform/web/formulier.js';

export function InlogPagina(p: { csrf: string; email: string; terug: string; fouten: Fouten; melding?: string }) {
  return (
    <Pagina titel="Inloggen" gebruiker={null} kruimels={[{ label: 'Home', href: '/' }, { label: 'Inloggen' }]}>
      <div class="am-smal">
        <h1 class="utrecht-heading-1">Inloggen</h1>
        <p class="utrecht-paragraph">
          Log in met het e-mailadres en wachtwoord van uw account bij de Akkoordmonitor. Heeft u nog geen account? Vraag het aan bij
          de beheerder van uw organisatie of bij VWS.
        </p>
        {p.melding ? (
          <div class="utrecht-alert utrecht-alert--info" role="status">
            <div class="utrecht-alert__content">{p.melding}</div>
          </div>
        ) : null}
        <FoutSamenvatting fouten={p.fouten} titel="Inloggen is niet gelukt" />
        <form method="post" action="/inloggen" class="am-formulier" novalidate>
          <Csrf token={p.csrf} />
          <input type="hidden" name="terug" value={p.terug} />
          <Veld naam="email" label="E-mailadres" type="email" waarde={p.email} autocomplete="username" fouten={p.fouten} verplicht />
          <Veld naam="wachtwoord" label="Wachtwoord" type="password" autocomplete="current-password" fouten={p.fouten} verplicht />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Inloggen
          </button>
        </form>
      </div>
    </Pagina>
  );
}
