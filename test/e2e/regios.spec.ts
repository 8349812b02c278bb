// Regiobeeld in the browser (issue 18): its own server on a temporary database with the seed, the June
// 2025 fixture (toetsen, plans) and the DEMO indicator fixture (made-up values) imported by the CLI.
// A logged-in user opens /regios and the regiobeeld of zorgkantoorregio Zuid-Limburg: the map, the
// toetsen touching the region and an indicator; a ROAZ region shows its empty map state.
import { test, expect, type Page } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { geenAxeFouten, schermafdruk, startEigenServer, stopEigenServer } from './hulp.js';

const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = 4900 + Math.floor(Math.random() * 500);
const BASIS = `http://127.0.0.1:${PORT}`;
const GEBRUIKER = { email: 'rita@vws.e2e.test', wachtwoord: 'een-lang-wachtwoord-regios-2025' };

let server: ChildProcess | null = null;
let dataDir = '';

function cli(env: NodeJS.ProcessEnv, args: string[], input?: string): void {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { cwd: PROJECT, env, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} mislukt: ${r.stderr}${r.stdout}`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-regios-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.AKKOORDMONITOR_SEED;
  delete env.NODE_ENV;
  delete env.AKKOORDMONITOR_TLS;
  cli(env, ['gebruiker', '--email', GEBRUIKER.email, '--naam', 'Rita Redactie', '--organisatie', 'VWS', '--rol', 'vws-redactie', '--wachtwoord-stdin'], `${GEBRUIKER.wachtwoord}\n`);
  cli(env, ['import', 'test/fixtures/juni2025']);
  cli(env, ['import', 'test/fixtures/indicatoren/indicatoren.csv']);
  server = await startEigenServer(env, dataDir);
});

test.afterAll(async () => stopEigenServer(server, dataDir));

async function inloggen(page: Page): Promise<void> {
  await page.goto(`${BASIS}/inloggen`);
  await page.getByLabel('E-mailadres').fill(GEBRUIKER.email);
  await page.getByLabel('Wachtwoord').fill(GEBRUIKER.wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

test('regiobeeld Zuid-Limburg: kaart, toetsen die de regio raken en een indicator', async ({ page }) => {
  await inloggen(page);
  await page.goto(`${BASIS}/regios`);
  await expect(page.getByRole('heading', { level: 1, name: 'Regio’s' })).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '18-regios');
  await page.getByRole('link', { name: 'Zuid-Limburg', exact: true }).first().click();
  await expect(page).toHaveURL(/\/regios\/zorgkantoorregio\/ZK31$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Zuid-Limburg' })).toBeVisible();
  const kaart = page.locator('.am-regiokaart svg');
  await expect(kaart).toHaveCount(1);
  await expect(kaart.locator('path[data-code="ZK31"]')).toHaveAttribute('aria-label', 'Zuid-Limburg: deze regio');
  await expect(page.getByText('21 snelle toetsen raken deze regio')).toBeVisible();
  await expect(page.getByText('Kan overlap bevatten')).toBeVisible();
  await expect(page.locator('table', { hasText: 'Snelle toetsen per status' })).toHaveCount(1);
  await expect(page.getByText('Wachtenden voor een (nieuwe) huisarts per gemeente: opgeteld over de gemeenten van de regio')).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '18-regiobeeld-zuid-limburg');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${BASIS}/regios/roaz/ROAZ03`);
  await expect(page.getByText('nog niet vastgelegd welke gemeenten erbij horen')).toBeVisible();
  await expect(page.locator('table', { hasText: 'Wachttijd msz: behandeling' })).toHaveCount(1);
  // at 390 px nothing sticks out except inside the scrollable table wrappers
  const uitstekend = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((e) => !e.closest('.am-tabel-scroll') && e.getBoundingClientRect().right > 391).map((e) => e.tagName),
  );
  expect(uitstekend).toEqual([]);
  await geenAxeFouten(page);
  await schermafdruk(page, '18-regiobeeld-roaz-euregio-390');
});
