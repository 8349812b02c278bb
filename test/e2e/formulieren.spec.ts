// Issue 14 item 6 in the browser: the snelle-toets form sent empty, at desktop and phone width. The check
// box stays a box beside its label, the closing-date message is said once, the regions are the IZA
// regions as check boxes, every error sits at its field (and is named by aria-describedby), and axe is
// content. The indiener (the only role that may submit) is a user of the shared server.
import { test, expect } from '@playwright/test';
import { basisUrl, geenAxeFouten, inloggen, schermafdruk } from './hulp.js';

for (const breedte of [1280, 390]) {
  test(`snelle toets met fouten op ${breedte} px: vinkje klein naast zijn label, elke fout bij zijn veld, axe zonder fouten`, async ({ page }) => {
    await page.setViewportSize({ width: breedte, height: 900 });
    await inloggen(page, 'indiener');
    await page.goto(`${basisUrl()}/transformatie/toetsen/nieuw`);
    await page.getByRole('button', { name: 'Snelle toets indienen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Snelle toets indienen');
    await expect(page.locator('.am-foutsamenvatting')).toBeVisible();

    // the closing date (1 juli 2025 in the seed, long past) is said exactly once
    await expect(page.getByText(/Vanaf 1 juli 2025/)).toHaveCount(1);

    // the exception check box: a small box beside a label that reads as a line, not a word per line
    const vinkje = page.getByRole('checkbox', { name: 'De coördinerend zorgverzekeraar is gemeld dat een plan bijna af is' });
    const doos = (await vinkje.boundingBox())!;
    expect(doos.width).toBeLessThan(40);
    expect(doos.height).toBeLessThan(40);
    const labelEl = page.locator(`label[for="${await vinkje.getAttribute('id')}"]`);
    const label = (await labelEl.boundingBox())!;
    const regelhoogte = await labelEl.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(label.x).toBeGreaterThan(doos.x + doos.width - 1); // beside the box, not under it
    expect(Math.abs(label.y + label.height / 2 - (doos.y + doos.height / 2))).toBeLessThan(label.height); // on its line
    // eleven words on two or three lines in the form's column, not a word per line (it was eleven lines)
    expect(Math.round(label.height / regelhoogte)).toBeLessThanOrEqual(breedte >= 1280 ? 2 : 3);
    expect(label.width).toBeGreaterThan(250);

    // the regions: the IZA (zorgkantoor)regions as check boxes, not a free text with "Bijvoorbeeld: ."
    const regios = page.getByRole('group', { name: 'Regio’s' }).or(page.getByRole('group', { name: "Regio's" }));
    await expect(regios.getByRole('checkbox')).toHaveCount(31);
    for (const r of ['Groningen', 'Zuid-Limburg', 'Amsterdam', 'Twente']) await expect(regios.getByRole('checkbox', { name: r, exact: true })).toBeVisible();
    await expect(page.getByText('Bijvoorbeeld: .')).toHaveCount(0);

    // every error in the summary has its message at the field: in the field's group, named by aria-describedby
    const fouten = page.locator('.utrecht-form-field-error-message');
    const aantal = await fouten.count();
    expect(aantal).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < aantal; i++) {
      const fout = fouten.nth(i);
      const id = await fout.getAttribute('id');
      expect(id).toMatch(/-fout$/);
      const groep = fout.locator('xpath=ancestor::*[self::fieldset or contains(concat(" ", normalize-space(@class), " "), " utrecht-form-field ") or contains(@class, "am-vinkje-veld")][1]');
      await expect(groep.locator(`[aria-describedby~="${id}"]`).or(groep.and(page.locator(`[aria-describedby~="${id}"]`)))).not.toHaveCount(0);
    }
    for (const [veld, tekst] of [
      ['titel', 'Vul een titel in.'],
      ['regios', 'Kies minstens één regio.'],
      ['sectoren', 'Kies minstens één sector.'],
      ['themas', 'Kies minstens één thema.'],
    ] as const) {
      await expect(page.locator(`#${veld}-fout`)).toHaveText(tekst);
      await expect(page.locator('.am-foutsamenvatting').getByRole('link', { name: new RegExp(tekst.replace('.', '\\.')) })).toHaveAttribute('href', `#${veld}`);
    }
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(breedte);
    await geenAxeFouten(page);
    await schermafdruk(page, `14-snelle-toets-fouten-${breedte}`);
  });
}
