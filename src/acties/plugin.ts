// Routes (pages and downloads) of the actions register; registered by platform/app.ts.
//
// Reading: every page takes ?peildatum=YYYY-MM-DD (default today) and shows the state at that date.
// Logged-in users (intern.lezen) see any date; the public sees the newest *published* reporting round
// on or before the requested date (domain.md §1: the public sees published rounds only).
// Counting: always through berekenKerncijfers or actieTellingen (the same rule, telActies, as the kerncijfers API).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { mag, magOnderdeel, type Gebruiker } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { HttpProbleem } from '../platform/web/problemen.js';
import { vandaag } from '../platform/tijd.js';
import { isIsoDatum } from '../domein/getallen.js';
import { AZWA_BLOKKEN, THEMATAFELS } from '../domein/begrippen.js';
import { actieTellingen, berekenKerncijfers, vorigePeildatum } from '../kern/kerncijfers.js';
import { genummerdeBronnen, leesbareBron, leesbareTekst, type Bron } from '../domein/bronnen.js';
import { afgerondSindsVorige } from '../domein/afgerond.js';
import { datum } from '../platform/formaat.js';
import { alleBronnen, laatstGepubliceerd, publicatieOp } from '../kern/publicatie.js';
import {
  ActieFout,
  actieCodes,
  actiesOp,
  filterActies,
  historie,
  isOverkoepelend,
  laatsteVolgnrs,
  leesAnkers,
  leesOnderdeel,
  leesOnderdelen,
  meldStatussen,
  onderdeelTeksten,
  partijen,
  partijenOp,
  registreerActie,
  rondes,
  termijnLijsten,
  zetAnker,
  type ActieFilter,
  type StatusInvoer,
} from './store.js';
import { actieTabel, historieTabel, tabelNaarCsv, tabelNaarXlsx, voortgangTabel, type Tabel } from './lijsten.js';
import { csrfToken, veld } from '../platform/web/verzoek.js';
import { ActiePagina, type StatusFormulierWaarden } from './pages/actie.js';
import { AzwaLijstPagina } from './pages/azwa-lijst.js';
import { BulkPagina } from './pages/bulk.js';
import { InstellingenPagina } from './pages/instellingen.js';
import { NieuwPagina } from './pages/nieuw.js';
import { OnderdeelPagina } from './pages/onderdeel.js';
import { type Basis, type Blad, bladVan } from './pages/onderdelen.js';
import { OverzichtPagina } from './pages/overzicht.js';
import { ZoekPagina } from './pages/zoeken.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { rapportNaam } from '../platform/web/download.js';

type Query = Record<string, string | undefined>;

/**
 * The peildatum of the request and what this reader may see of it. `bekendOp` (the public only): the
 * moment the published figures were fixed; records registered later are not shown (issue 20).
 */
async function basis(db: Db, req: FastifyRequest, reply: FastifyReply): Promise<Basis & { bekendOp: string | null }> {
  const q = req.query as Query;
  const nu = vandaag();
  const gevraagd = q.peildatum?.trim() || nu;
  if (!isIsoDatum(gevraagd)) {
    throw new HttpProbleem({
      title: 'Ongeldige peildatum',
      status: 400,
      detail: `Peildatum "${gevraagd}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-05-20.`,
    });
  }
  const intern = mag(req.gebruiker, 'intern.lezen');
  const alleRondes = await rondes(db);
  const publicatie = intern ? null : await publicatieOp(db, gevraagd);
  const peildatum = intern ? gevraagd : (publicatie?.peildatum ?? null);
  return {
    bekendOp: publicatie?.bekendOp ?? null,
    gebruiker: req.gebruiker,
    csrf: req.gebruiker ? await csrfToken(reply) : undefined,
    peildatum,
    gevraagd,
    vandaag: nu,
    rondes: (intern ? alleRondes : alleRondes.filter((r) => r.status === 'gepubliceerd')).map((r) => ({ ...r, peildatum: String(r.peildatum) })),
    beperkt: peildatum !== gevraagd,
  };
}

/** What historie() hides from the public: later registrations and who (a person) reported. */
function publiek(b: { bekendOp: string | null }): { bekendOp: string } | null {
  return b.bekendOp ? { bekendOp: b.bekendOp } : null;
}

/** One page (?pagina=N, from 1) of a list of actions: a register of thousands is shown PER_PAGINA at a time. */
function blad<T>(lijst: T[], q: Query): Blad<T> {
  return bladVan(lijst, Number.parseInt(q.pagina ?? '1', 10));
}

