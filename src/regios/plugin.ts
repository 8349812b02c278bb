// Routes of the regions part: /regios (the classifications and their regions) and
// /regios/{indeling}/{code} (one regiobeeld). Public pages; the toetsen and plans that touch a
// region are shown to logged-in users only (intern.lezen), like the transformatie pages.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { csrfToken, leesPeildatum } from '../platform/web/verzoek.js';
import { mag } from '../domein/beleid.js';
import { dichtstbijzijnd, gemeentenVan, INDELINGEN, isIndeling, regiosVan } from '../domein/regios.js';
import { indicatorenMetGebieden, regioboek, waarnemingenVan } from './store.js';
import { waardenPerRegio } from '../domein/regiokaart.js';
import { regioKaart } from './regiobeeld.js';
import { RegioKaartPagina } from './pages/kaart.js';
import { maakRegiobeeld } from './regiobeeld.js';
import { RegiosLijstPagina } from './pages/lijst.js';
import { RegiobeeldPagina } from './pages/regiobeeld.js';


export async function regiosPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;

  app.get('/regios', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const boek = await regioboek(db);
    const indelingen = INDELINGEN.map((indeling) => ({
      indeling,
      geldigVanaf: boek.versie.get(indeling) ?? null,
      regios: regiosVan(boek, indeling).map((g) => ({ ...g, gemeenten: indeling === 'gemeente' ? 1 : gemeentenVan(boek, indeling, g.code).length })),
    }));
    return stuurPagina(reply, RegiosLijstPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), indelingen }));
  });

  app.get<{ Querystring: { indicator?: string; indeling?: string; periode?: string } }>('/regios/kaart', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    const q = req.query;
    const indeling = q.indeling ?? 'zorgkantoorregio';
    if (!isIndeling(indeling)) {
      return stuurProbleem(reply, { title: 'Onbekende regio-indeling', status: 400, detail: `Onbekende regio-indeling "${indeling}"; bekend zijn: ${INDELINGEN.join(', ')}.` });
    }
    const indicatoren = await indicatorenMetGebieden(db);
    const indicator = q.indicator ? (indicatoren.find((i) => i.code === q.indicator) ?? null) : (indicatoren[0] ?? null);
    if (q.indicator && !indicator) {
      return stuurProbleem(reply, { title: 'Onbekende indicator', status: 404, detail: `Er is geen indicator "${q.indicator}" met waarden per gebied.` });
    }
    const boek = await regioboek(db, peildatum);
    const waarden = indicator ? waardenPerRegio(boek, indeling, await waarnemingenVan(db, indicator.code, peildatum), indicator.eenheid, q.periode) : null;
    const kaart = indicator && waarden && waarden.herkomst !== 'geen' ? regioKaart(indicator, indeling, waarden) : null;
    return stuurPagina(reply, RegioKaartPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), indicatoren, indelingen: INDELINGEN, keuze: { indicator, indeling }, waarden, kaart }));
  });

  app.get<{ Params: { indeling: string; code: string } }>('/regios/:indeling/:code', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = leesPeildatum(req, reply);
    if (!peildatum) return reply;
    const { indeling, code } = req.params;
    if (!isIndeling(indeling)) {
      return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Onbekende regio-indeling "${indeling}"; bekend zijn: ${INDELINGEN.join(', ')}.` });
    }
    const boek = await regioboek(db);
    const gebied = boek.gebieden.get(code.toUpperCase());
    if (!gebied || gebied.indeling !== indeling) {
      return stuurProbleem(reply, {
        title: 'Niet gevonden',
        status: 404,
        detail: `Er is geen ${indeling} met code "${code}". Bedoelde u: ${dichtstbijzijnd(boek, code, [indeling]).join(', ')}?`,
      });
    }
    const metIntern = mag(req.gebruiker, 'intern.lezen');
    const beeld = await maakRegiobeeld(db, boek, gebied, peildatum, metIntern);
    return stuurPagina(reply, RegiobeeldPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), beeld, peildatum, metIntern }));
  });
}
