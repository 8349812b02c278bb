// Routes van transformatie: pagina's, formulieren (POST, met CSRF) en CSV-exports. Elke route noemt
// zijn handeling via vereist(...); eigenaarschap (indiener, coördinerend verzekeraar) en de
// workflowregels controleert de store binnen de transactie.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../../platform/db.js';
import { stuurPagina, Pagina } from '../../platform/web/pagina.js';
import { naarCsv, grafiekTabel } from '../../platform/web/grafiek.js';
import { ontleedEuro, isIsoDatum } from '../../domein/getallen.js';
import { fondsGrootboek, type PlanStand } from '../../domein/transformatiemiddelen.js';
import { wouOverschrijden } from '../../domein/budget.js';
import { isCoordinerendVoor, mag, magKpisBeheren, magPlanImpactBeheren, zelfdeOrganisatie, type Gebruiker } from '../../domein/beleid.js';
import { impactVanPlannenOp, planImpactBeeld, verwachtingenPerPlan } from '../../impact/index.js';
import { legPlanImpactVastUitFormulier } from './impact.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import type { PlanActie, ToetsActie } from '../../domein/workflow.js';
import { KPI_ACTIES, toegestaneKpiActies, type KpiActie } from '../../domein/workflow.js';
import { aanvragenGrafiek, GRAFIEK_NAMEN, overzichtOp, type GrafiekNaam } from '../overzicht.js';
import * as store from '../store/index.js';
import { MiddelenPagina } from '../pages/middelen.js';
import { OverzichtPagina } from '../pages/overzicht.js';
import { PubliekeTransformatiePagina, type GepubliceerdeTransformatie } from '../pages/gepubliceerd.js';
import { alleBronnen, laatstGepubliceerd } from '../../kern/publicatie.js';
import { leesbareTekst } from '../../domein/bronnen.js';
import { datum } from '../../platform/formaat.js';
import { PlanDetailPagina } from '../pages/plan.js';
import { PlanFormulierPagina } from '../pages/plan-formulier.js';
import { PlannenLijstPagina } from '../pages/plannen.js';
import { ToetsDetailPagina } from '../pages/toets.js';
import { ToetsenLijstPagina } from '../pages/toetsen.js';
import { ToetsFormulierPagina } from '../pages/toets-formulier.js';
import type { Formulierfout, LijstFilter } from '../pages/onderdelen.js';
import { csrfBescherming, csrfToken, veld } from '../../platform/web/verzoek.js';
import { bijlage } from '../../platform/web/bestandsnaam.js';
import { rapportNaam } from '../../platform/web/download.js';

type Body = Record<string, string | string[] | undefined>;

function meer(body: unknown, naam: string): string[] {
  const w = (body as Body | undefined)?.[naam];
  return (Array.isArray(w) ? w : w ? [w] : []).map((x) => x.trim()).filter(Boolean);
}
/** 'Groningen, Drenthe' of 'Groningen|Drenthe' → lijst zonder dubbele. */
function lijstUitTekst(s: string): string[] {
  return [...new Set(s.split(/[,|;\n]/).map((x) => x.trim()).filter(Boolean))];
}
/** Bedrag in hele euro's; null = leeg; NaN = onleesbaar (de store meldt het bij het veld). */
function bedrag(s: string): number | null {
  if (!s.trim()) return null;
  const r = ontleedEuro(s);
  return r.ok ? r.waarde : Number.NaN;
}
function geheel(s: string): number | null {
  if (!s.trim()) return null;
  const n = Number(s.trim());
  return Number.isInteger(n) ? n : Number.NaN;
}
function versie(body: unknown): number | null {
  const v = veld(body, 'versie');
  return v === '' ? null : Number(v);
}
function alleWaarden(body: unknown): Record<string, string | string[]> {
  const uit: Record<string, string | string[]> = {};
  for (const [k, w] of Object.entries((body as Body) ?? {})) if (k !== '_csrf' && w !== undefined) uit[k] = w;
  return uit;
}

const STATUS_VOOR: Record<store.FoutSoort, number> = { conflict: 409, verboden: 403, ongeldig: 409, validatie: 422, niet_gevonden: 404 };

