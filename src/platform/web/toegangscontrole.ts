// The preHandler that applies the access policy (domein/beleid.ts) to a route: login, 401 or 403.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BELEID, mag, type Gebruiker, type Handeling } from '../../domein/beleid.js';
import { geenToegangHtml } from './weigering.js';

declare module 'fastify' {
  interface FastifyRequest {
    gebruiker: Gebruiker | null;
  }
}

function wilHtml(req: FastifyRequest): boolean {
  return !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
}

/** A preHandler made by `vereist`: carries its handeling, so the app can check that every route names one. */
export type Controle = ((req: FastifyRequest, reply: FastifyReply) => Promise<void>) & { handeling: Handeling };

/**
 * preHandler for a route: no session → login (pages) or 401 (API); not allowed → 403.
 * Every route of the app names exactly one handeling through this function.
 */
export function vereist(handeling: Handeling) {
  const controleer = async function controleer(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (mag(req.gebruiker, handeling)) return;
    if (!req.gebruiker) {
      if (wilHtml(req) || (req.method !== 'GET' && req.method !== 'HEAD' && !req.url.startsWith('/api/'))) {
        return reply.redirect(`/inloggen?terug=${encodeURIComponent(req.method === 'GET' ? req.url : '/')}`, 303);
      }
      return reply.code(401).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Niet ingelogd',
        status: 401,
        detail: 'Log in of gebruik een persoonlijk API-token.',
      });
    }
    const viaToken = req.gebruiker.tokenScopes !== undefined && req.gebruiker.rollen.some((r) => (BELEID[handeling] as readonly string[]).includes(r));
    const detail = viaToken
      ? `Dit API-token heeft geen recht op "${handeling}".`
      : `Uw rol geeft geen recht op "${handeling}".`;
    return reply.code(403).type(wilHtml(req) ? 'text/html; charset=utf-8' : 'application/problem+json').send(
      wilHtml(req) ? geenToegangHtml(req.gebruiker, handeling) : { type: 'about:blank', title: 'Geen toegang', status: 403, detail },
    );
  } as Controle;
  controleer.handeling = handeling;
  return controleer;
}

/** The handeling a route's preHandler names (undefined when the route has no `vereist`); kept in the route's config by the access plugin. */
export function handelingVan(preHandler: unknown): Handeling | undefined {
  const lijst = Array.isArray(preHandler) ? preHandler : preHandler ? [preHandler] : [];
  for (const f of lijst) if (typeof f === 'function' && typeof (f as Partial<Controle>).handeling === 'string') return (f as Controle).handeling;
  return undefined;
}

/**
 * Cache-Control for an answer (issue 20): `no-store` for anything a session or token asked for and for
 * every route that is not public (also a 404); public answers to anonymous visitors keep what they
 * have (undefined). So a shared computer or proxy keeps nothing internal.
 */
export function geenOpslag(req: FastifyRequest): string | undefined {
  if (req.url.startsWith('/assets/')) return undefined;
  const handeling = (req.routeOptions.config as { handeling?: Handeling } | undefined)?.handeling;
  const openbaar = handeling !== undefined && BELEID[handeling] === 'publiek';
  if (req.gebruiker || req.headers.authorization !== undefined || !openbaar) return 'no-store';
  return undefined;
}
