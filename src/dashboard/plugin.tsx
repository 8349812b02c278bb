// Routes of the dashboard: the page (/) and the CSV of each chart.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { mag } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { embargoTot, zichtbaar } from '../kern/embargo.js';
import { isIsoDatum } from '../domein/getallen.js';
import { datum } from '../platform/formaat.js';
import { vandaag } from '../platform/tijd.js';
import { naarCsv } from '../platform/web/grafiek.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { dashboardCijfers, grafiek, GRAFIEKEN, reeksenUitSnapshots, zichtbareSnapshots, type GrafiekNaam } from './gegevens.js';
import { DashboardPagina, type KaderWeergave, type PeildatumKeuze } from './pages/dashboard.js';
import { csrfToken } from '../platform/web/verzoek.js';
import { alleBronnen } from '../kern/publicatie.js';
import { genummerdeBronnen } from '../domein/bronnen.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { rapportNaam } from '../platform/web/download.js';

export async function dashboardPlugin(app: FastifyInstance, { db }: { db: Db; config: Config }): Promise<void> {
  app.get('/', { preHandler: vereist('dashboard.lezen') }, async (req, reply) => {
    const g = req.gebruiker;
    const snapshots = await zichtbareSnapshots(db, g);
    const magBerekend = mag(g, 'intern.lezen');
    const keuzes: PeildatumKeuze[] = [...snapshots]
      .reverse()
      .map((s) => ({ waarde: s.peildatum, label: `${datum(s.peildatum)} (vastgesteld)` }));
    const nu = vandaag();
    if (magBerekend) keuzes.unshift({ waarde: nu, label: `Vandaag, ${datum(nu)} (berekend uit de gegevens)` });
    const nieuwste = snapshots.at(-1)?.peildatum ?? null;
    const gevraagd = (req.query as Record<string, string | undefined>).peildatum?.trim();
    let melding: string | undefined;
    let gekozen = nieuwste ?? (magBerekend ? nu : null);
    if (gevraagd) {
      if (!isIsoDatum(gevraagd)) melding = `"${gevraagd}" is geen geldige peildatum (JJJJ-MM-DD). U ziet de nieuwste gepubliceerde cijfers.`;
      else if (magBerekend || snapshots.some((s) => s.peildatum === gevraagd)) gekozen = gevraagd;
      else melding = `Voor ${datum(gevraagd)} zijn geen gepubliceerde cijfers. U ziet de nieuwste gepubliceerde cijfers.`;
    }
    if (gekozen && !keuzes.some((k) => k.waarde === gekozen)) keuzes.push({ waarde: gekozen, label: `${datum(gekozen)} (berekend uit de gegevens)` });
    const cijfers = gekozen ? await dashboardCijfers(db, gekozen, !magBerekend, g) : null;
    if (!cijfers && !melding) melding = 'Er zijn nog geen gepubliceerde cijfers.';

    // embargo: budget figures of a kader stand or of this round
    const kaders: KaderWeergave = { rijen: [], verborgen: [] };
    for (const r of (cijfers?.financiele_kaders as Record<string, unknown>[] | undefined) ?? []) {
      const stand = typeof r.stand === 'string' ? r.stand : undefined;
      if (await zichtbaar(db, g, { kaderStand: stand, ronde: gekozen ?? undefined })) kaders.rijen.push(r);
      else if (stand && !kaders.verborgen.some((v) => v.stand === stand)) kaders.verborgen.push({ stand, tot: (await embargoTot(db, { kaderStand: stand, ronde: gekozen ?? undefined }))! });
    }
    const middelenOnderEmbargo = gekozen && !(await zichtbaar(db, g, { ronde: gekozen })) ? await embargoTot(db, { ronde: gekozen }) : null;

    const bronnen = await alleBronnen(db);
    return stuurPagina(
      reply,
      <DashboardPagina
        gebruiker={g}
        csrf={await csrfToken(reply)}
        keuzes={keuzes}
        gekozen={gekozen ?? ''}
        cijfers={cijfers}
        melding={melding}
        reeksen={reeksenUitSnapshots(snapshots, gekozen)}
        kaders={kaders}
        middelenOnderEmbargo={middelenOnderEmbargo}
        bronnen={{ alle: bronnen, genummerd: genummerdeBronnen([String(cijfers?.publicatie ?? ''), ...(cijfers?.opmerkingen ?? [])], bronnen, datum) }}
      />,
    );
  });

  app.get('/dashboard/grafiek/:naam', { preHandler: vereist('dashboard.lezen') }, async (req, reply) => {
    const bestand = (req.params as { naam: string }).naam;
    const naam = bestand.replace(/\.csv$/, '') as GrafiekNaam;
    if (!bestand.endsWith('.csv') || !(naam in GRAFIEKEN)) {
      return stuurProbleem(reply, { title: 'Niet gevonden', status: 404, detail: `Er is geen grafiek "${bestand}". Kies uit: ${Object.keys(GRAFIEKEN).map((n) => `${n}.csv`).join(', ')}.` });
    }
    const reeksen = reeksenUitSnapshots(await zichtbareSnapshots(db, req.gebruiker));
    const { tabel } = grafiek(GRAFIEKEN[naam](reeksen));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', bijlage(rapportNaam(naam, 'csv')))
      .send(naarCsv(tabel, { bom: true }));
  });
}
