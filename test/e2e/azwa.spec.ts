// Browser test of the AZWA monitoring part (issue 15): an AZWA trekker reports a status and sees it in
// the block counts; a VWS user records a BO decision with a follow-up and sees it overdue after its
// deadline; the goal page of TD1's AZWA share shows the clusters and the source lines. On the server of
// global-setup.ts (real seed) with its users.
import { test, expect, type Page } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';


function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

const blokRij = (page: Page, blok: string) => page.locator(`#blokken tr[data-blok="${blok}"] td`);

test('een AZWA-trekker meldt een status en ziet die in de telling van het blok', async ({ page }) => {
  await inloggen(page, 'trekkerD7');
  await page.goto(`${basisUrl()}/azwa`);
  const voor = Number(await blokRij(page, 'D').first().innerText());
  await page.goto(`${basisUrl()}/acties/actie/AZWA-D7.3`);
  await page.getByLabel('Nieuwe status').selectOption('Afgerond');
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('De statusmelding is opgeslagen.')).toBeVisible();
  await page.goto(`${basisUrl()}/azwa`);
  await expect(blokRij(page, 'D').first()).toHaveText(String(voor + 1));
  await geenAxeFouten(page);
  await schermafdruk(page, '15-azwa-overzicht');
  // not his agreement
  await page.goto(`${basisUrl()}/acties/actie/AZWA-C4.4`);
  await expect(page.getByRole('button', { name: 'Status opslaan' })).toHaveCount(0);
});

test('VWS legt een BO-besluit met opvolging vast; na de termijn staat het als verstreken', async ({ page }) => {
  await inloggen(page, 'redactie');
  await page.goto(`${basisUrl()}/azwa/bo?peildatum=2026-03-20`);
  await page.getByLabel('Datum', { exact: true }).fill('2026-03-19');
  await page.getByLabel('Soort overleg').selectOption('BO IZA/AZWA');
  await page.getByLabel('Titel', { exact: true }).fill('BO IZA/AZWA maart 2026');
  await page.getByLabel('Agendapunten').fill('Werkafspraak monitoring transitiedoelen|Voorbereiding MTR');
  await page.getByRole('button', { name: 'Overleg vastleggen' }).click();
  await expect(page.getByText('Overleg van 19 maart 2026 vastgelegd.')).toBeVisible();
  const sectie = page.locator('#overleg-BO-2026-03-19');
  await sectie.getByRole('link', { name: 'Besluit vastleggen bij BO IZA/AZWA van 19 maart 2026' }).click();
  await sectie.getByLabel('Besluit', { exact: true }).fill('Voorstel vormgeving MTR uitwerken');
  await sectie.getByLabel('Eigenaar van de opvolging').fill('VWS');
  await sectie.getByLabel('Termijn').fill('2026-06-30');
  await sectie.getByLabel('Doelen').fill('TD1|TD2');
  await sectie.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText('Besluit vastgelegd.')).toBeVisible();

  await page.goto(`${basisUrl()}/azwa/bo?peildatum=2026-06-30`);
  const rij = page.locator('tr[data-toezegging="BO-2026-03-19.1"]');
  await expect(rij).toContainText('Voorstel vormgeving MTR uitwerken');
  await expect(rij).not.toContainText('Termijn verstreken');
  await page.goto(`${basisUrl()}/azwa/bo?peildatum=2026-07-01`);
  await expect(page.locator('tr[data-toezegging="BO-2026-03-19.1"]')).toContainText('Termijn verstreken');
  await expect(page.locator('tr[data-toezegging="T-WERKAFSPRAAK-TD"]')).toContainText('Termijn verstreken');
  await geenAxeFouten(page);
  await schermafdruk(page, '15-bo-register');

  await page.goto(`${basisUrl()}/azwa/mtr?peildatum=2026-07-01`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier mid-term review 2027');
  await geenAxeFouten(page);
  await schermafdruk(page, '15-mtr-dossier');
});

test('de doelpagina van het AZWA-aandeel van TD1 toont de clusters en de bronregels; ook op 390 px', async ({ page }) => {
  await page.goto(`${basisUrl()}/azwa/doelen/TD1-AZWA?peildatum=${vandaag()}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AZWA-aandeel in transitiedoel 1');
  // the source as a numbered document with its title, not our line numbers (issue 14)
  await expect(page.locator('.am-bron').first()).toContainText('Bron: [1]');
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  const clusters = page.locator('#clusters tbody tr');
  await expect(clusters).toHaveCount(5);
  await expect(clusters.first()).toContainText('circa 20.000 personen');
  await expect(page.locator('#clusters tfoot')).toContainText('40.000');
  await expect(page.locator('#grafiek-pad svg')).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '15-doel-td1-azwa');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${basisUrl()}/azwa/doelen/TD1`);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(390);
  await schermafdruk(page, '15-doel-td1-390');
});

test('beweging en doelgroepen: per monitor het instituut, de meetmomenten en "nog geen cijfers"', async ({ page }) => {
  await page.goto(`${basisUrl()}/azwa/monitoren`);
  await expect(page.locator('section.am-monitor')).toHaveCount(9);
  await expect(page.locator('#BW-EL')).toContainText('NIVEL');
  await expect(page.locator('#DG-OK')).toContainText('Nog geen cijfers van deze monitor in het platform');
  await geenAxeFouten(page);
  await schermafdruk(page, '15-beweging-doelgroepen');
});