function foutPagina(reply: FastifyReply, g: Gebruiker | null, csrf: string, status: number, titel: string, tekst: string): FastifyReply {
  return stuurPagina(
    reply,
    <Pagina titel={titel} actief="transformatie" gebruiker={g} csrf={csrf}>
      <h1 class="utrecht-heading-1">{titel}</h1>
      <p class="utrecht-paragraph">{tekst}</p>
      <p class="utrecht-paragraph">
        <a href="/transformatie">Naar het overzicht transformatie</a>
      </p>
    </Pagina>,
    status,
  );
}

const GEDAAN: Record<string, string> = {
  ingediend: 'De snelle toets is ingediend.',
  plan_ingediend: 'Het transformatieplan is ingediend.',
  beoordeling_starten: 'De beoordeling is gestart.',
  informatie_opvragen: 'De vraag om extra informatie is verstuurd.',
  opnieuw_indienen: 'De aanvulling is ingediend; de beoordeling loopt verder.',
  goedkeuren: 'Goedgekeurd.',
  afkeuren: 'Afgekeurd; de indiener ziet de reden.',
  heropenen: 'De snelle toets is heropend en opnieuw ingediend.',
  besluit_voornemen: 'Het voorgenomen besluit is genomen; de vragentermijn loopt.',
  vraag_stellen: 'Uw vraag is geregistreerd.',
  antwoord: 'Het antwoord is opgeslagen.',
  nza: 'De NZa-beschikking is vastgelegd.',
  ventiel: 'De ventielroute is bijgewerkt.',
  kpi: 'De KPI is vastgelegd.',
  kpi_actie: 'De KPI is bijgewerkt.',
  budget: 'Het jaarbudget is opgeslagen.',
  claim: 'De doorbraakclaim is geregistreerd.',
  impact: 'De verwachte fte-impact is opgeslagen.',
};

export interface TransformatieOpties {
  db: Db;
  /** 'Vandaag' voor de workflow (tests: een vaste of verschuivende datum). */
  vandaag: () => string;
}

