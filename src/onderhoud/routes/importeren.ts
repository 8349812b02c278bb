// GET/POST /importeren (import.uitvoeren; issue 14 item 5): the register files that had only the CLI,
// uploaded through the shared streamed upload into the contract importer (all or nothing, every
// problem at once, audited per file by the importer). Each file type also needs its own handeling
// (domein/importrechten.ts); a coordinating insurer imports only its own toetsen, plans and KPIs.
// The type comes from the form or from the CSV header (sheet names in an XLSX). When the header tells
// no single type, the form comes back with the candidate types as a choice and asks for the file
// again: nothing of an upload is kept between requests (no temp file bound to a session that a second
// instance behind the load balancer would not have, nothing to clean up after an abandoned choice).
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { stuurPagina } from '../../platform/web/pagina.js';
import { paginaContext } from '../../platform/web/verzoek.js';
import { hernoem, metUpload, type GeuploadBestand, type Upload } from '../../platform/web/upload.js';
import { mag } from '../../domein/beleid.js';
import { ANDERE_IMPORTPAGINAS, andereImportpagina, importeerbareTypen, importRecht, type ImportRecht } from '../../domein/importrechten.js';
import { importeer } from '../../kern/contract/importeren.js';
import { herkenCsvBestand, kandidatenCsvBestand } from '../../kern/contract/herkennen.js';
import { bestandstype } from '../../kern/contract/bestandstypen.js';
import { werkbladen } from '../../kern/contract/lezen.js';
import { LeesFout } from '../../kern/contract/grenzen.js';
import { ImportFout } from '../../kern/probleem.js';
import { eigenToetsenProblemen } from '../eigen-toetsen.js';
import { BestandstypePagina } from '../pages/bestandstype.js';
import { ImporterenPagina, type ImporterenProps } from '../pages/importeren.js';

const MAX_BESTAND = 20 * 1024 * 1024;

type Weergave = Omit<ImporterenProps, 'gebruiker' | 'csrf' | 'typen' | 'andere'>;

/** What the upload asks for: a type and a file to import, or the form again with a message. */
type Besluit = { type: 'tonen'; weergave: Weergave; status: number } | { type: 'importeren'; pad: string };

const titelVan = (type: string) => importRecht(type)?.titel.toLowerCase() ?? type;
const toon = (weergave: Weergave, status = 400): Besluit => ({ type: 'tonen', weergave, status });

/**
 * A file (or sheet) of a type that is not one of the user's: where it goes instead, or that it is not
 * theirs. `wat` says what was found, e.g. "x.csv heeft de kolommen van acties".
 */
function nietHier(type: string, wat: string, soort: string): Besluit {
  const elders = andereImportpagina(type);
  if (elders) return toon({ soort, elders: { titel: elders.titel, href: elders.href }, fouten: { bestand: `${wat}; dat bestand importeert u op een andere pagina.` } });
  const recht = importRecht(type);
  return toon({ soort, fouten: { bestand: recht ? `${wat} (${titelVan(type)}); die mag u met uw rol niet importeren.` : `${wat}; dat kan hier niet worden geïmporteerd.` } }, recht ? 403 : 400);
}

async function besluitCsv(typen: ImportRecht[], deel: GeuploadBestand, upload: Upload, naam: string, gekozen: string): Promise<Besluit> {
  const eigen = typen.map((t) => t.type);
  const herkend = herkenCsvBestand(deel.pad)?.naam ?? null;
  if (herkend && !eigen.includes(herkend)) return nietHier(herkend, `${naam} heeft de kolommen van ${herkend}`, gekozen);
  if (herkend && gekozen && herkend !== gekozen) {
    return toon({
      soort: gekozen,
      fouten: { soort: `De kolommen van ${naam} zijn die van ${titelVan(herkend)}, niet van ${titelVan(gekozen)}. Kies ${titelVan(herkend)} of een ander bestand.` },
    });
  }
  let type = herkend ?? gekozen;
  if (!herkend) {
    const passend = kandidatenCsvBestand(deel.pad).map((t) => t.naam as string);
    if (gekozen && passend.length > 0 && !passend.includes(gekozen)) {
      return toon({ soort: gekozen, fouten: { soort: `De kolommen van ${naam} passen niet bij ${titelVan(gekozen)}; wel bij: ${passend.map(titelVan).join(', ')}.` } });
    }
    if (!gekozen) {
      // no single type: offer the fitting ones the user may import (all of theirs when none fits)
      const keuze = passend.length ? typen.filter((t) => passend.includes(t.type)) : typen;
      if (passend.length && keuze.length === 0) return nietHier(passend[0], `${naam} heeft de kolommen van ${passend[0]}`, gekozen);
      const reden = passend.length ? `passen bij meer dan één soort bestand` : `passen bij geen enkel soort bestand`;
      return toon({
        keuze,
        fouten: {
          soort: `De kolommen van ${naam} ${reden}. Kies de soort.`,
          bestand: 'Kies het bestand opnieuw; de browser stuurt het niet nog eens mee.',
        },
      });
    }
    type = gekozen;
  }
  // the importer reads the file type from the file name
  return { type: 'importeren', pad: await hernoem(deel, upload.map, `${type}.csv`) };
}

