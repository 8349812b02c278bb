// Choropleth per region classification in the browser (issue 18): after the DEMO indicator fixture
// (made-up values, see test/fixtures/indicatoren/README.md) is imported through the form, a visitor
// chooses an indicator and a classification on /regios/kaart: the GP waiting list summed per
// zorgkantoorregio on the map (with the table), and msz waiting times per ROAZ region as delivered,
// never summed; accessible, also at 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(PROJECT, 'test/fixtures/indicatoren/indicatoren.csv');

/** Twente's sum of March 2025, counted from the files themselves. */
function twente(): { som: number; met: number; van: number } {
  const leden = new Set(
    fs.readFileSync(path.join(PROJECT, 'data/referentie/regio_indelingen.csv'), 'utf8').split('\n').map((r) => r.split(';')).filter((r) => r[0] === 'zorgkantoorregio' && r[2] === 'Twente').map((r) => r[3]),
  );
  const rijen = fs.readFileSync(FIXTURE, 'utf8').split('\n').map((r) => r.split(';')).filter((r) => r[0] === 'ha_wachtlijst' && r[1] === '2025-03' && leden.has(r[2]));
  return { som: rijen.reduce((s, r) => s + Number(r[4]), 0), met: rijen.length, van: leden.size };
}

test.describe.configure({ mode: 'serial' });

test('import van de DEMO-indicatoren via het formulier', async ({ page }) => {
  await inloggen(page, 'beheerder');
  await page.goto(`${basisUrl()}/indicatoren/importeren`);
  await page.getByLabel('Soort bestand').selectOption('indicatoren');
  await page.locator('#bestand').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Import geslaagd');
});

test('huisartsenwachtlijst per zorgkantoorregio op de kaart, wachttijden per ROAZ-regio zonder optellen', async ({ page }) => {
  // several page loads and axe runs on a shared machine: more than the default minute
  test.setTimeout(240_000);
  await page.goto(`${basisUrl()}/regios`);
  await page.getByRole('link', { name: 'Een indicator op de kaart per regio-indeling' }).click();
  await page.getByLabel('Indicator').selectOption({ label: 'Wachtenden voor een (nieuwe) huisarts per gemeente' });
  await page.getByLabel('Regio-indeling').selectOption({ label: 'Zorgkantoorregio (IZA-regio)' });
  await page.getByRole('button', { name: 'Toon kaart' }).click();
  const t = twente();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Zorgkantoorregio (IZA-regio), 2025-03');
  const kaart = page.locator('#indicatorkaart');
  await expect(kaart.locator('path[data-code="ZK22"]')).toHaveAttribute('aria-label', /Twente/);
  await expect(page.getByRole('row', { name: new RegExp(`^Twente ${t.som.toLocaleString('nl-NL')} ${t.met} van ${t.van}$`) })).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '18-kaart-zorgkantoorregio');

  await page.getByLabel('Indicator').selectOption({ label: 'Wachttijd msz: behandeling' });
  await page.getByLabel('Regio-indeling').selectOption({ label: 'Zorgkantoorregio (IZA-regio)' });
  await page.getByRole('button', { name: 'Toon kaart' }).click();
  await expect(page.locator('#kaart-leeg')).toContainText('optellen over gemeenten kan alleen bij aantallen');

  await page.getByLabel('Regio-indeling').selectOption({ label: 'ROAZ-regio (acute zorg)' });
  await page.getByRole('button', { name: 'Toon kaart' }).click();
  await expect(page.getByRole('row', { name: 'Limburg 8,3' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Zwolle 6,6' })).toBeVisible();
  await geenAxeFouten(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${basisUrl()}/regios/kaart?indicator=ha_wachtlijst&indeling=gemeente`);
  for (const klasse of ['1–9', '10–49', '50–199', '200+']) await expect(page.locator('#indicatorkaart .legenda text', { hasText: new RegExp(`^${klasse.replace('+', '\\+')}$`) })).toHaveCount(1);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(390);
  await geenAxeFouten(page);
  await page.goto(`${basisUrl()}/regios/kaart?indicator=ha_wachtlijst&indeling=provincie`);
  await expect(page.getByRole('row', { name: /^Overijssel / })).toBeVisible();
  await schermafdruk(page, '18-kaart-provincie-390');
});
