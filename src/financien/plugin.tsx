// Routes (pages and API) of this part; registered by platform/app.ts.
//
// GET  /financien                      newest tables per year at ?peildatum=, multi-year view and charts
// GET  /financien/:jaar                one year: table, every stand kept, chart per sector, published figures
// GET  /financien/export.csv|.xlsx     the tables as printed (?peildatum=, optional &jaar=)
// GET  /financien/kaders.csv, verschil.csv, /financien/:jaar/historie.csv   chart data
// GET  /financien/invoer               forms (kaders.beheren): new stand, file import, embargo per stand
// POST /financien/invoer, /financien/import (multipart), /financien/embargo
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { hernoem, metUpload } from '../platform/web/upload.js';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { mag } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { vandaag } from '../platform/tijd.js';
import { isIsoDatum } from '../domein/getallen.js';
import { KADER_SECTOREN, type KaderSector } from '../domein/begrippen.js';
import { naarCsv, grafiekTabel, staafOptie, tijdreeksOptie, type EChartsOption } from '../platform/web/grafiek.js';
import { datum } from '../platform/formaat.js';
import { snapshotOp, alleSnapshots } from '../kern/snapshots.js';
import { importeer } from '../kern/contract/importeren.js';
import { ImportFout, type Probleem } from '../kern/probleem.js';
import { werkbladen } from '../kern/contract/lezen.js';
import { bestandstype, FINANCIELE_KADERS } from '../kern/contract/bestandstypen.js';
import { contractCsv } from '../kern/contract/exporteren.js';
import { herkenCsvBestand } from '../kern/contract/herkennen.js';
import { rapportNaam } from '../platform/web/download.js';
import { zetEmbargo as zetToegangEmbargo } from '../kern/embargo.js';
import { ToegangFout } from '../kern/probleem.js';
import {
  alleKaderRijen,
  controleerNieuweStand,
  embargoVersie,
  kaderEmbargos,
  kaderVersie,
  KaderConflict,
  legStandVast,
  StandBestaatAl,
  zichtbareKaderRijenOp,
  zichtbareRijen,
  type Zicht,
} from './store.js';
import { historie, historieGrafiek, kadersGrafiek, meerjarenbeeld, tabellenPerJaar, verschilGrafiek, vergelijkSnapshot } from './overzicht.js';
import { tabellenCsv, tabellenXlsx } from './export.js';
import { controleerFormulier, formulierVan, type Formulierwaarden, type Fouten } from './formulier.js';
import { InvoerPagina, type InvoerProps } from './pages/invoer.js';
import { JaarPagina } from './pages/jaar.js';
import { OverzichtPagina } from './pages/overzicht.js';
import { csrfToken, formulierVelden } from '../platform/web/verzoek.js';
import { azwaRoutes, opbouwenOp } from './routes/azwa.js';
import { berekenKader } from '../domein/kaders.js';
import { izaVersusAzwa } from '../domein/kaderopbouw.js';
import { macrobeheersingVanStand } from '../domein/macrobeheersing.js';
import { MacrobeheersingSectie } from './pages/macrobeheersing.js';
import { alleBronnen } from '../kern/publicatie.js';
import { bijlage } from '../platform/web/bestandsnaam.js';

type Query = Record<string, string | undefined>;

function zicht(req: FastifyRequest): Zicht {
  return { gebruiker: req.gebruiker };
}

/** Peildatum uit de query (standaard vandaag); null als hij ongeldig is. */
function peildatumVan(req: FastifyRequest): string | null {
  const p = (req.query as Query).peildatum;
  if (p === undefined || p === '') return vandaag();
  return isIsoDatum(p) ? p : null;
}

function ongeldigePeildatum(reply: FastifyReply, req: FastifyRequest): FastifyReply {
  const p = String((req.query as Query).peildatum);
  return stuurProbleem(reply, { title: 'Ongeldige peildatum', status: 400, detail: `De peildatum "${p}" is geen bestaande datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2025-05-20.` });
}

