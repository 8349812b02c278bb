// Issue 14 items 3, 8 and 10 on the real seed (published totals only, no IZA or transformatie records):
// pages agree with the dashboard, the public sees published figures of every part, one rule for
// "afgerond sinds vorige", charts on a time axis to scale, and no source keys or field names on public pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, sessie, testApp } from '../toegang/hulp.js';
import { afgerondSindsVorige, uitlegAfgerond } from '../../src/domein/afgerond.js';
import { leesbareTekst, zonderVeldnamen } from '../../src/domein/bronnen.js';
import { tijdreeksOptie } from '../../src/platform/web/grafiek.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let cookie: string;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
  const lezer = await gebruikerMetRol(db, 'lezer');
  cookie = (await sessie(app, db, lezer.id)).cookie;
});
afterAll(async () => {
  await sluit?.();
});

const pagina = (url: string, c?: string) => app.inject({ url, headers: { accept: 'text/html', ...(c ? { cookie: c } : {}) } });
const tekst = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

describe('pages agree with the published figures (item 3)', () => {
  test('logged in, /acties shows the published 444 actions with their source and says the IZA register is empty and how to fill it', async () => {
    const t = tekst((await pagina('/acties', cookie)).body);
    expect(t).toContain('IZA-acties volgens de laatste publicatie');
    expect(t).toContain('444 IZA-acties');
    expect(t).toContain('168 afgerond, 0 loopt voor, 231 loopt op schema, 25 loopt achter, 20 nog niet gestart');
    expect(t).toContain('8 acties afgerond sinds de vorige rapportage');
    expect(t).toContain('Laatst gepubliceerde cijfers, peildatum 20 mei 2025');
    expect(t).toContain('Bron: IZA voortgangsrapportage 16 juni 2025');
    expect(t).toContain('Het register bevat nog geen IZA-acties');
    expect(t).toContain('npm run cli -- import acties.csv');
    expect(t).toContain('IZA: 0 acties in het register');
  });

  test('the public /acties shows the published report of 20 mei 2025, not "no published report"', async () => {
    const t = tekst((await pagina('/acties')).body);
    expect(t).not.toContain('nog geen gepubliceerde rapportage');
    expect(t).toContain('peildatum 20 mei 2025');
    expect(t).toContain('444 IZA-acties');
    expect(t).not.toContain('npm run cli'); // how to fill a register is for those who can
  });

  test('logged in, /transformatie shows the published 416 / 270 / € 740.409.907 beside the empty registers', async () => {
    const t = tekst((await pagina('/transformatie', cookie)).body);
    expect(t).toContain('Aanvragen snelle toets aangeleverd (totaal) 416');
    expect(t).toContain('Status van deze 416 snelle toetsen');
    expect(t).toContain('Status van deze 145 ingediende transformatieplannen');
    expect(t).toContain('€ 740.409.907');
    expect(t).toContain('De registers van snelle toetsen en transformatieplannen zijn leeg');
    expect(t).toContain('Aanvragen snelle toets in het register (totaal) 0');
  });

  test('the public /transformatie is a page with the published figures (no login), from the snapshot only', async () => {
    const r = await pagina('/transformatie');
    expect(r.statusCode).toBe(200);
    const t = tekst(r.body);
    expect(t).toContain('Aanvragen snelle toets aangeleverd (totaal) 416');
    expect(t).toContain('Ingediend 5');
    expect(t).toContain('Totaal 145');
    expect(t).toContain('€ 740.409.907');
    expect(t).not.toContain('in het register');
    // the workflow lists stay internal
    expect((await pagina('/transformatie/toetsen')).statusCode).toBe(303);
  });

  test('the dashboard labels status counts as report 000: the total, then "Status van deze 416 snelle toetsen"', async () => {
    const t = tekst((await pagina('/')).body);
    expect(t).toContain('Aanvragen snelle toets (totaal aangeleverd) 416');
    expect(t).toContain('Status van deze 416 snelle toetsen');
    expect(t).toContain('Transformatieplannen ingediend (totaal) 145');
    expect(t).toContain('Status van deze 145 ingediende transformatieplannen');
    expect(t).not.toContain('Plannen: Ingediend');
  });

  test('"afgerond sinds vorige" is one rule: 8 on the dashboard, the actions page and the comparison page, which explains +7', async () => {
    expect(afgerondSindsVorige({ acties: { afgerond_sinds_vorige: 8, per_status: { Afgerond: 168 } } })).toBe(8);
    expect(afgerondSindsVorige({ acties: { per_status: { Afgerond: 168 } } })).toBeNull(); // never derived from totals
    expect(uitlegAfgerond(8, 8)).toBeNull();
    expect(uitlegAfgerond(8, 7)).toContain('veranderde met +7, niet met 8');
    const dashboard = tekst((await pagina('/')).body);
    expect(dashboard).toContain('Afgerond sinds de vorige rapportage 8');
    const vergelijking = tekst((await pagina('/rapportages/2025-05-20/vergelijking')).body);
    expect(vergelijking).toContain('8 acties afgerond sinds de vorige rapportage');
    expect(vergelijking).toContain('veranderde met +7, niet met 8');
  });
});

