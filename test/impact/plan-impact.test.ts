// The expected fte impact of transformatieplannen (docs/contract/plan_impact.md): the plan_impact file
// through the real importer and exporter, the form on the plan page with its role, version and audit
// rules, and the sum over granted plans per KPMG cluster beside the band on /transformatie and /azwa/mtr.
// The seed has no transformatieplannen: two toetsen and three plans are imported here first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { zetTransformatieKlok } from '../../src/transformatie/klok.js';
import { importeer, probleemRapport } from '../../src/kern/contract/importeren.js';
import { exporteerTypeCsv } from '../../src/kern/contract/exporteren.js';
import { PLAN_IMPACT } from '../../src/kern/contract/bestandstypen.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';
import { maakTestgebruiker, Sessie } from '../transformatie/sessie.js';

const P = '2025-06-01';
const KOP = 'plan_id;basis;maatregel_versie;maatregel;scenario;aandeel_pct;cluster;fte;werknemers;bron;toelichting';

let db: Db;
let app: FastifyInstance;
let map: string;

function schrijf(naam: string, regels: string[]): string {
  const bestand = path.join(map, naam);
  fs.writeFileSync(bestand, `${regels.join('\n')}\n`);
  return bestand;
}

/** The HTML of a page as plain text (tags out, spaces folded), for reading like a user. */
function tekst(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');
}