/** De grafiekoptie voor een verschil (kan negatief zijn): de waarde-as niet vanaf 0 vastzetten. */
function metNegatief(optie: EChartsOption, horizontaal = false): EChartsOption {
  const o = optie as Record<string, unknown>;
  const as = horizontaal ? 'xAxis' : 'yAxis';
  const { min: _min, ...rest } = o[as] as Record<string, unknown>;
  return { ...o, [as]: { ...rest } } as EChartsOption;
}

/** The standen in view that are still under embargo today, once each (for the embargo notice). */
function standenOnderEmbargo(rijen: readonly { stand: string; embargo_tot: string | null }[]): { stand: string; embargo_tot: string }[] {
  const nu = vandaag();
  return [...new Map(rijen.filter((r) => r.embargo_tot && nu < r.embargo_tot).map((r) => [r.stand, { stand: r.stand, embargo_tot: r.embargo_tot! }])).values()];
}

function csv(reply: FastifyReply, naam: string, tekst: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(`${naam}`)).send(tekst);
}

/** The year of a /financien/:jaar route and the peildatum of its query, or which of the two is wrong. */
function jaarEnPeildatum(req: FastifyRequest): { jaar: number; peildatum: string } | 'geen jaar' | 'geen peildatum' {
  const jaarTekst = (req.params as { jaar: string }).jaar;
  if (!/^\d{4}$/.test(jaarTekst)) return 'geen jaar';
  const peildatum = peildatumVan(req);
  return peildatum ? { jaar: Number(jaarTekst), peildatum } : 'geen peildatum';
}


