// GET/POST /rapportages/importeren (rondes.vaststellen): upload of one CSV of the file types
// rondeteksten, gepubliceerde_reeksen or bronnen (issue 13), through the shared streamed upload and
// the contract importer (all-or-nothing, audited). The type is chosen in the form or read from the header.
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Db } from '../../platform/db.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { stuurPagina } from '../../platform/web/pagina.js';
import { csrfToken } from '../../platform/web/verzoek.js';
import { hernoem, metUpload } from '../../platform/web/upload.js';
import { importeer } from '../../kern/contract/importeren.js';
import { herkenCsvBestand } from '../../kern/contract/herkennen.js';
import { ImportFout, type Probleem } from '../../kern/probleem.js';
import { ImporterenPagina, RONDE_BESTANDSTYPEN, type ImporterenProps } from '../pages/importeren.js';

const MAX_BESTAND = 20 * 1024 * 1024;
const TYPEN: readonly string[] = RONDE_BESTANDSTYPEN.map((t) => t.waarde);
const woord = (type: string) => RONDE_BESTANDSTYPEN.find((t) => t.waarde === type)?.label.toLowerCase() ?? type;

function probleem(bestand: string, reden: string): Probleem {
  return { bestand, regel: null, kolom: null, waarde: null, reden };
}

export function importeerRoutes(app: FastifyInstance, db: Db, csrf: { onRequest?: onRequestHookHandler }): void {
  async function toon(req: FastifyRequest, reply: FastifyReply, extra: Omit<ImporterenProps, 'gebruiker' | 'csrf'> = {}, status = 200) {
    return stuurPagina(reply, ImporterenPagina({ gebruiker: req.gebruiker, csrf: await csrfToken(reply), ...extra }), status);
  }

  app.get('/rapportages/importeren', { preHandler: vereist('rondes.vaststellen') }, (req, reply) => toon(req, reply));

  app.post('/rapportages/importeren', { preHandler: vereist('rondes.vaststellen'), ...csrf }, (req, reply) => {
    let naam = 'bestand';
    return metUpload(
      req,
      { bytes: MAX_BESTAND, bestanden: 1 },
      async (upload) => {
        const gekozen = upload.velden.soort ?? '';
        if (gekozen && !TYPEN.includes(gekozen)) return toon(req, reply, { soortFout: 'Kies een soort bestand uit de lijst.' }, 400);
        const deel = upload.bestanden[0];
        if (!deel) return toon(req, reply, { soort: gekozen, bestandFout: 'Kies een CSV-bestand om te importeren.' }, 400);
        naam = deel.naam || 'bestand';
        const fout = (reden: string) => toon(req, reply, { soort: gekozen, problemen: { bestand: naam, problemen: [probleem(naam, reden)] } }, 400);
        // problems with the file itself at the file field (issue 14), problems inside it in the list
        if (path.extname(naam).toLowerCase() !== '.csv') return toon(req, reply, { soort: gekozen, bestandFout: `${naam}: alleen een .csv-bestand is hier toegestaan.` }, 400);
        if (deel.grootte === 0) return toon(req, reply, { soort: gekozen, bestandFout: `${naam} is leeg.` }, 400);
        const herkend = herkenCsvBestand(deel.pad)?.naam ?? null;
        if (herkend && !TYPEN.includes(herkend)) return fout(`de kolommen zijn die van een ander soort bestand (${herkend}); hier alleen ${RONDE_BESTANDSTYPEN.map((t) => t.label.toLowerCase()).join(', ')}`);
        if (herkend && gekozen && herkend !== gekozen) return fout(`de kolommen zijn die van ${woord(herkend)}, niet van ${woord(gekozen)}`);
        const type = gekozen || herkend;
        if (!type) return toon(req, reply, { soortFout: 'De kolommen passen niet bij één soort bestand: kies de soort.' }, 400);
        // the importer reads the file type from the file name
        const pad = await hernoem(deel, upload.map, `${type}.csv`);
        try {
          const r = await importeer(db, pad, { door: req.gebruiker!.email });
          const b = r.bestanden[0];
          const waarschuwingen = r.waarschuwingen.length ? ` ${r.waarschuwingen.length} waarschuwing(en): ${r.waarschuwingen.map((w) => w.reden).join('; ')}.` : '';
          return toon(req, reply, {
            soort: gekozen,
            resultaat: `${naam} geïmporteerd als ${woord(type)}: ${b?.rijen ?? 0} rijen, ${b?.nieuw ?? 0} nieuw, ${b?.gewijzigd ?? 0} gewijzigd, ${b?.ongewijzigd ?? 0} ongewijzigd.${waarschuwingen}`,
          });
        } catch (err) {
          if (!(err instanceof ImportFout)) throw err;
          const problemen = err.problemen.map((p) => ({ ...p, bestand: naam }));
          return toon(req, reply, { soort: gekozen, problemen: { bestand: naam, problemen, totaal: err.totaal } }, 400);
        }
      },
      (f) => toon(req, reply, { bestandFout: f.message }, f.status),
    );
  });
}
