// Routes (pages and open data) of reporting rounds and the report; registered by platform/app.ts.
// The public sees only gepubliceerd rounds and published snapshots; drafts need concept.lezen (or
// rondes.redigeren for the people who write them), a fixed but unpublished round embargo/concept.lezen.
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler, onRequestHookHandler } from 'fastify';
import { h, type FunctionComponent, type VNode } from 'preact';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { isIsoDatum } from '../domein/getallen.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { mag, type Gebruiker } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { verbergOnderEmbargo, zichtbaar } from '../kern/embargo.js';
import { datum } from '../platform/formaat.js';
import { alleSnapshots, snapshotOp } from '../kern/snapshots.js';
import { kerncijfersNaarCsv } from './kerncijfers-csv.js';
import { bewaakCijfers } from './bewaking.js';
import {
  bewaarTeksten,
  controleerRondeInvoer,
  lijstRondes,
  maakRonde,
  publiceerRonde,
  rapportGegevensVoor,
  rondeOp,
  RondeFout,
  stelRondeVast,
  tekstenVan,
  verwijderRonde,
  type Ronde,
  type TekstWijziging,
} from './rondes.js';
import { renderRapportHtml } from './rapport.js';
import { rapportPdf } from './pdf.js';
import { PdfBouwer, TeDrukFout, type PdfRenderer } from './pdf-bouwer.js';
import { dataVersie } from '../platform/web/publiekecache.js';
import { vandaag } from '../platform/tijd.js';
import { BewerkPagina } from './pages/bewerk.js';
import { RondesLijstPagina, type LijstItem } from './pages/lijst.js';
import { RondePagina } from './pages/ronde.js';
import { VergelijkingPagina } from './pages/vergelijking.js';
import type { Onderdeel, RapportGegevens } from './gegevens.js';
import { csrfBescherming, csrfToken, formulierVelden } from '../platform/web/verzoek.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { rapportNaam } from '../platform/web/download.js';
import multipart from '@fastify/multipart';
import { importeerRoutes } from './routes/importeren.js';

type Params = { peildatum: string };

/** h() with the page's props, typed as the VNode stuurPagina expects. */
function pagina<P>(c: FunctionComponent<P>, props: P): VNode {
  return h(c as FunctionComponent<object>, props as object) as VNode;
}

/** Who may read the report of a peildatum. */
export function magLezen(g: Gebruiker | null, ronde: Ronde | null, heeftPublicatie: boolean): boolean {
  if (ronde) {
    if (ronde.status === 'gepubliceerd') return true;
    if (ronde.status === 'vastgesteld') return mag(g, 'concept.lezen') || mag(g, 'embargo.lezen');
    return mag(g, 'concept.lezen') || mag(g, 'rondes.redigeren');
  }
  return heeftPublicatie || mag(g, 'concept.lezen');
}