describe('charts tell the truth (item 8)', () => {
  test('dates on a time axis: points at their date, the peildatum line at the peildatum', () => {
    const o = tijdreeksOptie({
      titel: 't',
      eenheid: 'aantal',
      peildatum: '2025-05-20',
      reeksen: [{ naam: 'a', punten: [{ x: '28 augustus 2023', datum: '2023-08-28', y: 1 }, { x: '25 februari 2025', datum: '2025-02-25', y: 2 }, { x: '20 mei 2025', datum: '2025-05-20', y: 3 }] }],
    }) as unknown as { xAxis: { type: string }; series: { data: unknown[]; markLine: { data: { xAxis?: string }[] } }[] };
    expect(o.xAxis.type).toBe('time');
    expect(o.series[0].data[1]).toEqual(['2025-02-25', 2]);
    expect(o.series[0].markLine.data.some((m) => m.xAxis === '2025-05-20')).toBe(true);
  });

  test('the dashboard spaces its points by date: 18 months take six times the room of 3 months', async () => {
    const html = (await pagina('/')).body;
    const json = /<script type="application\/json" class="am-grafiek-optie">([\s\S]*?)<\/script>/.exec(html)![1];
    const optie = JSON.parse(json) as { xAxis: { type: string }; series: { data: [string, number][] }[] };
    expect(optie.xAxis.type).toBe('time');
    // a figure a publication does not give is left out, not drawn as 0
    expect([...new Set(optie.series.flatMap((s) => s.data.map((d) => d[0])))].sort()).toEqual(['2023-08-28', '2025-02-25', '2025-05-20']);
  });

  test('an empty chart is a sentence: the IZA chart on /acties without IZA records has no axes', async () => {
    const html = (await pagina('/acties', cookie)).body;
    const fig = /<figure[^>]*id="grafiek-iza"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(fig).not.toContain('<svg');
    expect(tekst(fig)).toContain('nog geen IZA-acties, dus er is geen voortgang per thematafel te tekenen');
  });
});

