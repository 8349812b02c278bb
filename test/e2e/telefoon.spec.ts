// Issue 14 item 7: every page is usable on a phone. Each page of the app (public, and as beheerder) at
// 390 px and at 320 px: no horizontal scrolling of the page itself (wide tables scroll in their own
// box), the navigation fits in one compact row, and a sample passes axe at phone width.
import { test, expect, type Page } from '@playwright/test';
import { basisUrl, inloggen, geenAxeFouten } from './hulp.js';

/** A page: a fixed path, or the first link on `van` whose path matches `patroon` (pages with an id). */
type Route = string | { van: string; patroon: RegExp };

const PUBLIEK: Route[] = [
  '/',
  '/inloggen',
  '/acties',
  '/acties/zoeken',
  { van: '/acties', patroon: /^\/acties\/onderdeel\/[^/?]+$/ },
  '/acties/azwa',
  { van: '/acties/azwa', patroon: /^\/acties\/azwa\/[^/?]+$/ },
  '/azwa',
  '/azwa/bo',
  '/azwa/doelen',
  { van: '/azwa/doelen', patroon: /^\/azwa\/doelen\/[^/?]+$/ },
  '/azwa/monitoren',
  '/azwa/mtr',
  '/transformatie',
  '/transformatie/middelen',
  '/transformatie/toetsen',
  '/transformatie/plannen',
  '/financien',
  { van: '/financien', patroon: /^\/financien\/\d{4}$/ },
  '/financien/afspraken',
  { van: '/financien/afspraken', patroon: /^\/financien\/afspraken\/[^/?]+$/ },
  '/financien/opbouw',
  '/arbeidsmarkt',
  '/toegankelijkheid',
  '/indicatoren',
  '/indicatoren/ggz_totale_wachttijd',
  '/impact',
  '/impact/rekenhulp',
  '/regios',
  { van: '/regios', patroon: /^\/regios\/zorgkantoorregio\/[^/?]+$/ },
  '/rapportages',
  '/rapportages/2025-05-20',
  '/rapportages/2025-05-20/vergelijking',
  '/rapportages/2025-05-20/rapport.html',
];

const BEHEER: Route[] = [
  '/beheer',
  '/beheer/gebruikers',
  { van: '/beheer/gebruikers', patroon: /^\/beheer\/gebruikers\/[^/?]+$/ },
  '/beheer/tokens',
  '/beheer/embargo',
  '/beheer/audit',
  '/beheer/backup',
  '/acties/nieuw',
  '/acties/instellingen',
  '/financien/invoer',
  '/financien/azwa/invoer',
  '/indicatoren/importeren',
  '/impact/scenarios',
  '/importeren',
  '/importeren/bestanden/transformatieplannen',
];

/** axe at phone width on a sample: the navigation, a wide table, a chart, a form. */
const AXE_STEEKPROEF = new Set(['/', '/financien/afspraken', '/rapportages/2025-05-20', '/indicatoren/ggz_totale_wachttijd', '/financien/invoer']);

async function pad(page: Page, r: Route): Promise<string> {
  if (typeof r === 'string') return r;
  await page.goto(`${basisUrl()}${r.van}`);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const gevonden = hrefs.find((h) => r.patroon.test(h));
  expect(gevonden, `een link naar ${r.patroon} op ${r.van}`).toBeTruthy();
  return gevonden!;
}

async function breedte(page: Page): Promise<{ pagina: number; venster: number; te_breed: string[] }> {
  return page.evaluate(() => {
    const venster = window.innerWidth;
    // Name the elements that stick out, so that a failure says where to look.
    const te_breed: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      // inside a table's own scroll box is fine; the box itself must fit
      // (the parts of a chart are clipped by their svg; the svg itself must fit)
      if (r.right > venster + 1 && !el.parentElement?.closest('.am-tabel-scroll') && !(el as SVGElement).ownerSVGElement) {
        te_breed.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (${Math.round(r.right)} px)`);
        if (te_breed.length >= 5) break;
      }
    }
    return { pagina: document.documentElement.scrollWidth, venster, te_breed };
  });
}

async function controleer(page: Page, routes: Route[], naam: string): Promise<void> {
  for (const b of [390, 320]) {
    await page.setViewportSize({ width: b, height: 800 });
    for (const r of routes) {
      const p = await pad(page, r);
      const antwoord = await page.goto(`${basisUrl()}${p}`);
      expect(antwoord?.status(), `${p} (${naam})`).toBeLessThan(400);
      const m = await breedte(page);
      expect({ p, b, ...m }, `${p} op ${b} px (${naam}) schuift zijwaarts`).toEqual({ p, b, pagina: b, venster: b, te_breed: [] });
      // the navigation of the header is one compact row: the menu button, not four rows of links
      // (the stand-alone report page has no site header)
      if (!p.endsWith('/rapport.html')) {
        const nav = await page.locator('header .am-nav').boundingBox();
        expect(nav!.height, `navigatie op ${p} (${b} px)`).toBeLessThan(70);
      }
      if (b === 390 && AXE_STEEKPROEF.has(p)) await geenAxeFouten(page);
    }
  }
}

test('every public page fits a phone screen of 390 and 320 px', async ({ page }) => {
  test.setTimeout(300_000);
  await controleer(page, PUBLIEK, 'publiek');
});

test('every page of a beheerder fits a phone screen of 390 and 320 px', async ({ page }) => {
  test.setTimeout(400_000);
  await inloggen(page, 'beheerder');
  await controleer(page, [...BEHEER, ...PUBLIEK.filter((r) => r !== '/inloggen')], 'beheerder');
});

test('the compact menu opens without JavaScript and reaches every part', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  const page = await ctx.newPage();
  await page.goto(`${basisUrl()}/financien`);
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('link', { name: 'Rapportages' })).toBeHidden();
  await menu.getByText('Menu').click();
  await expect(menu.getByRole('link', { name: 'Rapportages' })).toBeVisible();
  // the current part stays visible in the closed menu, so that one knows where one is
  await expect(menu.locator('summary')).toContainText('Financiën');
  await menu.getByRole('link', { name: 'Rapportages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapportages');
  await ctx.close();
});
