// Shared bits of the browser tests: base URL, users, login, axe check, screenshots.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { E2E_GEBRUIKERS } from './global-setup.js';

export { E2E_GEBRUIKERS };
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function basisUrl(): string {
  if (process.env.AKKOORDMONITOR_E2E_URL) return process.env.AKKOORDMONITOR_E2E_URL;
  return JSON.parse(fs.readFileSync(path.join(PROJECT, 'tmp', 'e2e.json'), 'utf8')).url;
}

export async function inloggen(page: Page, wie: keyof typeof E2E_GEBRUIKERS): Promise<void> {
  await page.goto(`${basisUrl()}/inloggen`);
  await page.getByLabel('E-mailadres').fill(E2E_GEBRUIKERS[wie].email);
  await page.getByLabel('Wachtwoord').fill(E2E_GEBRUIKERS[wie].wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

/** axe (WCAG 2.0/2.1 A and AA): no violations. */
export async function geenAxeFouten(page: Page): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/**
 * Screenshot for docs/screenshots/. Only with AKKOORDMONITOR_SCREENSHOTS=1, so that a plain test run
 * leaves the working tree as it was; otherwise into tmp/ for looking at after a failure.
 */
export async function schermafdruk(page: Page, naam: string): Promise<void> {
  const map = process.env.AKKOORDMONITOR_SCREENSHOTS === '1' ? path.join(PROJECT, 'docs', 'screenshots') : path.join(PROJECT, 'tmp', 'screenshots');
  fs.mkdirSync(map, { recursive: true });
  await page.screenshot({ path: path.join(map, `${naam}.png`), fullPage: true });
}

/** Collects console errors and CSP violations of the page. */
export function foutenVan(page: Page): string[] {
  const fouten: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  page.on('pageerror', (e) => fouten.push(e.message));
  return fouten;
}

/**
 * A server of a spec's own on `env` (its data dir and port set there), once the spec has prepared the
 * data with the CLI; resolves when the login page answers. Stop it with `stopEigenServer`.
 */
export async function startEigenServer(env: NodeJS.ProcessEnv, dataDir: string): Promise<ChildProcess> {
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  const server = spawn('npx', ['tsx', 'src/server.ts'], { cwd: PROJECT, env, stdio: ['ignore', log, log], detached: true });
  for (let i = 0; i < 360; i++) {
    if (server.exitCode !== null) throw new Error(`server stopte: ${fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/inloggen`)).ok) return server;
    } catch {
      /* not ready yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server start niet');
}

/** Stops a spec's own server (its whole process group) and removes its data dir. */
export async function stopEigenServer(server: ChildProcess | null, dataDir: string): Promise<void> {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
