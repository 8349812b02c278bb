// Indicatoren in de browser: de redactie importeert de DEMO-fixture (verzonnen waarden, zie
// test/fixtures/indicatoren/README.md) via het formulier; daarna toont /toegankelijkheid de
// gemeentekaart met de vijf klassen en de ggz-kleine veelvouden met Treeknormlijnen, zonder
// toegankelijkheidsfouten. Een indicator zonder waarnemingen zegt dat gewoon.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/indicatoren/indicatoren.csv');

test('een indicator zonder waarnemingen zegt dat, zonder grafiek', async ({ page }) => {
  await page.goto(`${basisUrl()}/indicatoren/azw_werktevredenheid`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werktevredenheid zorg en welzijn');
  await expect(page.locator('.am-geen-waarnemingen')).toContainText('Er zijn nog geen waarnemingen voor deze indicator.');
  await expect(page.locator('main svg')).toHaveCount(0);
  await geenAxeFouten(page);
});

test('import van de DEMO-fixture via het formulier; daarna kaart en ggz-kleine veelvouden op /toegankelijkheid', async ({ page }) => {
  await inloggen(page, 'beheerder');
  await page.goto(`${basisUrl()}/indicatoren/importeren`);
  await geenAxeFouten(page);
  await page.getByLabel('Soort bestand').selectOption('indicatoren');
  await page.locator('#bestand').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Import geslaagd: 705 rijen');

  await page.goto(`${basisUrl()}/toegankelijkheid?peildatum=2025-05-20`);
  const kaart = page.locator('#huisartsen-wachtlijst');
  for (const klasse of ['0', '1–9', '10–49', '50–199', '200+']) await expect(kaart.locator('svg .legenda text', { hasText: new RegExp(`^${klasse.replace('+', '\\+')}$`) })).toHaveCount(1);
  await expect(kaart.locator('.am-niet-op-kaart')).toHaveCount(0);
  await expect(kaart.locator('path[data-code="GM0153"]')).toHaveAttribute('aria-label', 'Enschede: 490');
  const ggz = page.locator('#ggz-wachttijden');
  await expect(ggz.locator('svg')).toHaveCount(1);
  await expect(ggz).toContainText('Treeknorm 14 weken');
  await expect(ggz.locator('svg')).toContainText('Somatische symptoomstoornissen');
  await geenAxeFouten(page);
  await schermafdruk(page, 'indicatoren-toegankelijkheid-e2e');
});
