// The error page a browser gets (400, 403, 404, 409, 429, 5xx) in the frame of the app, with a way
// forward; the API keeps answering application/problem+json (problemen.ts decides which).
import type { FastifyRequest } from 'fastify';
import type { Gebruiker } from '../../domein/beleid.js';
import { Pagina, renderPagina } from './pagina.js';

/** A browser asks for a page: not under /api/, and text/html is acceptable. */
export function wilHtml(req: FastifyRequest): boolean {
  return !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
}

const VERDER: Record<number, string> = {
  400: 'Controleer het adres of de gegevens in het formulier en probeer het opnieuw.',
  401: 'Log in en probeer het opnieuw.',
  403: 'Vraag een beheerder om de juiste rol als u denkt dat dit niet klopt.',
  404: 'Misschien is de pagina verplaatst, of is het adres niet helemaal goed overgenomen.',
  409: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en bekijk de nieuwe stand.',
  413: 'Het bestand is te groot. Splits het op of neem contact op met de beheerder.',
  429: 'Wacht even en probeer het daarna opnieuw.',
};

export function foutpaginaHtml(p: { status: number; titel: string; detail?: string; gebruiker: Gebruiker | null; csrf?: string }): string {
  const verder = p.status >= 500 ? 'Probeer het over een paar minuten opnieuw. Blijft het misgaan, meld het dan aan de beheerder.' : VERDER[p.status];
  return renderPagina(
    <Pagina titel={p.titel} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">{p.titel}</h1>
      {p.detail && <p class="utrecht-paragraph">{p.detail}</p>}
      {verder && <p class="utrecht-paragraph">{verder}</p>}
      <ul class="utrecht-unordered-list">
        <li>
          <a class="utrecht-link" href="/">
            Naar het dashboard
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/rapportages">
            Naar de gepubliceerde rapportages
          </a>
        </li>
      </ul>
      <p class="utrecht-paragraph">Foutcode {p.status}</p>
    </Pagina>,
  );
}