function filterUit(q: Query): ActieFilter {
  return { status: q.status || undefined, partij: q.partij || undefined, termijn: q.termijn || undefined, q: q.q || undefined };
}

function geenToegang(message: string): HttpProbleem {
  return new HttpProbleem({ title: 'Geen toegang', status: 403, detail: message });
}

async function stuurTabel(reply: FastifyReply, t: Tabel, formaat: string, bestand: string): Promise<FastifyReply> {
  if (formaat === 'xlsx') {
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', bijlage(rapportNaam(bestand, 'xlsx')))
      .send(await tabelNaarXlsx(t));
  }
  if (formaat === 'csv') {
    return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(rapportNaam(bestand, 'csv'))).send(tabelNaarCsv(t));
  }
  throw new HttpProbleem({ title: 'Onbekend formaat', status: 404, detail: 'Kies .csv of .xlsx.' });
}

/** The documents a source reference cites, by title and date ("Onderhandelaarsakkoord … (VWS, 3 juli 2025)"); no keys, no line numbers. */
function bronDocumenten(bron: string, bronnen: readonly Bron[]): string {
  const docs = genummerdeBronnen([bron], bronnen, datum);
  return docs.length ? docs.map((b) => leesbareBron(b, datum)).join('; ') : leesbareTekst(bron, [], [], datum);
}

