// Routes of the AZWA monitoring part: overview (report part 1 figures), goals, BO register and
// commitments, beweging and doelgroepen, the MTR dossier. Every route names its handeling; forms are
// CSRF-protected; every write is one transaction with one audit entry (store.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { mag } from '../domein/beleid.js';
import { isIsoDatum } from '../domein/kalender.js';
import { beoordeelStatusWijziging, isActieStatus } from '../domein/acties.js';
import { interpreteerDeadline } from '../domein/deadline.js';
import { toezeggingStatus } from '../domein/azwa.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { csrfBescherming, csrfToken, formulierVelden } from '../platform/web/verzoek.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { HttpProbleem } from '../platform/web/problemen.js';
import { naarCsv, tijdasTabel } from '../platform/web/grafiek.js';
import { datum } from '../platform/formaat.js';
import { vandaag } from '../platform/tijd.js';
import * as store from './store.js';
import { azwaDeel1 } from './deel1.js';
import { doelGegevens } from './gegevens.js';
import { OverzichtPagina } from './pages/overzicht.js';
import { DoelenPagina } from './pages/doelen.js';
import { DoelPagina, padGrafiek } from './pages/doel.js';
import { BoPagina, type BoProps } from './pages/bo.js';
import { ToezeggingPagina } from './pages/toezegging.js';
import { MonitorenPagina } from './pages/monitoren.js';
import { alsXlsx, mtrDossier } from './mtr.js';
import { MtrPagina } from './pages/mtr.js';
import type { Fouten } from '../platform/web/formulier.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { rapportNaam } from '../platform/web/download.js';
import { alleBronnen } from '../kern/publicatie.js';

type Query = { peildatum?: string };

/** The requested peildatum (default today), checked. */
function gevraagdeDatum(req: FastifyRequest): string {
  const p = (req.query as Query).peildatum?.trim() || vandaag();
  if (!isIsoDatum(p)) {
    throw new HttpProbleem({ title: 'Ongeldige peildatum', status: 400, detail: `Peildatum "${p}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-06-30.` });
  }
  return p;
}

/** What this reader may see of statuses: internal readers the requested date, the public the newest published round. */
export async function zichtbarePeildatum(db: Db, req: FastifyRequest, gevraagd: string): Promise<string | null> {
  return mag(req.gebruiker, 'intern.lezen') ? gevraagd : store.gepubliceerdOpOfVoor(db, gevraagd);
}

const lijst = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

