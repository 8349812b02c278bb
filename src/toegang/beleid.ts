// Who may do what: one policy table, used by pages and API alike (every route names its handeling).
import type { FastifyReply, FastifyRequest } from 'fastify';

export const ROLLEN = [
  'beheerder',
  'vws-redactie',
  'bo-lid',
  'thematafel-secretaris',
  'indiener',
  'coordinerend-verzekeraar',
  'verzekeraar',
  'nza',
  'lezer',
] as const;
export type Rol = (typeof ROLLEN)[number];

export interface Gebruiker {
  id: number;
  email: string;
  naam: string;
  organisatie_id: number;
  organisatie_naam: string;
  rollen: Rol[];
  /** Onderdelen (thematafel letters / AZWA codes) a thematafel-secretaris is responsible for. */
  onderdelen: string[];
  /** Set when the request came with a personal API token: its scopes. */
  tokenScopes?: string[];
}

/** Everyone logged in may read; 'publiek' also without login. */
const INGELOGD: readonly Rol[] = ROLLEN;

export const BELEID = {
  'publiek.lezen': 'publiek',
  'kerncijfers.lezen': 'publiek',
  'dashboard.lezen': 'publiek',
  'intern.lezen': INGELOGD,
  'embargo.lezen': ['beheerder', 'vws-redactie', 'bo-lid'],
  'concept.lezen': ['beheerder', 'vws-redactie', 'bo-lid'],
  'import.uitvoeren': ['beheerder', 'vws-redactie', 'verzekeraar', 'coordinerend-verzekeraar'],
  'acties.status-wijzigen': ['beheerder', 'thematafel-secretaris'],
  'acties.beheren': ['beheerder'],
  'toetsen.indienen': ['indiener'],
  'toetsen.beoordelen': ['beheerder', 'coordinerend-verzekeraar'],
  'plannen.indienen': ['indiener'],
  'plannen.beoordelen': ['beheerder', 'coordinerend-verzekeraar'],
  'plannen.vragen': ['verzekeraar', 'coordinerend-verzekeraar'],
  'kpis.beheren': ['beheerder', 'coordinerend-verzekeraar', 'verzekeraar'],
  'nza.beschikken': ['beheerder', 'nza'],
  'kaders.beheren': ['beheerder', 'vws-redactie'],
  'indicatoren.beheren': ['beheerder', 'vws-redactie', 'verzekeraar', 'nza'],
  'rondes.redigeren': ['beheerder', 'vws-redactie', 'thematafel-secretaris'],
  'rondes.vaststellen': ['beheerder', 'vws-redactie'],
  'gebruikers.beheren': ['beheerder'],
  'audit.lezen': ['beheerder'],
  'tokens.beheren': INGELOGD,
} as const satisfies Record<string, readonly Rol[] | 'publiek'>;

export type Handeling = keyof typeof BELEID;

export function mag(g: Gebruiker | null, handeling: Handeling): boolean {
  const regel = BELEID[handeling] as readonly Rol[] | 'publiek';
  if (regel === 'publiek') return true;
  if (!g) return false;
  if (g.tokenScopes && !g.tokenScopes.includes(handeling) && !g.tokenScopes.includes('*')) return false;
  return g.rollen.some((r) => regel.includes(r));
}

/** A thematafel secretary changes only the onderdelen that are theirs; a beheerder all. */
export function magOnderdeel(g: Gebruiker | null, onderdeel: string): boolean {
  if (!g) return false;
  if (g.rollen.includes('beheerder')) return true;
  return g.rollen.includes('thematafel-secretaris') && g.onderdelen.includes(onderdeel);
}

declare module 'fastify' {
  interface FastifyRequest {
    gebruiker: Gebruiker | null;
  }
}

function wilHtml(req: FastifyRequest): boolean {
  return !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
}

/**
 * preHandler for a route: no session → login (pages) or 401 (API); not allowed → 403.
 * Every route of the app names exactly one handeling through this function.
 */
export function vereist(handeling: Handeling) {
  return async function controleer(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (mag(req.gebruiker, handeling)) return;
    if (!req.gebruiker) {
      if (wilHtml(req) || req.method === 'POST' && !req.url.startsWith('/api/')) {
        return reply.redirect(`/inloggen?terug=${encodeURIComponent(req.url)}`, 303);
      }
      return reply.code(401).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Niet ingelogd',
        status: 401,
        detail: 'Log in of gebruik een persoonlijk API-token.',
      });
    }
    return reply.code(403).type(wilHtml(req) ? 'text/html; charset=utf-8' : 'application/problem+json').send(
      wilHtml(req)
        ? `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Geen toegang</title></head><body><h1>Geen toegang</h1><p>U heeft niet de rol die nodig is voor deze pagina.</p><p><a href="/">Naar het dashboard</a></p></body></html>`
        : { type: 'about:blank', title: 'Geen toegang', status: 403, detail: `Uw rol geeft geen recht op "${handeling}".` },
    );
  };
}
