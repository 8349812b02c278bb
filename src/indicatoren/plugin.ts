// Routes (pages and API) of the indicator part; registered by platform/app.ts.
// Public: /arbeidsmarkt, /toegankelijkheid, /indicatoren, /indicatoren/:code(.csv|.json), /api/v1/indicatoren.
// indicatoren.beheren: the import form (contract CSV/XLSX and CBS OData).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import multipart from '@fastify/multipart';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { naarCsv } from '../platform/web/grafiek.js';
import { isIsoDatum } from '../domein/getallen.js';
import { mag } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { ImportFout } from '../kern/probleem.js';
import type { Voortgang } from '../kern/contract/importeren.js';
import { aandeel, voortgangsTekst } from '../kern/voortgang.js';
import { alleDefinities, definitie, revisies, waarnemingen, type IndicatorDefinitie, type Revisie, type Waarneming } from './store.js';
import { arbeidsmarktBlokken, indicatorBlokken, toegankelijkheidBlokken, type Blok } from './grafieken.js';
import { ArbeidsmarktPagina } from './pages/arbeidsmarkt.js';
import { ImportPagina, type ImportMelding } from './pages/import.js';
import { IndicatorPagina } from './pages/indicator.js';
import { IndicatorenLijstPagina } from './pages/indicatoren-lijst.js';
import { ToegankelijkheidPagina } from './pages/toegankelijkheid.js';
import { importeerCbs, importeerUpload, indicatorenCsv, UPLOAD_SOORTEN, type UploadSoort } from './import.js';
import { csrfBescherming, csrfToken, leesPeildatum } from '../platform/web/verzoek.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { hernoem, metUpload, type UploadFout } from '../platform/web/upload.js';
import { rapportNaam } from '../platform/web/download.js';
import { alleBronnen } from '../kern/publicatie.js';



