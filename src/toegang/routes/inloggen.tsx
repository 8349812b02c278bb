// Login and logout routes. POST /inloggen is rate limited (per IP) and locks an address after 5
// failures for 15 minutes; a successful login starts a new session with a new CSRF secret.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db.js';
import type { Config } from '../../platform/config.js';
import { Pagina, stuurPagina } from '../../platform/web/pagina.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { Csrf, type Fouten } from '../../platform/web/formulier.js';
import { veld } from '../../platform/web/verzoek.js';
import { probeerInloggen, BLOKKADE_MINUTEN } from '../inloggen.js';
import { beeindigSessie, maakSessie, SESSIE_COOKIE, ABSOLUUT_DAGEN, CSRF_COOKIE, cookieOpties } from '../sessies.js';
import { willekeurigToken } from '../geheimen.js';
import { schrijfAudit } from '../../kern/audit.js';
import { csrfToken } from '../../platform/web/verzoek.js';
import { InlogPagina } from '../pages/inloggen.js';

/** Only local paths: no open redirect to another site. */
export function veiligeTerug(t: unknown): string {
  if (typeof t !== 'string' || !t.startsWith('/')) return '/';
  // browsers drop TAB, CR and LF inside a URL and read a backslash as a slash: "/\t/evil.example" is
  // "//evil.example" to them (issue 20). No control characters, spaces or backslashes at all, and the
  // path must stay on this origin when a browser resolves it.
  if (/[\u0000-\u0020\u007f\\]/.test(t)) return '/';
  let u: URL;
  try {
    u = new URL(t, 'https://akkoordmonitor.invalid');
  } catch {
    return '/';
  }
  if (u.origin !== 'https://akkoordmonitor.invalid' || t.startsWith('//')) return '/';
  return t.startsWith('/inloggen') || t.startsWith('/uitloggen') ? '/' : t;
}

export async function inlogRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }): Promise<void> {
  app.get('/inloggen', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    if (req.gebruiker && !req.gebruiker.tokenScopes) return reply.redirect(veiligeTerug(q.terug), 303);
    const melding = q.uitgelogd !== undefined ? 'U bent uitgelogd.' : q.terug ? 'Log in om verder te gaan.' : undefined;
    return stuurPagina(reply, <InlogPagina csrf={await csrfToken(reply)} email="" terug={veiligeTerug(q.terug)} fouten={{}} melding={melding} />);
  });

  app.post(
    '/inloggen',
    {
      preHandler: vereist('publiek.lezen'),
      onRequest: app.csrfProtection,
      config: {
        rateLimit: {
          max: 20,
          timeWindow: 60_000,
          errorResponseBuilder: (_req: unknown, ctx: { after: string }) => ({
            statusCode: 429,
            error: 'Too Many Requests',
            message: `Te veel inlogpogingen vanaf dit adres. Probeer het over ${ctx.after.replace('minute', 'minuut').replace('seconds', 'seconden')} opnieuw.`,
          }),
        },
      },
    },
    async (req, reply) => {
      const email = veld(req.body, 'email').trim();
      const wachtwoord = veld(req.body, 'wachtwoord');
      const terug = veiligeTerug(veld(req.body, 'terug'));
      const fouten: Fouten = {};
      if (!email) fouten.email = 'Vul uw e-mailadres in.';
      if (!wachtwoord) fouten.wachtwoord = 'Vul uw wachtwoord in.';
      if (Object.keys(fouten).length === 0) {
        const u = await probeerInloggen(db, email, wachtwoord, { ip: req.ip });
        if (u.ok) {
          if (req.sessieIdHash) await beeindigSessie(db, req.sessieIdHash);
          const geheim = willekeurigToken(18);
          const token = await maakSessie(db, u.gebruiker.id, geheim);
          reply.setCookie(SESSIE_COOKIE, token, { ...cookieOpties(config), maxAge: ABSOLUUT_DAGEN * 24 * 3600 });
          reply.setCookie(CSRF_COOKIE, geheim, cookieOpties(config));
          return reply.redirect(terug, 303);
        }
        if (u.reden === 'geblokkeerd') {
          const tijd = u.geblokkeerdTot ? new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(u.geblokkeerdTot) : '';
          fouten.algemeen = `Te veel mislukte pogingen met dit e-mailadres. Inloggen is ${BLOKKADE_MINUTEN} minuten geblokkeerd${tijd ? ` (tot ${tijd} uur)` : ''}.`;
        } else {
          fouten.wachtwoord = 'Het e-mailadres of het wachtwoord klopt niet.';
        }
      }
      return stuurPagina(reply, <InlogPagina csrf={await csrfToken(reply)} email={email} terug={terug} fouten={fouten} />, u429(fouten));
    },
  );

  app.get('/uitloggen', { preHandler: vereist('sessie.beeindigen') }, async (req, reply) => {
    const csrf = await csrfToken(reply);
    return stuurPagina(
      reply,
      <Pagina titel="Uitloggen" gebruiker={req.gebruiker} csrf={csrf}>
        <h1 class="utrecht-heading-1">Uitloggen</h1>
        <p class="utrecht-paragraph">Ingelogd sinds deze sessie als {req.gebruiker!.email}.</p>
        <form method="post" action="/uitloggen">
          <Csrf token={csrf} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Uitloggen
          </button>
        </form>
      </Pagina>,
    );
  });

  app.post('/uitloggen', { preHandler: vereist('sessie.beeindigen'), onRequest: app.csrfProtection }, async (req, reply) => {
    if (req.sessieIdHash) {
      const idHash = req.sessieIdHash;
      await db.transaction(async (tx) => {
        await tx.query('UPDATE sessies SET beeindigd_op = now() WHERE id_hash = $1 AND beeindigd_op IS NULL', [idHash]);
        await schrijfAudit(tx, { door: req.gebruiker!.email, actie: 'uitloggen', object_soort: 'gebruiker', object_id: String(req.gebruiker!.id) });
      });
    }
    reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.redirect('/inloggen?uitgelogd', 303);
  });
}

/** Wrong credentials answer 401, a blocked address 429, missing fields 400. */
function u429(f: Fouten): number {
  if (f.algemeen) return 429;
  if (f.wachtwoord && !f.email && f.wachtwoord.startsWith('Het e-mailadres')) return 401;
  return 400;
}
