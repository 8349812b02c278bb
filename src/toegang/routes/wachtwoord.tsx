// Password routes: change your own (/account/wachtwoord), a beheerder's one-time reset link
// (/beheer/gebruikers/:id/herstel) and the page that link opens (/wachtwoord-herstel/:geheim).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db.js';
import { Pagina, stuurPagina } from '../../platform/web/pagina.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { csrfBescherming, csrfToken, veld } from '../../platform/web/verzoek.js';
import { stuurProbleem } from '../../platform/web/problemen.js';
import { gebruikerRij } from '../gebruikers.js';
import { HERSTEL_UREN, herstelVoor, herstelWachtwoord, maakHerstelLink, wijzigEigenWachtwoord } from '../wachtwoord.js';
import { HerstelLinkInhoud, HerstelPagina, WachtwoordWijzigenPagina } from '../pages/wachtwoord.js';

export async function wachtwoordRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const csrf = csrfBescherming(app);
  const wijzigen = { preHandler: vereist('wachtwoord.wijzigen') };

  app.get('/account/wachtwoord', wijzigen, async (req, reply) => {
    if (req.gebruiker!.tokenScopes) return stuurProbleem(reply, { title: 'Geen toegang', status: 403, detail: 'Een wachtwoord wijzigt u ingelogd, niet met een API-token.' });
    const gewijzigd = (req.query as Record<string, string | undefined>).gewijzigd !== undefined;
    return stuurPagina(reply, <WachtwoordWijzigenPagina gebruiker={req.gebruiker!} csrf={await csrfToken(reply)} fouten={{}} gewijzigd={gewijzigd} />);
  });

  app.post('/account/wachtwoord', { ...wijzigen, ...csrf }, async (req, reply) => {
    if (req.gebruiker!.tokenScopes) return stuurProbleem(reply, { title: 'Geen toegang', status: 403, detail: 'Een wachtwoord wijzigt u ingelogd, niet met een API-token.' });
    const invoer = { huidig: veld(req.body, 'huidig'), nieuw: veld(req.body, 'nieuw'), herhaal: veld(req.body, 'herhaal') };
    const fouten = await wijzigEigenWachtwoord(db, req.gebruiker!, invoer, req.sessieIdHash);
    if (Object.keys(fouten).length === 0) return reply.redirect('/account/wachtwoord?gewijzigd', 303);
    return stuurPagina(reply, <WachtwoordWijzigenPagina gebruiker={req.gebruiker!} csrf={await csrfToken(reply)} fouten={fouten} />, 422);
  });

  app.post('/beheer/gebruikers/:id/herstel', { preHandler: vereist('gebruikers.beheren'), ...csrf }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const g = Number.isSafeInteger(id) ? await gebruikerRij(db, id) : null;
    if (!g) return reply.callNotFound();
    const geheim = await maakHerstelLink(db, g.id, req.gebruiker!.email);
    const link = `${req.protocol}://${req.host}/wachtwoord-herstel/${geheim}`;
    // shown once, in this response (no redirect: it must not end up in a URL or a cache)
    reply.header('cache-control', 'no-store');
    const kruimels = [{ label: 'Beheer', href: '/beheer' }, { label: 'Gebruikers', href: '/beheer/gebruikers' }, { label: g.naam, href: `/beheer/gebruikers/${g.id}` }, { label: 'Herstellink' }];
    return stuurPagina(
      reply,
      <Pagina titel="Herstellink" actief="beheer" kruimels={kruimels} gebruiker={req.gebruiker} csrf={await csrfToken(reply)}>
        <HerstelLinkInhoud email={g.email} link={link} uren={HERSTEL_UREN} />
      </Pagina>,
      201,
    );
  });

  const herstel = { preHandler: vereist('publiek.lezen') };
  app.get('/wachtwoord-herstel/:geheim', herstel, async (req, reply) => {
    const geheim = (req.params as { geheim: string }).geheim;
    const h = await herstelVoor(db, geheim);
    if (!h) return reply.callNotFound();
    reply.header('cache-control', 'no-store');
    return stuurPagina(reply, <HerstelPagina csrf={await csrfToken(reply)} actie={`/wachtwoord-herstel/${geheim}`} email={h.email} fouten={{}} />);
  });

  app.post('/wachtwoord-herstel/:geheim', { ...herstel, ...csrf }, async (req, reply) => {
    const geheim = (req.params as { geheim: string }).geheim;
    const h = await herstelVoor(db, geheim);
    const fouten = h ? await herstelWachtwoord(db, geheim, { nieuw: veld(req.body, 'nieuw'), herhaal: veld(req.body, 'herhaal') }) : null;
    if (!h || !fouten) return reply.callNotFound();
    reply.header('cache-control', 'no-store');
    if (Object.keys(fouten).length === 0) return reply.redirect('/inloggen?hersteld', 303);
    return stuurPagina(reply, <HerstelPagina csrf={await csrfToken(reply)} actie={`/wachtwoord-herstel/${geheim}`} email={h.email} fouten={fouten} />, 422);
  });
}
