// Routes of the fte-impact part; registered by src/app.ts.
//
// GET  /impact                              the KPMG model with its checks (public: published figures)
// GET  /impact/model.csv|.xlsx              the model with flags
// POST /impact/import (multipart)           import impact_maatregelen / impact_codekoppelingen (impact.model-beheren)
// GET  /impact/rekenhulp[?scenario=&versie=] the calculator; POST computes (a form: works without JS)
// POST /impact/scenarios                    save the calculator's settings as a named scenario (new version if own)
// GET  /impact/scenarios, /impact/scenarios/:id[?versie=], …/export.csv|.xlsx
// POST /impact/scenarios/:id/zichtbaarheid  the owner chooses who sees it
// GET  /impact/vergelijk[.csv|.xlsx]?a=&b=[&av=&bv=]   two scenarios side by side
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { hernoem, metUpload } from '../platform/web/upload.js';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { mag, type Gebruiker } from '../domein/beleid.js';
import {
  bereken,
  bouwModel,
  clusterTotalen,
  leesInvulling,
  signaleringen,
  totaal,
  type ImpactModel,
  type Invulling,
} from '../domein/impact.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { csrfBescherming, csrfToken, veld } from '../platform/web/verzoek.js';
import type { Fouten } from '../platform/web/formulier.js';
import type { GrafiekTabel } from '../platform/web/grafiek.js';
import { importeer } from '../kern/contract/importeren.js';
import { bestandstype } from '../kern/contract/bestandstypen.js';
import { werkbladen } from '../kern/contract/lezen.js';
import { ImportFout, type Probleem } from '../kern/probleem.js';
import {
  codekoppelingen,
  MODEL_VERSIE,
  modelRijen,
  scenario,
  ScenarioFout,
  scenarioVersies,
  slaScenarioOp,
  zetZichtbaarheid,
  zichtbareScenarios,
  ZICHTBAARHEDEN,
  type Scenario,
  type Zichtbaarheid,
} from './store.js';
import { modelTabel, scenarioTabel, tabelCsv, tabellenXlsx, vergelijkTabel } from './export.js';
import { ModelPagina, type ModelProps } from './pages/model.js';
import { alleBronnen } from '../kern/publicatie.js';
import { RekenhulpPagina, type Keuzes, type RekenhulpProps } from './pages/rekenhulp.js';
import { ScenariosPagina } from './pages/scenarios.js';
import { ScenarioPagina } from './pages/scenario.js';
import { VergelijkPagina } from './pages/vergelijk.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { rapportNaam } from '../platform/web/download.js';
import { herkenCsvBestand } from '../kern/contract/herkennen.js';

type Query = Record<string, string | undefined>;
const IMPACT_TYPEN = ['impact_maatregelen', 'impact_codekoppelingen'];
const TOELICHTING =
  'Bron: KPMG-analyse van de conceptafspraken versie 0.6 (002 r. 8607–9630). Bruto, structurele besparing t.o.v. het basispad. ' +
  'Eindtotaal berekend (niet in de bron). Signaleringen staan bij de rij; de cijfers zijn niet aangepast. Export: Akkoordmonitor.';

function geheelGetal(w: string | undefined): number | undefined {
  return w && /^\d{1,9}$/.test(w) ? Number(w) : undefined;
}

function bestandsnaam(naam: string): string {
  return naam.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, '') || 'scenario';
}

/** The form's choices as invullingen; a bad percentage is an error next to its measure. */
function leesKeuzes(body: unknown, model: ImpactModel): { keuzes: Keuzes; invullingen: Record<string, Invulling>; fouten: Fouten } {
  const keuzes: Keuzes = {};
  const invullingen: Record<string, Invulling> = {};
  const fouten: Fouten = {};
  for (const m of model.maatregelen) {
    const keuze = veld(body, `inv_${m.code}`) || 'gemiddeld';
    const pct = veld(body, `pct_${m.code}`).trim();
    keuzes[m.code] = { keuze, pct };
    const i = leesInvulling(keuze === 'pct' ? pct : keuze);
    if (i === null) {
      fouten[`inv_${m.code}`] =
        keuze === 'pct' ? `${m.code}: vul een percentage van 0 tot en met 100 in (bijvoorbeeld 75).` : `${m.code}: kies laag, gemiddeld, hoog of een percentage.`;
    } else {
      invullingen[m.code] = i;
    }
  }
  return { keuzes, invullingen, fouten };
}

