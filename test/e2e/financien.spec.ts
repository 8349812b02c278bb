// Financiële kaders in de browser: de gedrukte tabellen van juni 2025, en een beheerder van de kaders
// (rol met `kaders.beheren`, zoals de VWS-redactie) die een nieuwe stand invoert en de tabel, de
// historie met grafiek en de kerncijfers ziet veranderen. Server en gebruikers: global-setup.ts.
import { expect, test } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

type Kader = { jaar: number; sector: string; stand: string; uitgaven: number | null; resterend_verschil: number | null };
const ggz2024 = (k: { financiele_kaders: Kader[] }) => k.financiele_kaders.find((x) => x.jaar === 2024 && x.sector === 'GGZ')!;

test('de tabellen van juni 2025 staan op /financien zoals gedrukt, zonder toegankelijkheidsfouten', async ({ page }) => {
  await page.goto(`${basisUrl()}/financien?peildatum=2025-05-20`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Financiële kaders');
  const t2024 = page.locator('section[data-jaar="2024"] table');
  await expect(t2024.locator('tr[data-soort="uitgaven"] td[data-sector="MSZ"]')).toHaveText('€ 30.157');
  await expect(t2024.locator('tr[data-soort="aanspraak_buiten_zvw"] td[data-sector="Wijkverpleging"]')).toHaveText('€ 60');
  await expect(t2024.locator('tr[data-soort="balanspost"] td[data-sector="MSZ"]')).toHaveText('26%');
  await expect(page.locator('section[data-jaar="2023"] tr[data-soort="verschil_excl_covid"] td[data-sector="MSZ"]')).toHaveText('€ -175');
  // 2024 GGZ: berekend 260, gepubliceerd 259: afronding, dus geen melding
  await expect(t2024.locator('tr[data-soort="verschil"] td[data-sector="GGZ"]')).toHaveText('€ 260');
  await expect(page.locator('.am-vergelijking')).toContainText('geen verschillen groter dan € 1 miljoen');
  await geenAxeFouten(page);
});

test('een nieuwe stand verandert de tabel, de historie met grafiek en de kerncijfers', async ({ page }) => {
  const api = `${basisUrl()}/api/v1/kerncijfers?peildatum=2025-04-15&bron=berekend`;
  // computed (unpublished) figures need a login: the API is read in the same session
  await inloggen(page, 'beheerder');
  const request = page.request;
  expect(ggz2024(await (await request.get(api)).json())).toMatchObject({ stand: '2024-10-31', uitgaven: 5563 });

  await page.goto(`${basisUrl()}/financien/invoer?jaar=2024&sector=GGZ`);
  await expect(page.getByLabel('Kader (€ mln)', { exact: true })).toHaveValue('5303');
  await page.getByLabel('Datum van de stand', { exact: true }).fill('2025-03-31');
  await page.getByLabel('Omschrijving van de stand (optioneel)', { exact: true }).fill('stand ultimo maart 2025');
  // eerst een fout: twee decimalen; de melding staat naast het veld en er is niets opgeslagen
  await page.getByLabel('Uitgaven (€ mln) (optioneel)', { exact: true }).fill('5.580,45');
  await page.getByRole('button', { name: 'Stand opslaan' }).click();
  await expect(page.locator('[data-fout-voor="uitgaven_mln"]')).toContainText('hooguit één decimaal');
  await geenAxeFouten(page);
  await page.getByLabel('Uitgaven (€ mln) (optioneel)', { exact: true }).fill('5.580,4');
  await page.getByRole('button', { name: 'Stand opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De stand van 31 maart 2025 voor GGZ 2024 is opgeslagen.');

  await page.goto(`${basisUrl()}/financien?peildatum=2025-04-15`);
  await expect(page.locator('section[data-jaar="2024"] tr[data-soort="uitgaven"] td[data-sector="GGZ"]')).toHaveText('€ 5.580');
  await expect(page.locator('section[data-jaar="2024"] tr[data-soort="verschil"] td[data-sector="GGZ"]')).toHaveText('€ 277');

  await page.goto(`${basisUrl()}/financien/2024?peildatum=2025-04-15`);
  await expect(page.locator('#historie-tabel tr[data-sector="GGZ"]')).toHaveCount(2);
  await expect(page.locator('#grafiek-ggz svg[role="img"]')).toHaveAttribute('aria-label', 'GGZ 2024: cijfers per stand');
  await geenAxeFouten(page);
  await schermafdruk(page, 'financien-2024-nieuwe-stand');

  expect(ggz2024(await (await request.get(api)).json())).toMatchObject({ stand: '2025-03-31', uitgaven: 5580, resterend_verschil: 277 });
});
