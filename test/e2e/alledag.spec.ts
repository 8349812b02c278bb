// Everyday use in the browser (issue 14, items 2, 4 and 9):
// - a concept round on a published peildatum leaves the published report public until it is deleted;
// - errors in a browser are pages in the house style with a way forward, the API keeps problem+json;
// - a fresh database without users prints a one-time link that creates the first beheerder while the
//   server runs (its own server on an empty data directory).
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('a concept round on the published 20 May 2025 does not hide the published report, and can be deleted', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const P = '2025-05-20';
  const publiek = await browser.newPage();
  await publiek.goto(`${basisUrl()}/rapportages`);
  await expect(publiek.getByRole('link', { name: /20 mei 2025/ }).first()).toBeVisible();

  await inloggen(page, 'beheerder');
  await page.goto(`${basisUrl()}/rapportages`);
  await page.getByLabel('Peildatum').fill(P);
  await page.getByLabel('Titel').fill('E2E correctie juni 2025');
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByText('De ronde is aangemaakt.')).toBeVisible();

  // the public still finds the published report, its page and its PDF
  await publiek.goto(`${basisUrl()}/rapportages`);
  await expect(publiek.getByRole('link', { name: /20 mei 2025/ }).first()).toBeVisible();
  const pagina = await publiek.goto(`${basisUrl()}/rapportages/${P}`);
  expect(pagina!.status()).toBe(200);
  await expect(publiek.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(publiek.getByText('E2E correctie juni 2025')).toHaveCount(0);
  const pdf = await publiek.request.get(`${basisUrl()}/rapportages/${P}/rapport.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // the beheerder deletes the concept; the published report stays
  await page.goto(`${basisUrl()}/rapportages/${P}`);
  await page.getByRole('button', { name: 'Conceptronde verwijderen' }).click();
  await publiek.goto(`${basisUrl()}/rapportages/${P}`);
  await expect(publiek.getByText('E2E correctie juni 2025')).toHaveCount(0);
  expect((await publiek.request.get(`${basisUrl()}/rapportages/${P}`)).status()).toBe(200);
  await publiek.close();
});

test('errors in a browser are pages with a way forward; the API answers problem+json', async ({ page }) => {
  // 404: an unknown page
  const niet = await page.goto(`${basisUrl()}/bestaat-niet`);
  expect(niet!.status()).toBe(404);
  expect(niet!.headers()['content-type']).toMatch(/^text\/html/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/niet gevonden/i);
  await expect(page.getByRole('link', { name: /rapportage/i }).first()).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '14-foutpagina-404');

  // 400: a peildatum that is not a date
  const fout = await page.goto(`${basisUrl()}/rapportages/2025-13-45`);
  expect(fout!.status()).toBe(400);
  expect(fout!.headers()['content-type']).toMatch(/^text\/html/);
  expect(await page.locator('body').innerText()).not.toMatch(/"status"\s*:/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen geldige peildatum');
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de gepubliceerde rapportages' })).toBeVisible();

  // 403: a lezer on the user administration
  await inloggen(page, 'lezer');
  const verboden = await page.goto(`${basisUrl()}/beheer/gebruikers`);
  expect(verboden!.status()).toBe(403);
  expect(verboden!.headers()['content-type']).toMatch(/^text\/html/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await geenAxeFouten(page);

  // the API keeps its machine-readable errors, whatever the client accepts
  const api = await page.request.get(`${basisUrl()}/api/v1/kerncijfers?peildatum=gisteren`, { headers: { accept: 'text/html' } });
  expect(api.status()).toBe(400);
  expect(api.headers()['content-type']).toMatch(/^application\/problem\+json/);
});

function vrijePoort(): Promise<number> {
  return new Promise((klaar, fout) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => klaar(p));
    });
    s.on('error', fout);
  });
}

test.describe('first run', () => {
  let server: ChildProcess | null = null;
  let dataDir = '';
  let uitvoer = '';

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a database without users prints a one-time link; it creates the first beheerder, who logs in; the link then stops working', async ({ page }) => {
    test.setTimeout(240_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-eerste-start-'));
    const poort = await vrijePoort();
    const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, PORT: String(poort), HOST: '127.0.0.1', AKKOORDMONITOR_SEED: 'none' };
    delete env.DATABASE_URL;
    delete env.AKKOORDMONITOR_TLS;
    server = spawn(path.join(PROJECT, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d: Buffer) => (uitvoer += d.toString('utf8')));
    server.stderr!.on('data', (d: Buffer) => (uitvoer += d.toString('utf8')));
    let link = '';
    for (let i = 0; i < 400 && !link; i++) {
      if (server.exitCode !== null) throw new Error(`de server stopte: ${uitvoer.slice(-2000)}`);
      link = /eenmalige link:\s*(http:\/\/\S+)/.exec(uitvoer)?.[1] ?? '';
      if (!link) await new Promise((r) => setTimeout(r, 500));
    }
    expect(link, `de server drukte geen eenmalige link af:\n${uitvoer.slice(-2000)}`).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${poort}/eerste-beheerder/`));

    await page.goto(link);
    await geenAxeFouten(page);
    await page.getByLabel('Naam').fill('Eerste Beheerder');
    await page.getByLabel('E-mailadres').fill('eerste@e2e.test');
    await page.getByLabel('Organisatie').fill('VWS');
    await page.getByLabel('Wachtwoord').fill('een-lang-eerste-wachtwoord-2026');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await expect(page).toHaveURL(/\/inloggen/);

    await page.getByLabel('E-mailadres').fill('eerste@e2e.test');
    await page.getByLabel('Wachtwoord').fill('een-lang-eerste-wachtwoord-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    expect((await page.goto(`http://127.0.0.1:${poort}/beheer/gebruikers`))!.status()).toBe(200);
    await expect(page.getByText('eerste@e2e.test')).toBeVisible();

    // the link was for one use
    const weer = await page.request.get(link);
    expect(weer.headers()['content-type']).toMatch(/^text\/html/);
    expect(await weer.text()).toContain('Deze link werkt niet (meer)');
  });
});
