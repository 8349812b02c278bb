// Screenshots of the expected fte impact of transformatieplannen (issue 16 item 4):
// docs/screenshots/16-plan-impact-*.png at 1280 and 390 px. A PGlite database in a temp dir with the seed
// and the invented fixture juni2025 (its plans are not real records), two plan_impact rows, Debian chromium.
//   npx tsx test/impact/schermafdrukken-plan-impact.ts [poort]
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { PgliteDb } from '../../src/platform/db.js';
import { migreer } from '../../src/platform/migraties.js';
import { bereidDatabaseVoor } from '../../src/kern/contract/referentie.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig, PROJECT_MAP } from '../../src/platform/config.js';
import { zetTransformatieKlok } from '../../src/transformatie/klok.js';
import { maakTestgebruiker, WACHTWOORD } from '../transformatie/sessie.js';

const poort = Number(process.argv[2] ?? 4747);
const P = '2025-05-20';
const uit = path.join(PROJECT_MAP, 'docs', 'screenshots');
fs.mkdirSync(uit, { recursive: true });
zetTransformatieKlok(() => P);
const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-plan-impact-schermen-'));
const db = await PgliteDb.open(map);
await migreer(db);
await bereidDatabaseVoor(db, path.join(PROJECT_MAP, 'data', 'seed'));
await importeer(db, path.join(PROJECT_MAP, 'test', 'fixtures', 'juni2025'), { door: 'schermafdrukken' });
await maakTestgebruiker(db, 'vincent@vws.nl', 'Vincent VWS', 'VWS', 'ministerie', ['vws-redactie']);
const toegekend = (
  await db.query<{ id: string }>(
    `SELECT id FROM transformatieplannen_log WHERE status = 'Goedgekeurd' AND status_datum <= $1 GROUP BY id ORDER BY id LIMIT 3`,
    [P],
  )
).map((r) => r.id);

const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
await app.listen({ port: poort, host: '127.0.0.1' });
const basis = `http://127.0.0.1:${poort}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function bij(breedte: number, werk: (page: Page, naam: (n: string) => string) => Promise<void>) {
  const ctx = await browser.newContext({ viewport: { width: breedte, height: 900 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(`${basis}/inloggen`);
  await page.fill('input[name=email]', 'vincent@vws.nl');
  await page.fill('input[name=wachtwoord]', WACHTWOORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('button[type=submit]')]);
  await werk(page, (n) => path.join(uit, `16-plan-impact-${n}-${breedte}.png`));
  await ctx.close();
}

try {
  for (const b of [1280, 390]) {
    await bij(b, async (page, naam) => {
      await page.goto(`${basis}/azwa/mtr?peildatum=${P}`);
      await page.locator('#mtr-plan-impact').screenshot({ path: naam('leeg') });
    });
  }
  const csv = path.join(map, 'plan_impact.csv');
  fs.writeFileSync(
    csv,
    [
      'plan_id;basis;maatregel_versie;maatregel;scenario;aandeel_pct;cluster;fte;werknemers;bron;toelichting',
      `${toegekend[0]};kpmg;concept-0.6;F1;gemiddeld;10;;;;;Voorbeeld: een tiende van de landelijke maatregel`,
      `${toegekend[1]};eigen_raming;;;;;administratieve-lasten;42,5;60;Voorbeeld: plan hoofdstuk 4;`,
    ].join('\n'),
  );
  await importeer(db, csv, { door: 'schermafdrukken' });
  for (const b of [1280, 390]) {
    await bij(b, async (page, naam) => {
      await page.goto(`${basis}/transformatie?peildatum=${P}`);
      await page.locator('#fte-impact').screenshot({ path: naam('transformatie') });
      await page.goto(`${basis}/azwa/mtr?peildatum=${P}`);
      await page.locator('#mtr-plan-impact').screenshot({ path: naam('mtr') });
      await page.goto(`${basis}/transformatie/plannen/${toegekend[0]}`);
      await page.locator('#fte-impact').screenshot({ path: naam('plan') });
      // the form with an error next to its field
      await page.goto(`${basis}/transformatie/plannen/${toegekend[2]}`);
      await page.selectOption('#impact-basis', 'eigen_raming');
      await page.fill('#impact-fte', 'veel');
      await page.click('#fte-impact button[type=submit]');
      await page.locator('#fte-impact').screenshot({ path: naam('formulier-fout') });
    });
  }
  console.log('gemaakt voor', toegekend.join(', '));
} finally {
  await browser.close();
  await app.close();
  await db.close();
  fs.rmSync(map, { recursive: true, force: true });
}
