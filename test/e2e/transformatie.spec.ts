// Browsertest van de transformatieketen (issue 6): één snelle toets van indiening tot betaalde KPI, door
// elke betrokken rol, via de echte formulieren. Na elke stap bewegen de kerncijfers (API, bron=berekend,
// peildatum = die dag) precies zoals verwacht, en verder niets. De vragentermijn van twee weken verstrijkt
// met de testklok (docs/testklok.md): deze spec start een EIGEN server met AKKOORDMONITOR_TESTKLOK=1 op een
// verse database (echte seed) en een beheerder zet de datum op /beheer/testklok. Elke bezochte
// transformatiepagina gaat door axe (WCAG 2.1 A/AA).
import { test, expect, type Browser, type Page } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { geenAxeFouten, schermafdruk, startEigenServer, stopEigenServer } from './hulp.js';

const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = 4100 + Math.floor(Math.random() * 800);
const BASIS = `http://127.0.0.1:${PORT}`;
const WACHTWOORD = 'een-lang-wachtwoord-transformatie-2025';

const ROLLEN = {
  beheerder: { email: 'bea@vws.e2e.test', naam: 'Bea Beheer', organisatie: 'VWS', rol: 'beheerder' },
  indiener: { email: 'ineke@zorggroep-noord.e2e.test', naam: 'Ineke Indiener', organisatie: 'Zorggroep Noord', rol: 'indiener' },
  coordinator: { email: 'cor@menzis.e2e.test', naam: 'Cor Coördinator', organisatie: 'Menzis', rol: 'coordinerend-verzekeraar' },
  verzekeraar: { email: 'vera@vgz.e2e.test', naam: 'Vera Verzekeraar', organisatie: 'VGZ', rol: 'verzekeraar' },
  nza: { email: 'nico@nza.e2e.test', naam: 'Nico NZa', organisatie: 'NZa', rol: 'nza' },
} as const;
type RolNaam = keyof typeof ROLLEN;

let server: ChildProcess | null = null;
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-transformatie-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.AKKOORDMONITOR_SEED;
  delete env.NODE_ENV;
  delete env.AKKOORDMONITOR_TLS;
  for (const g of Object.values(ROLLEN)) {
    const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'gebruiker', '--email', g.email, '--naam', g.naam, '--organisatie', g.organisatie, '--rol', g.rol, '--wachtwoord-stdin'], {
      cwd: PROJECT,
      env,
      input: `${WACHTWOORD}\n`,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`gebruiker ${g.email} maken mislukt: ${r.stderr}${r.stdout}`);
  }
  server = await startEigenServer({ ...env, AKKOORDMONITOR_TESTKLOK: '1' }, dataDir);
});

test.afterAll(async () => stopEigenServer(server, dataDir));

// ---- hulpjes -------------------------------------------------------------------------------------

async function alsRol(browser: Browser, wie: RolNaam): Promise<Page> {
  const ctx = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await ctx.newPage();
  await page.goto(`${BASIS}/inloggen`);
  await page.getByLabel('E-mailadres').fill(ROLLEN[wie].email);
  await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  return page;
}

type Vlak = Record<string, number>;
function vlak(o: unknown, pad: string, uit: Vlak): Vlak {
  for (const [k, w] of Object.entries(o as Record<string, unknown>)) {
    if (typeof w === 'number') uit[`${pad}${k}`] = w;
    else if (w && typeof w === 'object') vlak(w, `${pad}${k}.`, uit);
  }
  return uit;
}

/** De transformatiekerncijfers op dag P uit de API, plat: { 'snelle_toetsen.per_status.Ingediend': 1, … }. */
// computed (unpublished) figures need a login: read them in the beheerder's session
let apiSessie: Page;