/** The cells of the row of a cluster in the fte-impact table. */
function clusterRij(html: string, cluster: string): string[] {
  const m = new RegExp(`<tr[^>]*data-cluster="${cluster}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
  if (!m) throw new Error(`geen rij voor cluster ${cluster}`);
  return [...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => tekst(c[1]).trim());
}

beforeAll(async () => {
  db = await nieuweTestDb();
  app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  zetTransformatieKlok(() => P);
  await maakTestgebruiker(db, 'cor@menzis.nl', 'Cor Coördinator', 'Menzis', 'verzekeraar', ['coordinerend-verzekeraar']);
  await maakTestgebruiker(db, 'carl@vgz.nl', 'Carl Coördinator', 'VGZ', 'verzekeraar', ['coordinerend-verzekeraar']);
  await maakTestgebruiker(db, 'vera@vgz.nl', 'Vera Verzekeraar', 'VGZ', 'verzekeraar', ['verzekeraar']);
  await maakTestgebruiker(db, 'vincent@vws.nl', 'Vincent VWS', 'VWS', 'ministerie', ['vws-redactie']);
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-plan-impact-'));
  schrijf('snelle_toetsen.csv', [
    'id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar',
    'ST-1;Passende zorg thuis;;Wijkverpleging;Passende zorg;2024-01-10;Ingediend;2024-01-10;Menzis',
    'ST-1;;;;;2024-01-10;Goedgekeurd;2024-02-01;',
    'ST-2;Minder regeldruk;;MSZ;Administratieve lasten;2024-01-12;Ingediend;2024-01-12;Menzis',
    'ST-2;;;;;2024-01-12;Goedgekeurd;2024-02-03;',
  ]);
  schrijf('transformatieplannen.csv', [
    'id;snelle_toets_id;titel;ingediend_op;status;status_datum;betrokkenheid_patienten;bedrag_aangevraagd_eur;bedrag_beschikbaar_gesteld_eur;nza_beschikking_datum;nza_bedrag_eur;ventiel',
    'TP-A;ST-1;Passende zorg thuis;2024-03-01;Ingediend;2024-03-01;ja;1000000;;;;',
    'TP-A;;;2024-03-01;Goedgekeurd;2024-05-01;;;900000;;;',
    'TP-B;ST-1;Passende zorg in de wijk;2024-03-02;Ingediend;2024-03-02;ja;800000;;;;',
    'TP-B;;;2024-03-02;Goedgekeurd;2024-05-02;;;800000;;;',
    'TP-C;ST-2;Minder regeldruk;2024-03-03;Ingediend;2024-03-03;nee;500000;;;;',
  ]);
  await importeer(db, map, { door: 'test' });
  fs.rmSync(path.join(map, 'snelle_toetsen.csv'));
  fs.rmSync(path.join(map, 'transformatieplannen.csv'));
});

afterAll(async () => {
  zetTransformatieKlok(null);
  await app.close();
  await db.close();
});

describe('bestandstype plan_impact', () => {
  it('weigert een onbekende KPMG-maatregel met een Nederlandse probleemregel en verandert niets', async () => {
    const bestand = schrijf('plan_impact.csv', [KOP, 'TP-A;kpmg;concept-0.6;Z9;gemiddeld;;;;;;', 'TP-B;kpmg;concept-0.6;F1;gemiddeld;;;12;;;']);
    const fout = await importeer(db, bestand, { door: 'test' }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ImportFout);
    const problemen = (fout as ImportFout).problemen;
    expect(problemen.map((p) => [p.regel, p.kolom, p.waarde, p.reden])).toEqual([
      [3, 'fte', '12', 'laat leeg bij basis "kpmg": cluster en cijfers volgen uit de maatregel en het scenario'],
      [2, 'maatregel', 'Z9', 'onbekende KPMG-maatregel "Z9" in versie "concept-0.6"; kies een code met soort "maatregel" uit impact_maatregelen (bijv. A2 in concept-0.6)'],
    ]);
    expect(probleemRapport(problemen)).toContain('plan_impact.csv');
    expect(probleemRapport(problemen)).toContain('onbekende KPMG-maatregel "Z9"');
    expect((await db.query(`SELECT 1 FROM plan_impact`)).length).toBe(0);
  });

  it('zonder vastgelegde impact zeggen /transformatie en het MTR-dossier dat gewoon', async () => {
    const vws = new Sessie(app);
    await vws.login('vincent@vws.nl');
    for (const url of [`/transformatie?peildatum=${P}`, `/azwa/mtr?peildatum=${P}`]) {
      const r = await vws.get(url);
      expect(r.statusCode).toBe(200);
      expect(tekst(r.body)).toContain('Geen van de 2 toegekende transformatieplannen heeft een verwachte fte-impact vastgelegd');
      expect(r.body).not.toContain('data-cluster=');
    }
  });

  it('telt de verwachte impact van twee toegekende plannen per cluster op naast de KPMG-band, op /transformatie en in het MTR-dossier', async () => {
    // TP-A: KPMG F1 (passende zorg), gemiddeld → 1.629 fte, 2.173 werknemers; by import
    // TP-C: not granted on P; its impact must not count
    const bestand = schrijf('plan_impact.csv', [KOP, 'TP-A;kpmg;concept-0.6;F1;gemiddeld;;;;;;', 'TP-C;kpmg;concept-0.6;A2;hoog;;;;;;']);
    await importeer(db, bestand, { door: 'test' });
    // TP-B: the plan's own estimate, by its coordinating insurer through the form on the plan page
    const cor = new Sessie(app);
    await cor.login('cor@menzis.nl');
    const r = await cor.verstuur('/transformatie/plannen/TP-B', '/transformatie/plannen/TP-B/impact', {
      basis: 'eigen_raming',
      cluster: 'passende-zorg',
      fte: '12,5',
      werknemers: '18',
      bron: 'Transformatieplan TP-B, hoofdstuk 4',
    });
    expect(r.statusCode).toBe(303);
    const plan = await cor.get('/transformatie/plannen/TP-B');
    expect(tekst(plan.body)).toContain('13 fte (18 werknemers)');
    expect(tekst(plan.body)).toContain('eigen raming (Transformatieplan TP-B, hoofdstuk 4)');
    const audit = await db.query<{ door: string }>(`SELECT door FROM audit_log WHERE actie = 'plan_impact.vastleggen' AND object_id = 'TP-B'`);
    expect(audit).toEqual([{ door: 'cor@menzis.nl' }]);

    for (const url of [`/transformatie?peildatum=${P}`, `/azwa/mtr?peildatum=${P}`]) {
      const pagina = await cor.get(url);
      expect(pagina.statusCode).toBe(200);
      // cluster | plans | fte | band fte | werknemers | band werknemers — 1.629 + 12,5 = 1.641,5 → 1.642
      expect(clusterRij(pagina.body, 'passende-zorg')).toEqual(['Passende zorg', 'TP-A, TP-B', '1.642', '1.710–3.767', '2.191', '2.346–5.173']);
      // A2 belongs to TP-C, which is not granted on P
      expect(clusterRij(pagina.body, 'administratieve-lasten')).toEqual(['Administratieve lasten', '–', '–', '653–3.315', '–', '999–5.003']);
      expect(clusterRij(pagina.body, 'totaal')).toEqual(['Totaal', '2', '1.642', '6.084–32.094', '2.191', '8.993–48.223']);
    }
    // a doorbraak claim on a plan shows the plan's expected impact, for the "lat" the BO AZWA still sets
    const claim = await cor.verstuur('/transformatie/middelen', '/transformatie/doorbraakclaims', { jaar: '2027', omschrijving: 'Doorbraak passende zorg', plan_id: 'TP-A', bedrag_eur: '2000000' });
    expect(claim.statusCode).toBe(303);
    expect(tekst((await cor.get('/transformatie/middelen')).body)).toContain('Doorbraak passende zorg TP-A 1.629 fte (KPMG F1 (concept-0.6), scenario gemiddeld)');
  });

  it('exporteert het bestand in het importformaat, en dezelfde import opnieuw verandert niets', async () => {
    const csv = await exporteerTypeCsv(db, PLAN_IMPACT);
    const regels = csv.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(regels[0]).toBe(KOP);
    expect(regels).toContain('TP-B;eigen_raming;;;;;passende-zorg;12,5;18;Transformatieplan TP-B, hoofdstuk 4;');
    const voor = await db.query(`SELECT plan_id, versie FROM plan_impact ORDER BY plan_id`);
    const terug = await importeer(db, schrijf('plan_impact.csv', regels), { door: 'test' });
    expect(terug.bestanden[0]).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 3 });
    expect(await db.query(`SELECT plan_id, versie FROM plan_impact ORDER BY plan_id`)).toEqual(voor);
  });
});

describe('wie de verwachte fte-impact vastlegt', () => {
  it('een rol zonder het recht krijgt 403, een coördinerend verzekeraar van een ander plan ook; VWS mag', async () => {
    const vera = new Sessie(app);
    await vera.login('vera@vgz.nl');
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await vera.get('/transformatie/plannen/TP-A')).body)?.[1] ?? '';
    const geweigerd = await vera.post('/transformatie/plannen/TP-A/impact', { _csrf: csrf, versie: '1', basis: 'eigen_raming', cluster: 'overige', fte: '1', bron: 'x' });
    expect(geweigerd.statusCode).toBe(403);
    // the role has the right, but TP-A's coordinating insurer is Menzis, not VGZ: no form, and a post is refused
    const carl = new Sessie(app);
    await carl.login('carl@vgz.nl');
    const pagina = await carl.get('/transformatie/plannen/TP-A');
    expect(pagina.body).not.toContain('action="/transformatie/plannen/TP-A/impact"');
    const csrf2 = /name="_csrf" value="([^"]+)"/.exec(pagina.body)?.[1] ?? '';
    const ander = await carl.post('/transformatie/plannen/TP-A/impact', { _csrf: csrf2, versie: '1', basis: 'eigen_raming', cluster: 'overige', fte: '1', bron: 'x' });
    expect(ander.statusCode).toBe(403);
    expect(tekst(ander.body)).toContain('Alleen VWS, een beheerder of de coördinerend verzekeraar van plan TP-A');
    expect((await db.query<{ basis: string }>(`SELECT basis FROM plan_impact WHERE plan_id = 'TP-A'`))[0].basis).toBe('kpmg');

    const vws = new Sessie(app);
    await vws.login('vincent@vws.nl');
    const ok = await vws.verstuur('/transformatie/plannen/TP-A', '/transformatie/plannen/TP-A/impact', { basis: 'kpmg', maatregel: 'F1', scenario: 'laag', aandeel_pct: '50' });
    expect(ok.statusCode).toBe(303);
    expect(tekst((await vws.get('/transformatie/plannen/TP-A')).body)).toContain('617 fte (823 werknemers)');
  });

  it('een formulier met een verouderde versie wordt geweigerd (409), en fouten staan bij het veld', async () => {
    const vws = new Sessie(app);
    await vws.login('vincent@vws.nl');
    const pagina = await vws.get('/transformatie/plannen/TP-B');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(pagina.body)?.[1] ?? '';
    const oud = await vws.post('/transformatie/plannen/TP-B/impact', { _csrf: csrf, versie: '0', maatregel_versie: 'concept-0.6', basis: 'kpmg', maatregel: 'F1', scenario: 'hoog' });
    expect(oud.statusCode).toBe(409);
    expect(tekst(oud.body)).toContain('Iemand anders heeft de verwachte fte-impact van dit plan intussen gewijzigd');
    const leeg = await vws.verstuur('/transformatie/plannen/TP-B', '/transformatie/plannen/TP-B/impact', { basis: 'eigen_raming', cluster: 'passende-zorg', fte: '', bron: '' });
    expect(leeg.statusCode).toBe(422);
    expect(leeg.body).toContain('id="impact-fte-fout"');
    expect(tekst(leeg.body)).toContain('Vul de verwachte besparing in fte in.');
    // every problem at once: an unreadable number and a missing source
    const twee = await vws.verstuur('/transformatie/plannen/TP-B', '/transformatie/plannen/TP-B/impact', { basis: 'eigen_raming', cluster: 'passende-zorg', fte: 'veel', bron: '' });
    expect(twee.statusCode).toBe(422);
    expect(twee.body).toContain('id="impact-fte-fout"');
    expect(twee.body).toContain('id="impact-bron-fout"');
    expect(tekst(twee.body)).toContain('Vul een getal in, bijvoorbeeld 12,5.');
  });
});