export async function azwaPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  const publiek = { preHandler: vereist('publiek.lezen') };
  const intern = { preHandler: vereist('intern.lezen') };
  const beheren = { preHandler: vereist('bo.beheren'), ...csrfBescherming(app) };

  app.get('/azwa', publiek, async (req, reply) => {
    const gevraagd = gevraagdeDatum(req);
    const zicht = await zichtbarePeildatum(db, req, gevraagd);
    const doelen = await store.leesDoelen(db);
    let verlopen: number | null = null;
    if (mag(req.gebruiker, 'intern.lezen')) {
      const anker = await store.azwaAnker(db);
      verlopen = (await store.toezeggingenOp(db, gevraagd)).filter((t) => toezeggingStatus(t, gevraagd, anker) === 'verlopen').length;
    }
    return stuurPagina(
      reply,
      OverzichtPagina({
        gebruiker: req.gebruiker,
        csrf: await csrfToken(reply),
        gevraagd,
        deel1: zicht ? await azwaDeel1(db, zicht) : null,
        transitiedoelen: doelen.filter((d) => !d.bovenliggend && d.transitiedoel && d.code === d.transitiedoel),
        verlopenToezeggingen: verlopen,
      }),
    );
  });

  app.get('/api/v1/azwa/deel1', { ...intern, schema: { hide: true } }, async (req) => azwaDeel1(db, gevraagdeDatum(req)));

  app.get('/azwa/doelen', publiek, async (req, reply) => {
    const peildatum = gevraagdeDatum(req);
    const doelen = await Promise.all((await store.leesDoelen(db)).map(async (d) => ({ ...d, laatste: (await doelGegevens(db, d, peildatum, null)).laatste })));
    return stuurPagina(reply, DoelenPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), peildatum, doelen }));
  });

  app.get('/azwa/doelen/:code', publiek, async (req, reply) => {
    const param = (req.params as { code: string }).code;
    const csv = param.endsWith('.csv');
    const code = csv ? param.slice(0, -4) : param;
    const doel = (await store.leesDoelen(db)).find((d) => d.code === code);
    if (!doel) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen doel ${code}.` });
    const gevraagd = gevraagdeDatum(req);
    const g = await doelGegevens(db, doel, gevraagd, await zichtbarePeildatum(db, req, gevraagd), mag(req.gebruiker, 'intern.lezen'));
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', bijlage(rapportNaam(`doel-${code}`, 'csv')))
        .send(naarCsv(tijdasTabel(padGrafiek({ ...g, peildatum: gevraagd }), (d) => d), { bom: true }));
    }
    return stuurPagina(reply, DoelPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), peildatum: gevraagd, ...g, bronnen: await alleBronnen(db) }));
  });

  app.get('/azwa/monitoren', publiek, async (req, reply) => {
    const lijstM = await store.monitoren(db);
    const codes = [...new Set(lijstM.flatMap((m) => m.indicatoren))];
    const defs = new Map((await store.definities(db, codes)).map((d) => [d.code, d]));
    const waarn = await store.waarnemingen(db, codes);
    const monitoren = lijstM.map((m) => ({
      ...m,
      nul: m.nulmeting ? interpreteerDeadline(m.nulmeting) : null,
      een: m.eenmeting ? interpreteerDeadline(m.eenmeting) : null,
      cijfers: m.indicatoren.map((c) => ({ code: c, naam: defs.get(c)?.naam ?? c, aantal: waarn.filter((w) => w.indicator === c).length })),
    }));
    return stuurPagina(reply, MonitorenPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), monitoren, bronnen: await alleBronnen(db) }));
  });

  // ── BO register and commitments ──
  async function boPagina(req: FastifyRequest, reply: FastifyReply, extra: Partial<BoProps> = {}, status = 200) {
    const peildatum = gevraagdeDatum(req);
    const anker = await store.azwaAnker(db);
    const toezeggingen = (await store.toezeggingenOp(db, peildatum)).map((t) => ({ ...t, stand: toezeggingStatus(t, peildatum, anker) }));
    return stuurPagina(
      reply,
      BoPagina({
        gebruiker: req.gebruiker,
        csrf: await csrfToken(reply),
        peildatum,
        overleggen: await store.overleggen(db),
        toezeggingen,
        magBeheren: mag(req.gebruiker, 'bo.beheren'),
        ...extra,
      }),
      status,
    );
  }
  app.get('/azwa/bo', intern, (req, reply) => {
    const q = req.query as { melding?: string; besluit?: string };
    return boPagina(req, reply, { melding: q.melding, besluitVoor: q.besluit });
  });

  app.post('/azwa/bo', beheren, async (req, reply) => {
    const w = formulierVelden(req.body);
    const fouten: Fouten = {};
    if (!isIsoDatum(w.datum ?? '')) fouten.datum = 'Vul de datum van het overleg in (JJJJ-MM-DD).';
    if (!(w.titel ?? '').trim()) fouten.titel = 'Vul een titel in.';
    const soort = ['BO IZA', 'BO AZWA', 'BO IZA/AZWA'].includes(w.soort ?? '') ? w.soort : 'BO IZA/AZWA';
    if (Object.keys(fouten).length) return boPagina(req, reply, { overlegFormulier: { waarden: w, fouten } }, 422);
    let id = `BO-${w.datum}`;
    for (let n = 2; await store.bestaat(db, 'bo_overleggen', id); n++) id = `BO-${w.datum}-${n}`;
    await store.legOverlegVast(db, req.gebruiker!, { id, datum: w.datum, soort, titel: w.titel.trim(), agendapunten: lijst(w.agendapunten), documenten: lijst(w.documenten) });
    return reply.redirect(`/azwa/bo?melding=${encodeURIComponent(`Overleg van ${datum(w.datum)} vastgelegd.`)}#overleg-${id}`, 303);
  });

  app.post('/azwa/bo/:id/besluit', beheren, async (req, reply) => {
    const boId = (req.params as { id: string }).id;
    const bo = (await store.overleggen(db)).find((o) => o.id === boId);
    if (!bo) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen bestuurlijk overleg ${boId}.` });
    const w = formulierVelden(req.body);
    const fouten: Fouten = {};
    if (!(w.besluit ?? '').trim()) fouten.besluit = 'Vul in wat er besloten is.';
    if (!(w.eigenaar ?? '').trim()) fouten.eigenaar = 'Vul in wie de opvolging trekt.';
    const deadline = (w.deadline ?? '').trim() || null;
    if (deadline && interpreteerDeadline(deadline).soort === 'onbekend') fouten.deadline = `De termijn "${deadline}" is niet te lezen; gebruik een datum (JJJJ-MM-DD) of bijv. Q1 2026.`;
    const afspraken = lijst(w.afspraken);
    const bekend = new Set((await store.afspraken(db)).map((a) => a.code));
    const onbekend = afspraken.filter((a) => !bekend.has(a));
    if (onbekend.length) fouten.afspraken = `Onbekende AZWA-afspraak: ${onbekend.join(', ')}; verwacht A1 … E6.`;
    const doelen = lijst(w.doelen);
    const doelCodes = new Set((await store.leesDoelen(db)).map((d) => d.code));
    const onbekendeDoelen = doelen.filter((d) => !doelCodes.has(d));
    if (onbekendeDoelen.length) fouten.doelen = `Onbekend doel: ${onbekendeDoelen.join(', ')}.`;
    if (Object.keys(fouten).length) return boPagina(req, reply, { besluitFormulier: { bo_id: boId, waarden: w, fouten }, besluitVoor: boId }, 422);
    const id = `${boId}.${(await store.aantalBesluiten(db, boId)) + 1}`;
    await store.legToezeggingVast(db, req.gebruiker!, {
      id,
      soort: 'besluit',
      bo_id: boId,
      titel: w.besluit.trim(),
      eigenaar: w.eigenaar.trim(),
      deadline,
      // a decision holds from the meeting (or today, for a meeting in the future)
      status_datum: bo.datum <= vandaag() ? bo.datum : vandaag(),
      afspraken,
      doelen,
      toelichting: null,
    });
    return reply.redirect(`/azwa/bo?melding=${encodeURIComponent('Besluit vastgelegd.')}#overleg-${boId}`, 303);
  });

  async function toezeggingPagina(req: FastifyRequest, reply: FastifyReply, formulier?: { waarden: Record<string, string>; fouten: Fouten }, status = 200) {
    const id = (req.params as { id: string }).id;
    const peildatum = formulier ? vandaag() : gevraagdeDatum(req);
    const [t] = await store.toezeggingenOp(db, peildatum, id);
    if (!t) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen toezegging of besluit ${id} op ${peildatum}.` });
    const anker = await store.azwaAnker(db);
    const magMelden = mag(req.gebruiker, 'bo.beheren');
    return stuurPagina(
      reply,
      ToezeggingPagina({
        gebruiker: req.gebruiker,
        csrf: await csrfToken(reply),
        peildatum,
        t,
        termijn: t.deadline ? interpreteerDeadline(t.deadline, { anker, vandaag: peildatum }) : null,
        stand: toezeggingStatus(t, peildatum, anker),
        historie: (await store.toezeggingHistorie(db, id)).filter((h) => h.status_datum <= peildatum),
        formulier: magMelden ? (formulier ?? { waarden: { status_datum: vandaag() }, fouten: {} }) : null,
        gemeld: (req.query as { gemeld?: string }).gemeld === '1',
      }),
      status,
    );
  }
  app.get('/azwa/toezeggingen/:id', intern, (req, reply) => toezeggingPagina(req, reply));

  app.post('/azwa/toezeggingen/:id/status', beheren, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const nu = vandaag();
    const [t] = await store.toezeggingenOp(db, '9999-12-31', id);
    if (!t) throw new HttpProbleem({ title: 'Niet gevonden', status: 404, detail: `Er is geen toezegging of besluit ${id}.` });
    const w = formulierVelden(req.body);
    const b = beoordeelStatusWijziging({
      vorigeStatus: isActieStatus(t.status) ? t.status : null,
      vorigeDatum: t.status_datum,
      deadline: t.deadline,
      status: w.status ?? '',
      statusDatum: w.status_datum ?? '',
      toelichting: w.toelichting ?? '',
      vandaag: nu,
      anker: await store.azwaAnker(db),
    });
    const fouten = b.fouten as Fouten;
    if (!fouten.status && !fouten.status_datum && (await store.toezeggingHistorie(db, id)).some((h) => h.status_datum === w.status_datum.trim() && h.status === w.status)) {
      fouten.status = `Op ${datum(w.status_datum.trim())} is al de status "${w.status}" gemeld.`;
    }
    if (Object.keys(fouten).length) return toezeggingPagina(req, reply, { waarden: w, fouten }, 422);
    await store.meldToezeggingStatus(db, req.gebruiker!, { id, status: w.status, status_datum: w.status_datum.trim(), toelichting: (w.toelichting ?? '').trim() || null }, t);
    return reply.redirect(`/azwa/toezeggingen/${encodeURIComponent(id)}?gemeld=1`, 303);
  });

  // ── MTR dossier ──
  app.get('/azwa/mtr', intern, async (req, reply) => {
    const dossier = await mtrDossier(db, gevraagdeDatum(req));
    return stuurPagina(reply, MtrPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), dossier }));
  });
  app.get('/azwa/mtr.xlsx', intern, async (req, reply) => {
    const d = await mtrDossier(db, gevraagdeDatum(req));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', bijlage(rapportNaam(`mtr-dossier-${d.peildatum}`, 'xlsx')))
      .send(await alsXlsx(d));
  });
}