export async function rapportagePlugin(app: FastifyInstance, opts: { db: Db; config: Config; pdfRenderer?: PdfRenderer }): Promise<void> {
  const { db } = opts;
  const pdfBouwer = new PdfBouwer({ renderer: opts.pdfRenderer ?? rapportPdf, map: path.join(opts.config.dataDir, 'cache', 'rapport-pdf') });
  const csrf = csrfBescherming(app);
  const post = (handeling: Parameters<typeof vereist>[0]) => ({
    preHandler: vereist(handeling) as preHandlerHookHandler,
    ...csrf,
  });
  // multipart only in this plugin's scope, for the upload of texts and series
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
  importeerRoutes(app, db, csrf);

  async function lijst(): Promise<LijstItem[]> {
    const rondes = await lijstRondes(db);
    const items: LijstItem[] = rondes.map((r) => ({ peildatum: r.peildatum, titel: r.titel, status: r.status, bo_datum: r.bo_datum, soort: 'ronde' }));
    for (const s of await alleSnapshots(db)) {
      // a publication stays listed beside a round on its peildatum until that round is published
      if (s.herkomst === 'import' && !rondes.some((r) => r.peildatum === s.peildatum && r.status === 'gepubliceerd')) {
        items.push({ peildatum: s.peildatum, titel: s.bron.length > 90 ? `${s.bron.slice(0, 88)}…` : s.bron, status: 'gepubliceerd', bo_datum: null, soort: 'publicatie' });
      }
    }
    return items.sort((a, b) => (a.peildatum < b.peildatum ? 1 : -1));
  }

  /** Loads the round/publication of the URL and checks read access; sends the error itself. */
  async function laad(req: FastifyRequest<{ Params: Params }>, reply: FastifyReply): Promise<{ ronde: Ronde | null; heeftPublicatie: boolean } | null> {
    const { peildatum } = req.params;
    if (!isIsoDatum(peildatum)) {
      // a bad address, not a missing report: 400, as a page in a browser and as problem+json otherwise
      stuurProbleem(reply, { title: 'Geen geldige peildatum', status: 400, detail: `"${peildatum}" is geen peildatum (JJJJ-MM-DD).` });
      return null;
    }
    const ronde = await rondeOp(db, peildatum);
    const snap = await snapshotOp(db, peildatum);
    const heeftPublicatie = !!snap && snap.herkomst === 'import';
    if (!ronde && !heeftPublicatie && !req.gebruiker) {
      stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen gepubliceerde rapportage met peildatum ${datum(peildatum)}.` });
      return null;
    }
    // an embargo on the round (domain.md: until parliament has the figures) hides it from those without embargo.lezen
    const vrij = await zichtbaar(db, req.gebruiker, { ronde: peildatum });
    // a concept or unpublished round does not hide the publication of its peildatum from those who may not read the round
    if (ronde && heeftPublicatie && (!magLezen(req.gebruiker, ronde, heeftPublicatie) || !vrij)) return { ronde: null, heeftPublicatie };
    if (!magLezen(req.gebruiker, ronde, heeftPublicatie) || !vrij) {
      // the public does not learn that a draft exists
      if (!req.gebruiker) stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen gepubliceerde rapportage met peildatum ${datum(peildatum)}.` });
      else stuurProbleem(reply, { title: 'Geen toegang', status: 403, detail: 'Deze rapportage is nog niet gepubliceerd; uw rol geeft geen toegang tot concepten.' });
      return null;
    }
    return { ronde, heeftPublicatie };
  }

  /**
   * The report inputs of the URL's peildatum as this reader may see them: the one embargo rule
   * (kern/embargo.ts) applied to the figures and to the kader rows behind the report's tables, so the
   * page, the report HTML/PDF and the open data (kerncijfers.csv|json) show the same thing. Without a
   * round this reader may see, the publication of that peildatum is shown (a concept round hides nothing).
   */
  async function gegevensVoorLezer(req: FastifyRequest<{ Params: Params }>, zonderRonde: boolean): Promise<{ gegevens: RapportGegevens; ronde: Ronde | null }> {
    const { gegevens, ronde } = await rapportGegevensVoor(db, req.params.peildatum, { zonderRonde });
    const v = await verbergOnderEmbargo(db, req.gebruiker, gegevens.peildatum, { cijfers: gegevens.cijfers, kaderRijen: gegevens.kaders });
    if (!v.verborgen) return { gegevens, ronde };
    const nieuw = (v.cijfers.opmerkingen ?? []).filter((o) => !gegevens.opmerkingen.includes(o));
    return { gegevens: { ...gegevens, cijfers: v.cijfers, kaders: v.kaderRijen ?? [], opmerkingen: [...gegevens.opmerkingen, ...nieuw] }, ronde };
  }

  async function toonRonde(req: FastifyRequest<{ Params: Params }>, reply: FastifyReply, extra: { melding?: string; fout?: string; status?: number; invoer?: Record<string, string> } = {}) {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens, ronde } = await gegevensVoorLezer(req, !r.ronde);
    // before fixing: the figures beside the previous publication (cijferbewaking)
    const bewaking = ronde?.status === 'open' && mag(req.gebruiker, 'rondes.vaststellen') ? await bewaakCijfers(db, ronde.peildatum) : undefined;
    return stuurPagina(
      reply,
      pagina(RondePagina, {
        gebruiker: req.gebruiker,
        csrf: await csrfToken(reply),
        gegevens,
        ronde,
        heeftPublicatie: r.heeftPublicatie,
        melding: extra.melding,
        fout: extra.fout,
        bewaking,
        invoer: extra.invoer,
      }),
      extra.status ?? 200,
    );
  }

  app.get('/rapportages', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    let items: LijstItem[] = [];
    for (const i of await lijst()) {
      if (i.soort === 'ronde' && !magLezen(req.gebruiker, { status: i.status } as Ronde, false)) continue;
      if (i.soort === 'ronde' && !(await zichtbaar(db, req.gebruiker, { ronde: i.peildatum }))) continue; // under embargo
      items.push(i);
    }
    // one line per peildatum: the round where the reader sees it, else the publication
    const metRonde = new Set(items.filter((i) => i.soort === 'ronde').map((i) => i.peildatum));
    items = items.filter((i) => i.soort === 'ronde' || !metRonde.has(i.peildatum));
    return stuurPagina(reply, pagina(RondesLijstPagina, { gebruiker: req.gebruiker, csrf: await csrfToken(reply), items }));
  });

  app.post('/rapportages', post('rondes.vaststellen'), async (req, reply) => {
    const b = formulierVelden(req.body);
    const invoer = { peildatum: b.peildatum?.trim() ?? '', bo_datum: b.bo_datum?.trim() || undefined, titel: b.titel?.trim() ?? '' };
    let fouten = controleerRondeInvoer(invoer);
    if (Object.keys(fouten).length === 0) {
      try {
        const r = await maakRonde(db, { ...invoer, bo_datum: invoer.bo_datum ?? null }, req.gebruiker!.email);
        return reply.redirect(`/rapportages/${r.peildatum}?gemaakt=1`, 303);
      } catch (err) {
        if (!(err instanceof RondeFout)) throw err;
        fouten = { [err.veld ?? 'peildatum']: err.message };
      }
    }
    const items = await lijst();
    return stuurPagina(reply, pagina(RondesLijstPagina, { gebruiker: req.gebruiker, csrf: await csrfToken(reply), items, fouten, invoer: b }), 422);
  });

  app.get<{ Params: Params; Querystring: Record<string, string> }>('/rapportages/:peildatum', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const q = req.query ?? {};
    const melding = q.gemaakt ? 'De ronde is aangemaakt.' : q.vastgesteld ? 'De ronde is vastgesteld: kerncijfers en teksten zijn bevroren.' : q.gepubliceerd ? 'De ronde is gepubliceerd.' : undefined;
    return toonRonde(req, reply, { melding });
  });

  app.get<{ Params: Params }>('/rapportages/:peildatum/rapport.html', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens } = await gegevensVoorLezer(req, !r.ronde);
    return reply.type('text/html; charset=utf-8').send(renderRapportHtml(gegevens, 'html'));
  });

  app.get<{ Params: Params }>('/rapportages/:peildatum/rapport.pdf', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens } = await gegevensVoorLezer(req, !r.ronde);
    // what the public sees is the same for every visitor: one build per data version and day
    const sleutel = req.gebruiker ? null : `${gegevens.peildatum}|${r.ronde ? 'ronde' : 'publicatie'}|${await dataVersie(db)}|${vandaag()}`;
    let pdf: Buffer;
    try {
      pdf = await pdfBouwer.pdf(gegevens, sleutel);
    } catch (err) {
      if (!(err instanceof TeDrukFout)) throw err;
      return stuurProbleem(reply.header('retry-after', String(err.naSeconden)), { title: 'Even geduld', status: 503, detail: `${err.message} Probeer het over een halve minuut opnieuw.` });
    }
    return reply
      .type('application/pdf')
      .header('content-disposition', bijlage(`voortgangsrapportage-${gegevens.peildatum}.pdf`, 'inline'))
      .send(pdf);
  });

  const openData = (g: RapportGegevens) => ({
    ...g.cijfers,
    peildatum: g.peildatum,
    bron: g.cijfers_herkomst.soort === 'snapshot' ? 'vastgesteld' : 'berekend',
    ...(g.cijfers_herkomst.publicatie ? { publicatie: g.cijfers_herkomst.publicatie } : {}),
    ...(g.cijfers_herkomst.snapshot_id ? { snapshot_id: g.cijfers_herkomst.snapshot_id } : {}),
  });

  app.get<{ Params: Params }>('/rapportages/:peildatum/kerncijfers.json', { preHandler: vereist('kerncijfers.lezen') }, async (req, reply) => {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens } = await gegevensVoorLezer(req, !r.ronde);
    // the snapshot in the contract's kerncijfers format: imports again (issue 14); where it was
    // published from is on the page, not in the file
    const { publicatie: _p, snapshot_id: _s, ...kerncijfers } = openData(gegevens) as Record<string, unknown>;
    void _p;
    void _s;
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="kerncijfers-${gegevens.peildatum}.json"`)
      .send(JSON.stringify(kerncijfers));
  });

  app.get<{ Params: Params }>('/rapportages/:peildatum/kerncijfers.csv', { preHandler: vereist('kerncijfers.lezen') }, async (req, reply) => {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens } = await gegevensVoorLezer(req, !r.ronde);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', bijlage(rapportNaam(`kerncijfers-${gegevens.peildatum}`, 'csv')))
      .send(kerncijfersNaarCsv(openData(gegevens)));
  });

  app.get<{ Params: Params }>('/rapportages/:peildatum/vergelijking', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const r = await laad(req, reply);
    if (!r) return reply;
    const { gegevens } = await gegevensVoorLezer(req, !r.ronde);
    return stuurPagina(reply, pagina(VergelijkingPagina, { gebruiker: req.gebruiker, csrf: await csrfToken(reply), gegevens }));
  });

  async function onderdelen(): Promise<Onderdeel[]> {
    const o = await db.query<Onderdeel>(`SELECT code, naam, akkoord, blok FROM onderdelen`);
    return o.sort((a, b) => (a.akkoord === b.akkoord ? a.code.localeCompare(b.code, 'nl', { numeric: true }) : a.akkoord === 'IZA' ? -1 : 1));
  }

  async function openRonde(req: FastifyRequest<{ Params: Params }>, reply: FastifyReply): Promise<Ronde | null> {
    const ronde = isIsoDatum(req.params.peildatum) ? await rondeOp(db, req.params.peildatum) : null;
    if (!ronde) {
      stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen rapportageronde met peildatum ${req.params.peildatum}.` });
      return null;
    }
    return ronde;
  }

  app.get<{ Params: Params; Querystring: { onderdeel?: string; opgeslagen?: string } }>(
    '/rapportages/:peildatum/bewerken',
    { preHandler: vereist('rondes.redigeren') },
    async (req, reply) => {
      const ronde = await openRonde(req, reply);
      if (!ronde) return reply;
      if (ronde.status !== 'open') return reply.redirect(`/rapportages/${ronde.peildatum}`, 303);
      return stuurPagina(
        reply,
        pagina(BewerkPagina, {
          gebruiker: req.gebruiker,
          csrf: await csrfToken(reply),
          ronde,
          onderdelen: await onderdelen(),
          teksten: await tekstenVan(db, ronde.id),
          onderdeel: req.query.onderdeel,
          melding: req.query.opgeslagen ? `Opgeslagen (${req.query.opgeslagen} ${req.query.opgeslagen === '1' ? 'tekst' : 'teksten'} gewijzigd).` : undefined,
        }),
      );
    },
  );

  app.post<{ Params: Params; Querystring: { onderdeel?: string } }>('/rapportages/:peildatum/teksten', post('rondes.redigeren'), async (req, reply) => {
    const ronde = await openRonde(req, reply);
    if (!ronde) return reply;
    const b = formulierVelden(req.body);
    const wijzigingen: TekstWijziging[] = Object.keys(b)
      .filter((k) => k.startsWith('tekst:'))
      .map((k) => {
        const sleutel = k.slice('tekst:'.length);
        return { sleutel, tekst: b[k], versie: Number(b[`versie:${sleutel}`] ?? '0') || 0 };
      });
    try {
      const gewijzigd = await bewaarTeksten(db, ronde.peildatum, wijzigingen, req.gebruiker!);
      const terug = `/rapportages/${ronde.peildatum}/bewerken?opgeslagen=${gewijzigd.length}${req.query.onderdeel ? `&onderdeel=${encodeURIComponent(req.query.onderdeel)}` : ''}`;
      return reply.redirect(terug, 303);
    } catch (err) {
      if (!(err instanceof RondeFout)) throw err;
      const status = err.soort === 'conflict' ? 409 : err.soort === 'geen_toegang' ? 403 : err.soort === 'niet_gevonden' ? 404 : 422;
      return stuurPagina(
        reply,
        pagina(BewerkPagina, {
          gebruiker: req.gebruiker,
          csrf: await csrfToken(reply),
          ronde: (await rondeOp(db, ronde.peildatum)) ?? ronde,
          onderdelen: await onderdelen(),
          teksten: await tekstenVan(db, ronde.id),
          onderdeel: req.query.onderdeel,
          // keep what the user typed, but with the versions they started from
          invoer: Object.fromEntries(wijzigingen.map((w) => [w.sleutel, { tekst: w.tekst, versie: w.versie }])),
          fouten: { [err.veld ?? 'noemenswaardig']: err.message },
        }),
        status,
      );
    }
  });

  app.post<{ Params: Params }>('/rapportages/:peildatum/vaststellen', post('rondes.vaststellen'), async (req, reply) => {
    const ronde = await openRonde(req, reply);
    if (!ronde) return reply;
    const b = formulierVelden(req.body);
    try {
      await stelRondeVast(db, ronde.peildatum, {
        versie: Number(b.versie),
        door: req.gebruiker!.email,
        cijfers: b.cijfers === 'gepubliceerd' ? 'gepubliceerd' : 'berekend',
        bevestiging: b.bevestig === 'ja' ? b.bevestiging : undefined,
      });
      return reply.redirect(`/rapportages/${ronde.peildatum}?vastgesteld=1`, 303);
    } catch (err) {
      if (!(err instanceof RondeFout)) throw err;
      return toonRonde(req, reply, { fout: err.message, status: err.soort === 'conflict' ? 409 : 422, invoer: b });
    }
  });

  app.post<{ Params: Params }>('/rapportages/:peildatum/verwijderen', post('rondes.vaststellen'), async (req, reply) => {
    const ronde = await openRonde(req, reply);
    if (!ronde) return reply;
    const b = formulierVelden(req.body);
    try {
      await verwijderRonde(db, ronde.peildatum, { versie: Number(b.versie), door: req.gebruiker!.email });
      return reply.redirect(`/rapportages?verwijderd=${ronde.peildatum}`, 303);
    } catch (err) {
      if (!(err instanceof RondeFout)) throw err;
      return toonRonde(req, reply, { fout: err.message, status: err.soort === 'conflict' ? 409 : 422 });
    }
  });

  app.post<{ Params: Params }>('/rapportages/:peildatum/publiceren', post('rondes.vaststellen'), async (req, reply) => {
    const ronde = await openRonde(req, reply);
    if (!ronde) return reply;
    const b = formulierVelden(req.body);
    try {
      await publiceerRonde(db, ronde.peildatum, { versie: Number(b.versie), door: req.gebruiker!.email });
      return reply.redirect(`/rapportages/${ronde.peildatum}?gepubliceerd=1`, 303);
    } catch (err) {
      if (!(err instanceof RondeFout)) throw err;
      return toonRonde(req, reply, { fout: err.message, status: err.soort === 'conflict' ? 409 : 422 });
    }
  });
}
