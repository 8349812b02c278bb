// Routes of the AZWA financial framework within the financien part (registered by plugin.tsx):
//
// GET  /financien/opbouw                     the build-up of the kaders per sector and year (Bijlage 1)
// GET  /financien/afspraken                  money per agreement (Bijlage 2), realisation, envelopes, Bijlage 3
// GET  /financien/afspraken/:code            one agreement's money; POST …/realisatie records a figure
// GET  /financien/azwa/invoer, POST /financien/azwa/import   import of the five file types
// GET  /financien/azwa/<type>.csv            export in the import format (?peildatum=)
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db.js';
import { mag } from '../../domein/beleid.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { stuurPagina } from '../../platform/web/pagina.js';
import { csrfToken, veld } from '../../platform/web/verzoek.js';
import { vandaag } from '../../platform/tijd.js';
import { datum } from '../../platform/formaat.js';
import { isIsoDatum, ontleedGetal } from '../../domein/getallen.js';
import { controleerSectortotalen, izaVersusAzwa, kaderopbouwen } from '../../domein/kaderopbouw.js';
import { begrotingsoverzicht, nieuwsteBegrotingsstand, realisatieVanAfspraak, totaleRealisatie, type Begrotingsoverzicht } from '../../domein/begrotingsafspraken.js';
import { enveloppeStanden } from '../../domein/enveloppen.js';
import { bestandstype } from '../../kern/contract/bestandstypen.js';
import { exporteerTypeCsv } from '../../kern/contract/exporteren.js';
import { importeer } from '../../kern/contract/importeren.js';
import { hernoem, metUpload } from '../../platform/web/upload.js';
import { werkbladen } from '../../kern/contract/lezen.js';
import { ImportFout } from '../../kern/probleem.js';
import * as store from '../store/azwa.js';
import { alleBronnen } from '../../kern/publicatie.js';
import { KaderopbouwPagina } from '../pages/kaderopbouw.js';
import { GeldPerAfspraakPagina } from '../pages/geld-per-afspraak.js';
import { AfspraakGeldPagina } from '../pages/afspraak-geld.js';
import { AZWA_TYPEN, AzwaInvoerPagina, type AzwaInvoerProps } from '../pages/azwa-invoer.js';
import { bijlage } from '../../platform/web/bestandsnaam.js';

/** Bound of an uploaded AZWA file. */
const MAX_IMPORT = 10 * 1024 * 1024;

export interface PeildatumHulp {
  peildatumVan: (req: FastifyRequest) => string | null;
  ongeldigePeildatum: (reply: FastifyReply, req: FastifyRequest) => FastifyReply;
}

/** The Bijlage 2 overview at a peildatum (null when nothing is recorded yet). */
async function overzichtOp(db: Db, peildatum: string): Promise<Begrotingsoverzicht | null> {
  const regels = nieuwsteBegrotingsstand(await store.begrotingsRegels(db), peildatum);
  return regels.length ? begrotingsoverzicht(regels) : null;
}

/** The build-ups at a peildatum, for the kader page's macro section too. */
export async function opbouwenOp(db: Db, peildatum: string) {
  return kaderopbouwen(await store.opbouwRegels(db), peildatum);
}

