// The 403 page in the layout of the app (pages without the role, in Dutch).
import { Pagina, renderPagina } from './pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';

export function geenToegangHtml(g: Gebruiker | null, handeling: string): string {
  return renderPagina(
    <Pagina titel="Geen toegang" gebruiker={g}>
      <h1 class="utrecht-heading-1">Geen toegang</h1>
      <p class="utrecht-paragraph">
        U heeft niet de rol die nodig is voor deze pagina ({handeling}). Vraag een beheerder om de juiste rol als u denkt dat dit
        niet klopt.
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          Naar het dashboard
        </a>
      </p>
    </Pagina>,
  );
}
