// Maakt de schermafdrukken van de transformatiepagina's (docs/screenshots/transformatie-*.png):
// een app in dit proces op een tijdelijke PGlite-database met de fixture juni2025 (verzonnen records!)
// plus één toets en plan die door de workflow gaan, en Debian's chromium via playwright-core.
//   npx tsx test/transformatie/schermafdrukken.ts [poort]
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { PgliteDb } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig, PROJECT_MAP } from '../../src/platform/config.js';
import { zetTransformatieKlok } from '../../src/transformatie/klok.js';
import { alsGebruiker, gebruikerRij } from '../../src/toegang/gebruikers.js';
import * as store from '../../src/transformatie/store/index.js';
import { maakTestgebruiker, WACHTWOORD } from './sessie.js';

const poort = Number(process.argv[2] ?? 4731);
const uit = path.join(PROJECT_MAP, 'docs', 'screenshots');
fs.mkdirSync(uit, { recursive: true });

let dag = '2025-05-21';
zetTransformatieKlok(() => dag);
const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-schermen-'));
const db = await PgliteDb.open(map);
await migreer(db);
await bereidDatabaseVoor(db, path.join(PROJECT_MAP, 'data', 'seed'));
await importeer(db, path.join(PROJECT_MAP, 'test', 'fixtures', 'juni2025'), { door: 'schermafdrukken' });

await maakTestgebruiker(db, 'ineke@zorggroep-noord.nl', 'Ineke Indiener', 'Zorggroep Noord', 'indiener', ['indiener']);
await maakTestgebruiker(db, 'cor@menzis.nl', 'Cor Coördinator', 'Menzis', 'verzekeraar', ['coordinerend-verzekeraar']);
await maakTestgebruiker(db, 'vera@vgz.nl', 'Vera Verzekeraar', 'VGZ', 'verzekeraar', ['verzekeraar']);
const id = async (email: string) => alsGebruiker((await gebruikerRij(db, (await db.query<{ id: number }>('SELECT id FROM gebruikers WHERE email = $1', [email]))[0].id))!);
const indiener = await id('ineke@zorggroep-noord.nl');
const cor = await id('cor@menzis.nl');
const vera = await id('vera@vgz.nl');

const t = await store.dienToetsIn(
  db,
  {
    titel: 'Hybride huisartsenzorg Noord (voorbeeld)',
    omschrijving: 'Digitale triage en thuismonitoring voor kwetsbare ouderen.',
    regios: ['Groningen', 'Drenthe'],
    sectoren: ['Huisartsenzorg', 'Wijkverpleging'],
    themas: ['Hybride zorg', 'Ouderenzorg'],
    gevraagd_bedrag_eur: 2_500_000,
    coordinerend_verzekeraar: 'Menzis',
  },
  indiener,
  dag,
);
if (!t.ok) throw new Error(t.fout);
dag = '2025-05-22';
await store.voerToetsActieUit(db, { id: t.id, actie: 'beoordeling_starten' }, cor, dag);
dag = '2025-05-23';
await store.voerToetsActieUit(db, { id: t.id, actie: 'goedkeuren', toelichting: 'Past binnen het beoordelingskader.' }, cor, dag);
dag = '2025-05-26';
const p = await store.dienPlanIn(db, { toetsId: t.id, titel: 'Transformatieplan hybride huisartsenzorg Noord (voorbeeld)', omschrijving: 'Uitrol in twee regio’s.', betrokkenheid_patienten: 'ja', bedrag_aangevraagd_eur: 1_000_000 }, indiener, dag);
if (!p.ok) throw new Error(p.fout);
dag = '2025-05-27';
await store.voerPlanActieUit(db, { id: p.id, actie: 'beoordeling_starten' }, cor, dag);
dag = '2025-05-28';
await store.voerPlanActieUit(db, { id: p.id, actie: 'besluit_voornemen', akkoordTweedeVerzekeraar: true, tweedeVerzekeraar: 'VGZ' }, cor, dag);
await store.voegKpiToe(db, { planId: p.id, omschrijving: 'Triage in 10 praktijken', jaar: 2025, bedrag_eur: 600_000 }, cor, dag);
await store.voegKpiToe(db, { planId: p.id, omschrijving: 'Thuismonitoring 500 cliënten', jaar: 2026, bedrag_eur: 400_000 }, cor, dag);
dag = '2025-06-02';
await store.voerPlanActieUit(db, { id: p.id, actie: 'vraag_stellen', toelichting: 'Hoe meet u de impact op de inzet van personeel (fte)?' }, vera, dag);
await store.zetBudget(db, { jaar: 2025, bedrag_eur: 300_000_000 }, cor);
await store.zetBudget(db, { jaar: 2026, bedrag_eur: 250_000_000 }, cor);
await store.voegDoorbraakclaimToe(db, { jaar: 2027, plan_id: null, omschrijving: 'Regioplan sociaal domein Twente (voorbeeld)', bedrag_eur: 35_000_000, sociaal_domein: true }, cor, dag);

const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
await app.listen({ port: poort, host: '127.0.0.1' });
const basis = `http://127.0.0.1:${poort}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  async function als(email: string, schermen: [string, string][]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    const page = await ctx.newPage();
    await page.goto(`${basis}/inloggen`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=wachtwoord]', WACHTWOORD);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('button[type=submit]')]);
    for (const [naam, url] of schermen) {
      await page.goto(`${basis}${url}`);
      await page.screenshot({ path: path.join(uit, `transformatie-${naam}.png`), fullPage: naam !== 'overzicht' ? true : false });
      if (naam === 'overzicht') {
        await page.screenshot({ path: path.join(uit, `transformatie-overzicht-volledig.png`), fullPage: true });
        for (const g of ['transformatiemiddelen', 'toetsen-per-kwartaal', 'toetsen-per-sector']) {
          await page.locator(`#grafiek-${g}`).screenshot({ path: path.join(uit, `transformatie-grafiek-${g}.png`) });
        }
      }
      console.log('gemaakt', naam, url);
    }
    await ctx.close();
  }
  await als('cor@menzis.nl', [
    ['overzicht', '/transformatie?peildatum=2025-05-20'],
    ['toetsen', '/transformatie/toetsen?peildatum=2025-05-20'],
    ['toets', '/transformatie/toetsen/ST-0001'],
    ['plan-voorgenomen-besluit', `/transformatie/plannen/${p.id}`],
    ['plan-kpis', '/transformatie/plannen/TP-011'],
    ['plannen', '/transformatie/plannen'],
    ['middelen', '/transformatie/middelen?peildatum=2025-05-20'],
  ]);
  await als('ineke@zorggroep-noord.nl', [
    ['toets-indienen', '/transformatie/toetsen/nieuw'],
    ['toets-indiener', `/transformatie/toetsen/${t.id}`],
  ]);
} finally {
  await browser.close();
  await app.close();
  await db.close();
  fs.rmSync(map, { recursive: true, force: true });
}
