// Beheer: make a backup of the whole database and download it (works while the server runs, on
// either engine; on the embedded database this is the way, as the CLI cannot open a directory in use).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf } from '../../platform/web/formulier.js';
import type { Gebruiker } from '../../domein/beleid.js';

export function BackupPagina(p: { gebruiker: Gebruiker | null; csrf: string; engine: 'pglite' | 'postgres'; tabellen: number }): VNode {
  return (
    <Pagina titel="Backup" actief="beheer" kruimels={[{ label: 'Home', href: '/' }, { label: 'Beheer', href: '/beheer' }, { label: 'Backup' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Backup maken</h1>
      <p class="utrecht-paragraph">
        Een backup bevat alles wat het platform bewaart: alle {p.tabellen} tabellen, de rapportagerondes met hun bevroren cijfers en
        teksten, gebruikers, rollen, tokens (alleen als hash), embargo's en de auditlog. De gegevens worden in één keer consistent
        gelezen, ook terwijl anderen wijzigingen maken. Het bestand eindigt met een sha256-controlesom.
      </p>
      <p class="utrecht-paragraph">
        Database: {p.engine === 'postgres' ? 'PostgreSQL' : 'ingebouwd (PGlite)'}. Terugzetten kan op beide soorten database met{' '}
        <code>npm run cli -- restore &lt;bestand&gt;</code>.
      </p>
      <form method="post" action="/beheer/backup">
        <Csrf token={p.csrf} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Backup maken en downloaden
        </button>
      </form>
    </Pagina>
  );
}