async function stand(P: string): Promise<Vlak> {
  const r = await apiSessie.request.get(`${BASIS}/api/v1/kerncijfers?bron=berekend&peildatum=${P}`);
  expect(r.status()).toBe(200);
  const k = await r.json();
  expect(k.peildatum).toBe(P);
  return vlak({ snelle_toetsen: k.snelle_toetsen, transformatieplannen: k.transformatieplannen, transformatiemiddelen: k.transformatiemiddelen }, '', {});
}

/** Wat er tussen twee standen veranderde (alleen de getallen die bewogen). */
function verschil(voor: Vlak, na: Vlak): Vlak {
  const uit: Vlak = {};
  for (const k of new Set([...Object.keys(voor), ...Object.keys(na)])) {
    const d = (na[k] ?? 0) - (voor[k] ?? 0);
    if (d !== 0) uit[k] = d;
  }
  return uit;
}

/** Voert een stap uit op dag P en controleert dat de kerncijfers van die dag precies zo bewegen. */
async function stap(P: string, verwacht: Vlak, doe: () => Promise<void>): Promise<void> {
  const voor = await stand(P);
  await doe();
  expect(verschil(voor, await stand(P)), `kerncijfers op ${P}`).toEqual(verwacht);
}

/** Waarde van een kerncijfertegel op /transformatie (de pagina telt via dezelfde functie als de API). */
async function tegel(page: Page, label: string): Promise<number> {
  const t = page.locator('li.am-cijfer').filter({ has: page.locator('.am-cijfer__label', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  return Number((await t.locator('.am-cijfer__waarde').innerText()).replace(/\./g, ''));
}

// ---- de keten ------------------------------------------------------------------------------------

test('één snelle toets van indiening tot betaalde KPI, door elke rol; de kerncijfers bewegen bij elke stap mee', async ({ browser }) => {
  test.setTimeout(300_000);
  const beheerder = await alsRol(browser, 'beheerder');
  apiSessie = beheerder;
  const indiener = await alsRol(browser, 'indiener');
  const coordinator = await alsRol(browser, 'coordinator');
  const verzekeraar = await alsRol(browser, 'verzekeraar');
  const nza = await alsRol(browser, 'nza');

  let eersteKlok = true;
  async function zetKlok(dag: string): Promise<void> {
    await beheerder.goto(`${BASIS}/beheer/testklok`);
    await beheerder.getByLabel('Datum van vandaag voor de workflow').fill(dag);
    await beheerder.getByRole('button', { name: 'Testklok opslaan' }).click();
    await expect(beheerder.getByText(/^De testklok staat op /)).toBeVisible();
    if (eersteKlok) {
      eersteKlok = false;
      await geenAxeFouten(beheerder);
      await schermafdruk(beheerder, 'transformatie-e2e-00-testklok');
    }
  }

  // 0. alleen de beheerder zet de testklok
  expect((await indiener.goto(`${BASIS}/beheer/testklok`))?.status()).toBe(403);

  // 1. de indiener dient de snelle toets in (eerst met een fout bij het veld)
  await zetKlok('2025-03-03');
  await indiener.goto(`${BASIS}/transformatie/toetsen/nieuw`);
  await geenAxeFouten(indiener);
  await indiener.getByLabel('Titel', { exact: true }).fill('Hybride huisartsenzorg Noord (e2e)');
  await indiener.getByLabel('Coördinerend zorgverzekeraar').selectOption('Menzis');
  await indiener.getByLabel('Huisartsenzorg').check();
  await indiener.getByLabel('Wijkverpleging').check();
  const regios = indiener.getByRole('group', { name: "Regio's" });
  await regios.getByLabel('Groningen', { exact: true }).check();
  await regios.getByLabel('Drenthe', { exact: true }).check();
  await indiener.getByLabel("Thema's", { exact: true }).fill('Digitale zorg, Ouderen');
  await indiener.getByLabel('Gevraagd bedrag (euro, optioneel)').fill('2.500.000');
  await stap('2025-03-03', {}, async () => {
    await indiener.getByRole('button', { name: 'Snelle toets indienen' }).click();
    await expect(indiener.locator('#omschrijving')).toHaveAttribute('aria-invalid', 'true');
    await expect(indiener.locator('#omschrijving-fout')).toContainText('Beschrijf kort wat de transformatie inhoudt.');
    await expect(indiener.getByLabel('Titel', { exact: true })).toHaveValue('Hybride huisartsenzorg Noord (e2e)');
    await geenAxeFouten(indiener);
  });
  await stap('2025-03-03', { 'snelle_toetsen.totaal': 1, 'snelle_toetsen.per_status.Ingediend': 1 }, async () => {
    await indiener.getByLabel('Omschrijving', { exact: true }).fill('Digitale triage en thuismonitoring in twee regio’s.');
    await indiener.getByRole('button', { name: 'Snelle toets indienen' }).click();
    await expect(indiener.getByText('De snelle toets is ingediend.')).toBeVisible();
  });
  const toetsUrl = `${BASIS}${new URL(indiener.url()).pathname}`;
  expect(toetsUrl).toMatch(/\/transformatie\/toetsen\/ST-\d+$/);
  await expect(indiener.getByRole('button', { name: 'Beoordeling starten' })).toHaveCount(0);
  await geenAxeFouten(indiener);
  await schermafdruk(indiener, 'transformatie-e2e-01-toets-ingediend');
  // het overzicht telt wat de API telt
  await indiener.goto(`${BASIS}/transformatie`);
  expect(await tegel(indiener, 'Aanvragen snelle toets in het register (totaal)')).toBe((await stand('2025-03-03'))['snelle_toetsen.totaal']);
  await geenAxeFouten(indiener);

  // 2. de coördinerend verzekeraar start de beoordeling en keurt goed; een andere verzekeraar ziet geen knoppen
  await verzekeraar.goto(toetsUrl);
  await expect(verzekeraar.getByRole('button', { name: 'Beoordeling starten' })).toHaveCount(0);
  await zetKlok('2025-03-04');
  await stap('2025-03-04', { 'snelle_toetsen.per_status.Ingediend': -1, 'snelle_toetsen.per_status.Beoordeling gestart': 1 }, async () => {
    await coordinator.goto(toetsUrl);
    await geenAxeFouten(coordinator);
    await coordinator.getByRole('button', { name: 'Beoordeling starten' }).click();
    await expect(coordinator.getByText('De beoordeling is gestart.')).toBeVisible();
  });
  await zetKlok('2025-03-10');
  await stap(
    '2025-03-10',
    {
      'snelle_toetsen.per_status.Beoordeling gestart': -1,
      'snelle_toetsen.per_status.Goedgekeurd': 1,
      'transformatieplannen.goedgekeurde_snelle_toetsen': 1,
      'transformatieplannen.in_uitwerking': 1,
    },
    async () => {
      await coordinator.goto(toetsUrl);
      await coordinator.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
      await expect(coordinator.getByText('Goedgekeurd.', { exact: true })).toBeVisible();
      await geenAxeFouten(coordinator);
    },
  );

  // 3. de indiener dient het transformatieplan in
  await zetKlok('2025-03-17');
  await stap('2025-03-17', { 'transformatieplannen.in_uitwerking': -1, 'transformatieplannen.ingediend': 1, 'transformatieplannen.per_status.Ingediend': 1 }, async () => {
    await indiener.goto(toetsUrl);
    await indiener.getByRole('link', { name: 'Transformatieplan indienen' }).click();
    await expect(indiener.getByRole('heading', { level: 1 })).toHaveText('Transformatieplan indienen');
    await geenAxeFouten(indiener);
    await indiener.getByLabel('Omschrijving', { exact: true }).fill('Uitrol van digitale triage in Groningen en Drenthe.');
    await indiener.getByLabel('Zijn patiënten bij het plan betrokken?').selectOption('ja');
    await indiener.getByLabel('Aangevraagd bedrag (euro)').fill('1.000.000');
    await indiener.getByRole('button', { name: 'Plan indienen' }).click();
    await expect(indiener.getByText('Het transformatieplan is ingediend.')).toBeVisible();
  });
  const planUrl = `${BASIS}${new URL(indiener.url()).pathname}`;
  expect(planUrl).toMatch(/\/transformatie\/plannen\/TP-\d+$/);
  await geenAxeFouten(indiener);

  // 4. beoordeling en voorgenomen besluit, met instemming van de tweede verzekeraar
  await zetKlok('2025-03-18');
  await stap('2025-03-18', { 'transformatieplannen.per_status.Ingediend': -1, 'transformatieplannen.per_status.Beoordeling gestart': 1 }, async () => {
    await coordinator.goto(planUrl);
    await coordinator.getByRole('button', { name: 'Beoordeling starten' }).click();
    await expect(coordinator.getByText('De beoordeling is gestart.')).toBeVisible();
  });
  await zetKlok('2025-03-20');
  await stap('2025-03-20', { 'transformatieplannen.per_status.Beoordeling gestart': -1, 'transformatieplannen.per_status.Voorgenomen besluit': 1 }, async () => {
    await coordinator.goto(planUrl);
    await geenAxeFouten(coordinator);
    await coordinator.getByLabel('Tweede verzekeraar (marktleider in de regio)').fill('VGZ');
    await coordinator.getByLabel('De tweede verzekeraar stemt in met het voorgenomen besluit').check();
    await coordinator.getByRole('button', { name: 'Voorgenomen besluit nemen' }).click();
    await expect(coordinator.getByText('Het voorgenomen besluit is genomen; de vragentermijn loopt.')).toBeVisible();
  });
  await expect(coordinator.getByText('De vragentermijn voor de overige verzekeraars loopt tot en met 3 april 2025.')).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Goedkeuren', exact: true })).toHaveCount(0);

  // 5. een andere verzekeraar stelt een vraag in de termijn; de coördinerend verzekeraar antwoordt
  await zetKlok('2025-03-25');
  await stap('2025-03-25', {}, async () => {
    await verzekeraar.goto(planUrl);
    await geenAxeFouten(verzekeraar);
    await verzekeraar.getByLabel('Uw vraag').fill('Hoe meet u de impact op fte?');
    await verzekeraar.getByRole('button', { name: 'Vraag stellen' }).click();
    await expect(verzekeraar.getByText('Uw vraag is geregistreerd.')).toBeVisible();
    await coordinator.goto(planUrl);
    const vragen = (p: Page) => p.getByRole('region', { name: 'Vragen in de vragentermijn' });
    await expect(vragen(coordinator)).toContainText('VGZ: Hoe meet u de impact op fte?');
    await coordinator.getByLabel('Antwoord', { exact: true }).fill('Met de urenregistratie van de praktijken, per kwartaal.');
    await coordinator.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect(coordinator.getByText('Het antwoord is opgeslagen.')).toBeVisible();
    await verzekeraar.reload();
    await expect(vragen(verzekeraar)).toContainText('Met de urenregistratie van de praktijken, per kwartaal.');
  });
  await geenAxeFouten(coordinator);
  await schermafdruk(coordinator, 'transformatie-e2e-02-vragentermijn');

  // 6. op de laatste dag van de termijn: geen knop, en een goedkeuring die toch gepost wordt, wordt geweigerd
  await zetKlok('2025-04-03');
  await stap('2025-04-03', {}, async () => {
    await coordinator.goto(planUrl);
    await expect(coordinator.getByRole('button', { name: 'Goedkeuren', exact: true })).toHaveCount(0);
    const verborgen = await coordinator
      .locator('form:has(input[name="actie"][value="afkeuren"]) input[type="hidden"]')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
    expect(verborgen._csrf).toBeTruthy();
    const r = await coordinator.request.post(`${planUrl}/beoordeling`, { form: { ...verborgen, actie: 'goedkeuren', bedrag: '900.000' }, headers: { accept: 'text/html' }, maxRedirects: 0 });
    expect(r.status()).toBe(422);
    expect(await r.text()).toContain('De vragentermijn van de overige verzekeraars loopt tot en met 3 april 2025; goedkeuren kan vanaf 4 april 2025.');
  });

  // 7. de termijn is voorbij: goedkeuren met een bedrag
  await zetKlok('2025-04-04');
  const dagErvoor = await stand('2025-04-03');
  await verzekeraar.goto(planUrl);
  await expect(verzekeraar.getByRole('button', { name: 'Vraag stellen' })).toHaveCount(0);
  await stap(
    '2025-04-04',
    {
      'transformatieplannen.per_status.Voorgenomen besluit': -1,
      'transformatieplannen.per_status.Goedgekeurd': 1,
      'transformatiemiddelen.beschikbaar_gesteld': 900_000,
      'transformatiemiddelen.mogelijk_nog_vrij_te_geven': 900_000,
    },
    async () => {
      await coordinator.goto(planUrl);
      await expect(coordinator.getByText('De vragentermijn is gesloten sinds 3 april 2025; het plan kan worden goedgekeurd.')).toBeVisible();
      await geenAxeFouten(coordinator);
      await coordinator.getByLabel('Beschikbaar gesteld bedrag (euro)').fill('900.000');
      await coordinator.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
      await expect(coordinator.getByText('Goedgekeurd.', { exact: true })).toBeVisible();
    },
  );
  // het event-log: de dag ervoor is niet veranderd
  expect(await stand('2025-04-03')).toEqual(dagErvoor);
  await schermafdruk(coordinator, 'transformatie-e2e-03-plan-goedgekeurd');

  // 8. de NZa legt de beschikking vast (telt niet in de kerncijfers, wel op het overzicht)
  await zetKlok('2025-04-10');
  await coordinator.goto(planUrl);
  await expect(coordinator.getByRole('button', { name: 'Beschikking vastleggen' })).toHaveCount(0);
  await indiener.goto(`${BASIS}/transformatie`);
  const nzaVoor = await tegel(indiener, 'Plannen met NZa-beschikking');
  await stap('2025-04-10', {}, async () => {
    await nza.goto(planUrl);
    await geenAxeFouten(nza);
    await expect(nza.getByLabel('Datum van de beschikking')).toHaveValue('2025-04-10');
    await expect(nza.getByLabel('Bedrag (euro)')).toHaveValue('900000');
    await nza.getByRole('button', { name: 'Beschikking vastleggen' }).click();
    await expect(nza.getByText('De NZa-beschikking is vastgelegd.')).toBeVisible();
  });
  await indiener.goto(`${BASIS}/transformatie`);
  expect(await tegel(indiener, 'Plannen met NZa-beschikking')).toBe(nzaVoor + 1);

  // 9. KPI's: twee toevoegen, K1 behaald, betaalbaar gesteld, betaald
  await zetKlok('2025-04-11');
  await stap('2025-04-11', { 'transformatiemiddelen.verwacht': 900_000, 'transformatiemiddelen.raming': 900_000, 'transformatiemiddelen.mogelijk_nog_vrij_te_geven': -900_000 }, async () => {
    await coordinator.goto(planUrl);
    for (const [omschrijving, jaar, bedrag] of [
      ['Digitale triage in 10 praktijken', '2025', '600.000'],
      ['Thuismonitoring voor 500 patiënten', '2026', '300000'],
    ]) {
      const f = coordinator.getByRole('form', { name: 'KPI toevoegen' });
      await f.getByLabel('Wat moet bereikt worden?').fill(omschrijving);
      await f.getByLabel('Jaar', { exact: true }).fill(jaar);
      await f.getByLabel('Bedrag (euro)').fill(bedrag);
      await f.getByRole('button', { name: 'KPI toevoegen' }).click();
      await expect(coordinator.getByText('De KPI is vastgelegd.')).toBeVisible();
    }
  });
  await geenAxeFouten(coordinator);

  await zetKlok('2025-06-02');
  await stap('2025-06-02', { 'transformatiemiddelen.verwacht': -600_000, 'transformatiemiddelen.raming': -600_000 }, async () => {
    await coordinator.goto(planUrl);
    const f = coordinator.getByRole('form', { name: 'Resultaat vastleggen: KPI K1' });
    await f.getByLabel('Resultaat', { exact: true }).selectOption('behaald');
    await f.getByRole('button', { name: 'Resultaat vastleggen' }).click();
    await expect(coordinator.getByText('De KPI is bijgewerkt.')).toBeVisible();
  });
  await stap('2025-06-02', { 'transformatiemiddelen.betaalbaar_en_betaald': 600_000, 'transformatiemiddelen.raming': 600_000 }, async () => {
    await coordinator.getByRole('form', { name: 'Betaalbaar stellen: KPI K1' }).getByRole('button', { name: 'Betaalbaar stellen' }).click();
    await expect(coordinator.getByText('De KPI is bijgewerkt.')).toBeVisible();
  });
  await geenAxeFouten(coordinator);

  await zetKlok('2025-06-16');
  // betaald: het geld blijft in 'betaalbaar en betaald'; de KPI-tabel toont de betaalstatus
  await stap('2025-06-16', {}, async () => {
    await coordinator.goto(planUrl);
    await coordinator.getByRole('form', { name: 'Betaald melden: KPI K1' }).getByRole('button', { name: 'Betaald melden' }).click();
    await expect(coordinator.getByText('De KPI is bijgewerkt.')).toBeVisible();
  });
  const k1 = coordinator.locator('table').filter({ hasText: "KPI's op 16 juni 2025" }).locator('tr').filter({ hasText: 'K1' });
  await expect(k1).toContainText('behaald');
  await expect(k1).toContainText('betaald');
  await geenAxeFouten(coordinator);
  await schermafdruk(coordinator, 'transformatie-e2e-04-kpi-betaald');

  // eindstand op 16 juni 2025, in de API en op het overzicht
  const eind = await stand('2025-06-16');
  expect(eind).toMatchObject({
    'snelle_toetsen.per_status.Goedgekeurd': 1,
    'transformatieplannen.per_status.Goedgekeurd': 1,
    'transformatiemiddelen.beschikbaar_gesteld': 900_000,
    'transformatiemiddelen.verwacht': 300_000,
    'transformatiemiddelen.betaalbaar_en_betaald': 600_000,
    'transformatiemiddelen.raming': 900_000,
    'transformatiemiddelen.mogelijk_nog_vrij_te_geven': 0,
  });
  await indiener.goto(`${BASIS}/transformatie`);
  expect(await tegel(indiener, 'Aanvragen snelle toets in het register (totaal)')).toBe(eind['snelle_toetsen.totaal']);
  expect(await tegel(indiener, 'Goedgekeurd')).toBe(eind['snelle_toetsen.per_status.Goedgekeurd']);
  await expect(indiener.locator('table').filter({ hasText: 'Transformatiemiddelen op de peildatum' }).locator('tr').filter({ hasText: 'Betaalbaar en betaald' })).toContainText('€ 600.000');
  await geenAxeFouten(indiener);
  await schermafdruk(indiener, 'transformatie-e2e-05-overzicht');

  // de klok terug naar de echte datum
  await beheerder.goto(`${BASIS}/beheer/testklok`);
  await beheerder.getByLabel('Datum van vandaag voor de workflow').fill('');
  await beheerder.getByRole('button', { name: 'Testklok opslaan' }).click();
  await expect(beheerder.getByText('De testklok is uit: de echte datum geldt weer.')).toBeVisible();
});
