// Routes (pages and API) of the indicator part; registered by platform/app.ts.
// Public: /arbeidsmarkt, /toegankelijkheid, /indicatoren, /indicatoren/:code(.csv|.json), /api/v1/indicatoren.
// indicatoren.beheren: the import form (contract CSV/XLSX and CBS OData).
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
import { alleDefinities, definitie, revisies, waarnemingen, type IndicatorDefinitie, type Revisie, type Waarneming } from './store.js';
import { arbeidsmarktBlokken, indicatorBlokken, toegankelijkheidBlokken, type Blok } from './grafieken.js';
import { ArbeidsmarktPagina } from './pages/arbeidsmarkt.js';
import { ImportPagina, type ImportMelding } from './pages/import.js';
import { IndicatorPagina } from './pages/indicator.js';
import { IndicatorenLijstPagina } from './pages/indicatoren-lijst.js';
import { ToegankelijkheidPagina } from './pages/toegankelijkheid.js';
import { importeerCbs, importeerUpload, indicatorenCsv } from './import.js';
import { csrfBescherming, csrfToken, leesPeildatum } from '../platform/web/verzoek.js';
import { rapportNaam } from '../platform/web/download.js';



function stuurBlokCsv(reply: FastifyReply, blokken: Blok[], bestand: string, voorvoegsel: string) {
  const id = bestand.replace(/\.csv$/, '');
  const blok = blokken.find((b) => b.id === id);
  if (!bestand.endsWith('.csv') || !blok || blok.soort === 'leeg') {
    return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen grafiek "${id}" met cijfers.` });
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${rapportNaam(`${voorvoegsel}-${id}`, 'csv')}"`)
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

export async function indicatorenPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  // multipart only in this plugin's scope (an encapsulated context), unless the app already has it
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: MAX_BESTAND, files: 20 } });
  }
  // CSRF as the access plugin asks: `onRequest: app.csrfProtection`; it checks the form field `_csrf`
  // once the (multipart) body is parsed.
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
    stuurPagina(reply, ImportPagina({ gebruiker: req.gebruiker, csrf: (await csrfToken(reply)) ?? '', melding }), status);
  const door = (req: FastifyRequest) => (req.gebruiker ? req.gebruiker.email : 'onbekend');

  app.get('/indicatoren/importeren', { preHandler: vereist('indicatoren.beheren') }, async (req, reply) => toonImport(req, reply));

  app.post('/indicatoren/importeren/contract', { ...metCsrf, preHandler: vereist('indicatoren.beheren') }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const soort = body.soort;
    const bestand = eersteBuffer(body.bestand);
    const velden: Record<string, string> = {};
    if (soort !== 'indicatoren' && soort !== 'indicator_definities') velden.soort = 'Kies indicatoren of indicator_definities.';
    if (!bestand || bestand.length === 0) velden.bestand = 'Kies een CSV- of XLSX-bestand.';
    if (Object.keys(velden).length) return toonImport(req, reply, { soort: 'fout', formulier: 'contract', tekst: 'Het formulier is niet compleet.', velden }, 400);
    try {
      const r = await importeerUpload(db, soort as 'indicatoren', bestand!, door(req));
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
  });

  app.post('/indicatoren/importeren/cbs', { ...metCsrf, preHandler: vereist('indicatoren.beheren') }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const responsen = alleBuffers(body.respons);
    const koppeling = eersteBuffer(body.koppeling);
    const bronDatum = typeof body.bron_datum === 'string' && body.bron_datum !== '' ? body.bron_datum : undefined;
    const velden: Record<string, string> = {};
    if (responsen.length === 0) velden.respons = 'Kies het opgeslagen CBS-antwoord (JSON).';
    if (!koppeling || koppeling.length === 0) velden.koppeling = 'Kies het koppelingsbestand (JSON).';
    if (bronDatum !== undefined && !isIsoDatum(bronDatum)) velden.bron_datum = 'Geef een bestaande datum (JJJJ-MM-DD).';
    if (Object.keys(velden).length) return toonImport(req, reply, { soort: 'fout', formulier: 'cbs', tekst: 'Het formulier is niet compleet.', velden }, 400);
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'cbs-upload-'));
    try {
      const paden = responsen.map((b, i) => {
        const p = path.join(map, `respons-${i + 1}.json`);
        fs.writeFileSync(p, b);
        return p;
      });
      const kp = path.join(map, 'koppeling.json');
      fs.writeFileSync(kp, koppeling!);
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
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });

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
        .header('content-disposition', `attachment; filename="${code}.csv"`)
        .send(contractCsv(metRevisies ? [...rijen, ...rev] : rijen));
    }
    const defMetTelling = { ...def, aantal: rijen.length, laatste_bron_datum: null };
    // no peildatum on the indicator page: it shows everything that is known
    const blokken = indicatorBlokken(defMetTelling, rijen, '');
    return stuurPagina(reply, IndicatorPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), def, rijen, revisies: rev, blokken }));
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

function alleBuffers(x: unknown): Buffer[] {
  if (Buffer.isBuffer(x)) return x.length ? [x] : [];
  if (Array.isArray(x)) return x.filter((b): b is Buffer => Buffer.isBuffer(b) && b.length > 0);
  return [];
}
function eersteBuffer(x: unknown): Buffer | undefined {
  return alleBuffers(x)[0];
}