/** Bound of an uploaded kader file. */
const MAX_IMPORT = 10 * 1024 * 1024;
export async function financienPlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  const { db } = opts;
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT, files: 1, fields: 10 } });
  await azwaRoutes(app, db, { peildatumVan, ongeldigePeildatum });

  // ── Overzicht ───────────────────────────────────────────────────────────────────────────────
  app.get('/financien', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = peildatumVan(req);
    if (!peildatum) return ongeldigePeildatum(reply, req);
    const rijen = await zichtbareKaderRijenOp(db, peildatum, zicht(req));
    const tabellen = tabellenPerJaar(rijen, true);
    const kaderJaren = [...new Set(rijen.map((r) => r.jaar))].filter((j) => !tabellen.some((t) => t.jaar === j)).sort();
    const meerjaren = meerjarenbeeld(rijen);
    const kg = kadersGrafiek(meerjaren);
    const vg = verschilGrafiek(meerjaren);
    const snapshot = await snapshotOp(db, peildatum);
    const vergelijking = snapshot ? vergelijkSnapshot(snapshot, await zichtbareRijen(db, await alleKaderRijen(db), zicht(req))) : null;
    // In de tabellen alleen de afwijkingen van de stand die de tabel ook toont.
    const afwijkingenInTabel = (vergelijking?.afwijkingen ?? []).filter((a) => rijen.some((r) => r.jaar === a.jaar && r.sector === a.sector && r.stand === a.stand));
    const embargo = standenOnderEmbargo(rijen);
    return stuurPagina(
      reply,
      <OverzichtPagina
        gebruiker={req.gebruiker}
        csrf={req.gebruiker ? await csrfToken(reply) : undefined}
        peildatum={peildatum}
        tabellen={tabellen}
        kaderJaren={kaderJaren}
        meerjaren={meerjaren}
        kadersGrafiek={{ invoer: kg, optie: tijdreeksOptie(kg) }}
        verschilGrafiek={{ invoer: vg, optie: metNegatief(staafOptie(vg)) }}
        vergelijking={vergelijking}
        afwijkingenInTabel={afwijkingenInTabel}
        embargo={embargo}
        magBeheren={mag(req.gebruiker, 'kaders.beheren')}
      />,
    );
  });

  // ── Export van de tabellen ──────────────────────────────────────────────────────────────────
  async function tabellenVoorExport(req: FastifyRequest) {
    const peildatum = peildatumVan(req);
    if (!peildatum) return null;
    const jaar = Number((req.query as Query).jaar);
    const rijen = (await zichtbareKaderRijenOp(db, peildatum, zicht(req))).filter((r) => !(req.query as Query).jaar || r.jaar === jaar);
    return { peildatum, tabellen: tabellenPerJaar(rijen, !(req.query as Query).jaar) };
  }
  app.get('/financien/export.csv', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const t = await tabellenVoorExport(req);
    if (!t) return ongeldigePeildatum(reply, req);
    return csv(reply, rapportNaam(`financiele-kaders-${t.peildatum}`, 'csv'), tabellenCsv(t.tabellen));
  });
  app.get('/financien/export.xlsx', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const t = await tabellenVoorExport(req);
    if (!t) return ongeldigePeildatum(reply, req);
    const buf = await tabellenXlsx(t.tabellen, `Rapport — niet om te importeren (daarvoor: alle standen per jaar). Bedragen in miljoenen euro's; stand op peildatum ${datum(t.peildatum)}. Bron: Akkoordmonitor.`);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', bijlage(rapportNaam(`financiele-kaders-${t.peildatum}`, 'xlsx')))
      .send(buf);
  });
  app.get('/financien/kaders.csv', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = peildatumVan(req);
    if (!peildatum) return ongeldigePeildatum(reply, req);
    const m = meerjarenbeeld(await zichtbareKaderRijenOp(db, peildatum, zicht(req)));
    return csv(reply, rapportNaam(`kaders-per-sector-${peildatum}`, 'csv'), naarCsv(grafiekTabel(kadersGrafiek(m)), { bom: true }));
  });
  app.get('/financien/verschil.csv', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const peildatum = peildatumVan(req);
    if (!peildatum) return ongeldigePeildatum(reply, req);
    const m = meerjarenbeeld(await zichtbareKaderRijenOp(db, peildatum, zicht(req)));
    return csv(reply, rapportNaam(`over-onderschrijding-${peildatum}`, 'csv'), naarCsv(grafiekTabel(verschilGrafiek(m)), { bom: true }));
  });

  // ── Invoer (vóór /financien/:jaar, zodat "invoer" geen jaar is) ─────────────────────────────
  async function invoerPagina(req: FastifyRequest, reply: FastifyReply, p: Partial<InvoerProps>, status = 200) {
    return stuurPagina(
      reply,
      <InvoerPagina
        gebruiker={req.gebruiker}
        csrf={await csrfToken(reply)}
        versie={p.versie ?? (await kaderVersie(db))}
        waarden={p.waarden ?? {}}
        fouten={p.fouten ?? {}}
        melding={p.melding}
        importProblemen={p.importProblemen}
        bestandFout={p.bestandFout}
        importResultaat={p.importResultaat}
        embargos={await kaderEmbargos(db)}
        embargoWaarden={p.embargoWaarden ?? {}}
        embargoFouten={p.embargoFouten ?? {}}
        embargoVersie={p.embargoVersie ?? (await embargoVersie(db))}
        vandaag={vandaag()}
      />,
      status,
    );
  }

  app.get('/financien/invoer', { preHandler: vereist('kaders.beheren') }, async (req, reply) => {
    const q = req.query as Query;
    let waarden: Formulierwaarden = { jaar: q.jaar ?? '', sector: q.sector ?? '' };
    // Met jaar en sector: de nieuwste bekende stand als uitgangspunt.
    if (q.jaar && q.sector) {
      const rijen = (await alleKaderRijen(db, Number(q.jaar))).filter((r) => r.sector === q.sector);
      const nieuwste = rijen[rijen.length - 1];
      if (nieuwste) waarden = formulierVan(nieuwste);
    }
    return invoerPagina(req, reply, { waarden });
  });

  app.post('/financien/invoer', { preHandler: vereist('kaders.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, string>;
    const waarden: Formulierwaarden = formulierVelden(body);
    const versie = String(body.versie ?? '');
    const r = controleerFormulier(waarden);
    if (!r.ok) return invoerPagina(req, reply, { waarden, fouten: r.fouten, versie }, 400);
    const door = req.gebruiker!.email;
    try {
      await controleerNieuweStand(db, r.rij, versie);
      if (r.embargo_tot) {
        // Eerst het embargo, dan de cijfers: zo staan ze geen moment zonder embargo zichtbaar.
        if (body.embargo_versie !== (await embargoVersie(db))) throw new KaderConflict('de embargo’s');
        const huidig = (await kaderEmbargos(db)).find((e) => e.stand === r.rij.stand);
        await zetToegangEmbargo(db, { soort: 'kader_stand', sleutel: r.rij.stand, embargo_tot: r.embargo_tot, versie: huidig?.versie ?? 0 }, door);
      }
      await legStandVast(db, r.rij, { door, versie });
    } catch (err) {
      if (err instanceof StandBestaatAl) {
        return invoerPagina(
          req,
          reply,
          {
            waarden,
            versie,
            fouten: { stand: `Voor ${err.sector} ${err.jaar} bestaat al een stand op ${datum(err.stand)}. Een stand wordt niet overschreven; kies de datum van de nieuwe cijfers.` },
          },
          409,
        );
      }
      if (err instanceof KaderConflict || err instanceof ToegangFout) {
        // Nieuwe versie in het formulier; de ingevulde waarden blijven staan.
        return invoerPagina(req, reply, { waarden, melding: { soort: 'fout', tekst: err.message } }, 409);
      }
      throw err;
    }
    req.log.info({ jaar: r.rij.jaar, sector: r.rij.sector, stand: r.rij.stand }, 'nieuwe stand financiële kaders');
    return invoerPagina(req, reply, {
      melding: {
        soort: 'ok',
        tekst: `De stand van ${datum(r.rij.stand)} voor ${r.rij.sector} ${r.rij.jaar} is opgeslagen${r.embargo_tot ? `, onder embargo tot ${datum(r.embargo_tot)}` : ''}.`,
        link: { href: `/financien/${r.rij.jaar}`, label: `Bekijk ${r.rij.jaar}` },
      },
      waarden: { jaar: String(r.rij.jaar) },
    });
  });

  app.post('/financien/import', { preHandler: vereist('kaders.beheren'), onRequest: app.csrfProtection }, (req, reply) => {
    let naam = 'bestand';
    return metUpload(req, { bytes: MAX_IMPORT, bestanden: 1 }, async (upload) => {
    try {
      const deel = upload.bestanden[0];
      // a form sent without a file: an empty part without a name (issue 14: say so at the field)
      if (!deel || (!deel.naam && deel.grootte === 0)) return invoerPagina(req, reply, { bestandFout: 'Kies een bestand (CSV of XLSX) om te importeren.' }, 400);
      naam = deel.naam || 'bestand';
      const ext = path.extname(naam).toLowerCase();
      const ander = ext === '.csv' ? herkenCsvBestand(deel.pad) : null;
      if (ander && ander.naam !== 'financiele_kaders') {
        return invoerPagina(req, reply, { bestandFout: `${naam} heeft de kolommen van ${ander.naam}; hier kunt u alleen financiële kaders (financiele_kaders) importeren.` }, 400);
      }
      if (ext !== '.csv' && ext !== '.xlsx') {
        return invoerPagina(req, reply, { bestandFout: `${naam}: alleen .csv of .xlsx is toegestaan.` }, 400);
      }
      if (deel.grootte === 0) return invoerPagina(req, reply, { bestandFout: `${naam} is leeg.` }, 400);
      // De importer kiest het bestandstype op naam (CSV) of werkblad (XLSX): hier alleen financiele_kaders.
      const pad = await hernoem(deel, upload.map, `financiele_kaders${ext}`);
      if (ext === '.xlsx') {
        let bladen: string[];
        try {
          bladen = await werkbladen(pad);
        } catch {
          return invoerPagina(req, reply, { importProblemen: { bestand: naam, problemen: [probleem(naam, 'geen geldig Excel-bestand (XLSX)')] } }, 400);
        }
        const anders = bladen.filter((b) => bestandstype(b) && bestandstype(b)!.naam !== 'financiele_kaders');
        if (anders.length > 0 || !bladen.some((b) => bestandstype(b)?.naam === 'financiele_kaders')) {
          return invoerPagina(
            req,
            reply,
            {
              importProblemen: {
                bestand: naam,
                problemen: [probleem(naam, `hier alleen een werkblad "financiele_kaders"${anders.length ? `; gevonden ook: ${anders.join(', ')} (importeer die elders)` : ''}`)],
              },
            },
            400,
          );
        }
      }
      const resultaat = await importeer(db, pad, { door: req.gebruiker!.email });
      const b = resultaat.bestanden[0];
      const waarschuwingen = resultaat.waarschuwingen.length ? ` ${resultaat.waarschuwingen.length} waarschuwing(en): ${resultaat.waarschuwingen.map((w) => w.reden).join('; ')}.` : '';
      return invoerPagina(req, reply, {
        importResultaat: `${naam} geïmporteerd: ${b?.rijen ?? 0} rijen, ${b?.nieuw ?? 0} nieuw, ${b?.gewijzigd ?? 0} gewijzigd, ${b?.ongewijzigd ?? 0} ongewijzigd.${waarschuwingen}`,
      });
    } catch (err) {
      if (err instanceof ImportFout) {
        const problemen = err.problemen.map((p) => ({ ...p, bestand: naam }));
        return invoerPagina(req, reply, { importProblemen: { bestand: naam, problemen } }, 400);
      }
      throw err;
    }
    }, (f) => invoerPagina(req, reply, { importProblemen: { bestand: 'het formulier', problemen: [probleem(naam, f.message)] } }, f.status));
  });

  app.post('/financien/embargo', { preHandler: vereist('kaders.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, string>;
    const waarden = { stand: String(body.stand ?? '').trim(), embargo_tot: String(body.embargo_tot ?? '').trim() };
    const fouten: Fouten = {};
    if (!isIsoDatum(waarden.stand)) fouten.stand = 'Vul de datum van de stand in (JJJJ-MM-DD), bijvoorbeeld 2025-03-31.';
    if (!isIsoDatum(waarden.embargo_tot)) fouten.embargo_tot = 'Vul de datum in tot wanneer het embargo geldt (JJJJ-MM-DD), bijvoorbeeld 2025-06-01. Om op te heffen: vul vandaag in.';
    if (Object.keys(fouten).length > 0) return invoerPagina(req, reply, { embargoWaarden: waarden, embargoFouten: fouten, embargoVersie: String(body.embargo_versie ?? '') }, 400);
    try {
      if (String(body.embargo_versie ?? '') !== (await embargoVersie(db))) throw new KaderConflict('de embargo’s');
      const huidig = (await kaderEmbargos(db)).find((e) => e.stand === waarden.stand);
      await zetToegangEmbargo(db, { soort: 'kader_stand', sleutel: waarden.stand, embargo_tot: waarden.embargo_tot, versie: huidig?.versie ?? 0 }, req.gebruiker!.email);
    } catch (err) {
      if (err instanceof KaderConflict || err instanceof ToegangFout) {
        return invoerPagina(req, reply, { embargoWaarden: waarden, melding: { soort: 'fout', tekst: err.message } }, 409);
      }
      throw err;
    }
    return invoerPagina(req, reply, {
      melding: { soort: 'ok', tekst: `Het embargo op de stand van ${datum(waarden.stand)} geldt tot ${datum(waarden.embargo_tot)}.` },
    });
  });

  // ── Eén jaar ────────────────────────────────────────────────────────────────────────────────
  app.get('/financien/:jaar', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const jp = jaarEnPeildatum(req);
    if (jp === 'geen jaar') return reply.callNotFound();
    if (jp === 'geen peildatum') return ongeldigePeildatum(reply, req);
    const { jaar, peildatum } = jp;
    const z = zicht(req);
    const opPeildatum = (await zichtbareKaderRijenOp(db, peildatum, z)).filter((r) => r.jaar === jaar);
    const alle = (await zichtbareRijen(db, await alleKaderRijen(db, jaar), z)).filter((r) => r.stand <= peildatum);
    const tabel = opPeildatum.length > 0 ? tabellenPerJaar(opPeildatum)[0] : null;
    const regels = historie(alle, jaar);
    const sectoren = KADER_SECTOREN.filter((s) => regels.some((r) => r.sector === s));
    const grafieken = sectoren.map((s) => {
      const invoer = historieGrafiek(regels, s, jaar);
      return { sector: s, invoer, optie: metNegatief(tijdreeksOptie(invoer)) };
    });
    const vergelijkingen = (await alleSnapshots(db))
      .filter((s) => s.peildatum <= peildatum)
      .map((s) => vergelijkSnapshot(s, alle, jaar))
      .filter((v): v is NonNullable<typeof v> => v !== null);
    // In de tabel: de afwijkingen van de snapshot van precies de peildatum, als die er is.
    const vanPeildatum = vergelijkingen.find((v) => v.peildatum === peildatum);
    const embargoInTabel = standenOnderEmbargo(opPeildatum);
    // Macro control (AZWA §6-§7) for the stand in view; the IZA kader of the year comes from the build-up.
    const izaAzwa = izaVersusAzwa((await opbouwenOp(db, peildatum)).filter((o) => o.jaar === jaar));
    const macro = macrobeheersingVanStand(
      opPeildatum.map((r) => ({ ...berekenKader(r).waarden, kader_soort: r.kader_soort })),
      new Map(izaAzwa.map((v) => [v.sector, v.iza_kader])),
    );
    return stuurPagina(
      reply,
      <JaarPagina
        gebruiker={req.gebruiker}
        csrf={req.gebruiker ? await csrfToken(reply) : undefined}
        jaar={jaar}
        peildatum={peildatum}
        tabel={tabel}
        embargoInTabel={embargoInTabel}
        historie={regels}
        grafieken={grafieken}
        vergelijkingen={vergelijkingen}
        afwijkingenTabel={(vanPeildatum?.afwijkingen ?? []).filter((a) => opPeildatum.some((r) => r.sector === a.sector && r.stand === a.stand))}
        magBeheren={mag(req.gebruiker, 'kaders.beheren')}
        macro={<MacrobeheersingSectie jaar={jaar} oordelen={macro} izaAzwa={izaAzwa} peildatum={peildatum} bronnen={await alleBronnen(db)} />}
      />,
    );
  });

  app.get('/financien/:jaar/historie.csv', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const jp = jaarEnPeildatum(req);
    if (jp === 'geen jaar') return reply.callNotFound();
    if (jp === 'geen peildatum') return ongeldigePeildatum(reply, req);
    const { jaar, peildatum } = jp;
    const sector = (req.query as Query).sector as KaderSector | undefined;
    const alle = (await zichtbareRijen(db, await alleKaderRijen(db, jaar), zicht(req))).filter((r) => r.stand <= peildatum);
    // every stand of the year in the contract format (financiele_kaders): imports again unchanged (issue 14)
    const rijen = alle.filter((r) => !sector || r.sector === sector);
    return csv(reply, `financiele_kaders-${jaar}-standen${sector ? `-${sector}` : ''}.csv`, contractCsv(FINANCIELE_KADERS, rijen as unknown as Record<string, unknown>[]));
  });
}

function probleem(bestand: string, reden: string): Probleem {
  return { bestand, regel: null, kolom: null, waarde: null, reden };
}
