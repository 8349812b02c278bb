// Browser test of the actions register: a thematafel secretary reports "Loopt achter" through the UI.
// On the server of global-setup.ts (real seed) with its two secretaries; counts are compared before
// and after, so other specs' changes on that server do not matter.
import { test, expect, type Page } from '@playwright/test';
import { basisUrl, inloggen } from './hulp.js';

function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

async function kerncijfers(page: Page, peildatum: string) {
  const r = await page.request.get(`${basisUrl()}/api/v1/kerncijfers?peildatum=${peildatum}&bron=berekend`);
  return (await r.json()).acties;
}

test('secretaris A1 meldt "Loopt achter": zonder toelichting een fout bij het veld, daarna opgeslagen; kerncijfers later wel, eerder niet veranderd', async ({ page }) => {
  const nu = vandaag();
  const eerder = '2025-08-01';
  await inloggen(page, 'secA1');
  const voorNu = await kerncijfers(page, nu);
  const voorEerder = await kerncijfers(page, eerder);

  await page.goto(`${basisUrl()}/acties/azwa/A1`);
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
  await page.goto(`${basisUrl()}/acties`);
  await expect(page.getByText(`${naNu.totaal} acties (IZA en AZWA)`)).toBeVisible();
});

test('de secretaris van B2 kan de status van een A1-actie niet wijzigen', async ({ page }) => {
  await inloggen(page, 'secB2');
  await page.goto(`${basisUrl()}/acties/actie/AZWA-A1.2`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AZWA-A1.2');
  await expect(page.getByRole('button', { name: 'Status opslaan' })).toHaveCount(0);
  const r = await page.goto(`${basisUrl()}/acties/azwa/A1/status`);
  expect(r?.status()).toBe(403);
});