export async function transformatieRoutes(app: FastifyInstance, { db, vandaag }: TransformatieOpties): Promise<void> {
  const csrf = csrfBescherming(app);

  /** Peildatum uit ?peildatum=; null bij een ongeldige datum. */
  function peildatumVan(req: FastifyRequest): string | null {
    const p = (req.query as Record<string, string | undefined>).peildatum;
    if (p === undefined || p === '') return vandaag();
    return isIsoDatum(p) ? p : null;
  }
  async function ongeldigePeildatum(req: FastifyRequest, reply: FastifyReply) {
    return foutPagina(reply, req.gebruiker, await csrfToken(reply), 400, 'Ongeldige peildatum', 'Gebruik een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2025-05-20.');
  }
  function filterVan(req: FastifyRequest): LijstFilter {
    const q = req.query as Record<string, string | undefined>;
    return { status: q.status ?? '', zoek: (q.zoek ?? '').trim() };
  }
  function wilCsv(req: FastifyRequest): boolean {
    return (req.query as Record<string, string | undefined>).formaat === 'csv' || (req.headers.accept ?? '').startsWith('text/csv');
  }
  function stuurCsv(reply: FastifyReply, naam: string, kop: string[], rijen: (string | number | null)[][]) {
    return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(rapportNaam(naam, 'csv'))).send(naarCsv({ kop, rijen }, { bom: true }));
  }

  // ---- overzicht ---------------------------------------------------------------------------
  // The public sees the published figures of every part (issue 14): from published snapshots only,
  // with the embargo rule; logged-in readers see the registers, and the published figures beside them
  // while the registers are empty.
  app.get('/transformatie', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    const pub = await laatstGepubliceerd(db, req.gebruiker, P, datum);
    const g: GepubliceerdeTransformatie | null = pub
      ? { peildatum: pub.peildatum, bron: leesbareTekst(pub.bron, pub.bronnen, pub.genummerd, datum), genummerd: pub.genummerd, cijfers: pub.cijfers, middelenVerborgen: pub.verborgen }
      : null;
    const basis = { gebruiker: req.gebruiker, csrf: await csrfToken(reply), vandaag: vandaag() };
    if (!mag(req.gebruiker, 'intern.lezen')) return stuurPagina(reply, <PubliekeTransformatiePagina {...basis} g={g} />);
    const o = await overzichtOp(db, P);
    return stuurPagina(reply, <OverzichtPagina {...basis} o={o} impact={await impactVanPlannenOp(db, P)} gepubliceerd={g} bronnen={pub?.bronnen ?? (await alleBronnen(db))} />);
  });

  app.get('/transformatie/grafieken/:bestand', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const naam = (req.params as { bestand: string }).bestand.replace(/\.csv$/, '') as GrafiekNaam;
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    if ((naam as string) === 'aanvragen-cumulatief') {
      const tabel = grafiekTabel(aanvragenGrafiek((await overzichtOp(db, P)).aanvragen));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(rapportNaam(`${naam}-${P}`, 'csv'))).send(naarCsv(tabel, { bom: true }));
    }
    if (!GRAFIEK_NAMEN.includes(naam)) return foutPagina(reply, req.gebruiker, await csrfToken(reply), 404, 'Grafiek niet gevonden', `Er is geen grafiek '${naam}'.`);
    const o = await overzichtOp(db, P);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', bijlage(rapportNaam(`${naam}-${P}`, 'csv')))
      .send(naarCsv(grafiekTabel(o.grafieken[naam]), { bom: true }));
  });

  // ---- snelle toetsen ------------------------------------------------------------------------
  app.get('/transformatie/toetsen', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    const filter = filterVan(req);
    const zoek = filter.zoek.toLocaleLowerCase('nl-NL');
    const toetsen = (await store.toetsenOp(db, P)).filter(
      (t) =>
        (!filter.status || t.status === filter.status) &&
        (!zoek || [t.id, t.titel ?? '', ...(t.regios ?? []), t.coordinerend_verzekeraar ?? ''].some((w) => w.toLocaleLowerCase('nl-NL').includes(zoek))),
    );
    if (wilCsv(req)) {
      return stuurCsv(
        reply,
        `snelle-toetsen-${P}`,
        ['id', 'titel', 'status', 'status_datum', 'ingediend_op', 'regios', 'sectoren', 'themas', 'coordinerend_verzekeraar', 'indiener', 'gevraagd_bedrag_eur'],
        toetsen.map((t) => [
          t.id,
          t.titel,
          t.status,
          t.status_datum,
          t.ingediend_op,
          (t.regios ?? []).join('|'),
          (t.sectoren ?? []).join('|'),
          (t.themas ?? []).join('|'),
          t.coordinerend_verzekeraar,
          t.indiener_organisatie_naam,
          t.gevraagd_bedrag_eur,
        ]),
      );
    }
    const sluiting = await store.sluitingsdatum(db);
    const { mag: magIndienen, gesloten } = store.magToetsIndienen(req.gebruiker, vandaag(), sluiting);
    return stuurPagina(
      reply,
      <ToetsenLijstPagina gebruiker={req.gebruiker} csrf={await csrfToken(reply)} vandaag={vandaag()} peildatum={P} toetsen={toetsen} filter={filter} magIndienen={magIndienen} gesloten={gesloten} sluiting={sluiting} />,
    );
  });

  async function toetsFormulier(req: FastifyRequest, reply: FastifyReply, fout?: Formulierfout, status = 200) {
    const [verzekeraars, regios, themas, sluiting] = await Promise.all([verzekeraarsLijst(db), store.izaRegios(db), waardenUitLog(db, 'themas'), store.sluitingsdatum(db)]);
    return stuurPagina(
      reply,
      <ToetsFormulierPagina gebruiker={req.gebruiker} csrf={await csrfToken(reply)} vandaag={vandaag()} fout={fout} verzekeraars={verzekeraars} regios={regios} themas={themas} sluiting={sluiting} />,
      status,
    );
  }

  app.get('/transformatie/toetsen/nieuw', { preHandler: vereist('toetsen.indienen') }, async (req, reply) => toetsFormulier(req, reply));

  app.post('/transformatie/toetsen', { preHandler: vereist('toetsen.indienen'), ...csrf }, async (req, reply) => {
    const b = req.body;
    const r = await store.dienToetsIn(
      db,
      {
        titel: veld(b, 'titel'),
        omschrijving: veld(b, 'omschrijving'),
        // check boxes (several values) or, from a script, one text 'Groningen, Drenthe'
        regios: [...new Set(meer(b, 'regios').flatMap(lijstUitTekst))],
        sectoren: meer(b, 'sectoren'),
        themas: lijstUitTekst(veld(b, 'themas')),
        gevraagd_bedrag_eur: bedrag(veld(b, 'gevraagd_bedrag_eur')),
        coordinerend_verzekeraar: veld(b, 'coordinerend_verzekeraar'),
        uitzondering: veld(b, 'uitzondering') === 'ja',
        toelichting: veld(b, 'toelichting'),
      },
      req.gebruiker!,
      vandaag(),
    );
    if (r.ok) return reply.redirect(`/transformatie/toetsen/${encodeURIComponent(r.id)}?gedaan=ingediend`, 303);
    return toetsFormulier(req, reply, { formulier: 'nieuw', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  async function toetsDetail(req: FastifyRequest, reply: FastifyReply, id: string, P: string, fout?: Formulierfout, status = 200) {
    const toets = await store.toetsOp(db, id, P);
    const csrf = await csrfToken(reply);
    if (!toets) return foutPagina(reply, req.gebruiker, csrf, 404, 'Snelle toets niet gevonden', `Er is geen snelle toets ${id} op ${P}.`);
    const sluiting = await store.sluitingsdatum(db);
    const gedaan = (req.query as Record<string, string | undefined>).gedaan;
    return stuurPagina(
      reply,
      <ToetsDetailPagina
        gebruiker={req.gebruiker}
        csrf={csrf}
        vandaag={vandaag()}
        toets={toets}
        peildatum={P}
        acties={store.toetsActiesVoor(req.gebruiker, toets, vandaag(), sluiting)}
        log={await store.logVan(db, 'toets', id)}
        handelingen={await store.handelingenVan(db, 'toets', id)}
        plannen={await store.plannenVanToets(db, id, P)}
        magPlan={store.magPlanIndienen(req.gebruiker, toets, vandaag())}
        fout={fout}
        melding={gedaan && !fout ? GEDAAN[gedaan] : undefined}
      />,
      status,
    );
  }

  app.get('/transformatie/toetsen/:id', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    return toetsDetail(req, reply, (req.params as { id: string }).id, P);
  });

  const TOETS_INDIENER_ACTIES: ToetsActie[] = ['opnieuw_indienen', 'heropenen'];
  const TOETS_BEOORDEEL_ACTIES: ToetsActie[] = ['beoordeling_starten', 'informatie_opvragen', 'goedkeuren', 'afkeuren'];
  for (const [pad, handeling, acties] of [
    ['indiener', 'toetsen.indienen', TOETS_INDIENER_ACTIES],
    ['beoordeling', 'toetsen.beoordelen', TOETS_BEOORDEEL_ACTIES],
  ] as const) {
    app.post(`/transformatie/toetsen/:id/${pad}`, { preHandler: vereist(handeling), ...csrf }, async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const b = req.body;
      const actie = veld(b, 'actie') as ToetsActie;
      if (!(acties as readonly string[]).includes(actie)) {
        return toetsDetail(req, reply, id, vandaag(), { formulier: actie, melding: `'${actie}' hoort niet bij dit formulier.` }, 400);
      }
      const r = await store.voerToetsActieUit(db, { id, actie, versie: versie(b), status: veld(b, 'status') || null, reden: veld(b, 'reden'), toelichting: veld(b, 'toelichting') }, req.gebruiker!, vandaag());
      if (r.ok) return reply.redirect(`/transformatie/toetsen/${encodeURIComponent(id)}?gedaan=${actie}`, 303);
      const velden = r.velden ?? (r.soort === 'validatie' ? { [actie === 'informatie_opvragen' || actie === 'afkeuren' ? 'reden' : 'toelichting']: r.fout } : undefined);
      return toetsDetail(req, reply, id, vandaag(), { formulier: actie, melding: r.fout, velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
    });
  }

  // ---- transformatieplannen ------------------------------------------------------------------
  app.get('/transformatie/plannen', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    const filter = filterVan(req);
    const zoek = filter.zoek.toLocaleLowerCase('nl-NL');
    const plannen = (await store.plannenOp(db, P)).filter(
      (p) => (!filter.status || p.status === filter.status) && (!zoek || [p.id, p.titel ?? '', p.snelle_toets_id ?? ''].some((w) => w.toLocaleLowerCase('nl-NL').includes(zoek))),
    );
    if (wilCsv(req)) {
      return stuurCsv(
        reply,
        `transformatieplannen-${P}`,
        ['id', 'snelle_toets_id', 'titel', 'status', 'status_datum', 'ingediend_op', 'betrokkenheid_patienten', 'bedrag_aangevraagd_eur', 'bedrag_beschikbaar_gesteld_eur', 'nza_beschikking_datum', 'nza_bedrag_eur', 'ventiel'],
        plannen.map((p) => [
          p.id,
          p.snelle_toets_id,
          p.titel,
          p.status,
          p.status_datum,
          p.ingediend_op,
          p.betrokkenheid_patienten,
          p.bedrag_aangevraagd_eur,
          p.bedrag_beschikbaar_gesteld_eur,
          p.nza_beschikking_datum,
          p.nza_bedrag_eur,
          p.ventiel ? 'ja' : '',
        ]),
      );
    }
    return stuurPagina(reply, <PlannenLijstPagina gebruiker={req.gebruiker} csrf={await csrfToken(reply)} vandaag={vandaag()} peildatum={P} plannen={plannen} filter={filter} />);
  });

  async function planFormulier(req: FastifyRequest, reply: FastifyReply, toetsId: string, fout?: Formulierfout, status = 200) {
    const csrf = await csrfToken(reply);
    const toets = await store.toetsOp(db, toetsId, vandaag());
    if (!toets) return foutPagina(reply, req.gebruiker, csrf, 404, 'Snelle toets niet gevonden', `Er is geen snelle toets ${toetsId}.`);
    if (!fout && !store.magPlanIndienen(req.gebruiker, toets, vandaag())) {
      return foutPagina(reply, req.gebruiker, csrf, 403, 'Geen plan mogelijk', 'Alleen de indienende organisatie kan op een goedgekeurde snelle toets een transformatieplan indienen.');
    }
    return stuurPagina(reply, <PlanFormulierPagina gebruiker={req.gebruiker} csrf={csrf} vandaag={vandaag()} toets={toets} fout={fout} />, status);
  }

  app.get('/transformatie/plannen/nieuw', { preHandler: vereist('plannen.indienen') }, async (req, reply) =>
    planFormulier(req, reply, (req.query as Record<string, string | undefined>).toets ?? ''),
  );

  app.post('/transformatie/plannen', { preHandler: vereist('plannen.indienen'), ...csrf }, async (req, reply) => {
    const b = req.body;
    const toetsId = veld(b, 'snelle_toets_id');
    const betrokkenheid = veld(b, 'betrokkenheid_patienten');
    const r = await store.dienPlanIn(
      db,
      {
        toetsId,
        titel: veld(b, 'titel'),
        omschrijving: veld(b, 'omschrijving'),
        betrokkenheid_patienten: betrokkenheid === 'ja' || betrokkenheid === 'nee' ? betrokkenheid : null,
        bedrag_aangevraagd_eur: bedrag(veld(b, 'bedrag_aangevraagd_eur')),
      },
      req.gebruiker!,
      vandaag(),
    );
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(r.id)}?gedaan=plan_ingediend`, 303);
    return planFormulier(req, reply, toetsId, { formulier: 'nieuw', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  async function planDetail(req: FastifyRequest, reply: FastifyReply, id: string, P: string, fout?: Formulierfout, status = 200) {
    const csrf = await csrfToken(reply);
    const plan = await store.planOp(db, id, P);
    if (!plan) return foutPagina(reply, req.gebruiker, csrf, 404, 'Transformatieplan niet gevonden', `Er is geen transformatieplan ${id} op ${P}.`);
    const g = req.gebruiker;
    const bron = await store.planContextBron(db, plan, P);
    const kpis = await store.kpisOp(db, P, id);
    const grootboek = fondsGrootboek([plan as unknown as PlanStand], kpis);
    const coordinerend = bron.toets?.coordinerend_verzekeraar ?? null;
    const magKpis = magKpisBeheren(g, coordinerend) && mag(g, 'kpis.beheren');
    let budgetCheck = null;
    if (plan.status === 'Voorgenomen besluit') {
      const { budgetten, toekenningen } = await store.budgetOverzicht(db, vandaag());
      const jaar = Number(vandaag().slice(0, 4));
      if (budgetten.length) budgetCheck = { jaar, ...wouOverschrijden(budgetten, toekenningen, { jaar, bedrag_eur: plan.bedrag_aangevraagd_eur ?? 0 }) };
    }
    const gedaan = (req.query as Record<string, string | undefined>).gedaan;
    const page: VNode = (
      <PlanDetailPagina
        gebruiker={g}
        csrf={csrf}
        vandaag={vandaag()}
        plan={plan}
        toets={bron.toets}
        peildatum={P}
        acties={store.planActiesVoor(g, bron, vandaag())}
        log={await store.logVan(db, 'plan', id)}
        handelingen={await store.handelingenVan(db, 'plan', id)}
        vragen={await store.vragenVan(db, id)}
        kpis={kpis}
        kpiActies={Object.fromEntries(kpis.map((k) => [k.kpi_id, plan.status === 'Goedgekeurd' ? toegestaneKpiActies(k) : []]))}
        grootboek={grootboek.plannen[0] ?? null}
        waarschuwingen={grootboek.waarschuwingen}
        voorgenomenOp={bron.voorgenomenOp}
        termijnDagen={bron.termijn}
        budgetCheck={budgetCheck}
        magNza={mag(g, 'nza.beschikken')}
        magVentiel={mag(g, 'kaders.beheren')}
        magKpis={magKpis}
        magAntwoorden={mag(g, 'plannen.beoordelen') && (g?.rollen.includes('beheerder') || isCoordinerendVoor(g, coordinerend))}
        impact={await planImpactBeeld(db, id)}
        magImpact={magPlanImpactBeheren(g, coordinerend)}
        fout={fout}
        melding={gedaan && !fout ? GEDAAN[gedaan] : undefined}
      />
    );
    return stuurPagina(reply, page, status);
  }

  app.get('/transformatie/plannen/:id', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    return planDetail(req, reply, (req.params as { id: string }).id, P);
  });

  const PLAN_GROEPEN: [string, 'plannen.indienen' | 'plannen.beoordelen' | 'plannen.vragen', PlanActie[]][] = [
    ['indiener', 'plannen.indienen', ['opnieuw_indienen']],
    ['beoordeling', 'plannen.beoordelen', ['beoordeling_starten', 'informatie_opvragen', 'besluit_voornemen', 'goedkeuren', 'afkeuren']],
    ['vragen', 'plannen.vragen', ['vraag_stellen']],
  ];
  for (const [pad, handeling, acties] of PLAN_GROEPEN) {
    app.post(`/transformatie/plannen/:id/${pad}`, { preHandler: vereist(handeling), ...csrf }, async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const b = req.body;
      const actie = veld(b, 'actie') as PlanActie;
      if (!acties.includes(actie)) return planDetail(req, reply, id, vandaag(), { formulier: actie, melding: `'${actie}' hoort niet bij dit formulier.` }, 400);
      const r = await store.voerPlanActieUit(
        db,
        {
          id,
          actie,
          versie: versie(b),
          status: veld(b, 'status') || null,
          reden: veld(b, 'reden'),
          toelichting: veld(b, 'toelichting'),
          akkoordTweedeVerzekeraar: veld(b, 'akkoord_tweede_verzekeraar') === 'ja',
          tweedeVerzekeraar: veld(b, 'tweede_verzekeraar'),
          bedragBeschikbaarGesteldEur: actie === 'goedkeuren' ? bedrag(veld(b, 'bedrag')) : undefined,
        },
        req.gebruiker!,
        vandaag(),
      );
      if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=${actie}`, 303);
      const tekstVeld = actie === 'informatie_opvragen' || actie === 'afkeuren' ? 'reden' : 'toelichting';
      const velden = r.velden ?? (r.soort === 'validatie' && ['informatie_opvragen', 'afkeuren', 'vraag_stellen'].includes(actie) ? { [tekstVeld]: r.fout } : undefined);
      return planDetail(req, reply, id, vandaag(), { formulier: actie, melding: r.fout, velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
    });
  }

  app.post('/transformatie/plannen/:id/vragen/:vraagId/antwoord', { preHandler: vereist('plannen.beoordelen'), ...csrf }, async (req, reply) => {
    const { id, vraagId } = req.params as { id: string; vraagId: string };
    const r = await store.beantwoordVraag(db, { planId: id, vraagId: Number(vraagId), antwoord: veld(req.body, 'antwoord') }, req.gebruiker!, vandaag());
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=antwoord`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: `antwoord-${vraagId}`, melding: r.fout, velden: r.velden }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/plannen/:id/nza', { preHandler: vereist('nza.beschikken'), ...csrf }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const b = req.body;
    const r = await store.legNzaBeschikkingVast(db, { planId: id, versie: versie(b), datum: veld(b, 'nza_beschikking_datum'), bedrag_eur: bedrag(veld(b, 'nza_bedrag_eur')) }, req.gebruiker!, vandaag());
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=nza`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: 'nza', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/plannen/:id/ventiel', { preHandler: vereist('kaders.beheren'), ...csrf }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const b = req.body;
    const r = await store.zetVentiel(db, { planId: id, versie: versie(b), ventiel: veld(b, 'ventiel') === 'ja' }, req.gebruiker!, vandaag());
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=ventiel`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: 'ventiel', melding: r.fout }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/plannen/:id/impact', { preHandler: vereist('impact.plannen-beheren'), ...csrf }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const plan = await store.planOp(db, id, vandaag());
    if (!plan) return foutPagina(reply, req.gebruiker, await csrfToken(reply), 404, 'Transformatieplan niet gevonden', `Er is geen transformatieplan ${id}.`);
    const coordinerend = (await store.planContextBron(db, plan, vandaag())).toets?.coordinerend_verzekeraar ?? null;
    const r = await legPlanImpactVastUitFormulier(db, id, req.body, req.gebruiker!, coordinerend);
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=impact#fte-impact`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: 'impact', melding: r.fout, velden: r.velden, waarden: alleWaarden(req.body) }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/plannen/:id/kpis', { preHandler: vereist('kpis.beheren'), ...csrf }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const b = req.body;
    const r = await store.voegKpiToe(db, { planId: id, omschrijving: veld(b, 'omschrijving'), jaar: geheel(veld(b, 'jaar')), bedrag_eur: bedrag(veld(b, 'bedrag_eur')) }, req.gebruiker!, vandaag());
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=kpi`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: 'kpi-nieuw', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/plannen/:id/kpis/:kpiId', { preHandler: vereist('kpis.beheren'), ...csrf }, async (req, reply) => {
    const { id, kpiId } = req.params as { id: string; kpiId: string };
    const b = req.body;
    const actie = veld(b, 'actie') as KpiActie;
    if (!(KPI_ACTIES as readonly string[]).includes(actie)) return planDetail(req, reply, id, vandaag(), { formulier: 'kpi', melding: `Onbekende KPI-actie '${actie}'.` }, 400);
    const r = await store.voerKpiActieUit(
      db,
      { planId: id, kpiId, actie, versie: versie(b), resultaat: veld(b, 'resultaat') || null, bedrag_definitief_eur: bedrag(veld(b, 'bedrag_definitief_eur')) },
      req.gebruiker!,
      vandaag(),
    );
    if (r.ok) return reply.redirect(`/transformatie/plannen/${encodeURIComponent(id)}?gedaan=kpi_actie`, 303);
    return planDetail(req, reply, id, vandaag(), { formulier: `kpi-${kpiId}-${actie}`, melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  // ---- middelen, budget, doorbraak -----------------------------------------------------------
  async function middelen(req: FastifyRequest, reply: FastifyReply, P: string, fout?: Formulierfout, status = 200) {
    const plannen = await store.plannenOp(db, P);
    const grootboek = fondsGrootboek(plannen as unknown as PlanStand[], await store.kpisOp(db, P));
    if (wilCsv(req)) {
      return stuurCsv(
        reply,
        `grootboek-${P}`,
        ['plan_id', 'beschikbaar_gesteld', 'verwacht', 'betaalbaar_en_betaald', 'raming', 'nog_vrij_te_geven', 'definitief_vrijgegeven', 'mogelijk_nog_vrij_te_geven'],
        grootboek.plannen.map((r) => [r.plan_id, r.beschikbaar_gesteld, r.verwacht, r.betaalbaar_en_betaald, r.raming, r.nog_vrij_te_geven, r.definitief_vrijgegeven, r.mogelijk_nog_vrij_te_geven]),
      );
    }
    const { verdeling } = await store.budgetOverzicht(db, P);
    const gedaan = (req.query as Record<string, string | undefined>).gedaan;
    return stuurPagina(
      reply,
      <MiddelenPagina
        gebruiker={req.gebruiker}
        csrf={await csrfToken(reply)}
        vandaag={vandaag()}
        peildatum={P}
        grootboek={grootboek}
        titels={new Map(plannen.map((p) => [p.id, p.titel ?? '']))}
        verdeling={verdeling}
        doorbraak={await store.doorbraakOverzicht(db)}
        planImpact={await verwachtingenPerPlan(db)}
        magBudget={mag(req.gebruiker, 'kaders.beheren')}
        magClaims={mag(req.gebruiker, 'kpis.beheren')}
        fout={fout}
        melding={gedaan && !fout ? GEDAAN[gedaan] : undefined}
      />,
      status,
    );
  }

  app.get('/transformatie/middelen', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const P = peildatumVan(req);
    if (!P) return ongeldigePeildatum(req, reply);
    return middelen(req, reply, P);
  });

  app.post('/transformatie/budget', { preHandler: vereist('kaders.beheren'), ...csrf }, async (req, reply) => {
    const b = req.body;
    const r = await store.zetBudget(db, { jaar: geheel(veld(b, 'jaar')), bedrag_eur: bedrag(veld(b, 'bedrag_eur')) }, req.gebruiker!);
    if (r.ok) return reply.redirect('/transformatie/middelen?gedaan=budget', 303);
    return middelen(req, reply, vandaag(), { formulier: 'budget', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });

  app.post('/transformatie/doorbraakclaims', { preHandler: vereist('kpis.beheren'), ...csrf }, async (req, reply) => {
    const b = req.body;
    const r = await store.voegDoorbraakclaimToe(
      db,
      { jaar: geheel(veld(b, 'jaar')), plan_id: veld(b, 'plan_id').trim() || null, omschrijving: veld(b, 'omschrijving'), bedrag_eur: bedrag(veld(b, 'bedrag_eur')), sociaal_domein: veld(b, 'sociaal_domein') === 'ja' },
      req.gebruiker!,
      vandaag(),
    );
    if (r.ok) return reply.redirect('/transformatie/middelen?gedaan=claim', 303);
    return middelen(req, reply, vandaag(), { formulier: 'claim', melding: r.fout, velden: r.velden, waarden: alleWaarden(b) }, STATUS_VOOR[r.soort]);
  });
}

/** Zorgverzekeraars om uit te kiezen: organisaties van soort 'verzekeraar' plus namen uit het log. */
async function verzekeraarsLijst(db: Db): Promise<string[]> {
  const namen = new Set<string>();
  try {
    for (const r of await db.query<{ naam: string }>(`SELECT naam FROM organisaties WHERE soort = 'verzekeraar' ORDER BY naam`)) namen.add(r.naam);
  } catch {
    // tabel organisaties (toegang) ontbreekt: alleen de namen uit het log
  }
  for (const r of await db.query<{ n: string }>(`SELECT DISTINCT coordinerend_verzekeraar AS n FROM snelle_toetsen_log WHERE coordinerend_verzekeraar IS NOT NULL`)) {
    if (![...namen].some((b) => zelfdeOrganisatie(b, r.n))) namen.add(r.n);
  }
  return [...namen].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Veel gebruikte waarden van een lijstkolom (regio's, thema's), als hulp bij het invullen. */
async function waardenUitLog(db: Db, kolom: 'regios' | 'themas'): Promise<string[]> {
  const r = await db.query<{ w: string }>(`SELECT w, count(*) AS n FROM snelle_toetsen_log, unnest(${kolom}) AS w GROUP BY w ORDER BY n DESC, w LIMIT 40`);
  return r.map((x) => x.w);
}
