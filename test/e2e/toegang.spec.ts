// Browser tests of the shell and access: login, the dashboard (416 snelle toetsen on 20 mei 2025),
// a refused role, interactive charts under the CSP, and no axe violations on these pages.
import { expect, test } from '@playwright/test';
import { basisUrl, foutenVan, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

test.describe('toegang en dashboard', () => {
  test('the login page is accessible, and a wrong password shows the error next to the field', async ({ page }) => {
    await page.goto(`${basisUrl()}/inloggen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await geenAxeFouten(page);
    await schermafdruk(page, 'inloggen');
    await page.getByLabel('E-mailadres').fill('lezer@e2e.test');
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.locator('#veld-wachtwoord-fout')).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page.getByLabel('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');
    await geenAxeFouten(page);
  });

  test('a beheerder logs in and the dashboard shows 416 snelle toetsen for peildatum 20 mei 2025', async ({ page }) => {
    const fouten = foutenVan(page);
    await inloggen(page, 'beheerder');
    await page.getByLabel('Peildatum').selectOption('2025-05-20');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await expect(page.getByRole('heading', { name: 'Kerncijfers op 20 mei 2025' })).toBeVisible();
    const kaart = page.locator('.am-cijfer', { has: page.locator('.am-cijfer__label', { hasText: /^Aanvragen snelle toets \(totaal aangeleverd\)$/ }) });
    await expect(kaart.locator('.am-cijfer__waarde')).toHaveText('416');
    await expect(page.getByText('Bron: vastgestelde cijfers')).toBeVisible();
    // the island turned the server SVG into an interactive ECharts chart (CSP allows /assets scripts only)
    await expect(page.locator('#grafiek-snelle-toetsen .am-grafiek__teken')).toHaveAttribute('_echarts_instance_', /.+/);
    await expect(page.locator('#grafiek-snelle-toetsen .am-grafiek__teken svg')).toHaveCount(1);
    await geenAxeFouten(page);
    await schermafdruk(page, 'dashboard');
    expect(fouten).toEqual([]);
  });

  test('the beheer pages work for a beheerder', async ({ page }) => {
    await inloggen(page, 'beheerder');
    await page.goto(`${basisUrl()}/beheer`);
    await geenAxeFouten(page);
    await page.getByRole('link', { name: 'Gebruikers en rollen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'lezer@e2e.test' })).toBeVisible();
    await geenAxeFouten(page);
    await schermafdruk(page, 'beheer-gebruikers');
    await page.goto(`${basisUrl()}/beheer/audit?actie=inloggen`);
    await expect(page.getByRole('cell', { name: 'beheerder@e2e.test' }).first()).toBeVisible();
    await geenAxeFouten(page);
    await schermafdruk(page, 'beheer-audit');
  });

  test('a lezer opening /beheer/gebruikers gets 403', async ({ page }) => {
    await inloggen(page, 'lezer');
    const r = await page.goto(`${basisUrl()}/beheer/gebruikers`);
    expect(r?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    await geenAxeFouten(page);
  });

  test('logging out ends the session', async ({ page }) => {
    await inloggen(page, 'lezer');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
    const r = await page.goto(`${basisUrl()}/beheer`);
    expect(page.url()).toContain('/inloggen?terug=');
    expect(r?.status()).toBe(200);
  });
});
