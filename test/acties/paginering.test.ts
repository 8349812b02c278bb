// Issue 19: the register's lists are shown 50 actions per page, with page links that keep the query
// (peildatum, filters) and work without JavaScript; the overview's termijn counts match the search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';

let db: Db;
let app: FastifyInstance;
let cookie: string;
const WACHTWOORD = 'een-lang-wachtwoord-2025';

beforeAll(async () => {
  db = await nieuweTestDb();
  app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  await maakGebruiker(db, { email: 'lezer@example.nl', naam: 'Lezer', organisatie: 'VWS', rollen: ['lezer'], wachtwoord: WACHTWOORD });
  const r = await app.inject({ url: '/inloggen', headers: { accept: 'text/html' } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(r.body)![1];
  const ck = ([] as string[]).concat(r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  const p = await app.inject({
    method: 'POST',
    url: '/inloggen',
    headers: { cookie: ck.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, email: 'lezer@example.nl', wachtwoord: WACHTWOORD }).toString(),
  });
  expect(p.statusCode).toBe(303);
  const jar = new Map([...ck, ...([] as string[]).concat(p.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])].map((c) => [c.split('=')[0], c]));
  cookie = [...jar.values()].join('; ');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function html(url: string): Promise<string> {
  const r = await app.inject({ url, headers: { accept: 'text/html', cookie } });
  expect(r.statusCode).toBe(200);
  return r.body;
}

/** The action codes linked from the page's action table, in order. */
const codes = (h: string) => [...h.matchAll(/href="\/acties\/actie\/([^"?]+)/g)].map((m) => decodeURIComponent(m[1]));
const tekst = (h: string) => h.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
/** The page navigation: its links (with &amp; decoded). */
function paginaLinks(h: string): { tekst: string; href: string }[] {
  const nav = /<nav class="am-paginering"[\s\S]*?<\/nav>/.exec(h)?.[0] ?? '';
  return [...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: m[1].replaceAll('&amp;', '&'), tekst: tekst(m[2]).trim() }));
}

describe('zoeken: 263 AZWA-deelafspraken op 3 juli 2025, 50 per pagina', () => {
  it('pagina 1 toont acties 1 tot en met 50 van 263, met links naar de pagina’s 2, 3 en 6 en "Volgende"', async () => {
    const h = await html('/acties/zoeken?peildatum=2025-07-03');
    expect(tekst(h)).toContain('263 acties gevonden');
    expect(tekst(h)).toContain('Acties 1 tot en met 50 van 263 (pagina 1 van 6)');
    expect(codes(h)).toHaveLength(50);
    const links = paginaLinks(h);
    expect(links.map((l) => l.tekst)).toEqual(['1', '2', '3', '6', 'Volgende']);
    expect(links.find((l) => l.tekst === 'Volgende')!.href).toBe('/acties/zoeken?peildatum=2025-07-03&pagina=2');
    expect(h).not.toContain('rel="prev"');
  });

  it('de laatste pagina toont acties 251 tot en met 263 en alleen "Vorige"; samen tonen de 6 pagina’s elke actie één keer', async () => {
    const laatste = await html('/acties/zoeken?peildatum=2025-07-03&pagina=6');
    expect(tekst(laatste)).toContain('Acties 251 tot en met 263 van 263 (pagina 6 van 6)');
    expect(codes(laatste)).toHaveLength(13);
    expect(paginaLinks(laatste).find((l) => l.tekst === 'Vorige')!.href).toBe('/acties/zoeken?peildatum=2025-07-03&pagina=5');
    expect(laatste).not.toContain('rel="next"');
    const alle: string[] = [];
    for (let p = 1; p <= 6; p++) alle.push(...codes(await html(`/acties/zoeken?peildatum=2025-07-03&pagina=${p}`)));
    expect(alle).toHaveLength(263);
    expect(new Set(alle).size).toBe(263);
  });

  it('een paginanummer buiten de lijst toont de dichtstbijzijnde pagina', async () => {
    expect(tekst(await html('/acties/zoeken?peildatum=2025-07-03&pagina=99'))).toContain('(pagina 6 van 6)');
    expect(tekst(await html('/acties/zoeken?peildatum=2025-07-03&pagina=nul'))).toContain('(pagina 1 van 6)');
  });

  it('de paginalinks houden het filter vast, en een filter met minder dan 51 acties heeft geen paginering', async () => {
    const h = await html('/acties/zoeken?peildatum=2025-07-03&akkoord=AZWA&q=regio');
    const n = Number(/([\d.]+) acties? gevonden/.exec(tekst(h))![1].replace('.', ''));
    expect(n).toBeGreaterThan(0);
    expect(codes(h)).toHaveLength(Math.min(n, 50));
    if (n <= 50) expect(paginaLinks(h)).toEqual([]);
    const alle = await html('/acties/zoeken?peildatum=2025-07-03&akkoord=AZWA&pagina=2');
    expect(paginaLinks(alle).find((l) => l.tekst === 'Volgende')!.href).toBe('/acties/zoeken?peildatum=2025-07-03&akkoord=AZWA&pagina=3');
  });
});

