// Access: loads the user of the request (session cookie or personal API token), CSRF on every form,
// rate limiting of the login, and the login/logout and beheer pages.
//
// CSRF: `@fastify/csrf-protection` with the secret in an HttpOnly cookie (`_csrf`) that is bound to
// the session (its sha256 is stored with the session; a cookie that does not match is replaced, so a
// planted secret never works). Routes say `onRequest: app.csrfProtection`; the check itself runs in
// the first preHandler, after the body is parsed (the token travels as the form field `_csrf`, or the
// header `x-csrf-token`, or for multipart forms the query parameter `_csrf`). Requests authenticated
// with a bearer token carry no cookies and need no CSRF token. State-changing /api/ requests ignore
// the session cookie: API writes need a token.
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { type Handeling } from '../domein/beleid.js';
import { handelingVan, vereist } from '../platform/web/toegangscontrole.js';
import { sha256, willekeurigToken } from './geheimen.js';
import { bindCsrf, cookieOpties, CSRF_COOKIE, SESSIE_COOKIE, sessieVan } from './sessies.js';
export { CSRF_COOKIE, cookieOpties };
import { tokenGebruiker } from './tokens.js';
import { databaseLimieten } from './limieten.js';
import { inlogRoutes } from './routes/inloggen.js';
import { wachtwoordRoutes } from './routes/wachtwoord.js';
import { beheerRoutes } from './routes/beheer.js';
import { eersteBeheerderRoutes } from './routes/eerste-beheerder.js';

const SCHRIJVEND = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface GeregistreerdeRoute {
  method: string;
  url: string;
  /** The handeling named by `vereist(...)` in the route's preHandler; undefined when none. */
  handeling: Handeling | undefined;
  /** Whether the route has app.csrfProtection (onRequest, preValidation or preHandler). */
  csrf: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered after the access plugin, with its handeling and CSRF (the authorisation-matrix test reads this). */
    toegangRoutes: GeregistreerdeRoute[];
  }
  interface FastifyRequest {
    /** sha256 of the session token when the request came with a valid session cookie. */
    sessieIdHash: string | null;
    /** Set by app.csrfProtection; checked in the first preHandler. */
    csrfVereist: boolean;
    /** The first preHandler has run (the body is parsed). */
    csrfGecontroleerd: boolean;
  }
}

function csrfToken(req: FastifyRequest): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const uitBody = body && typeof body === 'object' ? body._csrf : undefined;
  if (typeof uitBody === 'string') return uitBody;
  if (uitBody && typeof uitBody === 'object' && typeof (uitBody as { value?: unknown }).value === 'string') return (uitBody as { value: string }).value;
  const kop = req.headers['x-csrf-token'] ?? req.headers['csrf-token'];
  if (typeof kop === 'string') return kop;
  const q = (req.query as Record<string, unknown> | undefined)?._csrf;
  return typeof q === 'string' && (req.headers['content-type'] ?? '').startsWith('multipart/') ? q : undefined;
}

export const toegang = fp(async function toegang(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  app.decorateRequest('gebruiker', null);
  app.decorateRequest('sessieIdHash', null);
  app.decorateRequest('csrfVereist', false);
  app.decorateRequest('csrfGecontroleerd', false);
  app.decorate('toegangRoutes', [] as GeregistreerdeRoute[]);

  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: cookieOpties(config),
    getToken: csrfToken,
  });
  // counts in the database: the limit holds across instances and restarts (issue 20)
  await app.register(rateLimit, { global: false, store: databaseLimieten(db) as never });

  const echteCsrf = app.csrfProtection;
  // As onRequest (the usual place) it only marks the request: the check runs in the first preHandler,
  // once the body is parsed. Used as a route preHandler (after that point) it checks at once.
  function csrfProtection(req: FastifyRequest, reply: FastifyReply, done: () => void): void {
    if (!req.csrfGecontroleerd) {
      req.csrfVereist = true;
      return done();
    }
    if (req.gebruiker?.tokenScopes !== undefined) return done(); // bearer token: no cookies, no CSRF
    return echteCsrf.call(app, req, reply, done);
  }
  app.csrfProtection = csrfProtection;

  app.addHook('onRoute', (r: RouteOptions) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const lijst = (x: unknown): unknown[] => (Array.isArray(x) ? x : x ? [x] : []);
    const hooks = [...lijst(r.onRequest), ...lijst(r.preValidation), ...lijst(r.preHandler)];
    // Uploads: the access check and CSRF run BEFORE a multipart body is read (issue 20: an anonymous
    // client could make the server buffer 20 × 50 MB before it was told "log in"). The same checks run
    // again in the preHandler once the body is parsed; here they only stop a request early.
    const handeling = handelingVan(r.preHandler);
    r.config = { ...(r.config ?? {}), handeling } as RouteOptions['config'];
    if (handeling && methods.some((m) => SCHRIJVEND.has(m))) {
      const controle = vereist(handeling);
      const vroeg = function vroegeControle(req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void {
        if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')) return done();
        controle(req, reply).then(
          () => {
            if (reply.sent) return; // 303 to the login, 401 or 403: the body is never read
            if (!req.csrfVereist || req.gebruiker?.tokenScopes !== undefined) return done();
            // token from the query (_csrf) or a header: the body is not parsed yet; on failure it replies itself
            echteCsrf.call(app, req, reply, done);
          },
          (err: Error) => done(err),
        );
      };
      r.onRequest = [...lijst(r.onRequest), vroeg] as RouteOptions['onRequest'];
    }
    for (const m of methods) {
      if (m === 'HEAD') continue;
      app.toegangRoutes.push({
        method: m,
        url: r.url,
        handeling: handelingVan(r.preHandler),
        csrf: hooks.includes(csrfProtection),
      });
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/assets/')) return;
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const g = m ? await tokenGebruiker(db, m[1]) : null;
      if (!g) {
        return stuurProbleem(reply.header('www-authenticate', 'Bearer'), {
          title: 'Ongeldig API-token',
          status: 401,
          detail: 'Het token is onbekend, ingetrokken of verlopen. Maak een nieuw token op /beheer/tokens.',
        });
      }
      req.gebruiker = g;
      return;
    }
    const token = req.cookies[SESSIE_COOKIE];
    if (!token) return;
    if (req.url.startsWith('/api/') && SCHRIJVEND.has(req.method)) return;
    const s = await sessieVan(db, token);
    if (!s) {
      reply.clearCookie(SESSIE_COOKIE, { path: '/' });
      return;
    }
    req.gebruiker = s.gebruiker;
    req.sessieIdHash = s.id_hash;
    const geheim = req.cookies[CSRF_COOKIE];
    if (!geheim || sha256(geheim) !== s.csrf_hash) {
      // not (or no longer) the secret of this session: a fresh one, bound to it
      const nieuw = willekeurigToken(18);
      await bindCsrf(db, s.id_hash, nieuw);
      reply.setCookie(CSRF_COOKIE, nieuw, cookieOpties(config));
      req.cookies[CSRF_COOKIE] = nieuw;
    }
  });

  app.addHook('preHandler', (req, reply, done) => {
    req.csrfGecontroleerd = true;
    if (!req.csrfVereist) return done();
    if (req.gebruiker?.tokenScopes !== undefined) return done(); // bearer token: no cookies, no CSRF
    return echteCsrf.call(app, req, reply, done);
  });

  await app.register(inlogRoutes, { db, config });
  await app.register(beheerRoutes, { db, config });
  await app.register(wachtwoordRoutes, { db });
  await eersteBeheerderRoutes(app, { db });
});
