// Password pages: change your own (current + new twice), set a new one through a reset link, and the
// page on which a beheerder sees a reset link once.
import type { Gebruiker } from '../../domein/beleid.js';
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import { MIN_WACHTWOORD_LENGTE } from '../geheimen.js';

const HINT = `Minstens ${MIN_WACHTWOORD_LENGTE} tekens en geen veelgebruikt of gelekt wachtwoord. Een zin van vier losse woorden werkt goed.`;

export function WachtwoordWijzigenPagina(p: { gebruiker: Gebruiker; csrf: string; fouten: Fouten; gewijzigd?: boolean }) {
  return (
    <Pagina titel="Wachtwoord wijzigen" actief="beheer" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'Wachtwoord wijzigen' }]}>
      <div class="am-smal">
        <h1 class="utrecht-heading-1">Wachtwoord wijzigen</h1>
        {p.gewijzigd ? <Melding soort="ok">Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.</Melding> : null}
        <FoutSamenvatting fouten={p.fouten} titel="Het wachtwoord is niet gewijzigd" />
        <form method="post" action="/account/wachtwoord" class="am-formulier" novalidate>
          <Csrf token={p.csrf} />
          <Veld naam="huidig" label="Huidig wachtwoord" type="password" autocomplete="current-password" fouten={p.fouten} verplicht />
          <Veld naam="nieuw" label="Nieuw wachtwoord" type="password" autocomplete="new-password" hint={HINT} fouten={p.fouten} verplicht />
          <Veld naam="herhaal" label="Nieuw wachtwoord nog een keer" type="password" autocomplete="new-password" fouten={p.fouten} verplicht />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Wachtwoord wijzigen
          </button>
        </form>
      </div>
    </Pagina>
  );
}

export function HerstelPagina(p: { csrf: string; actie: string; email: string; fouten: Fouten }) {
  return (
    <Pagina titel="Nieuw wachtwoord instellen" gebruiker={null} kruimels={[{ label: 'Home', href: '/' }, { label: 'Nieuw wachtwoord' }]}>
      <div class="am-smal">
        <h1 class="utrecht-heading-1">Nieuw wachtwoord instellen</h1>
        <p class="utrecht-paragraph">Kies een nieuw wachtwoord voor {p.email}. Deze link werkt één keer.</p>
        <FoutSamenvatting fouten={p.fouten} titel="Het wachtwoord is niet ingesteld" />
        <form method="post" action={p.actie} class="am-formulier" novalidate>
          <Csrf token={p.csrf} />
          <input type="hidden" name="email" value={p.email} autocomplete="username" />
          <Veld naam="nieuw" label="Nieuw wachtwoord" type="password" autocomplete="new-password" hint={HINT} fouten={p.fouten} verplicht />
          <Veld naam="herhaal" label="Nieuw wachtwoord nog een keer" type="password" autocomplete="new-password" fouten={p.fouten} verplicht />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Wachtwoord instellen
          </button>
        </form>
      </div>
    </Pagina>
  );
}

export function HerstelLinkInhoud(p: { email: string; link: string; uren: number }) {
  return (
    <div class="am-smal">
      <h1 class="utrecht-heading-1">Herstellink voor {p.email}</h1>
      <Melding soort="info">
        Geef deze link aan {p.email}, bij voorkeur via een ander kanaal dan de e-mail van het account. Hij werkt één keer en {p.uren} uur
        lang; u ziet hem alleen nu. Een nieuwe link maakt deze ongeldig.
      </Melding>
      <p class="utrecht-paragraph">
        <code class="am-token">{p.link}</code>
      </p>
    </div>
  );
}
