// Browser test of issue 14 items 3 and 8 on the real seed (published totals, no IZA or transformatie
// records): logged in, /acties and /transformatie show the published figures with their source and say
// the registers are empty; the public sees /transformatie; the dashboard's time axis is to scale; an
// empty chart is a sentence. Every page goes through axe.
import { test, expect } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

test('logged in, /acties shows the published 444 actions and says the IZA register is empty', async ({ page }) => {
  await inloggen(page, 'lezer');
  await page.goto(`${basisUrl()}/acties`);
  const pub = page.locator('#gepubliceerd');
  await expect(pub.getByRole('heading', { name: 'IZA-acties volgens de laatste publicatie' })).toBeVisible();
  await expect(pub).toContainText('444 IZA-acties');
  await expect(pub).toContainText('8 acties afgerond sinds de vorige rapportage');
  await expect(pub).toContainText('peildatum 20 mei 2025');
  await expect(pub).toContainText('Bron: IZA voortgangsrapportage 16 juni 2025');
  await expect(pub.getByRole('note')).toContainText('Het register bevat nog geen IZA-acties');
  await expect(pub.getByRole('note')).toContainText('npm run cli -- import acties.csv');
  // the empty IZA chart is a sentence, not bare axes
  const iza = page.locator('#grafiek-iza');
  await expect(iza).toContainText('er is geen voortgang per thematafel te tekenen');
  await expect(iza.locator('svg')).toHaveCount(0);
  await geenAxeFouten(page);
  await schermafdruk(page, '14-acties-ingelogd-na');
});

test('logged in, /transformatie shows the published 416 / 145 / € 740.409.907 beside the empty registers', async ({ page }) => {
  await inloggen(page, 'lezer');
  await page.goto(`${basisUrl()}/transformatie`);
  const pub = page.locator('#gepubliceerd');
  await expect(pub).toContainText('Aanvragen snelle toets aangeleverd (totaal)');
  await expect(pub.locator('.am-cijfer__waarde').first()).toHaveText('416');
  await expect(pub.getByRole('table', { name: 'Status van deze 416 snelle toetsen op 20 mei 2025' })).toBeVisible();
  await expect(pub.getByRole('table', { name: 'Status van deze 145 ingediende transformatieplannen' })).toBeVisible();
  await expect(pub).toContainText('€ 740.409.907');
  await expect(pub.getByRole('note')).toContainText('De registers van snelle toetsen en transformatieplannen zijn leeg');
  await expect(page.getByRole('heading', { name: /In de registers op/ })).toBeVisible();
  await geenAxeFouten(page);
  await schermafdruk(page, '14-transformatie-ingelogd-na');
});

test('the public sees /transformatie with the published figures, not a login page', async ({ page }) => {
  await page.goto(`${basisUrl()}/transformatie`);
  expect(new URL(page.url()).pathname).toBe('/transformatie');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Snelle toetsen, transformatieplannen en transformatiemiddelen');
  await expect(page.locator('#gepubliceerd')).toContainText('416');
  await expect(page.locator('#gepubliceerd')).toContainText('€ 740.409.907');
  await expect(page.getByText('in het register')).toHaveCount(0);
  await geenAxeFouten(page);
  await schermafdruk(page, '14-transformatie-publiek-na');
});

test('the dashboard chart spaces its points by date: 18 months take about six times the room of 3 months', async ({ page }) => {
  await page.goto(`${basisUrl()}/`);
  const blok = page.locator('[data-grafiek="snelle-toetsen"]');
  await expect(blok.locator('svg').first()).toBeVisible();
  // the Goedgekeurd series has a point at each of the three published dates: read the x positions of its markers
  const xs = await page.evaluate(() => {
    const g = (window as unknown as { echarts: { getInstanceByDom(el: Element): { convertToPixel(f: unknown, v: unknown): number[] } | undefined } }).echarts;
    const el = document.querySelector('[data-grafiek="snelle-toetsen"] .am-grafiek__teken')!;
    const inst = g.getInstanceByDom(el)!;
    return ['2023-08-28', '2025-02-25', '2025-05-20'].map((d) => inst.convertToPixel({ xAxisIndex: 0 }, d) as unknown as number);
  });
  const lang = xs[1] - xs[0];
  const kort = xs[2] - xs[1];
  // 546 days against 84 days: ratio 6.5 on a time axis (1 on the old category axis)
  expect(lang / kort).toBeGreaterThan(5.5);
  expect(lang / kort).toBeLessThan(7.5);
  await geenAxeFouten(page);
  await schermafdruk(page, '14-dashboard-publiek-na');
});
