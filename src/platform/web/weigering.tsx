// The 403 page in the frame of the app (a page the user's role does not give access to).
import type { Gebruiker } from '../../domein/beleid.js';
import { foutpaginaHtml } from './foutpagina.js';

export function geenToegangHtml(g: Gebruiker | null, handeling: string): string {
  return foutpaginaHtml({
    status: 403,
    titel: 'Geen toegang',
    detail: `U heeft niet de rol die nodig is voor deze pagina (${handeling}).`,
    gebruiker: g,
  });
}
