// Beheer routes: users and roles, the audit log, personal API tokens, embargo dates.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db.js';
import type { Config } from '../../platform/config.js';
import { Pagina, stuurPagina } from '../../platform/web/pagina.js';
import { datum } from '../../platform/formaat.js';
import { isIsoDatum } from '../../domein/getallen.js';
import { mag, type Handeling } from '../../domein/beleid.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { type Fouten } from '../../platform/web/formulier.js';
import { paginaContext, veld, velden } from '../../platform/web/verzoek.js';
import { alleGebruikers, alleOrganisaties, gebruikerRij, maakGebruiker, wijzigRollen, type GebruikerRij, ORGANISATIE_SOORTEN, type OrganisatieSoort } from '../gebruikers.js';
import { ToegangFout } from '../../kern/probleem.js';
import { maakToken, trekTokenIn } from '../tokens.js';
import { zetEmbargo, type EmbargoSoort } from '../../kern/embargo.js';
import { type AuditFilter, zoekAudit } from '../audit.js';
import { AuditPagina } from '../pages/audit.js';
import { EmbargoPagina } from '../pages/embargo.js';
import { GebruikerPagina } from '../pages/gebruiker.js';
import { type NieuwFormulier, GebruikersPagina } from '../pages/gebruikers.js';
import { KRUIMEL_BEHEER, Rollen, toon } from '../pages/onderdelen.js';
import { TokensPagina } from '../pages/tokens.js';

function fouten(err: unknown): Fouten {
  if (err instanceof ToegangFout) return err.velden ?? { [err.veld ?? 'algemeen']: err.message };
  throw err;
}