async function besluitXlsx(typen: ImportRecht[], deel: GeuploadBestand, upload: Upload, naam: string, gekozen: string): Promise<Besluit> {
  let bladen: string[];
  try {
    bladen = await werkbladen(deel.pad);
  } catch (e) {
    if (!(e instanceof LeesFout)) throw e;
    return toon({ soort: gekozen, fouten: { bestand: `${naam} is geen leesbaar Excel-bestand (XLSX): ${e.reden}.` } });
  }
  const bekend = bladen.filter((b) => bestandstype(b)).map((b) => bestandstype(b)!.naam as string);
  if (bekend.length === 0) {
    return toon({ soort: gekozen, fouten: { bestand: `${naam} heeft geen werkblad met de naam van een soort bestand, zoals ${typen.map((t) => t.type).join(', ')}.` } });
  }
  const vreemd = bekend.find((b) => !typen.some((t) => t.type === b));
  if (vreemd) return nietHier(vreemd, `${naam} heeft een werkblad ${vreemd}`, gekozen);
  if (gekozen && !bekend.includes(gekozen)) {
    return toon({ soort: gekozen, fouten: { soort: `${naam} heeft geen werkblad ${gekozen} (${titelVan(gekozen)}), wel: ${bekend.join(', ')}.` } });
  }
  return { type: 'importeren', pad: await hernoem(deel, upload.map, 'import.xlsx') };
}

/** Checks the form and the file; on success the path to import (renamed for the importer). */
async function besluit(typen: ImportRecht[], upload: Upload): Promise<Besluit & { naam?: string }> {
  const gekozen = upload.velden.soort ?? '';
  if (gekozen && !typen.some((t) => t.type === gekozen)) {
    return toon({ fouten: { soort: importRecht(gekozen) ? `${titelVan(gekozen)} mag u met uw rol niet importeren.` : 'Kies een soort bestand uit de lijst.' } }, importRecht(gekozen) ? 403 : 400);
  }
  const deel = upload.bestanden.find((b) => b.veld === 'bestand');
  if (!deel) return toon({ soort: gekozen, fouten: { bestand: 'Kies een bestand (CSV of XLSX) om te importeren.' } });
  const naam = deel.naam || 'bestand';
  const ext = path.extname(naam).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return toon({ soort: gekozen, fouten: { bestand: `${naam} is geen CSV- of XLSX-bestand; alleen die kunnen hier worden geïmporteerd.` } });
  if (deel.grootte === 0) return toon({ soort: gekozen, fouten: { bestand: `${naam} is leeg.` } });
  const b = ext === '.csv' ? await besluitCsv(typen, deel, upload, naam, gekozen) : await besluitXlsx(typen, deel, upload, naam, gekozen);
  return { ...b, naam };
}

export function importeerRoutes(app: FastifyInstance, db: Db): void {
  async function pagina(req: FastifyRequest, reply: FastifyReply, weergave: Weergave = {}, status = 200) {
    const g = req.gebruiker!;
    const andere = ANDERE_IMPORTPAGINAS.filter((a) => mag(g, a.handeling)).map((a) => ({ titel: a.titel, href: a.href }));
    return stuurPagina(reply, ImporterenPagina({ ...(await paginaContext(req, reply)), typen: importeerbareTypen(g), andere, ...weergave }), status);
  }

  app.get('/importeren', { preHandler: vereist('import.uitvoeren') }, (req, reply) => pagina(req, reply));

  app.get<{ Params: { type: string } }>('/importeren/bestanden/:type', { preHandler: vereist('import.uitvoeren') }, async (req, reply) => {
    const recht = importRecht(req.params.type);
    const type = recht ? bestandstype(recht.type) : undefined;
    if (!recht || !type) return reply.callNotFound();
    return stuurPagina(reply, BestandstypePagina({ ...(await paginaContext(req, reply)), recht, type }));
  });

  app.post('/importeren', { preHandler: vereist('import.uitvoeren'), onRequest: app.csrfProtection }, (req, reply) => {
    const g = req.gebruiker!;
    const typen = importeerbareTypen(g);
    if (typen.length === 0) return pagina(req, reply, { fouten: { bestand: 'Met uw rol kunt u hier geen registers importeren.' } }, 403);
    return metUpload(
      req,
      { bytes: MAX_BESTAND, bestanden: 1 },
      async (upload) => {
        const b = await besluit(typen, upload);
        if (b.type === 'tonen') return pagina(req, reply, b.weergave, b.status);
        const naam = b.naam!;
        const gekozen = upload.velden.soort ?? '';
        // problems name the file as the user knows it, not the name the importer needed
        const alsGeupload = (bestand: string) => bestand.replace(path.basename(b.pad), naam);
        try {
          const r = await importeer(db, b.pad, { door: g.email, nakijken: (tx, klaar) => eigenToetsenProblemen(tx, g, klaar) });
          req.log.info({ bestand: naam, typen: r.bestanden.map((x) => x.bestandstype) }, 'import via de website');
          return pagina(req, reply, {
            soort: gekozen,
            uitkomst: {
              bestanden: r.bestanden.map((x) => ({ ...x, bestand: alsGeupload(x.bestand), recht: importRecht(x.bestandstype)! })),
              waarschuwingen: r.waarschuwingen.map((w) => `${w.kolom ? `kolom ${w.kolom}: ` : ''}${w.reden}`),
            },
          });
        } catch (err) {
          if (!(err instanceof ImportFout)) throw err;
          const problemen = err.problemen.map((p) => ({ ...p, bestand: alsGeupload(path.basename(p.bestand)) }));
          return pagina(req, reply, { soort: gekozen, problemen: { bestand: naam, problemen, totaal: err.totaal } }, 400);
        }
      },
      (f) => pagina(req, reply, { fouten: { bestand: f.message } }, f.status),
    );
  });
}
