// Browser test of the shared import page (issue 14 item 5) on a phone: a beheerder uploads the seed's
// acties file under a name that is no file type; the page recognises it by the header, imports it (all
// already there: nothing changes) and links to the register. A header that tells no type offers a
// choice. axe on every state, at 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

const ACTIES = fs.readFileSync(path.resolve('data/seed/acties.csv'));
const REGELS = ACTIES.toString('utf8').trim().split('\n').length - 1;

test('a beheerder imports an acties file at 390 px and follows the link to the register', async ({ page }) => {
  // four axe runs and two imports: more than the default minute on a busy machine
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await inloggen(page, 'beheerder');
  await page.goto(`${basisUrl()}/importeren`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bestanden importeren' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Acties en hun status (IZA en AZWA)' })).toBeVisible();
  await schermafdruk(page, '14-importeren-1280');

  await page.setViewportSize({ width: 390, height: 844 });
  await geenAxeFouten(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // a header that fits no type: the candidate types as radio buttons, the file asked again
  await page.getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)').setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from('nummer;omschrijving\n1;Iets\n') });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('group', { name: 'Soort bestand' })).toContainText('passen bij geen enkel soort bestand');
  await expect(page.getByRole('radio', { name: 'Acties en hun status (IZA en AZWA)' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Herkennen aan de kolommen' })).toHaveCount(0);
  await geenAxeFouten(page);
  await schermafdruk(page, '14-importeren-keuze-390');

  // the real file under a name that is no file type: recognised by its header
  await page.goto(`${basisUrl()}/importeren`);
  await page.getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)').setInputFiles({ name: 'acties-export.csv', mimeType: 'text/csv', buffer: ACTIES });
  await page.getByRole('button', { name: 'Importeren' }).click();
  const melding = page.getByRole('status').filter({ hasText: 'Import geslaagd' });
  await expect(melding).toContainText(`acties-export.csv (Acties en hun status (IZA en AZWA)): ${REGELS} regels gelezen, 0 toegevoegd, 0 gewijzigd, ${REGELS} ongewijzigd.`);
  await geenAxeFouten(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await schermafdruk(page, '14-importeren-390');
  await melding.getByRole('link', { name: 'Bekijk acties' }).click();
  await expect(page).toHaveURL(/\/acties$/);
  await expect(page.locator('main')).toContainText(`AZWA: ${REGELS} deelafspraken in het register`);

  // the contract page of a file: its columns in a table that scrolls in its own box
  await page.goto(`${basisUrl()}/importeren/bestanden/transformatieplannen`);
  await expect(page.locator('dl.am-kolommen')).toContainText('snelle_toets_id');
  await geenAxeFouten(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await schermafdruk(page, '14-importeren-bestand-390');
});
