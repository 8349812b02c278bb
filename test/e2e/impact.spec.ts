// Browser test of the fte calculator (issue 16): a VWS user sets the preconditions of two agreements,
// sees the saving and the band change live, saves the scenario, compares it with another and
// downloads the XLSX; the calculator also works with JavaScript off. On the server of global-setup.ts
// with its VWS user.
import { test, expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { basisUrl, geenAxeFouten, inloggen as alsGebruiker, schermafdruk } from './hulp.js';

const inloggen = (page: Page) => alsGebruiker(page, 'redactie');

const werknemers = (page: Page) => page.locator('[data-uitkomst="werknemers"]');

test('het model toont de clusters, het berekende totaal en de signaleringen', async ({ page }) => {
  await page.goto(`${basisUrl()}/impact`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fte-impact van het AZWA: het KPMG-model');
  await expect(page.locator('[data-totaal]')).toHaveText(['8.993', '20.712', '48.223', '6.084', '15.051', '32.094']);
  await expect(page.locator('#signalering-A4')).toContainText('werknemers = fte (3.954)');
  await expect(page.locator('#signalering-E4')).toContainText('0,70 is geen opgegeven factor');
  await geenAxeFouten(page);
  await schermafdruk(page, '16-model');
});

test('een VWS-gebruiker rekent, slaat op, vergelijkt en downloadt de Excel', async ({ page }) => {
  await inloggen(page);
  await page.goto(`${basisUrl()}/impact/rekenhulp`);
  await expect(werknemers(page)).toHaveText('20.712');
  const band = page.locator('[data-band-waarde]');
  const voor = await band.getAttribute('style');

  // A4 (AI) high, F1 (passende zorg) at 75%: the outcome updates without pressing "Bereken"
  await page.getByLabel('Invulling randvoorwaarden A4').selectOption('hoog');
  await expect(werknemers(page)).toHaveText('35.293');
  await page.getByLabel('Invulling randvoorwaarden F1').selectOption('pct');
  await page.getByLabel('Percentage invulling F1').fill('75');
  // 20.712 + (18.535 − 3.954) + (2.870 − 2.173)
  await expect(werknemers(page)).toHaveText('35.990');
  await expect(page.locator('[data-uitkomst="fte"]')).toHaveText('24.224');
  await expect(page.locator('[data-uitkomst="azwa"]')).toHaveText('90%');
  await expect(page.locator('[data-rij="F1-werknemers"]')).toHaveText('2.870');
  expect(await page.locator('[data-band-waarde]').getAttribute('style')).not.toBe(voor);
  await geenAxeFouten(page);
  await schermafdruk(page, '16-rekenhulp');

  await page.getByLabel('Naam van het scenario').fill('AI hoog, passende zorg 75%');
  await page.getByLabel('Zichtbaar voor').selectOption('organisatie');
  await page.getByRole('button', { name: 'Scenario opslaan' }).click();
  await expect(page.getByText('Scenario opgeslagen als versie 1.')).toBeVisible();
  await expect(werknemers(page)).toHaveText('35.990');

  // a second scenario: everything as KPMG's middle scenario
  await page.goto(`${basisUrl()}/impact/rekenhulp`);
  await page.getByLabel('Naam van het scenario').fill('Alles gemiddeld');
  await page.getByRole('button', { name: 'Scenario opslaan' }).click();
  await expect(page.getByText('Scenario opgeslagen als versie 1.')).toBeVisible();

  await page.goto(`${basisUrl()}/impact/scenarios`);
  await page.getByLabel('Scenario A').selectOption({ label: 'AI hoog, passende zorg 75% (Ministerie van Volksgezondheid, Welzijn en Sport)' });
  await page.getByLabel('Scenario B').selectOption({ label: 'Alles gemiddeld (Ministerie van Volksgezondheid, Welzijn en Sport)' });
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI hoog, passende zorg 75% (v1) en Alles gemiddeld (v1)');
  const totaal = page.locator('table').filter({ hasText: 'Per cluster (B − A)' }).locator('tr').filter({ hasText: 'Totaal (berekend)' });
  await expect(totaal).toContainText('35.990');
  await expect(totaal).toContainText('-15.278');
  await geenAxeFouten(page);
  await schermafdruk(page, '16-vergelijk');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('scenario-vergelijking-rapport-niet-om-te-importeren.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const rijen = wb.worksheets[0].getSheetValues().filter(Array.isArray) as unknown[][];
  const t = rijen.find((r) => r[1] === 'totaal (berekend)')!;
  expect(t.slice(6, 9)).toEqual([35990, 20712, 20712 - 35990]);
});

test('de rekenhulp werkt zonder JavaScript (een formulier dat post), ook op 390 px', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await inloggen(page);
  await page.goto(`${basisUrl()}/impact/rekenhulp`);
  await page.getByLabel('Invulling randvoorwaarden E2').selectOption('laag');
  await page.getByLabel('Invulling randvoorwaarden F4').selectOption('pct');
  await page.getByLabel('Percentage invulling F4').fill('100');
  await expect(werknemers(page)).toHaveText('20.712'); // nothing happens until the form is sent
  await page.getByRole('button', { name: 'Bereken' }).click();
  // 20.712 − (1.409 − 569) + (3.690 − 2.938)
  await expect(werknemers(page)).toHaveText('20.624');
  await expect(page.getByLabel('Invulling randvoorwaarden E2')).toHaveValue('laag');
  await expect(page.getByLabel('Percentage invulling F4')).toHaveValue('100');
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(390);
  await schermafdruk(page, '16-rekenhulp-zonder-js-390');
  await context.close();
});
