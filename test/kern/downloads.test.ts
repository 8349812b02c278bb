// Issue 14 item 5: every download of the app either imports again unchanged, or says in its file name
// that it is a report. The test follows every download link of the pages (as beheerder, so that the
// links behind a login are there too), imports each data download into a fresh database (recognised
// by its header, as the CLI and the upload pages do) and compares the export of that database with
// the download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { exporteerTypeCsv } from '../../src/kern/contract/exporteren.js';
import { herkenCsv } from '../../src/kern/contract/herkennen.js';
import { werkbladen } from '../../src/kern/contract/lezen.js';
import { bestandstype } from '../../src/kern/contract/bestandstypen.js';
import { isRapportNaam } from '../../src/platform/web/download.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { maakSessie } from '../../src/toegang/sessies.js';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';

/** Every part's pages; the download links are read from them, not listed by hand. */
const PAGINAS = [
  '/',
  '/acties',
  '/acties/azwa',
  '/acties/onderdeel/A',
  '/acties/azwa/A1',
  '/transformatie',
  '/transformatie/toetsen',
  '/transformatie/plannen',
  '/transformatie/middelen',
  '/financien',
  '/financien/2024',
  '/financien/afspraken',
  '/financien/afspraken/D5',
  '/financien/opbouw',
  '/financien/invoer',
  '/arbeidsmarkt',
  '/toegankelijkheid',
  '/indicatoren',
  '/indicatoren/ggz_totale_wachttijd',
  '/indicatoren/azw_vacaturegraad',
  '/azwa',
  '/azwa/doelen/TD1',
  '/azwa/mtr',
  '/impact',
  '/impact/scenarios',
  '/regios',
  '/regios/zorgkantoorregio/ZK31',
  '/rapportages',
  '/rapportages/2025-05-20',
  '/beheer',
  '/beheer/backup',
];

const DOWNLOAD = /\.(csv|xlsx|json)$|\/export(\.|$)/;

function regels(tekst: string): string[] {
  return tekst
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((r) => r.trim() !== '')
    .sort();
}

describe('every download imports again, or says it is a report', () => {
  let db: Db;
  let app: FastifyInstance;
  let cookie: string;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-'));

  beforeAll(async () => {
    db = await nieuweTestDb();
    // records in the registers (the seed holds only published totals), so that the pages built from records
    // (e.g. the transformatie charts) offer their downloads too
    await importeer(db, path.join(FIXTURES, 'juni2025'), { door: 'test' });
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    const g = await maakGebruiker(db, { email: 'dl@minvws.nl', naam: 'Downloads', organisatie: 'VWS', rollen: ['beheerder'], wachtwoord: 'een-lang-genoeg-wachtwoord', door: 'test' });
    cookie = `am_sessie=${await maakSessie(db, g.id, null)}`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    fs.rmSync(map, { recursive: true, force: true });
  });

  it('follows every download link of the pages and checks each one', async () => {
    const links = new Set<string>();
    for (const p of PAGINAS) {
      const r = await app.inject({ url: p, headers: { cookie, accept: 'text/html' } });
      expect(r.statusCode, p).toBe(200);
      for (const [, href] of r.body.matchAll(/href="([^"#]+)"/g)) {
        const url = href.replace(/&amp;/g, '&');
        const pad = url.split('?')[0];
        if (url.startsWith('/') && !pad.startsWith('/api/') && !pad.startsWith('/assets/') && DOWNLOAD.test(pad)) links.add(url);
      }
    }
    // the parts named in the issue all offer downloads
    for (const deel of ['/financien/', '/acties/', '/transformatie/', '/indicatoren/', '/rapportages/', '/impact/', '/azwa/']) {
      expect([...links].some((l) => l.startsWith(deel)), `downloads onder ${deel}`).toBe(true);
    }
    expect([...links]).toContain('/financien/2024/historie.csv?peildatum=' + [...links].find((l) => l.startsWith('/financien/2024/historie.csv'))!.split('=')[1]);

    const fouten: string[] = [];
    let data = 0;
    let rapporten = 0;
    for (const url of [...links].sort()) {
      const r = await app.inject({ url, headers: { cookie } });
      if (r.statusCode !== 200) {
        fouten.push(`${url}: status ${r.statusCode}`);
        continue;
      }
      const naam = /filename="([^"]+)"/.exec(String(r.headers['content-disposition'] ?? ''))?.[1] ?? path.basename(url.split('?')[0]);
      if (isRapportNaam(naam)) {
        rapporten++;
        continue;
      }
      const uitkomst = await importeerOpnieuw(url, naam, r.rawPayload);
      if (uitkomst) fouten.push(`${url} (${naam}): ${uitkomst}`);
      else data++;
    }
    expect(fouten).toEqual([]);
    // both kinds exist: real data downloads (e.g. all stands of a year) and reports (page tables)
    expect(data).toBeGreaterThanOrEqual(4);
    expect(rapporten).toBeGreaterThanOrEqual(4);
  }, 600_000);

  /** Imports a download into a fresh database; null when it comes back unchanged, else what went wrong. */
  async function importeerOpnieuw(url: string, naam: string, inhoud: Buffer): Promise<string | null> {
    const ext = path.extname(naam).toLowerCase();
    const verse = await nieuweTestDb({ seed: 'none' });
    try {
      if (ext === '.json') {
        if (!/^kerncijfers/.test(naam)) return 'JSON die geen kerncijfers is en geen rapport heet';
        const p = path.join(map, naam);
        fs.writeFileSync(p, inhoud);
        await importeer(verse, p, { door: 'test' });
        return null;
      }
      if (ext === '.xlsx') {
        const p = path.join(map, `download-${Date.now()}.xlsx`);
        fs.writeFileSync(p, inhoud);
        const typen = (await werkbladen(p)).filter((b) => bestandstype(b));
        if (typen.length === 0) return 'geen werkblad met de naam van een bestandstype, en de naam zegt niet dat het een rapport is';
        await importeer(verse, p, { door: 'test' });
        return null;
      }
      const tekst = inhoud.toString('utf8');
      const type = herkenCsv(tekst);
      if (!type) return `kolommen herkend als geen enkel bestandstype (${tekst.split(/\r?\n/, 1)[0].slice(0, 80)}…), en de naam zegt niet dat het een rapport is`;
      const p = path.join(map, `${type.naam}.csv`);
      fs.writeFileSync(p, inhoud);
      await importeer(verse, p, { door: 'test' });
      const terug = await exporteerTypeCsv(verse, type);
      const verschil = regels(tekst).filter((r) => !regels(terug).includes(r));
      return verschil.length ? `na import anders terug: ${verschil.slice(0, 2).join(' | ')}` : null;
    } catch (e) {
      return `import geweigerd: ${(e as Error).message} ${JSON.stringify((e as { problemen?: unknown[] }).problemen?.slice(0, 2) ?? '')}`;
    } finally {
      await verse.close();
      void url;
    }
  }
});