export async function azwaRoutes(app: FastifyInstance, db: Db, hulp: PeildatumHulp): Promise<void> {
  /** Runs `bouw` at the query's peildatum, or sends the error page for a bad one. */
  const opPeildatum = (req: FastifyRequest, reply: FastifyReply, bouw: (peildatum: string) => Promise<FastifyReply>) => {
    const peildatum = hulp.peildatumVan(req);
    return peildatum ? bouw(peildatum) : hulp.ongeldigePeildatum(reply, req);
  };
  /** The props every page here starts with; only a logged-in user gets a CSRF token (and its cookie). */
  const paginaBasis = async (req: FastifyRequest, reply: FastifyReply, peildatum: string) => ({
    gebruiker: req.gebruiker,
    csrf: req.gebruiker ? await csrfToken(reply) : undefined,
    peildatum,
  });

  app.get('/financien/opbouw', { preHandler: vereist('publiek.lezen') }, async (req, reply) =>
    opPeildatum(req, reply, async (peildatum) => {
      const opbouwen = await opbouwenOp(db, peildatum);
      return stuurPagina(
        reply,
        <KaderopbouwPagina
          {...await paginaBasis(req, reply, peildatum)}
          opbouwen={opbouwen}
          izaAzwa={izaVersusAzwa(opbouwen)}
          sectortotalen={opbouwen.length ? controleerSectortotalen(opbouwen) : []}
          magBeheren={mag(req.gebruiker, 'begroting.beheren')}
          bronnen={await alleBronnen(db)}
        />,
      );
    }),
  );

  app.get('/financien/afspraken', { preHandler: vereist('publiek.lezen') }, async (req, reply) =>
    opPeildatum(req, reply, async (peildatum) => {
      const overzicht = await overzichtOp(db, peildatum);
      const regels = await store.realisatieRegels(db);
      const per = overzicht ? overzicht.afspraken.map((a) => realisatieVanAfspraak(a, regels, peildatum)) : [];
      const env = enveloppeStanden(await store.enveloppen(db), await store.enveloppeGebruik(db), peildatum);
      const afspraken = await store.azwaAfspraken(db);
      return stuurPagina(
        reply,
        <GeldPerAfspraakPagina
          {...await paginaBasis(req, reply, peildatum)}
          overzicht={overzicht}
          realisatie={per}
          totaleRealisatie={Object.fromEntries(totaleRealisatie(per))}
          contractering={afspraken.filter((a) => a.financiering.includes('contractering (Bijlage 3)'))}
          enveloppen={env.standen}
          enveloppeSignalen={env.signalen}
          magBeheren={mag(req.gebruiker, 'begroting.beheren')}
          bronnen={await alleBronnen(db)}
        />,
      );
    }),
  );

  async function afspraakPagina(req: FastifyRequest, reply: FastifyReply, extra: { waarden?: Record<string, string>; fouten?: Record<string, string>; melding?: string } = {}, status = 200) {
    const code = (req.params as { code: string }).code.toUpperCase();
    const peildatum = hulp.peildatumVan(req) ?? vandaag();
    const afspraak = (await store.azwaAfspraken(db)).find((a) => a.code === code);
    if (!afspraak) return reply.callNotFound();
    const overzicht = await overzichtOp(db, peildatum);
    const begroting = overzicht?.afspraken.find((a) => a.afspraak === code) ?? null;
    const env = enveloppeStanden(await store.enveloppen(db), await store.enveloppeGebruik(db), peildatum);
    return stuurPagina(
      reply,
      <AfspraakGeldPagina
        {...await paginaBasis(req, reply, peildatum)}
        code={code}
        naam={afspraak.naam}
        financiering={afspraak.financiering}
        begroting={begroting}
        perioden={overzicht?.perioden ?? []}
        realisatie={begroting ? realisatieVanAfspraak(begroting, await store.realisatieRegels(db), peildatum) : null}
        enveloppen={env.standen.filter((e) => e.afspraken.includes(code))}
        magBeheren={mag(req.gebruiker, 'begroting.beheren')}
        bronnen={await alleBronnen(db)}
        waarden={extra.waarden ?? { stand: vandaag() }}
        fouten={extra.fouten}
        melding={extra.melding}
      />,
      status,
    );
  }

  app.get('/financien/afspraken/:code', { preHandler: vereist('publiek.lezen') }, async (req, reply) => afspraakPagina(req, reply));

  app.post('/financien/afspraken/:code/realisatie', { preHandler: vereist('begroting.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const code = (req.params as { code: string }).code.toUpperCase();
    const b = req.body;
    const waarden = { omschrijving: veld(b, 'omschrijving'), jaar: veld(b, 'jaar').trim(), realisatie_mln: veld(b, 'realisatie_mln').trim(), stand: veld(b, 'stand').trim(), toelichting: veld(b, 'toelichting').trim() };
    const overzicht = await overzichtOp(db, vandaag());
    const begroting = overzicht?.afspraken.find((a) => a.afspraak === code);
    if (!begroting) return afspraakPagina(req, reply, { waarden, fouten: { omschrijving: `Afspraak ${code} heeft geen regel in de begrotingsafspraken.` } }, 400);
    const fouten: Record<string, string> = {};
    const regels = [...(begroting.eigen ? [begroting.eigen] : []), ...begroting.deelposten].map((r) => r.omschrijving);
    if (!regels.includes(waarden.omschrijving)) fouten.omschrijving = 'Kies een regel van deze afspraak.';
    const jaar = Number(waarden.jaar);
    if (!/^\d{4}$/.test(waarden.jaar) || jaar < 2000 || jaar > 2100) fouten.jaar = 'Vul een jaar in, bijvoorbeeld 2026.';
    const bedrag = ontleedGetal(waarden.realisatie_mln);
    if (!bedrag.ok || bedrag.waarde === null) fouten.realisatie_mln = 'Vul het gerealiseerde bedrag in miljoenen in, bijvoorbeeld 24,5.';
    else if (Math.abs(bedrag.waarde * 100 - Math.round(bedrag.waarde * 100)) > 1e-6) fouten.realisatie_mln = 'Hooguit twee decimalen (miljoenen euro’s).';
    if (!isIsoDatum(waarden.stand)) fouten.stand = 'Vul de datum van het cijfer in als JJJJ-MM-DD.';
    if (Object.keys(fouten).length) return afspraakPagina(req, reply, { waarden, fouten }, 400);
    const soort = await store.legRealisatieVast(
      db,
      { afspraak: code, omschrijving: waarden.omschrijving, jaar, stand: waarden.stand, realisatie_mln: (bedrag as { waarde: number }).waarde, toelichting: waarden.toelichting || null },
      req.gebruiker!.email,
    );
    return afspraakPagina(req, reply, {
      waarden: { stand: vandaag() },
      melding: `Realisatie ${jaar} voor "${waarden.omschrijving}" ${soort === 'nieuw' ? 'vastgelegd' : 'gewijzigd'} (stand ${datum(waarden.stand)}).`,
    });
  });

  async function invoer(req: FastifyRequest, reply: FastifyReply, extra: Partial<AzwaInvoerProps> = {}, status = 200) {
    return stuurPagina(reply, <AzwaInvoerPagina gebruiker={req.gebruiker} csrf={await csrfToken(reply)} {...extra} />, status);
  }

  app.get('/financien/azwa/invoer', { preHandler: vereist('begroting.beheren') }, async (req, reply) => invoer(req, reply));

  app.post('/financien/azwa/import', { preHandler: vereist('begroting.beheren'), onRequest: app.csrfProtection }, (req, reply) => {
    let naam = 'bestand';
    // problems with the file itself sit at the file field, like every other form (issue 14)
    const fout = (bestandFout: string, status = 400, type?: string) => invoer(req, reply, { type, bestandFout }, status);
    return metUpload(req, { bytes: MAX_IMPORT, bestanden: 1 }, async (upload) => {
    try {
      const deel = upload.bestanden[0];
      const type = upload.velden.bestandstype ?? '';
      if (!AZWA_TYPEN.some((t) => t.naam === type)) {
        return invoer(req, reply, { typeFout: `Kies een bestandstype: ${AZWA_TYPEN.map((t) => t.naam).join(', ')}.`, bestandFout: deel ? undefined : 'Kies een bestand (CSV of XLSX) om te importeren.' }, 400);
      }
      if (!deel) return fout('Kies een bestand (CSV of XLSX) om te importeren.', 400, type);
      naam = deel.naam || 'bestand';
      const ext = path.extname(naam).toLowerCase();
      if (ext !== '.csv' && ext !== '.xlsx') return fout(`${naam}: alleen .csv of .xlsx is toegestaan.`, 400, type);
      if (deel.grootte === 0) return fout(`${naam} is leeg.`, 400, type);
      const pad = await hernoem(deel, upload.map, `${type}${ext}`);
      if (ext === '.xlsx') {
        const bladen = await werkbladen(pad).catch(() => null);
        if (!bladen) return fout(`${naam} is geen geldig Excel-bestand (XLSX).`, 400, type);
        if (!bladen.includes(type)) return fout(`${naam}: het werkblad "${type}" ontbreekt (gevonden: ${bladen.join(', ') || 'geen'}).`, 400, type);
      }
      const r = await importeer(db, pad, { door: req.gebruiker!.email });
      const b = r.bestanden.find((x) => x.bestandstype === type);
      return invoer(req, reply, {
        type,
        resultaat: `${naam} geïmporteerd als ${type}: ${b?.rijen ?? 0} rijen, ${b?.nieuw ?? 0} nieuw, ${b?.gewijzigd ?? 0} gewijzigd, ${b?.ongewijzigd ?? 0} ongewijzigd.`,
      });
    } catch (err) {
      if (err instanceof ImportFout) return invoer(req, reply, { type: upload.velden.bestandstype, problemen: { bestand: naam, problemen: err.problemen.map((p) => ({ ...p, bestand: naam })) } }, 400);
      throw err;
    }
    }, (f) => fout(f.message, f.status));
  });

  app.get('/financien/azwa/:bestand', { preHandler: vereist('publiek.lezen') }, async (req, reply) => {
    const m = /^([a-z_]+)\.csv$/.exec((req.params as { bestand: string }).bestand);
    const type = m && AZWA_TYPEN.some((t) => t.naam === m[1]) ? bestandstype(m[1]) : undefined;
    if (!type) return reply.callNotFound();
    return opPeildatum(req, reply, async (peildatum) => {
      const tekst = await exporteerTypeCsv(db, type, { peildatum });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(`${type.naam}-${peildatum}.csv`)).send(tekst);
    });
  });
}
