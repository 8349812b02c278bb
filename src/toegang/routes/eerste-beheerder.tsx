// First run: on a database without users the server prints a one-time setup link
// (/eerste-beheerder/<token>) that creates the first beheerder, so a fresh clone works with the server
// running (the CLI cannot open the embedded database while the server holds it). The token lives in
// memory only; it is gone once a user exists or the server restarts (a new one is printed then).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../../platform/db.js';
import { Pagina, stuurPagina } from '../../platform/web/pagina.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { csrfToken, formulierVelden } from '../../platform/web/verzoek.js';
import { ToegangFout } from '../../kern/probleem.js';
import { willekeurigToken } from '../geheimen.js';
import { maakGebruiker } from '../gebruikers.js';
import { EersteBeheerderPagina } from '../pages/eerste-beheerder.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The path of the one-time setup link while the database has no users; null otherwise. */
    eersteBeheerderPad: () => string | null;
  }
}

const geenGebruikers = async (db: Db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM gebruikers`))[0].n === 0;

export async function eersteBeheerderRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  let token: string | null = (await geenGebruikers(db)) ? willekeurigToken() : null;
  app.decorate('eersteBeheerderPad', () => (token ? `/eerste-beheerder/${token}` : null));

  async function geldig(t: string, reply: FastifyReply): Promise<boolean> {
    if (token && t === token && (await geenGebruikers(db))) return true;
    if (token && !(await geenGebruikers(db))) token = null;
    stuurPagina(reply, EersteBeheerderVerlopen(), 404);
    return false;
  }

  type P = { Params: { token: string } };
  app.get<P>('/eerste-beheerder/:token', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    if (!(await geldig(req.params.token, reply))) return reply;
    return stuurPagina(reply, EersteBeheerderPagina({ csrf: await csrfToken(reply), actie: req.url, form: {}, fouten: {} }));
  });

  app.post<P>('/eerste-beheerder/:token', { preHandler: vereist('publiek.lezen'), onRequest: app.csrfProtection }, async (req, reply) => {
    if (!(await geldig(req.params.token, reply))) return reply;
    const b = formulierVelden(req.body);
    try {
      await maakGebruiker(db, {
        email: b.email ?? '',
        naam: b.naam ?? '',
        organisatie: b.organisatie ?? '',
        organisatieSoort: 'ministerie',
        rollen: ['beheerder'],
        wachtwoord: b.wachtwoord ?? '',
        door: 'eerste-start',
      });
    } catch (err) {
      if (!(err instanceof ToegangFout)) throw err;
      const { wachtwoord: _w, ...form } = b;
      return stuurPagina(reply, EersteBeheerderPagina({ csrf: await csrfToken(reply), actie: req.url, form, fouten: { [err.veld ?? 'email']: err.message } }), 422);
    }
    token = null;
    return reply.redirect('/inloggen?eerste=1', 303);
  });
}

function EersteBeheerderVerlopen(): VNode {
  return (
    <Pagina titel="Deze link werkt niet (meer)" gebruiker={null}>
      <p class="utrecht-paragraph">
        Deze eenmalige link is verlopen of onjuist: er is al een gebruiker, of de server is opnieuw gestart en heeft een nieuwe link getoond.
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen">Naar inloggen</a>
      </p>
    </Pagina>
  );
}