function keuzesVan(invullingen: Readonly<Record<string, Invulling>>): Keuzes {
  return Object.fromEntries(
    Object.entries(invullingen).map(([code, i]) => [code, typeof i === 'number' ? { keuze: 'pct', pct: String(i).replace('.', ',') } : { keuze: i, pct: '' }]),
  );
}

const MAX_IMPORT = 5 * 1024 * 1024;

export async function impactPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT, files: 1, fields: 5 } });
  const csrf = csrfBescherming(app);

  async function laadModel(): Promise<ImpactModel> {
    return bouwModel(await modelRijen(db), MODEL_VERSIE);
  }

  // ── Het model ─────────────────────────────────────────────────────────────────────────────────
  async function modelPagina(req: FastifyRequest, reply: FastifyReply, importMelding?: ModelProps['importMelding'], status = 200) {
    const model = await laadModel();
    const props: ModelProps = {
      gebruiker: req.gebruiker,
      csrf: req.gebruiker ? await csrfToken(reply) : undefined,
      model,
      clusters: clusterTotalen(model),
      totaal: totaal(model),
      signaleringen: signaleringen(model),
      koppelingen: await codekoppelingen(db),
      bronnen: await alleBronnen(db),
      magImporteren: mag(req.gebruiker, 'impact.model-beheren'),
      importMelding,
    };
    return stuurPagina(reply, ModelPagina(props), status);
  }
  app.get('/impact', { preHandler: vereist('publiek.lezen') }, (req, reply) => modelPagina(req, reply));

  async function modelExport(): Promise<GrafiekTabel> {
    const model = await laadModel();
    return modelTabel(model, signaleringen(model), await codekoppelingen(db));
  }
  app.get('/impact/model.csv', { preHandler: vereist('publiek.lezen') }, async (_req, reply) =>
    stuurCsv(reply, `fte-impact-model-${MODEL_VERSIE}.csv`, tabelCsv(await modelExport())),
  );
  app.get('/impact/model.xlsx', { preHandler: vereist('publiek.lezen') }, async (_req, reply) =>
    stuurXlsx(reply, `fte-impact-model-${MODEL_VERSIE}.xlsx`, await tabellenXlsx([await modelExport()], TOELICHTING)),
  );

  app.post('/impact/import', { preHandler: vereist('impact.model-beheren'), ...csrf }, (req, reply) => {
    let naam = 'bestand';
    // a problem with the file itself sits at the file field; problems inside it are listed above the form
    const fout = (reden: string, problemen?: Probleem[], status = 400) => modelPagina(req, reply, { soort: problemen?.length ? 'fout' : 'bestand', tekst: reden, problemen }, status);
    return metUpload(req, { bytes: MAX_IMPORT, bestanden: 1 }, async (upload) => {
    try {
      const deel = upload.bestanden[0];
      if (!deel) return await fout('Kies een bestand (CSV of XLSX) om te importeren.');
      naam = deel.naam || 'bestand';
      const ext = path.extname(naam).toLowerCase();
      // a CSV whose name is not a file type is recognised by its header (issue 14)
      const type = bestandstype(path.basename(naam, path.extname(naam))) ?? (ext === '.csv' ? (herkenCsvBestand(deel.pad) ?? undefined) : undefined);
      if (ext !== '.csv' && ext !== '.xlsx') return await fout(`${naam}: alleen .csv of .xlsx is toegestaan.`);
      // CSV: the file name is the type; XLSX: its sheets must all be impact types
      const pad = await hernoem(deel, upload.map, ext === '.csv' ? `${type?.naam ?? 'onbekend'}.csv` : 'impact.xlsx');
      if (ext === '.csv' && !IMPACT_TYPEN.includes(type?.naam ?? '')) {
        return await fout(`${naam}: de kolommen horen niet bij impact_maatregelen of impact_codekoppelingen${type ? ` maar bij ${type.naam}` : ''}.`);
      }
      if (ext === '.xlsx') {
        const bladen = await werkbladen(pad).catch(() => null);
        if (!bladen) return await fout(`${naam}: geen geldig Excel-bestand (XLSX).`);
        const bekend = bladen.filter((b) => bestandstype(b));
        if (bekend.length === 0 || bekend.some((b) => !IMPACT_TYPEN.includes(bestandstype(b)!.naam))) {
          return await fout(`${naam}: hier alleen werkbladen impact_maatregelen en impact_codekoppelingen; gevonden: ${bladen.join(', ')}.`);
        }
      }
      const r = await importeer(db, pad, { door: req.gebruiker!.email });
      const tekst = r.bestanden.map((b) => `${b.bestandstype}: ${b.rijen} rijen, ${b.nieuw} nieuw, ${b.gewijzigd} gewijzigd, ${b.ongewijzigd} ongewijzigd`).join('; ');
      return await modelPagina(req, reply, { soort: 'ok', tekst: `${naam} geïmporteerd. ${tekst}.` });
    } catch (err) {
      if (err instanceof ImportFout) return fout(err.message, err.problemen.map((p) => ({ ...p, bestand: naam })));
      throw err;
    }
    }, (f) => fout(f.message, undefined, f.status));
  });

  // ── De rekenhulp ──────────────────────────────────────────────────────────────────────────────
  async function rekenhulp(req: FastifyRequest, reply: FastifyReply, p: Partial<RekenhulpProps> & { invullingen: Record<string, Invulling> }, status = 200) {
    const model = p.model ?? (await laadModel());
    const props: RekenhulpProps = {
      gebruiker: req.gebruiker!,
      csrf: await csrfToken(reply),
      model,
      koppelingen: await codekoppelingen(db),
      keuzes: p.keuzes ?? keuzesVan(p.invullingen),
      berekening: bereken(model, p.invullingen),
      fouten: p.fouten ?? {},
      magOpslaan: mag(req.gebruiker, 'impact.scenarios-beheren'),
      opslaan: p.opslaan ?? { naam: '', zichtbaarheid: 'organisatie', toelichting: '' },
      bron: p.bron,
    };
    return stuurPagina(reply, RekenhulpPagina(props), status);
  }

  app.get('/impact/rekenhulp', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const q = req.query as Query;
    const id = geheelGetal(q.scenario);
    if (id === undefined) return rekenhulp(req, reply, { invullingen: {} });
    const s = await scenario(db, req.gebruiker!, id, geheelGetal(q.versie));
    if (!s) return reply.callNotFound();
    return rekenhulp(req, reply, {
      invullingen: s.invullingen,
      opslaan: { naam: s.naam, zichtbaarheid: s.zichtbaarheid, toelichting: '' },
      bron: { id: s.id, naam: s.naam, versie: s.versie },
    });
  });

  app.post('/impact/rekenhulp', { preHandler: vereist('impact.rekenen'), ...csrf }, async (req, reply) => {
    const model = await laadModel();
    const r = leesKeuzes(req.body, model);
    const opslaan = { naam: veld(req.body, 'naam'), zichtbaarheid: veld(req.body, 'zichtbaarheid') || 'organisatie', toelichting: veld(req.body, 'toelichting') };
    return rekenhulp(req, reply, { model, ...r, opslaan }, Object.keys(r.fouten).length ? 400 : 200);
  });

  app.post('/impact/scenarios', { preHandler: vereist('impact.scenarios-beheren'), ...csrf }, async (req, reply) => {
    const model = await laadModel();
    const r = leesKeuzes(req.body, model);
    const naam = veld(req.body, 'naam').trim();
    const zichtbaarheid = veld(req.body, 'zichtbaarheid') as Zichtbaarheid;
    const toelichting = veld(req.body, 'toelichting').trim();
    const opslaan = { naam, zichtbaarheid, toelichting };
    if (!naam) r.fouten.naam = 'Geef het scenario een naam, bijvoorbeeld "AI hoog, rest gemiddeld".';
    else if (naam.length > 120) r.fouten.naam = 'De naam is te lang: hoogstens 120 tekens.';
    if (!(ZICHTBAARHEDEN as readonly string[]).includes(zichtbaarheid)) r.fouten.zichtbaarheid = 'Kies voor wie het scenario zichtbaar is.';
    if (Object.keys(r.fouten).length) return rekenhulp(req, reply, { model, ...r, opslaan }, 400);
    // only what differs from the default (gemiddeld) is stored
    const invullingen = Object.fromEntries(Object.entries(r.invullingen).filter(([, i]) => i !== 'gemiddeld'));
    try {
      const { id, versie } = await slaScenarioOp(db, req.gebruiker!, { naam, zichtbaarheid, invullingen, toelichting: toelichting || null });
      return reply.redirect(`/impact/scenarios/${id}?versie=${versie}&opgeslagen=1`, 303);
    } catch (err) {
      if (err instanceof ScenarioFout) return rekenhulp(req, reply, { model, ...r, opslaan, fouten: { naam: err.message } }, 409);
      throw err;
    }
  });

  // ── Scenario's ────────────────────────────────────────────────────────────────────────────────
  async function metUitkomst(g: Gebruiker, id: number | undefined, versie: number | undefined, model: ImpactModel) {
    if (id === undefined) return null;
    const s = await scenario(db, g, id, versie);
    return s ? { scenario: s, b: bereken(model, s.invullingen) } : null;
  }

  app.get('/impact/scenarios', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const model = await laadModel();
    const lijst = (await zichtbareScenarios(db, req.gebruiker!)).map((s) => ({ ...s, ...bereken(model, s.invullingen).totaal }));
    const melding = lijst.length === 1 ? 'Om te vergelijken zijn twee scenario’s nodig; sla in de rekenhulp een tweede op.' : undefined;
    return stuurPagina(reply, ScenariosPagina({ gebruiker: req.gebruiker!, csrf: await csrfToken(reply), scenarios: lijst, melding }));
  });

  app.get('/impact/scenarios/:id', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const q = req.query as Query;
    const model = await laadModel();
    const x = await metUitkomst(req.gebruiker!, geheelGetal((req.params as { id: string }).id), geheelGetal(q.versie), model);
    if (!x) return reply.callNotFound();
    return stuurPagina(
      reply,
      ScenarioPagina({
        gebruiker: req.gebruiker!,
        csrf: await csrfToken(reply),
        scenario: x.scenario,
        versies: await scenarioVersies(db, x.scenario.id),
        berekening: x.b,
        model,
        isEigenaar: x.scenario.eigenaar_id === req.gebruiker!.id && mag(req.gebruiker, 'impact.scenarios-beheren'),
        melding: q.opgeslagen ? `Scenario opgeslagen als versie ${x.scenario.versie}.` : undefined,
      }),
    );
  });

  app.post('/impact/scenarios/:id/zichtbaarheid', { preHandler: vereist('impact.scenarios-beheren'), ...csrf }, async (req, reply) => {
    const id = geheelGetal((req.params as { id: string }).id);
    const z = veld(req.body, 'zichtbaarheid');
    if (id === undefined || !(ZICHTBAARHEDEN as readonly string[]).includes(z)) return reply.code(400).type('text/plain; charset=utf-8').send('Ongeldige zichtbaarheid.');
    // not the owner (or not visible): as if it does not exist
    if (!(await zetZichtbaarheid(db, req.gebruiker!, id, z as Zichtbaarheid))) return reply.callNotFound();
    return reply.redirect(`/impact/scenarios/${id}`, 303);
  });

  async function scenarioExport(req: FastifyRequest): Promise<{ s: Scenario; tabel: GrafiekTabel } | null> {
    const model = await laadModel();
    const x = await metUitkomst(req.gebruiker!, geheelGetal((req.params as { id: string }).id), geheelGetal((req.query as Query).versie), model);
    if (!x) return null;
    return { s: x.scenario, tabel: scenarioTabel(model, x.b, signaleringen(model), await codekoppelingen(db), `${x.scenario.naam} (versie ${x.scenario.versie})`) };
  }
  app.get('/impact/scenarios/:id/export.csv', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const x = await scenarioExport(req);
    return x ? stuurCsv(reply, `scenario-${bestandsnaam(x.s.naam)}-v${x.s.versie}.csv`, tabelCsv(x.tabel)) : reply.callNotFound();
  });
  app.get('/impact/scenarios/:id/export.xlsx', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const x = await scenarioExport(req);
    return x ? stuurXlsx(reply, `scenario-${bestandsnaam(x.s.naam)}-v${x.s.versie}.xlsx`, await tabellenXlsx([x.tabel], TOELICHTING)) : reply.callNotFound();
  });

  async function vergelijking(req: FastifyRequest) {
    const q = req.query as Query;
    const model = await laadModel();
    const a = await metUitkomst(req.gebruiker!, geheelGetal(q.a), geheelGetal(q.av), model);
    const b = await metUitkomst(req.gebruiker!, geheelGetal(q.b), geheelGetal(q.bv), model);
    return a && b ? { model, a, b } : null;
  }
  app.get('/impact/vergelijk', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const v = await vergelijking(req);
    if (!v) return reply.callNotFound();
    return stuurPagina(reply, VergelijkPagina({ gebruiker: req.gebruiker!, csrf: await csrfToken(reply), ...v }));
  });
  const vergelijkTabelVan = (v: NonNullable<Awaited<ReturnType<typeof vergelijking>>>) =>
    vergelijkTabel(v.model, { naam: `${v.a.scenario.naam} v${v.a.scenario.versie}`, b: v.a.b }, { naam: `${v.b.scenario.naam} v${v.b.scenario.versie}`, b: v.b.b });
  app.get('/impact/vergelijk.csv', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const v = await vergelijking(req);
    return v ? stuurCsv(reply, 'scenario-vergelijking.csv', tabelCsv(vergelijkTabelVan(v))) : reply.callNotFound();
  });
  app.get('/impact/vergelijk.xlsx', { preHandler: vereist('impact.rekenen') }, async (req, reply) => {
    const v = await vergelijking(req);
    if (!v) return reply.callNotFound();
    const sa = scenarioTabel(v.model, v.a.b, signaleringen(v.model), await codekoppelingen(db), `A ${v.a.scenario.naam}`);
    const sb = scenarioTabel(v.model, v.b.b, signaleringen(v.model), await codekoppelingen(db), `B ${v.b.scenario.naam}`);
    return stuurXlsx(reply, 'scenario-vergelijking.xlsx', await tabellenXlsx([vergelijkTabelVan(v), sa, sb], TOELICHTING));
  });
}

// the model and scenario tables are reports (the import format is impact_maatregelen / impact_codekoppelingen)
function stuurCsv(reply: FastifyReply, naam: string, tekst: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(rapportNaam(naam.replace(/\.csv$/, ''), 'csv'))).send(tekst);
}

function stuurXlsx(reply: FastifyReply, naam: string, buf: Buffer): FastifyReply {
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', bijlage(rapportNaam(naam.replace(/\.xlsx$/, ''), 'xlsx')))
    .send(buf);
}