describe('zoeken: keuzelijsten en statusfilter', () => {
  const partijOpties = (h: string) => {
    const select = /<select[^>]*name="partij"[\s\S]*?<\/select>/.exec(h)![0];
    return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
  };
  it('de lijst met partijen is dezelfde met en zonder zoekterm, en noemt de trekkers uit het register', async () => {
    const zonder = partijOpties(await html('/acties/zoeken?peildatum=2025-07-03'));
    const met = partijOpties(await html('/acties/zoeken?peildatum=2025-07-03&q=AZWA'));
    expect(zonder.length).toBeGreaterThan(10);
    expect(zonder).toEqual(met);
    expect(zonder).toContain('Regiegroep Aanpak Regeldruk');
  });

  it('"zonder status" vindt op 3 juli 2025 alle 263, "Afgerond" geen enkele', async () => {
    expect(tekst(await html('/acties/zoeken?peildatum=2025-07-03&status=zonder'))).toContain('263 acties gevonden');
    const afgerond = await html('/acties/zoeken?peildatum=2025-07-03&status=Afgerond');
    expect(tekst(afgerond)).toContain('0 acties gevonden');
    expect(codes(afgerond)).toEqual([]);
  });
});

describe('overzicht: termijnen', () => {
  it('het aantal acties met een verstreken termijn op 1 juni 2026 is gelijk aan wat zoeken met dat filter vindt', async () => {
    const overzicht = tekst(await html('/acties?peildatum=2026-06-01'));
    const verlopen = Number(/Termijn verstreken, niet afgerond \(([\d.]+)\)/.exec(overzicht)![1].replace('.', ''));
    const binnenkort = Number(/Termijn binnen 30 dagen \(([\d.]+)\)/.exec(overzicht)![1].replace('.', ''));
    expect(verlopen).toBeGreaterThan(0);
    const zoek = tekst(await html('/acties/zoeken?peildatum=2026-06-01&termijn=verlopen'));
    expect(zoek).toContain(`${verlopen} ${verlopen === 1 ? 'actie' : 'acties'} gevonden`);
    const zoekBinnenkort = tekst(await html('/acties/zoeken?peildatum=2026-06-01&termijn=binnenkort'));
    expect(zoekBinnenkort).toContain(`${binnenkort} ${binnenkort === 1 ? 'actie' : 'acties'} gevonden`);
  });

  it('het overzicht toont de eerste 15 verstreken acties in codevolgorde, dezelfde als bovenaan de zoekresultaten', async () => {
    const overzicht = await html('/acties?peildatum=2026-06-01');
    const sectie = overzicht.slice(overzicht.indexOf('id="termijnen-kop"'), overzicht.indexOf('Termijn binnen 30 dagen'));
    const eerste = codes(sectie);
    expect(eerste).toHaveLength(15);
    expect(codes(await html('/acties/zoeken?peildatum=2026-06-01&termijn=verlopen')).slice(0, 15)).toEqual(eerste);
  });
});