export async function actiesPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  const lezen = { preHandler: vereist('publiek.lezen') };

  // ── Overzicht ──
  app.get('/acties', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    const q = req.query as Query;
    const onderdelen = await leesOnderdelen(db);
    let props;
    if (b.peildatum) {
      // ?sinds= compares with any date: logged-in readers only (the public sees the published comparison)
      const sinds = q.sinds && isIsoDatum(q.sinds) && !b.bekendOp ? q.sinds : undefined;
      // the counts of berekenKerncijfers (telActies), read once for all, IZA and AZWA
      const tellingen = await actieTellingen(db, b.peildatum, { sinds, bekendOp: b.bekendOp });
      const [alle, iza, azwa] = [{ acties: tellingen.alle }, { acties: tellingen.IZA }, { acties: tellingen.AZWA }];
      const termijnen = await termijnLijsten(db, b.peildatum, b.bekendOp, 15);
      // the latest published figures (never live records), shown beside the register's own count
      const pub = await laatstGepubliceerd(db, req.gebruiker, b.peildatum, datum);
      const sa = pub?.cijfers.acties;
      const leeg = { totaal: 0, per_status: {} };
      props = {
        iza: {
          totaal: iza.acties.totaal,
          rijen: Object.entries(THEMATAFELS).map(([code, naam]) => ({ code, label: `${code}. ${naam}`, telling: iza.acties.per_onderdeel[code] ?? leeg })),
        },
        azwa: {
          totaal: azwa.acties.totaal,
          // per blok: de tellingen per afspraak uit de kerncijfers, opgeteld
          blokken: Object.entries(AZWA_BLOKKEN).map(([blok, naam]) => {
            const codes = onderdelen.filter((o) => o.akkoord === 'AZWA' && o.blok === blok).map((o) => o.code);
            const telling = { totaal: 0, per_status: {} as Record<string, number> };
            for (const c of codes) {
              const t = azwa.acties.per_onderdeel[c];
              if (!t) continue;
              telling.totaal += t.totaal;
              for (const [s, n] of Object.entries(t.per_status)) telling.per_status[s] = (telling.per_status[s] ?? 0) + n;
            }
            return { code: blok, label: `${blok}. ${naam}`, telling };
          }),
        },
        totaal: alle.acties,
        sinds: tellingen.sinds,
        verlopen: termijnen.verlopen,
        binnenkort: termijnen.binnenkort,
        gepubliceerd:
          pub && sa
            ? {
                peildatum: pub.peildatum,
                bron: leesbareTekst(pub.bron, pub.bronnen, pub.genummerd, datum),
                genummerd: pub.genummerd,
                totaal: sa.totaal ?? null,
                per_status: (sa.per_status as Record<string, number> | undefined) ?? null,
                afgerond_sinds_vorige: afgerondSindsVorige(pub.cijfers),
              }
            : null,
      };
    } else {
      props = {
        iza: { totaal: 0, rijen: [] },
        azwa: { totaal: 0, blokken: [] },
        totaal: { totaal: 0, per_status: {}, zonder_status: 0, afgerond_sinds_vorige: null },
        sinds: null,
        verlopen: { aantal: 0, eerste: [] },
        binnenkort: { aantal: 0, eerste: [] },
        gepubliceerd: null,
      };
    }
    return stuurPagina(reply, OverzichtPagina({ ...b, ...props, magNieuw: mag(req.gebruiker, 'acties.beheren') }));
  });

  // ── Telling per onderdeel (download) ──
  app.get('/acties/voortgang.:formaat', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    if (!b.peildatum) throw geenToegang('Er is nog geen gepubliceerde rapportage.');
    const q = req.query as Query;
    const akkoord = q.akkoord === 'IZA' || q.akkoord === 'AZWA' ? q.akkoord : undefined;
    const k = await berekenKerncijfers(db, b.peildatum, { akkoord, bekendOp: b.bekendOp });
    let onderdelen = (await leesOnderdelen(db)).filter((o) => !akkoord || o.akkoord === akkoord);
    onderdelen = onderdelen.filter((o) => !isOverkoepelend(o.code, onderdelen.map((x) => x.code)));
    if (q.onderdeel) onderdelen = onderdelen.filter((o) => o.code === q.onderdeel);
    const t = voortgangTabel(onderdelen, k.acties.per_onderdeel, `Acties per onderdeel en status op ${b.peildatum}`);
    return stuurTabel(reply, t, (req.params as { formaat: string }).formaat, `voortgang-${q.onderdeel ?? akkoord ?? 'alle'}-${b.peildatum}`);
  });

  // ── Lijst van acties (download), met dezelfde filters als de pagina's ──
  app.get('/acties/export.:formaat', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    if (!b.peildatum) throw geenToegang('Er is nog geen gepubliceerde rapportage.');
    const q = req.query as Query;
    const akkoord = q.akkoord === 'IZA' || q.akkoord === 'AZWA' ? q.akkoord : undefined;
    const lijst = filterActies(await actiesOp(db, b.peildatum, { onderdeel: q.onderdeel || undefined, akkoord }, b.bekendOp), filterUit(q));
    const t = actieTabel(lijst, `Acties op ${b.peildatum}`);
    return stuurTabel(reply, t, (req.params as { formaat: string }).formaat, `acties-${q.onderdeel ?? akkoord ?? 'alle'}-${b.peildatum}`);
  });

  app.get('/acties/historie.:formaat', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    if (!b.peildatum) throw geenToegang('Er is nog geen gepubliceerde rapportage.');
    const q = req.query as Query;
    const rijen = await historie(db, b.peildatum, { code: q.code || undefined, onderdeel: q.onderdeel || undefined }, publiek(b));
    const t = historieTabel(rijen, `Statusmeldingen tot en met ${b.peildatum}`);
    return stuurTabel(reply, t, (req.params as { formaat: string }).formaat, `historie-${q.code ?? q.onderdeel ?? 'alle'}-${b.peildatum}`);
  });

  // ── AZWA-afspraken ──
  app.get('/acties/azwa', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    const onderdelen = (await leesOnderdelen(db)).filter((o) => o.akkoord === 'AZWA');
    const per = b.peildatum ? (await actieTellingen(db, b.peildatum, { bekendOp: b.bekendOp })).AZWA.per_onderdeel : null;
    const codes = onderdelen.map((o) => o.code);
    const afspraken = onderdelen.map((o) => {
      const overkoepelend = isOverkoepelend(o.code, codes);
      return { ...o, overkoepelend, telling: per && !overkoepelend ? (per[o.code] ?? { totaal: 0, per_status: {} }) : null };
    });
    return stuurPagina(reply, AzwaLijstPagina({ ...b, afspraken }));
  });

  async function onderdeelPagina(req: FastifyRequest, reply: FastifyReply, akkoord: 'IZA' | 'AZWA') {
    const code = (req.params as { code: string }).code;
    const o = await leesOnderdeel(db, akkoord, code);
    if (!o) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen ${akkoord === 'IZA' ? 'thematafel' : 'AZWA-afspraak'} ${code}.` });
    const b = await basis(db, req, reply);
    const q = req.query as Query;
    const filter = filterUit(q);
    const alle = (await leesOnderdelen(db)).filter((x) => x.akkoord === akkoord);
    const codes = alle.map((x) => x.code);
    const kinderen = akkoord === 'AZWA' && isOverkoepelend(o.code, codes) ? alle.filter((x) => x.code !== o.code && x.code.startsWith(o.code)) : [];
    const verwant = akkoord === 'AZWA' ? alle.filter((x) => x.blok === o.blok && x.code !== o.code && !isOverkoepelend(x.code, codes)) : [];
    let telling = { totaal: 0, per_status: {} as Record<string, number> };
    let acties: Awaited<ReturnType<typeof actiesOp>> = [];
    let h: Awaited<ReturnType<typeof historie>> = [];
    let teksten: Awaited<ReturnType<typeof onderdeelTeksten>> = [];
    if (b.peildatum) {
      telling = (await actieTellingen(db, b.peildatum, { bekendOp: b.bekendOp }))[akkoord].per_onderdeel[o.code] ?? telling;
      acties = await actiesOp(db, b.peildatum, { onderdeel: o.code, akkoord }, b.bekendOp);
      // the page shows the newest 100 reports (and says so when there are more)
      h = await historie(db, b.peildatum, { onderdeel: o.code }, publiek(b), 101);
      // texts of a round that is not published: concept.lezen, or the secretary who writes them
      const statussen = mag(req.gebruiker, 'concept.lezen') || magOnderdeel(req.gebruiker, o.code) ? ['open', 'vastgesteld', 'gepubliceerd'] : ['gepubliceerd'];
      teksten = await onderdeelTeksten(db, o.code, b.peildatum, statussen);
    }
    return stuurPagina(
      reply,
      OnderdeelPagina({
        ...b,
        // the AZWA line reference as the document's title and date (readers do not know our files)
        onderdeel: o.bron ? { ...o, bron: bronDocumenten(o.bron, await alleBronnen(db)) } : o,
        kinderen,
        verwant,
        telling,
        acties: blad(filterActies(acties, filter), q),
        aantalZonderFilter: acties.length,
        filter,
        partijen: partijen(acties),
        historie: h,
        teksten,
        magMelden: mag(req.gebruiker, 'acties.status-wijzigen') && magOnderdeel(req.gebruiker, o.code) && acties.length > 0,
      }),
    );
  }

  app.get('/acties/onderdeel/:code', lezen, (req, reply) => onderdeelPagina(req, reply, 'IZA'));
  app.get('/acties/azwa/:code', lezen, (req, reply) => onderdeelPagina(req, reply, 'AZWA'));

  // ── Eén actie ──
  async function actiePagina(
    req: FastifyRequest,
    reply: FastifyReply,
    formulier?: { waarden: StatusFormulierWaarden; fouten: Record<string, string>; melding?: string },
    status = 200,
  ) {
    const code = (req.params as { code: string }).code;
    const b = await basis(db, req, reply);
    const peil = formulier ? b.vandaag : b.peildatum;
    const bestaat = await laatsteVolgnrs(db, { code });
    if (!bestaat.has(code)) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen actie ${code}.` });
    const bekend = formulier ? null : b.bekendOp;
    const [actie] = peil ? await actiesOp(db, peil, { code }, bekend) : [];
    if (!actie || !peil) {
      throw new HttpProbleem({
        title: 'Niet gevonden',
        status: 404,
        detail: peil ? `Actie ${code} was op ${peil} nog niet geregistreerd.` : `Actie ${code} staat nog niet in een gepubliceerde rapportage.`,
      });
    }
    const alleRijen = await historie(db, '9999-12-31', { code }, bekend ? { bekendOp: bekend } : null);
    const h = alleRijen.filter((r) => r.status_datum <= peil);
    const magMelden = mag(req.gebruiker, 'acties.status-wijzigen') && magOnderdeel(req.gebruiker, actie.onderdeel);
    const f =
      formulier ??
      (magMelden && peil === b.vandaag
        ? { waarden: { status: '', status_datum: b.vandaag, toelichting: '', volgnr: bestaat.get(code)! }, fouten: {} }
        : null);
    return stuurPagina(
      reply,
      ActiePagina({
        ...b,
        peildatum: peil,
        actie,
        onderdeel: await leesOnderdeel(db, actie.akkoord, actie.onderdeel),
        historie: h,
        laterAantal: alleRijen.length - h.length,
        formulier: f,
        gemeld: (req.query as Query).gemeld === '1',
      }),
      status,
    );
  }

  app.get('/acties/actie/:code', lezen, (req, reply) => actiePagina(req, reply));

  app.post('/acties/actie/:code/status', { preHandler: vereist('acties.status-wijzigen'), onRequest: app.csrfProtection }, async (req, reply) => {
    const code = (req.params as { code: string }).code;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const invoer: StatusInvoer = {
      code,
      status: veld(body, 'status'),
      status_datum: veld(body, 'status_datum') || vandaag(),
      toelichting: veld(body, 'toelichting'),
      volgnr: Number(veld(body, 'volgnr')),
    };
    try {
      await meldStatussen(db, req.gebruiker as Gebruiker, [invoer], vandaag());
    } catch (e) {
      if (!(e instanceof ActieFout)) throw e;
      if (e.soort === 'toegang') throw geenToegang(e.message);
      if (e.soort === 'niet-gevonden') throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: e.message });
      const waarden = { status: invoer.status, status_datum: invoer.status_datum, toelichting: invoer.toelichting, volgnr: invoer.volgnr };
      if (e.soort === 'conflict') {
        // laat de nieuwe stand zien, met het volgnr daarvan, en de ingevulde waarden
        const nieuw = (await laatsteVolgnrs(db, { code })).get(code)!;
        return actiePagina(req, reply, { waarden: { ...waarden, volgnr: nieuw }, fouten: {}, melding: e.message }, 409);
      }
      return actiePagina(req, reply, { waarden, fouten: (e.fouten[code] ?? {}) as Record<string, string>, melding: e.message }, 422);
    }
    return reply.redirect(`/acties/actie/${encodeURIComponent(code)}?gemeld=1`, 303);
  });

  // ── Statusmelding per onderdeel ──
  async function bulk(req: FastifyRequest, reply: FastifyReply, akkoord: 'IZA' | 'AZWA') {
    const code = (req.params as { code: string }).code;
    const o = await leesOnderdeel(db, akkoord, code);
    if (!o) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Onderdeel ${code} bestaat niet.` });
    if (!magOnderdeel(req.gebruiker, o.code)) throw geenToegang(`U bent geen secretaris van ${o.code}; u kunt hier geen status melden.`);
    const nu = vandaag();
    const b = await basis(db, req, reply);
    const acties = await actiesOp(db, nu, { onderdeel: o.code, akkoord });
    const props = { ...b, peildatum: nu, onderdeel: o, acties };
    if (req.method === 'GET') {
      return stuurPagina(reply, BulkPagina({ ...props, volgnrs: await laatsteVolgnrs(db, { onderdeel: o.code }), waarden: { status_datum: nu, per: {} }, fouten: {} }));
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const datum = veld(body, 'status_datum') || nu;
    const per: Record<string, { status: string; toelichting: string }> = {};
    const invoer: StatusInvoer[] = [];
    for (const a of acties) {
      const status = veld(body, `status__${a.code}`);
      const toelichting = veld(body, `toelichting__${a.code}`);
      per[a.code] = { status, toelichting };
      if (status) invoer.push({ code: a.code, status, status_datum: datum, toelichting, volgnr: Number(veld(body, `volgnr__${a.code}`)) });
    }
    // de formulierversies zoals ze binnenkwamen (bij een fout blijven die staan; bij een conflict de nieuwe)
    const gepost = new Map(acties.map((a) => [a.code, Number(veld(body, `volgnr__${a.code}`))]));
    try {
      if (invoer.length === 0) throw new ActieFout('validatie', 'U heeft bij geen enkele actie een nieuwe status gekozen.');
      await meldStatussen(db, req.gebruiker as Gebruiker, invoer, nu);
    } catch (e) {
      if (!(e instanceof ActieFout)) throw e;
      if (e.soort === 'toegang') throw geenToegang(e.message);
      if (e.soort === 'niet-gevonden') throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: e.message });
      const volgnrs = e.soort === 'conflict' ? await laatsteVolgnrs(db, { onderdeel: o.code }) : gepost;
      return stuurPagina(
        reply,
        BulkPagina({ ...props, volgnrs, waarden: { status_datum: datum, per }, fouten: e.fouten, melding: e.message }),
        e.soort === 'conflict' ? 409 : 422,
      );
    }
    return reply.redirect(`/acties/${akkoord === 'AZWA' ? 'azwa' : 'onderdeel'}/${encodeURIComponent(o.code)}`, 303);
  }

  const melden = { preHandler: vereist('acties.status-wijzigen') };
  app.get('/acties/onderdeel/:code/status', melden, (req, reply) => bulk(req, reply, 'IZA'));
  app.get('/acties/azwa/:code/status', melden, (req, reply) => bulk(req, reply, 'AZWA'));
  app.post('/acties/onderdeel/:code/status', { ...melden, onRequest: app.csrfProtection }, (req, reply) => bulk(req, reply, 'IZA'));
  app.post('/acties/azwa/:code/status', { ...melden, onRequest: app.csrfProtection }, (req, reply) => bulk(req, reply, 'AZWA'));

  // ── Zoeken ──
  app.get('/acties/zoeken', lezen, async (req, reply) => {
    const b = await basis(db, req, reply);
    const q = req.query as Query;
    const filter = filterUit(q);
    const akkoord = q.akkoord === 'IZA' || q.akkoord === 'AZWA' ? q.akkoord : undefined;
    const gezocht = Object.values(filter).some(Boolean);
    if (b.peildatum && !filter.q && !filter.partij && !filter.termijn) {
      // no text, party or termijn filter: the database hands over the codes; full rows only for this page
      const codes = blad(await actieCodes(db, b.peildatum, { akkoord, status: filter.status }, b.bekendOp), q);
      const rijen = codes.rijen.length ? await actiesOp(db, b.peildatum, { codes: codes.rijen }, b.bekendOp) : [];
      const lijst = await partijenOp(db, b.peildatum, akkoord, b.bekendOp);
      return stuurPagina(reply, ZoekPagina({ ...b, filter, akkoord, partijen: lijst, resultaten: { ...codes, rijen }, gezocht }));
    }
    const alle = b.peildatum ? await actiesOp(db, b.peildatum, { akkoord }, b.bekendOp) : [];
    return stuurPagina(reply, ZoekPagina({ ...b, filter, akkoord, partijen: partijen(alle), resultaten: blad(filterActies(alle, filter), q), gezocht }));
  });

  // ── Nieuwe actie (beheerder) ──
  const beheren = { preHandler: vereist('acties.beheren') };
  app.get('/acties/nieuw', beheren, async (req, reply) => {
    return stuurPagina(
      reply,
      NieuwPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), onderdelen: await leesOnderdelen(db), waarden: {}, fouten: {}, vandaag: vandaag() }),
    );
  });
  app.post('/acties/nieuw', { ...beheren, onRequest: app.csrfProtection }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const velden = ['code', 'onderdeel', 'titel', 'trekker', 'betrokken', 'deadline', 'status', 'status_datum', 'toelichting'] as const;
    const w = Object.fromEntries(velden.map((v) => [v, veld(body, v)])) as Record<(typeof velden)[number], string>;
    try {
      const rij = await registreerActie(db, req.gebruiker as Gebruiker, w, vandaag());
      return reply.redirect(`/acties/actie/${encodeURIComponent(rij.code)}`, 303);
    } catch (e) {
      if (!(e instanceof ActieFout)) throw e;
      if (e.soort === 'toegang') throw geenToegang(e.message);
      const fouten = Object.values(e.fouten)[0] ?? {};
      return stuurPagina(
        reply,
        NieuwPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), onderdelen: await leesOnderdelen(db), waarden: w, fouten: fouten as Record<string, string>, vandaag: vandaag() }),
        422,
      );
    }
  });

  // ── Ankermoment (beheerder) ──
  app.get('/acties/instellingen', beheren, async (req, reply) => {
    const a = await leesAnkers(db);
    return stuurPagina(reply, InstellingenPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), azwa: a.azwa, iza: a.iza, fouten: {}, opgeslagen: (req.query as Query).opgeslagen === '1' }));
  });
  app.post('/acties/instellingen', { ...beheren, onRequest: app.csrfProtection }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const waarden = { azwa_anker: veld(body, 'azwa_anker').trim(), iza_anker: veld(body, 'iza_anker').trim() };
    const fouten: Record<string, string> = {};
    for (const [k, v] of Object.entries(waarden)) if (v && !isIsoDatum(v)) fouten[k] = 'Vul een bestaande datum in (JJJJ-MM-DD) of laat het veld leeg.';
    if (Object.keys(fouten).length) {
      return stuurPagina(reply, InstellingenPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), azwa: waarden.azwa_anker, iza: waarden.iza_anker, fouten }), 422);
    }
    const nu = await leesAnkers(db);
    if ((waarden.azwa_anker || null) !== nu.azwa) await zetAnker(db, req.gebruiker as Gebruiker, 'azwa_anker', waarden.azwa_anker || null);
    if ((waarden.iza_anker || null) !== nu.iza) await zetAnker(db, req.gebruiker as Gebruiker, 'iza_anker', waarden.iza_anker || null);
    return reply.redirect('/acties/instellingen?opgeslagen=1', 303);
  });
}