export async function beheerRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }): Promise<void> {
  app.get('/beheer', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const g = req.gebruiker!;
    const links: { href: string; label: string; uitleg: string; handeling: Handeling }[] = [
      { href: '/beheer/gebruikers', label: 'Gebruikers en rollen', uitleg: 'Accounts aanmaken, rollen en onderdelen toekennen, accounts uitzetten.', handeling: 'gebruikers.beheren' },
      { href: '/beheer/audit', label: 'Auditlog', uitleg: 'Zoeken in alle wijzigingen: wie, wat, wanneer.', handeling: 'audit.lezen' },
      { href: '/beheer/embargo', label: 'Embargo op budgetcijfers', uitleg: 'Tot wanneer budgetcijfers alleen intern zichtbaar zijn.', handeling: 'embargo.beheren' },
      { href: '/importeren', label: 'Bestanden importeren', uitleg: 'Registers vullen met een CSV- of XLSX-bestand: acties, snelle toetsen, transformatieplannen, BO-besluiten en meer.', handeling: 'import.uitvoeren' },
      { href: '/beheer/backup', label: 'Backup', uitleg: 'Een volledige backup van de database maken en downloaden.', handeling: 'gebruikers.beheren' },
      { href: '/account/wachtwoord', label: 'Mijn wachtwoord', uitleg: 'Uw wachtwoord wijzigen.', handeling: 'wachtwoord.wijzigen' },
      { href: '/beheer/tokens', label: 'Mijn API-tokens', uitleg: 'Tokens voor systemen die de API namens u gebruiken.', handeling: 'tokens.beheren' },
    ];
    return toon(req, reply, 'Beheer', [{ label: 'Home', href: '/' }, { label: 'Beheer' }], () => (
      <>
        <h1 class="utrecht-heading-1">Beheer</h1>
        <p class="utrecht-paragraph">
          U bent ingelogd als {g.naam} ({g.organisatie_naam}) met de rol{g.rollen.length > 1 ? 'len' : ''} <Rollen rollen={g.rollen} />.
        </p>
        <ul class="am-kaartlijst">
          {links
            .filter((l) => mag(g, l.handeling))
            .map((l) => (
              <li class="am-kaart">
                <h2 class="utrecht-heading-3">
                  <a class="utrecht-link" href={l.href}>
                    {l.label}
                  </a>
                </h2>
                <p class="utrecht-paragraph">{l.uitleg}</p>
              </li>
            ))}
        </ul>
      </>
    ));
  });

  // gebruikers
  const kruimelsGebruikers = [...KRUIMEL_BEHEER, { label: 'Gebruikers' }];
  const leegNieuw: NieuwFormulier = { email: '', naam: '', organisatie: '', organisatie_soort: 'overig', rollen: [], onderdelen: '' };
  const orgNamen = async () => (await alleOrganisaties(db)).map((o) => o.afkorting ?? o.naam);

  app.get('/beheer/gebruikers', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const gemaakt = (req.query as Record<string, string | undefined>).gemaakt;
    const [gebruikers, organisaties] = await Promise.all([alleGebruikers(db), orgNamen()]);
    return toon(req, reply, 'Gebruikers', kruimelsGebruikers, (csrf) => (
      <GebruikersPagina csrf={csrf} gebruikers={gebruikers} organisaties={organisaties} form={leegNieuw} fouten={{}} gemaakt={gemaakt} />
    ));
  });

  app.post('/beheer/gebruikers', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const form: NieuwFormulier = {
      email: veld(req.body, 'email'),
      naam: veld(req.body, 'naam'),
      organisatie: veld(req.body, 'organisatie'),
      organisatie_soort: veld(req.body, 'organisatie_soort') || 'overig',
      rollen: velden(req.body, 'rollen'),
      onderdelen: veld(req.body, 'onderdelen'),
    };
    let f: Fouten;
    try {
      const soort = (ORGANISATIE_SOORTEN as readonly string[]).includes(form.organisatie_soort) ? (form.organisatie_soort as OrganisatieSoort) : 'overig';
      const g = await maakGebruiker(db, {
        ...form,
        organisatieSoort: soort,
        onderdelen: form.onderdelen.split(/[,\s]+/).filter(Boolean),
        wachtwoord: veld(req.body, 'wachtwoord'),
        door: req.gebruiker!.email,
      });
      return reply.redirect(`/beheer/gebruikers?gemaakt=${encodeURIComponent(g.email)}`, 303);
    } catch (err) {
      f = fouten(err);
    }
    const [gebruikers, organisaties] = await Promise.all([alleGebruikers(db), orgNamen()]);
    return toon(req, reply, 'Gebruikers', kruimelsGebruikers, (csrf) => <GebruikersPagina csrf={csrf} gebruikers={gebruikers} organisaties={organisaties} form={form} fouten={f} />, 400);
  });

  const kruimelsGebruiker = (g: GebruikerRij) => [...KRUIMEL_BEHEER, { label: 'Gebruikers', href: '/beheer/gebruikers' }, { label: g.naam }];

  app.get('/beheer/gebruikers/:id', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const g = Number.isSafeInteger(id) ? await gebruikerRij(db, id) : null;
    if (!g) return reply.callNotFound();
    const opgeslagen = (req.query as Record<string, string | undefined>).opgeslagen !== undefined;
    return toon(req, reply, g.naam, kruimelsGebruiker(g), (csrf) => (
      <GebruikerPagina csrf={csrf} g={g} rollen={g.rollen} onderdelen={g.onderdelen.join(', ')} actief={g.actief} versie={g.versie} fouten={{}} opgeslagen={opgeslagen} />
    ));
  });

  app.post('/beheer/gebruikers/:id', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const huidig = Number.isSafeInteger(id) ? await gebruikerRij(db, id) : null;
    if (!huidig) return reply.callNotFound();
    const rollen = velden(req.body, 'rollen');
    const onderdelen = veld(req.body, 'onderdelen');
    const actief = veld(req.body, 'actief') === 'ja';
    const versie = Number(veld(req.body, 'versie'));
    let f: Fouten;
    try {
      await wijzigRollen(db, id, { rollen, onderdelen: onderdelen.split(/[,\s]+/).filter(Boolean), actief, versie, door: req.gebruiker!.email }, req.gebruiker!.id);
      return reply.redirect(`/beheer/gebruikers/${id}?opgeslagen`, 303);
    } catch (err) {
      f = fouten(err);
    }
    const nu = (await gebruikerRij(db, id))!;
    // on a conflict show the current state (and a fresh versie); otherwise what was entered
    const conflict = Boolean(f.versie);
    return toon(
      req,
      reply,
      nu.naam,
      kruimelsGebruiker(nu),
      (csrf) => (
        <GebruikerPagina
          csrf={csrf}
          g={nu}
          rollen={conflict ? nu.rollen : rollen}
          onderdelen={conflict ? nu.onderdelen.join(', ') : onderdelen}
          actief={conflict ? nu.actief : actief}
          versie={conflict ? nu.versie : versie}
          fouten={f}
        />
      ),
      conflict ? 409 : 400,
    );
  });

  // audit
  app.get('/beheer/audit', { preHandler: vereist('audit.lezen') }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const f: AuditFilter = { door: q.door?.trim() || undefined, actie: q.actie?.trim() || undefined, object: q.object?.trim() || undefined, van: q.van || undefined, tot: q.tot || undefined };
    const fout: Fouten = {};
    if (f.van && !isIsoDatum(f.van)) fout.van = 'Vul de datum in als JJJJ-MM-DD.';
    if (f.tot && !isIsoDatum(f.tot)) fout.tot = 'Vul de datum in als JJJJ-MM-DD.';
    const pagina = Math.max(0, Math.min(10_000, Number(q.pagina) || 0));
    const { rijen, meer } = await zoekAudit(db, f, pagina);
    const acties = (await db.query<{ actie: string }>('SELECT DISTINCT actie FROM audit_log ORDER BY actie')).map((r) => r.actie);
    return toon(req, reply, 'Auditlog', [...KRUIMEL_BEHEER, { label: 'Auditlog' }], () => <AuditPagina f={f} rijen={rijen} meer={meer} pagina={pagina} acties={acties} fouten={fout} />);
  });

  // tokens
  const kruimelsTokens = [...KRUIMEL_BEHEER, { label: 'API-tokens' }];
  app.get('/beheer/tokens', { preHandler: vereist('tokens.beheren') }, async (req, reply) => {
    const ingetrokken = (req.query as Record<string, string | undefined>).ingetrokken !== undefined;
    const ctx = await paginaContext(req, reply);
    const inhoud = await TokensPagina(db, req.gebruiker!, ctx.csrf, { fouten: {}, melding: ingetrokken ? 'Het token is ingetrokken.' : undefined });
    return stuurPagina(reply, <Pagina titel="API-tokens" actief="beheer" kruimels={kruimelsTokens} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>);
  });

  app.post('/beheer/tokens', { preHandler: vereist('tokens.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const naam = veld(req.body, 'naam');
    const scopes = velden(req.body, 'scopes');
    let f: Fouten = {};
    let nieuw: string | undefined;
    try {
      nieuw = (await maakToken(db, req.gebruiker!, { naam, scopes, verloopt_op: veld(req.body, 'verloopt_op') })).token;
    } catch (err) {
      f = fouten(err);
    }
    // the token is shown once, in this response (no redirect: it must not end up in a URL)
    reply.header('cache-control', 'no-store');
    const ctx = await paginaContext(req, reply);
    const inhoud = await TokensPagina(db, req.gebruiker!, ctx.csrf, nieuw ? { fouten: {}, nieuwToken: nieuw } : { fouten: f, naam, scopes });
    return stuurPagina(reply, <Pagina titel="API-tokens" actief="beheer" kruimels={kruimelsTokens} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>, nieuw ? 201 : 400);
  });

  app.post('/beheer/tokens/:id/intrekken', { preHandler: vereist('tokens.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const ok = Number.isSafeInteger(id) && (await trekTokenIn(db, req.gebruiker!, id));
    if (!ok) return reply.callNotFound();
    return reply.redirect('/beheer/tokens?ingetrokken', 303);
  });

  // embargo
  const kruimelsEmbargo = [...KRUIMEL_BEHEER, { label: 'Embargo' }];
  app.get('/beheer/embargo', { preHandler: vereist('embargo.beheren') }, async (req, reply) => {
    const ctx = await paginaContext(req, reply);
    const inhoud = await EmbargoPagina(db, ctx.csrf, { fouten: {} });
    return stuurPagina(reply, <Pagina titel="Embargo" actief="beheer" kruimels={kruimelsEmbargo} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>);
  });

  app.post('/beheer/embargo', { preHandler: vereist('embargo.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const form = {
      soort: veld(req.body, 'soort'),
      sleutel: veld(req.body, 'sleutel'),
      embargo_tot: veld(req.body, 'embargo_tot'),
      toelichting: veld(req.body, 'toelichting'),
      versie: veld(req.body, 'versie'),
    };
    let f: Fouten = {};
    let melding: string | undefined;
    try {
      // an empty versie means "the form did not know this embargo": take the stored one only when there is none
      let versie = Number(form.versie || 0);
      if (!form.versie) {
        const r = await db.query<{ versie: number }>('SELECT versie FROM embargo WHERE soort = $1 AND sleutel = $2::date', [form.soort, isIsoDatum(form.sleutel) ? form.sleutel : '1900-01-01']);
        versie = r[0]?.versie ?? 0;
      }
      await zetEmbargo(db, { soort: form.soort as EmbargoSoort, sleutel: form.sleutel, embargo_tot: form.embargo_tot, toelichting: form.toelichting, versie }, req.gebruiker!.email);
      melding = 'Het embargo is opgeslagen.';
    } catch (err) {
      f = fouten(err);
    }
    const ctx = await paginaContext(req, reply);
    const inhoud = await EmbargoPagina(db, ctx.csrf, { fouten: f, form: melding ? undefined : form, melding });
    return stuurPagina(reply, <Pagina titel="Embargo" actief="beheer" kruimels={kruimelsEmbargo} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>, melding ? 200 : f.versie ? 409 : 400);
  });
}
