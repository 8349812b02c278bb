// Reading a request and preparing a page: the CSRF token, the CSRF check of a route and the fields of a
// posted form. Every part uses these, so a form behaves the same everywhere.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Gebruiker } from '../../domein/beleid.js';
import { isIsoDatum } from '../../domein/getallen.js';
import { vandaag } from '../tijd.js';
import { stuurProbleem } from './problemen.js';

/** The CSRF token for a form on the page ('' in an app without the access plugin, e.g. a bare test app). */
export async function csrfToken(reply: FastifyReply): Promise<string> {
  const r = reply as FastifyReply & { generateCsrf?: () => string | Promise<string> };
  return typeof r.generateCsrf === 'function' ? await r.generateCsrf() : '';
}

/** The CSRF check of a route as `onRequest` options (none in an app without the access plugin). */
export function csrfBescherming(app: FastifyInstance): { onRequest?: onRequestHookHandler } {
  const c = (app as FastifyInstance & { csrfProtection?: onRequestHookHandler }).csrfProtection;
  return c ? { onRequest: c } : {};
}

/** The user and a CSRF token for the page (the logout form in the header needs it too). */
export async function paginaContext(req: FastifyRequest, reply: FastifyReply): Promise<{ gebruiker: Gebruiker | null; csrf: string }> {
  return { gebruiker: req.gebruiker, csrf: await csrfToken(reply) };
}

/**
 * A single form field as a string. A field sent more than once (a hidden default before a checkbox of
 * the same name) counts with its last value, as browsers send the fields in document order.
 */
export function veld(body: unknown, naam: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  if (Array.isArray(v)) return String(v[v.length - 1] ?? '');
  return typeof v === 'string' ? v : '';
}

/** Checkbox groups and other repeated fields: every value of the field. */
export function velden(body: unknown, naam: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' && v !== '' ? [v] : [];
}

/** Every field of a posted form except the CSRF token, single fields by the rule of `veld`. */
export function formulierVelden(body: unknown): Record<string, string> {
  const b = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(b).filter((k) => k !== '_csrf').map((k) => [k, veld(b, k)]));
}

/** The `?peildatum=` of a page (today when absent); a bad date is answered with 400 and gives null. */
export function leesPeildatum(req: FastifyRequest, reply: FastifyReply): string | null {
  const p = (req.query as { peildatum?: string }).peildatum;
  if (p === undefined || p === '') return vandaag();
  if (!isIsoDatum(p)) {
    stuurProbleem(reply, { title: 'Ongeldige peildatum', status: 400, detail: `peildatum "${p}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-05-20.` });
    return null;
  }
  return p;
}