describe('words for people (item 10)', () => {
  test('source keys become numbered documents, field names become words', () => {
    const bronnen = [{ document: '002', vanRegel: 1, totRegel: 714, titel: 'Kamerbrief', uitgever: 'VWS', datum: '', datumTekst: 'juli 2025' }];
    expect(leesbareTekst('de brief (002 r. 253-257) en zonder_status = 0', bronnen, bronnen, (d) => d)).toBe('de brief ([1]) en zonder status = 0');
    expect(zonderVeldnamen('afgerond_sinds_vorige')).toBe('afgerond sinds vorige');
    // line references without a document of their own, and our data files, are left out
    const kpmg = [{ ...bronnen[0], vanRegel: 8607, totRegel: 9630, titel: 'Beleidsimpactanalyse' }];
    expect(leesbareTekst('002 r. 9096-9215 (subtotaal r. 9151, betrouwbaarheid r. 9137-9139)', kpmg, kpmg, (d) => d)).toBe('[1]');
    expect(leesbareTekst('KPMG 002 r. 9400, AZWA-titel data/seed/azwa_afspraken.csv', kpmg, kpmg, (d) => d)).toBe('KPMG [1], AZWA-titel');
  });

  test('/financien/opbouw and /impact cite their documents by number, with the numbered list of titles', async () => {
    const opbouw = tekst((await pagina('/financien/opbouw?peildatum=2025-12-31')).body);
    expect(opbouw).toContain('2 tranche loon- en prijsbijstelling 2025 1.353 1.353 1.353 [1]');
    expect(opbouw).toMatch(/Bron: \[1\]\./); // the lines that do not add up
    expect(opbouw).toContain('Bronnen Onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord (AZWA)');
    const impact = tekst((await pagina('/impact')).body);
    expect(impact).toContain('conceptafspraken versie 0.6 van 21 januari 2025 ([1])');
    expect(impact).toContain('Bronnen Beleidsimpactanalyse van de aanvullende IZA-/GALA-afspraken (bijlage bij de Kamerbrief van juli 2025) , KPMG, 2025');
    expect(impact).not.toContain('azwa afspraken'); // our data file is no source for readers
  });

  // Every public page, found by following the links of the public pages from the start of each part (at
  // most three pages per route shape: /indicatoren/:code, /regios/:indeling/:code, …): no line references,
  // file names or snake_case field names in what a reader sees. A code shown as <code> is an identifier.
  const START = ['/', '/?peildatum=2025-02-25', '/?peildatum=2023-08-28', '/acties', '/acties/azwa', '/azwa', '/transformatie', '/financien', '/financien/opbouw', '/financien/afspraken', '/indicatoren', '/arbeidsmarkt', '/toegankelijkheid', '/regios', '/impact', '/rapportages'];
  const LEK = [/\br\. ?\d+/, /\.txt\b/, /zonder_status/, /\b[a-z]+_[a-z]+(?:_[a-z]+)*\b/];
  const DOWNLOAD = /\.(csv|xlsx|pdf|json|png|svg|css|js|woff2?)$/;
  const zichtbaar = (html: string) => tekst(html.replace(/<code>[^<]*<\/code>/g, ' '));

  test('every public page shows no raw source references or field names', async () => {
    const rij = [...START];
    const gezien = new Set(rij);
    const perVorm = new Map<string, number>();
    const lekken: string[] = [];
    const bezocht: string[] = [];
    while (rij.length) {
      const url = rij.shift()!;
      const r = await pagina(url);
      if (r.statusCode !== 200 || !String(r.headers['content-type']).includes('text/html')) continue; // login pages, downloads
      bezocht.push(url);
      const t = zichtbaar(r.body);
      for (const re of LEK) {
        const m = re.exec(t);
        if (m) lekken.push(`${url}: …${t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10)}…`);
      }
      for (const [, href] of r.body.matchAll(/href="(\/[^"#?]*)/g)) {
        if (DOWNLOAD.test(href) || /^\/(api|assets|static|inloggen)\b/.test(href) || gezien.has(href)) continue;
        const delen = href.split('/');
        const vorm = `${delen.slice(0, 3).join('/')}|${delen.length}`;
        if ((perVorm.get(vorm) ?? 0) >= 3) continue;
        perVorm.set(vorm, (perVorm.get(vorm) ?? 0) + 1);
        gezien.add(href);
        rij.push(href);
      }
    }
    // the crawl reached every kind of public page
    for (const soort of [/^\/financien\/20\d\d$/, /^\/financien\/afspraken\/[A-E]\d/, /^\/indicatoren\/[a-z]/, /^\/regios\/[a-z]+\/[A-Z]/, /^\/rapportages\/2025-05-20\/rapport\.html$/, /^\/rapportages\/[\d-]+\/vergelijking$/, /^\/azwa\/doelen\/TD/, /^\/azwa\/monitoren$/, /^\/acties\/azwa\/[A-E]\d/, /^\/impact$/, /^\/transformatie$/]) {
      expect(bezocht.some((u) => soort.test(u)), `a page like ${soort}`).toBe(true);
    }
    expect(bezocht.length).toBeGreaterThan(60);
    expect(lekken).toEqual([]);
  }, 300_000);
});