function stuurBlokCsv(reply: FastifyReply, blokken: Blok[], bestand: string, voorvoegsel: string) {
  const id = bestand.replace(/\.csv$/, '');
  const blok = blokken.find((b) => b.id === id);
  if (!bestand.endsWith('.csv') || !blok || blok.soort === 'leeg') {
    return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen grafiek "${id}" met cijfers.` });
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', bijlage(rapportNaam(`${voorvoegsel}-${id}`, 'csv')))
    .send(naarCsv(blok.tabel, { bom: true }));
}

/** The open-data shape of one indicator (JSON file and API). */
export function indicatorJson(def: IndicatorDefinitie, rijen: Waarneming[], rev: Revisie[]) {
  return {
    code: def.code,
    naam: def.naam,
    eenheid: def.eenheid,
    definitie: def.definitie,
    bron: def.bron,
    norm: def.norm,
    norm_omschrijving: def.norm_omschrijving,
    hoger_is_beter: def.hoger_is_beter,
    waarnemingen: rijen.map((r) => ({ periode: r.periode, gebied: r.gebied, dimensie: r.dimensie || null, waarde: r.waarde, bron_datum: r.bron_datum })),
    revisies: rev.map((r) => ({
      periode: r.periode,
      gebied: r.gebied,
      dimensie: r.dimensie || null,
      waarde: r.waarde,
      bron_datum: r.bron_datum,
      vervangen_door: { waarde: r.huidige_waarde, bron_datum: r.huidige_bron_datum },
    })),
  };
}

/** Contract CSV (§2.6) of an indicator: newest delivery per key; with revisies also the older deliveries. */
function contractCsv(rijen: (Waarneming | Revisie)[]): string {
  return indicatorenCsv(
    rijen.map((r) => ({ indicator: r.indicator, periode: r.periode, gebied: r.gebied, dimensie: r.dimensie || null, waarde: r.waarde, bron_datum: r.bron_datum })),
  );
}

const MAX_BESTAND = 50 * 1024 * 1024;
const MAX_BESTANDEN = 20;
const GRENZEN = { bytes: MAX_BESTAND, bestanden: MAX_BESTANDEN };

export async function indicatorenPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  // multipart only in this plugin's scope (an encapsulated context), unless the app already has it
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(multipart, { limits: { fileSize: MAX_BESTAND, files: MAX_BESTANDEN } });
  }
  // CSRF as the access plugin asks: `onRequest: app.csrfProtection`; for a multipart form the token
  // comes in the query (`_csrf`), checked before the body is read (toegang/plugin.ts).
  const metCsrf = csrfBescherming(app);

  app.get('/arbeidsmarkt', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    const blokken = await arbeidsmarktBlokken(db, { peildatum });
    return stuurPagina(reply, ArbeidsmarktPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), blokken, peildatum }));
  });
  app.get<{ Params: { bestand: string } }>('/arbeidsmarkt/grafiek/:bestand', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    return stuurBlokCsv(reply, await arbeidsmarktBlokken(db, { peildatum }), req.params.bestand, 'arbeidsmarkt');
  });

  app.get('/toegankelijkheid', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    const blokken = await toegankelijkheidBlokken(db, { peildatum });
    return stuurPagina(reply, ToegankelijkheidPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), blokken, peildatum }));
  });
  app.get<{ Params: { bestand: string } }>('/toegankelijkheid/grafiek/:bestand', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    return stuurBlokCsv(reply, await toegankelijkheidBlokken(db, { peildatum }), req.params.bestand, 'toegankelijkheid');
  });

  app.get('/indicatoren', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const definities = await alleDefinities(db);
    return stuurPagina(
      reply,
      IndicatorenLijstPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), definities, magBeheren: mag(req.gebruiker, 'indicatoren.beheren') }),
    );
  });

  // ─── import (indicatoren.beheren) ───────────────────────────────────────────────────────────
  const toonImport = async (req: FastifyRequest, reply: FastifyReply, melding?: ImportMelding, status = 200) =>
    stuurPagina(reply, ImportPagina({ gebruiker: req.gebruiker, csrf: (await csrfToken(reply)) ?? '', melding, voortgangId: crypto.randomUUID() }), status);
  // progress of running uploads, by the random id the form carries; only its own user may read it
  const lopend = new Map<string, { door: string; start: number; v: Voortgang }>();
  app.get<{ Params: { id: string } }>('/indicatoren/importeren/voortgang/:id', { preHandler: vereist('indicatoren.beheren') }, async (req, reply) => {
    const l = lopend.get(req.params.id);
    if (!l || l.door !== door(req)) return reply.code(404).send({ tekst: 'Bezig: het bestand wordt verstuurd.', aandeel: null });
    return reply.header('cache-control', 'no-store').send({ ...l.v, tekst: voortgangsTekst(l.v, performance.now() - l.start), aandeel: aandeel(l.v) });
  });
  const door = (req: FastifyRequest) => (req.gebruiker ? req.gebruiker.email : 'onbekend');

  app.get('/indicatoren/importeren', { preHandler: vereist('indicatoren.beheren') }, async (req, reply) => toonImport(req, reply));

  const teGroot = (req: FastifyRequest, reply: FastifyReply, formulier: 'contract' | 'cbs', veld: string) => (f: UploadFout) =>
    toonImport(req, reply, { soort: 'fout', formulier, tekst: f.message, velden: { [veld]: f.message } }, f.status);

  app.post('/indicatoren/importeren/contract', { ...metCsrf, preHandler: vereist('indicatoren.beheren') }, (req, reply) =>
    metUpload(req, GRENZEN, async (upload) => {
    const soort = upload.velden.soort;
    const bestand = upload.bestanden.find((b) => b.veld === 'bestand' && b.grootte > 0);
    const velden: Record<string, string> = {};
    if (!(UPLOAD_SOORTEN as readonly unknown[]).includes(soort)) velden.soort = 'Kies indicatoren, indicator_definities of regioplannen.';
    if (!bestand) velden.bestand = 'Kies een CSV- of XLSX-bestand.';
    if (Object.keys(velden).length) return toonImport(req, reply, { soort: 'fout', formulier: 'contract', tekst: 'Het formulier is niet compleet.', velden }, 400);
    try {
      const vg = upload.velden.voortgang;
      const id = typeof vg === 'string' && /^[0-9a-f-]{36}$/.test(vg) ? vg : null;
      const start = performance.now();
      const r = await importeerUpload(db, soort as UploadSoort, bestand!, upload.map, door(req), (_f, _b, _n, v) => {
        if (id) lopend.set(id, { door: door(req), start, v: { ...v } });
      }).finally(() => id && setTimeout(() => lopend.delete(id), 60_000).unref());
      const b = r.bestanden[0];
      return toonImport(req, reply, {
        soort: 'succes',
        formulier: 'contract',
        tekst: `Import geslaagd: ${b.rijen} rijen, ${b.nieuw} nieuw, ${b.gewijzigd} gewijzigd, ${b.ongewijzigd} ongewijzigd.`,
        waarschuwingen: r.waarschuwingen.map((w) => `${w.kolom ?? ''}: ${w.reden}`),
      });
    } catch (e) {
      if (e instanceof ImportFout) {
        return toonImport(req, reply, { soort: 'fout', formulier: 'contract', tekst: e.message, problemen: e.problemen, velden: { bestand: 'Het bestand is geweigerd; zie de problemen hierboven.' } }, 422);
      }
      throw e;
    }
    }, teGroot(req, reply, 'contract', 'bestand')),
  );

  app.post('/indicatoren/importeren/cbs', { ...metCsrf, preHandler: vereist('indicatoren.beheren') }, (req, reply) =>
    metUpload(req, GRENZEN, async (upload) => {
    const responsen = upload.bestanden.filter((b) => b.veld === 'respons' && b.grootte > 0);
    const koppeling = upload.bestanden.find((b) => b.veld === 'koppeling' && b.grootte > 0);
    const bronDatum = upload.velden.bron_datum ? upload.velden.bron_datum : undefined;
    const velden: Record<string, string> = {};
    if (responsen.length === 0) velden.respons = 'Kies het opgeslagen CBS-antwoord (JSON).';
    if (!koppeling) velden.koppeling = 'Kies het koppelingsbestand (JSON).';
    if (bronDatum !== undefined && !isIsoDatum(bronDatum)) velden.bron_datum = 'Geef een bestaande datum (JJJJ-MM-DD).';
    if (Object.keys(velden).length) return toonImport(req, reply, { soort: 'fout', formulier: 'cbs', tekst: 'Het formulier is niet compleet.', velden }, 400);
    try {
      const paden: string[] = [];
      for (const [i, b] of responsen.entries()) paden.push(await hernoem(b, upload.map, `respons-${i + 1}.json`));
      const kp = await hernoem(koppeling!, upload.map, 'koppeling.json');
      const r = await importeerCbs(db, paden, kp, { door: door(req), bronDatum });
      const b = r.bestanden[0];
      return toonImport(req, reply, {
        soort: 'succes',
        formulier: 'cbs',
        tekst: `CBS-import geslaagd: ${r.rijen} waarnemingen, ${b.nieuw} nieuw, ${b.gewijzigd} gewijzigd, ${b.ongewijzigd} ongewijzigd.`,
        waarschuwingen: r.cbsWaarschuwingen,
      });
    } catch (e) {
      if (e instanceof ImportFout) {
        const veld = e.problemen.some((p) => p.bestand === 'koppeling.json') ? 'koppeling' : 'respons';
        return toonImport(req, reply, { soort: 'fout', formulier: 'cbs', tekst: e.message, problemen: e.problemen, velden: { [veld]: 'Geweigerd; zie de problemen hierboven.' } }, 422);
      }
      throw e;
    }
    }, teGroot(req, reply, 'cbs', 'respons')),
  );

  // ─── one indicator: page, CSV, JSON ─────────────────────────────────────────────────────────
  app.get<{ Params: { code: string }; Querystring: { revisies?: string } }>('/indicatoren/:code', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const m = /^(.+?)(?:\.(csv|json))?$/.exec(req.params.code)!;
    const [, code, formaat] = m;
    const def = await definitie(db, code);
    if (!def) return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen indicator "${code}".` });
    const rijen = await waarnemingen(db, code);
    const rev = await revisies(db, code);
    if (formaat === 'json') {
      return reply.type('application/json; charset=utf-8').header('content-disposition', `inline; filename="${rapportNaam(code, 'json')}"`).send(indicatorJson(def, rijen, rev));
    }
    if (formaat === 'csv') {
      const metRevisies = req.query.revisies === 'ja';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', bijlage(`${code}.csv`))
        .send(contractCsv(metRevisies ? [...rijen, ...rev] : rijen));
    }
    const defMetTelling = { ...def, aantal: rijen.length, laatste_bron_datum: null };
    // no peildatum on the indicator page: it shows everything that is known
    const blokken = indicatorBlokken(defMetTelling, rijen, '');
    return stuurPagina(reply, IndicatorPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), def, rijen, revisies: rev, blokken, bronnen: await alleBronnen(db) }));
  });
  app.get<{ Params: { code: string; bestand: string } }>('/indicatoren/:code/grafiek/:bestand', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const def = await definitie(db, req.params.code);
    if (!def) return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen indicator "${req.params.code}".` });
    const rijen = await waarnemingen(db, def.code);
    return stuurBlokCsv(reply, indicatorBlokken({ ...def, aantal: rijen.length, laatste_bron_datum: null }, rijen, ''), req.params.bestand, def.code);
  });

  // ─── API ────────────────────────────────────────────────────────────────────────────────────
  app.get('/api/v1/indicatoren', { preHandler: vereist('publiek.lezen'), schema: { summary: 'Lijst van indicatoren met metadata' } }, async (_req, reply) => {
    const defs = await alleDefinities(db);
    return reply.type('application/json; charset=utf-8').send({
      indicatoren: defs.map((d) => ({
        code: d.code,
        naam: d.naam,
        eenheid: d.eenheid,
        definitie: d.definitie,
        bron: d.bron,
        norm: d.norm,
        norm_omschrijving: d.norm_omschrijving,
        hoger_is_beter: d.hoger_is_beter,
        aantal_waarnemingen: d.aantal,
        laatste_bron_datum: d.laatste_bron_datum,
        links: { api: `/api/v1/indicatoren/${d.code}`, pagina: `/indicatoren/${d.code}`, csv: `/indicatoren/${d.code}.csv`, json: `/indicatoren/${d.code}.json` },
      })),
    });
  });
  app.get<{ Params: { code: string }; Querystring: { peildatum?: string; gebied?: string; dimensie?: string } }>(
    '/api/v1/indicatoren/:code',
    { preHandler: vereist('publiek.lezen'), schema: { summary: 'Eén indicator: metadata, waarnemingen (nieuwste levering) en revisies' } },
    async (req, reply) => {
      const def = await definitie(db, req.params.code);
      if (!def) return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen indicator "${req.params.code}".` });
      const { peildatum, gebied, dimensie } = req.query;
      if (peildatum !== undefined && !isIsoDatum(peildatum)) {
        return stuurProbleem(reply, { title: 'Ongeldige peildatum', status: 400, detail: `peildatum "${peildatum}" is geen bestaande datum; gebruik JJJJ-MM-DD.` });
      }
      const filter = { bekendOp: peildatum, gebied, dimensie };
      const rijen = await waarnemingen(db, def.code, filter);
      const rev = await revisies(db, def.code, filter);
      return reply.type('application/json; charset=utf-8').send({ ...indicatorJson(def, rijen, rev), ...(peildatum ? { bekend_op: peildatum } : {}) });
    },
  );
}

