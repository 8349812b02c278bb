// Errors as RFC 9457 problem details (application/problem+json, in Dutch) for the API, and as a page in
// the frame of the app for a browser: one function decides, so no route sends a browser raw JSON.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { foutpaginaHtml, wilHtml } from './foutpagina.js';
import { isDatabaseOnbereikbaar } from '../db.js';

/** Retry-After of a 503 while the database is away. */
const DATABASE_WEG_SECONDEN = 5;

export interface ProbleemDetail {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extra: string]: unknown;
}

export class HttpProbleem extends Error {
  constructor(public readonly probleem: ProbleemDetail) {
    super(probleem.detail ?? probleem.title);
  }
}

export function stuurProbleem(reply: FastifyReply, p: ProbleemDetail): FastifyReply {
  if (wilHtml(reply.request)) {
    return reply
      .code(p.status)
      .type('text/html; charset=utf-8')
      .send(foutpaginaHtml({ status: p.status, titel: p.title, detail: p.detail, gebruiker: reply.request.gebruiker ?? null }));
  }
  return reply.code(p.status).type('application/problem+json').send({ type: 'about:blank', ...p });
}

export function registreerFoutafhandeling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpProbleem) return stuurProbleem(reply, err.probleem);
    if (isDatabaseOnbereikbaar(err)) {
      // the pool reconnects by itself: tell the client (and a load balancer) to try again shortly
      req.log.warn({ code: (err as { code?: string }).code }, 'database niet bereikbaar');
      return stuurProbleem(reply.header('retry-after', String(DATABASE_WEG_SECONDEN)), {
        title: 'Tijdelijk niet beschikbaar',
        status: 503,
        detail: `De database is even niet bereikbaar. Probeer het over ${DATABASE_WEG_SECONDEN} seconden opnieuw.`,
      });
    }
    if (err.validation) {
      return stuurProbleem(reply, {
        title: 'Ongeldige aanvraag',
        status: 400,
        detail: err.validation.map((v) => `${v.instancePath || v.params?.missingProperty || ''} ${v.message ?? ''}`.trim()).join('; '),
      });
    }
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'onverwachte fout');
    const titel = status === 403 ? 'Geen toegang' : status === 429 ? 'Te veel verzoeken' : status >= 500 ? 'Interne fout' : 'Ongeldige aanvraag';
    const detail =
      status >= 500
        ? 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'
        : err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET'
          ? 'Het formulier is verlopen of ongeldig (CSRF). Laad de pagina opnieuw en probeer het nog eens.'
          : err.message;
    return stuurProbleem(reply, { title: titel, status, detail });
  });
  app.setNotFoundHandler((req, reply) => {
    if (wilHtml(req)) return stuurProbleem(reply, { title: 'Pagina niet gevonden', status: 404, detail: 'Deze pagina bestaat niet.' });
    return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is niets op ${req.url}.` });
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
