// Screenshots of the AZWA financial pages (docs/screenshots/17-*.png): an app in this process on a
// temporary PGlite database with the real seed (Bijlage 1, Bijlage 2, envelopes, kaders 2023-2028),
// plus one INVENTED realisation figure and one INVENTED envelope use, to show how they look.
//   npx tsx test/financien/schermafdrukken-azwa.ts [poort]
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { PgliteDb } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig, PROJECT_MAP } from '../../src/platform/config.js';
import { maakTestgebruiker, WACHTWOORD } from '../transformatie/sessie.js';

const poort = Number(process.argv[2] ?? 4737);
const uit = path.join(PROJECT_MAP, 'docs', 'screenshots');
const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-schermen-17-'));
const db = await PgliteDb.open(map);
await migreer(db);
await bereidDatabaseVoor(db, path.join(PROJECT_MAP, 'data', 'seed'));
await maakTestgebruiker(db, 'vera@minvws.nl', 'Vera Redactie', 'VWS', 'ministerie', ['vws-redactie']);
// Invented figures (nothing is published yet), clearly for illustration only.
await db.query(`INSERT INTO begrotingsrealisatie (afspraak, omschrijving, jaar, stand, realisatie_mln, toelichting, door)
                VALUES ('D6', 'Coördinatie gemeenten', 2026, '2027-04-01', 24.5, 'voorbeeld (verzonnen)', 'schermafdrukken')`);
await db.query(`INSERT INTO enveloppe_gebruik (enveloppe, jaar, stand, bedrag_mln, toelichting, door)
                VALUES ('resv_mdz', 2027, '2028-04-01', 75, 'voorbeeld (verzonnen)', 'schermafdrukken')`);

const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
await app.listen({ port: poort, host: '127.0.0.1' });
const basis = `http://127.0.0.1:${poort}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  const foto = async (url: string, naam: string, opties: { sectie?: string } = {}) => {
    await page.goto(`${basis}${url}`);
    if (opties.sectie) await page.locator(opties.sectie).screenshot({ path: path.join(uit, `17-${naam}.png`) });
    else await page.screenshot({ path: path.join(uit, `17-${naam}.png`), fullPage: true });
  };
  await foto('/financien/opbouw?peildatum=2025-12-31', 'opbouw');
  await foto('/financien/afspraken?peildatum=2028-12-31', 'geld-per-afspraak');
  await foto('/financien/2024?peildatum=2025-05-20', 'kaderpagina-2024-macro', { sectie: 'section[aria-labelledby=macrobeheersing]' });
  await page.goto(`${basis}/financien/2024?peildatum=2025-05-20#macrobeheersing`);
  await page.locator('#macro-ggz details summary').click();
  await page.locator('#macro-ggz').screenshot({ path: path.join(uit, '17-kaderpagina-2024-ggz-stappen.png') });
  await foto('/financien/2026?peildatum=2025-12-31', 'kaderpagina-2026-macro', { sectie: 'section[aria-labelledby=macrobeheersing]' });
  // Logged in as VWS editor: the agreement page with its realisation form, and the import page.
  await page.goto(`${basis}/inloggen`);
  await page.fill('input[name=email]', 'vera@minvws.nl');
  await page.fill('input[name=wachtwoord]', WACHTWOORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('button[type=submit]')]);
  await foto('/financien/afspraken/D6?peildatum=2027-06-30', 'afspraak-d6');
  await foto('/financien/azwa/invoer', 'invoer');
  await ctx.close();
  // 390 px wide (WCAG reflow)
  const smal = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const p2 = await smal.newPage();
  await p2.goto(`${basis}/financien/opbouw?peildatum=2025-12-31`);
  await p2.screenshot({ path: path.join(uit, '17-opbouw-390.png') });
  await smal.close();
} finally {
  await browser.close();
  await app.close();
  await db.close();
  fs.rmSync(map, { recursive: true, force: true });
}
