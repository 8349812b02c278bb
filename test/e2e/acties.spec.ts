// Browser test of the actions register: a thematafel secretary reports "Loopt achter" through the UI.
// Self-contained: starts its own server on a fresh embedded database (real seed) and creates two
// secretaries with the CLI, so it does not depend on other parts' fixtures.
import { test, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = 4000 + 100 + Math.floor(Math.random() * 800);
const BASIS = `http://127.0.0.1:${PORT}`;
const WACHTWOORD = 'een-lang-wachtwoord-2025';
let server: ChildProcess | null = null;
let dataDir = '';

function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function maakGebruiker(env: NodeJS.ProcessEnv, email: string, onderdeel: string): void {
  const r = spawnSync(
    'npx',
    ['tsx', 'src/cli.ts', 'gebruiker', '--email', email, '--naam', `Secretaris ${onderdeel}`, '--organisatie', 'VWS', '--rol', 'thematafel-secretaris', '--onderdeel', onderdeel, '--wachtwoord-stdin'],
    { cwd: PROJECT, env, input: `${WACHTWOORD}\n`, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`gebruiker maken mislukt: ${r.stderr}${r.stdout}`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-acties-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, PORT: String(PORT) };
  delete env.DATABASE_URL;
  maakGebruiker(env, 'sec-a1@example.nl', 'A1');
  maakGebruiker(env, 'sec-b2@example.nl', 'B2');
  server = spawn('npx', ['tsx', 'src/server.ts'], { cwd: PROJECT, env, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASIS}/acties`)).ok) return;
    } catch {
      /* nog niet klaar */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server start niet');
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* al gestopt */
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function inloggen(page: Page, email: string): Promise<void> {
  await page.goto(`${BASIS}/inloggen`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/wachtwoord/i).fill(WACHTWOORD);
  await page.getByRole('button', { name: /inloggen/i }).click();
  await page.waitForLoadState();
}

async function kerncijfers(page: Page, peildatum: string) {
  const r = await page.request.get(`${BASIS}/api/v1/kerncijfers?peildatum=${peildatum}&bron=berekend`);
  return (await r.json()).acties;
}

test('secretaris A1 meldt "Loopt achter": zonder toelichting een fout bij het veld, daarna opgeslagen; kerncijfers later wel, eerder niet veranderd', async ({ page }) => {
  const nu = vandaag();
  const eerder = '2025-08-01';
  await inloggen(page, 'sec-a1@example.nl');
  const voorNu = await kerncijfers(page, nu);
  const voorEerder = await kerncijfers(page, eerder);

  await page.goto(`${BASIS}/acties/azwa/A1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AZWA A1.');
  await page.getByRole('link', { name: 'AZWA-A1.2' }).first().click();
  await expect(page.getByRole('heading', { name: 'Status melden' })).toBeVisible();

  await page.getByLabel('Nieuwe status').selectOption('Loopt achter');
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  const veld = page.locator('#toelichting');
  await expect(veld).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#toelichting-fout')).toContainText('toelichting is verplicht');
  expect(await kerncijfers(page, nu)).toEqual(voorNu);

  await veld.fill('Regionale agenda’s zijn nog niet vastgesteld.');
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('De statusmelding is opgeslagen.')).toBeVisible();
  await expect(page.locator('table').filter({ hasText: 'Alle meldingen van AZWA-A1.2' })).toContainText('Loopt achter');

  const naNu = await kerncijfers(page, nu);
  expect(naNu.per_onderdeel.A1.per_status['Loopt achter']).toBe(voorNu.per_onderdeel.A1.per_status['Loopt achter'] + 1);
  expect(await kerncijfers(page, eerder)).toEqual(voorEerder);

  // the overview counts what the API counts
  await page.goto(`${BASIS}/acties`);
  await expect(page.getByText(`In totaal ${naNu.totaal} acties`)).toBeVisible();
});

test('de secretaris van B2 kan de status van een A1-actie niet wijzigen', async ({ page }) => {
  await inloggen(page, 'sec-b2@example.nl');
  await page.goto(`${BASIS}/acties/actie/AZWA-A1.2`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AZWA-A1.2');
  await expect(page.getByRole('button', { name: 'Status opslaan' })).toHaveCount(0);
  const r = await page.goto(`${BASIS}/acties/azwa/A1/status`);
  expect(r?.status()).toBe(403);
});
