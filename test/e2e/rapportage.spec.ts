// Browser test of the reporting rounds: the public report of 20 May 2025 (accessible, charts with
// table alternatives), and a round from creation to publication through the forms.
import { test, expect } from '@playwright/test';
import { basisUrl, foutenVan, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

test.describe('rapportages', () => {
  test('the public report of 20 May 2025 is accessible and shows the published figures', async ({ page }) => {
    const fouten = foutenVan(page);
    const mislukt: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) mislukt.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${basisUrl()}/rapportages`);
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
    await geenAxeFouten(page);
    await schermafdruk(page, 'rapportages');
    await page.getByRole('link', { name: '20 mei 2025' }).click();
    await expect(page.getByText('416 aanvragen')).toBeVisible();
    await expect(page.getByRole('table', { name: /Financiële kaders 2024/ })).toBeVisible();
    await geenAxeFouten(page);
    await schermafdruk(page, 'rapportages-2025-05-20');
    // a chart's table alternative opens without JavaScript (details/summary)
    const samenvatting = page.locator('#g-middelen summary');
    await samenvatting.click();
    await expect(page.locator('#g-middelen table')).toBeVisible();
    const pdf = await page.request.get(`${basisUrl()}/rapportages/2025-05-20/rapport.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(mislukt).toEqual([]);
    // chromium's own /favicon.ico request (no page response event) is not ours to judge here
    expect(fouten.filter((f) => !(mislukt.length === 0 && f.includes('404 (Not Found)')))).toEqual([]);
  });

  test('a round: create, write a text, fix, publish; the public sees it only when published', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const P = '2025-11-30';
    await inloggen(page, 'beheerder');
    await page.goto(`${basisUrl()}/rapportages`);
    await page.getByLabel('Peildatum').fill(P);
    await page.getByLabel('Titel').fill('E2E ronde');
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await expect(page.getByText('De ronde is aangemaakt.')).toBeVisible();
    await page.getByRole('link', { name: 'Teksten schrijven' }).click();
    await page.getByLabel('Noemenswaardige punten van deze ronde').fill('Het AZWA is ondertekend.\nDe eerste afspraken zijn gestart.');
    await geenAxeFouten(page);
    await schermafdruk(page, 'rapportages-teksten');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect(page.getByText(/Opgeslagen \(1 tekst gewijzigd\)/)).toBeVisible();

    const anoniem = await browser.newPage();
    expect((await anoniem.goto(`${basisUrl()}/rapportages/${P}`))!.status()).toBe(404);

    await page.goto(`${basisUrl()}/rapportages/${P}`);
    await expect(page.getByText('Het AZWA is ondertekend.')).toBeVisible();
    // the registers are empty: figures fall to zero against 20 mei 2025, so fixing needs a confirmation (issue 14)
    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await expect(page.getByText(/Niet vastgesteld/).first()).toBeVisible();
    await page.getByLabel('Ik bevestig dat deze cijfers kloppen').check();
    await page.locator('#bevestiging').fill('E2E: de registers zijn bewust leeg');
    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await expect(page.getByText(/De ronde is vastgesteld/)).toBeVisible();
    await expect(page.getByText(/Vastgesteld op/).first()).toBeVisible();
    await schermafdruk(page, 'rapportages-ronde-vastgesteld');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect(page.getByText('De ronde is gepubliceerd.')).toBeVisible();

    await anoniem.goto(`${basisUrl()}/rapportages/${P}`);
    await expect(anoniem.getByText('Het AZWA is ondertekend.')).toBeVisible();
    await anoniem.close();
  });
});
