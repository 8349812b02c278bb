// Financiële kaders: de pagina's tegen de gepubliceerde tabellen van juni 2025 (000 r. 370-428,
// kerncijfers-2025-05-20.json), de AZWA-kaders uit Bijlage 1, invoer, import, embargo en export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { maakSessie } from '../../src/toegang/sessies.js';
import { nieuweTestDb, SEED_MAP } from '../helpers/db.js';
import { leesToken } from '../helpers/toegang.js';
import { uploadCsv } from '../helpers/upload.js';

const gepubliceerd = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8')) as {
  financiele_kaders: Record<string, number | string>[];
};
const SECTOREN = ['MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ'] as const;

// De tabellen zoals gedrukt (000 r. 376-384 en 411-419): regel → waarden per sector (null = lege cel).
const GEDRUKT: Record<number, { soort: string; label: RegExp; waarden: (number | null)[] }[]> = {
  2024: [
    { soort: 'uitgaven', label: /^Uitgaven stand ultimo oktober 2024/, waarden: [30157, 5563, 3340, 4428, 909] },
    { soort: 'kader', label: /^IZA-kader/, waarden: [30215, 5303, 4415, 4318, 911] },
    { soort: 'aanspraak_buiten_zvw', label: /^Aanspraak buiten Zvw/, waarden: [null, null, 60, null, null] },
    { soort: 'verschil', label: /^Verschil \(\+ is overschrijding\)/, waarden: [-58, 259, -1015, 109, -2] },
    { soort: 'correctie_dure_geneesmiddelen', label: /^Correctie dure geneesmiddelen/, waarden: [null, null, null, null, null] },
    { soort: 'resterend_verschil', label: /^Resterend verschil/, waarden: [-58, 259, -1015, 109, -2] },
    { soort: 'balanspost', label: /^Balanspost/, waarden: [26, 10, 9, 4, 2] },
  ],
  2023: [
    { soort: 'uitgaven', label: /^Uitgaven stand ultimo oktober 2024/, waarden: [28049, 5045, 3217, 3967, 808] },
    { soort: 'kader', label: /^IZA-kader/, waarden: [28135, 4913, 4049, 3941, 825] },
    { soort: 'aanspraak_buiten_zvw', label: /^Aanspraak buiten Zvw/, waarden: [null, null, 75, null, null] },
    // gedrukt als "Vershil excl. covid(+ is overschrijding)" (000 r. 415)
    { soort: 'verschil_excl_covid', label: /^Verschil excl\. covid/, waarden: [-175, 132, -757, 26, -17] },
    { soort: 'correctie_dure_geneesmiddelen', label: /^Correctie dure geneesmiddelen/, waarden: [null, null, null, null, null] },
    { soort: 'resterend_verschil', label: /^Resterend verschil/, waarden: [-175, 132, -757, 26, -17] },
    { soort: 'balanspost', label: /^Balanspost/, waarden: [-1, 0, 0, 0, 0] },
  ],
};

// ── kleine HTML-lezer voor de tabellen (de pagina's zijn server-rendered) ──────────────────────
function tekst(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
function sectie(html: string, jaar: number): string {
  const m = new RegExp(`<section class="am-kadertabel"[^>]*data-jaar="${jaar}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`geen tabel voor ${jaar}`);
  return m[1];
}
interface Regel {
  soort: string;
  label: string;
  cellen: Record<string, { tekst: string; waarde: number | null; afwijking: boolean }>;
}
function regels(sectieHtml: string): Regel[] {
  return [...sectieHtml.matchAll(/<tr class="utrecht-table__row" data-soort="([^"]+)">([\s\S]*?)<\/tr>/g)].map(([, soort, rij]) => {
    const label = tekst(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(rij)![1].replace(/<sup>[\s\S]*?<\/sup>/, ''));
    const cellen: Regel['cellen'] = {};
    for (const [, klasse, sector, waarde, inhoud] of rij.matchAll(/<td class="([^"]*)" data-sector="([^"]+)" data-waarde(?:="([^"]*)")?>([\s\S]*?)<\/td>/g)) {
      cellen[sector] = { tekst: tekst(inhoud), waarde: !waarde ? null : Number(waarde), afwijking: klasse.includes('am-afwijking') };
    }
    return { soort, label, cellen };
  });
}
function voetnoten(sectieHtml: string): string[] {
  return [...sectieHtml.matchAll(/<li id="[^"]*-noot-(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map(([, , t]) => tekst(t));
}
/** "€ -1.015" → -1015; "26%" → 26; "" → null. */
function gedruktGetal(t: string): number | null {
  const s = t.replace(/\(gepubliceerd.*\)/, '').replace(/[€%\s]/g, '').replace(/\./g, '');
  return s === '' ? null : Number(s);
}

// ── sessies ────────────────────────────────────────────────────────────────────────────────────
let teller = 0;
async function sessie(db: Db, rollen: string[]): Promise<string> {
  teller++;
  const g = await maakGebruiker(db, { email: `f${teller}@minvws.nl`, naam: `Gebruiker ${teller}`, organisatie: 'VWS', rollen, wachtwoord: 'een-lang-genoeg-wachtwoord', door: 'test' });
  return maakSessie(db, g.id, null);
}
function cookiesUit(res: { headers: Record<string, unknown> }): Record<string, string> {
  const sc = res.headers['set-cookie'];
  const lijst = Array.isArray(sc) ? sc : sc ? [sc as string] : [];
  return Object.fromEntries(lijst.map((c) => c.split(';')[0].split('=') as [string, string]));
}
interface Browser {
  cookies: Record<string, string>;
}
function cookieKop(b: Browser): string {
  return Object.entries(b.cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

describe('financiën met de seed', () => {
  let db: Db;
  let app: FastifyInstance;
  let redactie: Browser;

  beforeAll(async () => {
    db = await nieuweTestDb();
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    redactie = { cookies: { am_sessie: await sessie(db, ['vws-redactie']) } };
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  async function get(url: string, b?: Browser) {
    const res = await app.inject({ url, headers: { accept: 'text/html', ...(b ? { cookie: cookieKop(b) } : {}) } });
    if (b) Object.assign(b.cookies, cookiesUit(res));
    return res;
  }
  /** Haalt het formulier op (CSRF-token en versie) en post het met de gegeven velden. */
  async function postFormulier(b: Browser, velden: Record<string, string>, opties: { actie?: string; formulier?: string; versie?: string } = {}) {
    const pagina = await get(opties.formulier ?? '/financien/invoer', b);
    expect(pagina.statusCode).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(pagina.body)![1];
    const versie = /name="versie" value="([^"]+)"/.exec(pagina.body)![1];
    const embargoVersie = /name="embargo_versie" value="([^"]+)"/.exec(pagina.body)![1];
    const body = new URLSearchParams({ _csrf: csrf, versie: opties.versie ?? versie, embargo_versie: embargoVersie, ...velden }).toString();
    const res = await app.inject({
      method: 'POST',
      url: opties.actie ?? '/financien/invoer',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', cookie: cookieKop(b) },
      body,
    });
    Object.assign(b.cookies, cookiesUit(res));
    return res;
  }
  const tel = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params))[0].n;

  it('de tabellen 2024 en 2023 van de rapportage van juni 2025 staan erop zoals gedrukt (±1)', async () => {
    const res = await get('/financien?peildatum=2025-05-20');
    expect(res.statusCode).toBe(200);
    // Volgorde zoals de rapportage: eerst 2024, dan 2023; geen tabel voor de AZWA-jaren (alleen een kader).
    expect([...res.body.matchAll(/<section class="am-kadertabel"[^>]*data-jaar="(\d+)"/g)].map((m) => m[1])).toEqual(['2024', '2023']);
    for (const jaar of [2024, 2023]) {
      const html = sectie(res.body, jaar);
      expect(tekst(html)).toContain(`Actualisatie ${jaar}`);
      const getoond = regels(html);
      for (const gedrukt of GEDRUKT[jaar]) {
        const r = getoond.find((x) => x.soort === gedrukt.soort);
        expect(r, `${jaar} ${gedrukt.soort}`).toBeDefined();
        expect(r!.label).toMatch(gedrukt.label);
        SECTOREN.forEach((s, i) => {
          const cel = r!.cellen[s];
          const waarde = gedruktGetal(cel.tekst);
          if (gedrukt.waarden[i] === null) expect(waarde, `${jaar} ${gedrukt.soort} ${s}`).toBeNull();
          else expect(Math.abs(waarde! - gedrukt.waarden[i]!), `${jaar} ${gedrukt.soort} ${s}: ${cel.tekst}`).toBeLessThanOrEqual(1);
          expect(cel.waarde).toBe(waarde);
        });
      }
      // En tegen de gepubliceerde kerncijfers (snapshot van 20 mei 2025).
      for (const g of gepubliceerd.financiele_kaders.filter((x) => x.jaar === jaar)) {
        const cel = (soort: string) => getoond.find((x) => x.soort === soort)!.cellen[g.sector as string].waarde;
        expect(Math.abs((cel('uitgaven') ?? 0) - (g.uitgaven as number))).toBeLessThanOrEqual(1);
        expect(Math.abs((cel('kader') ?? 0) - (g.kader as number))).toBeLessThanOrEqual(1);
        expect(Math.abs((cel('resterend_verschil') ?? 0) - (g.resterend_verschil as number))).toBeLessThanOrEqual(1);
        expect(cel('balanspost')).toBe(g.balanspost_pct);
      }
    }
  });

  it('2024 rekent GGZ 260 en Huisartsenzorg 110 (gedrukt 259 en 109): binnen 1, dus niet gemeld', async () => {
    const res = await get('/financien?peildatum=2025-05-20');
    const r2024 = regels(sectie(res.body, 2024));
    const verschil = r2024.find((r) => r.soort === 'verschil')!;
    expect(verschil.cellen.GGZ.tekst).toBe('€ 260');
    expect(verschil.cellen.Huisartsenzorg.tekst).toBe('€ 110');
    expect(r2024.flatMap((r) => Object.values(r.cellen)).some((c) => c.afwijking)).toBe(false);
    expect(res.body).toMatch(/data-afwijkingen="0"/);
    expect(tekst(res.body)).toContain('Vergeleken met de gepubliceerde kerncijfers van 20 mei 2025');
    expect(tekst(res.body)).toContain('geen verschillen groter dan € 1 miljoen');
  });

  it('2023 staat er zoals gedrukt: zeven regels met "Verschil excl. covid" −175 / 132 / −757 / 26 / −17', async () => {
    const r2023 = regels(sectie((await get('/financien?peildatum=2025-05-20')).body, 2023));
    expect(r2023.map((r) => r.soort)).toEqual([
      'uitgaven',
      'kader',
      'aanspraak_buiten_zvw',
      'verschil_excl_covid',
      'correctie_dure_geneesmiddelen',
      'resterend_verschil',
      'balanspost',
    ]);
    const verschil = r2023.find((r) => r.soort === 'verschil_excl_covid')!.cellen;
    expect([verschil.MSZ.tekst, verschil.GGZ.tekst, verschil.Wijkverpleging.tekst, verschil.Huisartsenzorg.tekst, verschil.MDZ.tekst]).toEqual([
      '€ -175',
      '€ 132',
      '€ -757',
      '€ 26',
      '€ -17',
    ]);
  });

  it('de toelichtingen volgen uit de gegevens: kwartalen, fondsbedrag, groei dure geneesmiddelen, balanspost', async () => {
    const html = (await get('/financien?peildatum=2025-05-20')).body;
    const n2024 = voetnoten(sectie(html, 2024));
    expect(n2024).toHaveLength(7);
    expect(n2024[0]).toContain('Betreft de actuele verwachting van de uitgaven 2024');
    expect(n2024[0]).toContain('4 kwartalen');
    expect(n2024[1]).toBe('Betreft het geldende IZA-kader voor het jaar 2024.');
    expect(n2024[2]).toContain('€ 60 miljoen');
    expect(n2024[3]).toContain('overschrijding (+) of onderschrijding (-) van het IZA-kader 2024');
    expect(n2024[4]).toContain('De uitgavengroei dure geneesmiddelen in 2024 bedraagt 3,2%; een correctie is niet nodig.');
    expect(n2024[4]).toContain('boven de 7% voor 50% gecorrigeerd');
    expect(n2024[6]).toContain('Hoe hoger dit percentage is, hoe onzekerder de raming.');
    const n2023 = voetnoten(sectie(html, 2023));
    expect(n2023.join(' ')).toContain('8 kwartalen');
    expect(n2023.join(' ')).toContain('€ 75 miljoen');
    expect(n2023.join(' ')).toContain('3,5%; een correctie is niet nodig');
    expect(n2023.join(' ')).toContain('covid');
    expect(n2023.join(' ')).toContain('MSZ -1%');
  });

  it('de AZWA-kaders 2026-2028 per sector zijn die van Bijlage 1 (domain.md §5)', async () => {
    const html = (await get('/financien?peildatum=2025-07-03')).body;
    const azwa: Record<string, number[]> = {
      MSZ: [31898, 32427, 32514],
      GGZ: [5857, 5935, 5974],
      Wijkverpleging: [3792, 3849, 3934],
      Huisartsenzorg: [4839, 5086, 5273],
      MDZ: [1038, 1176, 1233],
    };
    for (const [sector, bedragen] of Object.entries(azwa)) {
      bedragen.forEach((bedrag, i) => {
        const jaar = 2026 + i;
        const rij = new RegExp(`<tr class="utrecht-table__row" data-jaar="${jaar}" data-sector="${sector}">([\\s\\S]*?)</tr>`).exec(html)![1];
        expect(tekst(rij)).toContain('AZWA');
        expect(gedruktGetal(tekst(/data-veld="kader">([\s\S]*?)<\/td>/.exec(rij)![1])), `${sector} ${jaar}`).toBe(bedrag);
        expect(tekst(/data-veld="uitgaven">([\s\S]*?)<\/td>/.exec(rij)![1])).toBe('–');
      });
    }
    // 2022 en 2025 staan in het meerjarenbeeld als onbekend; 2023 met uitgaven.
    expect(tekst(/data-jaar="2022" data-sector="MSZ">([\s\S]*?)<\/tr>/.exec(html)![1])).toContain('onbekend');
    // Het AZWA-jaar 2026 als eigen pagina: alleen de regel "AZWA-kader".
    const j2026 = await get('/financien/2026?peildatum=2025-07-03');
    expect(regels(sectie(j2026.body, 2026)).map((r) => r.label)).toEqual(['AZWA-kader']);
    // Vóór 3 juli 2025 bestonden de AZWA-kaders nog niet.
    const eerder = (await get('/financien?peildatum=2025-05-20')).body;
    expect(tekst(/data-jaar="2026" data-sector="MSZ">([\s\S]*?)<\/tr>/.exec(eerder)![1])).toContain('onbekend');
  });

  it('het meerjarenbeeld heeft een grafiek met tabel en CSV van over- en onderschrijding', async () => {
    const html = (await get('/financien?peildatum=2025-07-03')).body;
    expect(html).toContain('id="grafiek-verschil"');
    expect(html).toMatch(/<svg role="img" aria-label="Over- en onderschrijding per jaar en sector/);
    const csv = await app.inject({ url: '/financien/verschil.csv?peildatum=2025-07-03' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n').slice(0, 3)).toEqual([
      'Jaar;MSZ (€ mln);GGZ (€ mln);Wijkverpleging (€ mln);Huisartsenzorg (€ mln);MDZ (€ mln)',
      '2023;-175;132;-757;26;-17',
      '2024;-58;260;-1015;110;-2',
    ]);
  });

  it('een gepubliceerd cijfer dat meer dan 1 afwijkt, wordt gemeld met beide waarden', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-'));
    const bestand = path.join(map, 'kerncijfers-2025-06-30.json');
    fs.writeFileSync(
      bestand,
      JSON.stringify({
        peildatum: '2025-06-30',
        bron: 'testpublicatie',
        financiele_kaders: [{ jaar: 2024, sector: 'GGZ', stand: '2024-10-31', resterend_verschil: 250, uitgaven: 5563 }],
      }),
    );
    await importeer(db, bestand, { door: 'test' });
    const html = (await get('/financien/2024?peildatum=2025-06-30')).body;
    const melding = /<li class="utrecht-unordered-list__item" data-veld="resterend_verschil" data-sector="GGZ" data-jaar="2024">([\s\S]*?)<\/li>/.exec(html);
    expect(melding).not.toBeNull();
    expect(tekst(melding![1])).toBe('GGZ 2024, resterend verschil: gepubliceerd € 250, berekend € 260 (verschil 10)');
    // in de tabel zelf: de cel toont ook de gepubliceerde waarde
    const rest = regels(sectie(html, 2024)).find((r) => r.soort === 'resterend_verschil')!.cellen.GGZ;
    expect(rest.afwijking).toBe(true);
    expect(rest.tekst).toBe('€ 260 (gepubliceerd € 250)');
    // de snapshot van 20 mei 2025 blijft zonder melding
    expect(tekst(html)).toContain('Vergeleken met de kerncijfers van 20 mei 2025');
    fs.rmSync(map, { recursive: true, force: true });
  });

  it('export: CSV en XLSX van de tabellen zoals getoond', async () => {
    const c = await app.inject({ url: '/financien/export.csv?peildatum=2025-05-20&jaar=2024' });
    expect(c.headers['content-type']).toContain('text/csv');
    const regelsCsv = c.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(regelsCsv[0]).toBe('Jaar;Regel;Omschrijving;Eenheid;MSZ;GGZ;Wijkverpleging;Huisartsenzorg;MDZ');
    expect(regelsCsv).toContain('2024;4;Verschil (+ is overschrijding);€ mln;-58;260;-1015;110;-2');
    expect(regelsCsv).toHaveLength(8);
    const x = await app.inject({ url: '/financien/export.xlsx?peildatum=2025-05-20' });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Actualisatie 2024', 'Actualisatie 2023']);
    const ws = wb.getWorksheet('Actualisatie 2023')!;
    const rij = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(2).value === 'Verschil excl. covid (+ is overschrijding)')!;
    expect([3, 4, 5, 6, 7].map((i) => rij.getCell(i).value)).toEqual([-175, 132, -757, 26, -17]);
  });

  it('invoer vraagt de rol: anoniem naar inloggen, lezer krijgt 403, POST zonder CSRF-token wordt geweigerd', async () => {
    const anoniem = await app.inject({ url: '/financien/invoer', headers: { accept: 'text/html' } });
    expect(anoniem.statusCode).toBe(303);
    expect(anoniem.headers.location).toMatch(/^\/inloggen/);
    const lezer = { cookies: { am_sessie: await sessie(db, ['lezer']) } };
    expect((await get('/financien/invoer', lezer)).statusCode).toBe(403);
    const zonderToken = await app.inject({
      method: 'POST',
      url: '/financien/invoer',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieKop(redactie), accept: 'text/html' },
      body: 'jaar=2024&sector=GGZ&stand=2025-03-31&kader_soort=IZA&kader_mln=5303',
    });
    expect(zonderToken.statusCode).toBe(403);
    expect(await tel(`SELECT count(*)::int AS n FROM financiele_kaders WHERE stand = '2025-03-31'`)).toBe(0);
  });

  it('fouten staan naast het veld en wijzigen niets: twee decimalen, ontbrekend kader, bestaande stand', async () => {
    const voor = await tel('SELECT count(*)::int AS n FROM financiele_kaders');
    const res = await postFormulier(redactie, { jaar: '2024', sector: 'GGZ', stand: '2025-03-31', kader_soort: 'IZA', uitgaven_mln: '5.580,25', kader_mln: '' });
    expect(res.statusCode).toBe(400);
    expect(tekst(/data-fout-voor="uitgaven_mln">([\s\S]*?)<\/div>/.exec(res.body)![1])).toContain('hooguit één decimaal');
    expect(tekst(/data-fout-voor="kader_mln">([\s\S]*?)<\/div>/.exec(res.body)![1])).toBe('Vul kader in.');
    expect(res.body).toContain('aria-invalid="true"');
    // de ingevulde waarde blijft staan
    expect(res.body).toContain('value="5.580,25"');

    const dubbel = await postFormulier(redactie, { jaar: '2024', sector: 'GGZ', stand: '2024-10-31', kader_soort: 'IZA', uitgaven_mln: '5580', kader_mln: '5303' });
    expect(dubbel.statusCode).toBe(409);
    expect(tekst(/data-fout-voor="stand">([\s\S]*?)<\/div>/.exec(dubbel.body)![1])).toContain('Voor GGZ 2024 bestaat al een stand op 31 oktober 2024');
    expect(await tel('SELECT count(*)::int AS n FROM financiele_kaders')).toBe(voor);
  });

  it('een verouderd formulier (intussen gewijzigd) geeft een conflictmelding en slaat niets op', async () => {
    const voor = await tel('SELECT count(*)::int AS n FROM financiele_kaders');
    const res = await postFormulier(
      redactie,
      { jaar: '2024', sector: 'MDZ', stand: '2025-03-31', kader_soort: 'IZA', uitgaven_mln: '910', kader_mln: '911' },
      { versie: 'een-oude-versie' },
    );
    expect(res.statusCode).toBe(409);
    expect(tekst(res.body)).toContain('Intussen zijn de financiële kaders door een ander gewijzigd. Er is niets opgeslagen');
    expect(res.body).toContain('value="910"');
    expect(await tel('SELECT count(*)::int AS n FROM financiele_kaders')).toBe(voor);
  });

  it('een nieuwe stand 2024 GGZ verandert de tabel, de historie met grafiek en de kerncijfers; één auditregel', async () => {
    const kerncijfersVoor = JSON.parse((await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-04-15&bron=berekend', headers: await leesToken(db) })).body);
    const ggzVoor = kerncijfersVoor.financiele_kaders.find((k: { jaar: number; sector: string }) => k.jaar === 2024 && k.sector === 'GGZ');
    expect(ggzVoor).toMatchObject({ stand: '2024-10-31', uitgaven: 5563, resterend_verschil: 260 });

    // Het formulier met jaar en sector neemt de vorige stand als uitgangspunt.
    const formulier = await get('/financien/invoer?jaar=2024&sector=GGZ', redactie);
    expect(formulier.body).toContain('value="5563"');
    expect(formulier.body).toContain('value="5303"');

    const auditVoor = await tel(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'kader.stand_vastgelegd'`);
    const res = await postFormulier(
      redactie,
      {
        jaar: '2024',
        sector: 'GGZ',
        stand: '2025-03-31',
        stand_omschrijving: 'stand ultimo maart 2025',
        kwartalen_declaraties: '5',
        kader_soort: 'IZA',
        uitgaven_mln: '5.580,4',
        kader_mln: '5.303',
        balanspost_pct: '7',
      },
      { formulier: '/financien/invoer?jaar=2024&sector=GGZ' },
    );
    expect(res.statusCode).toBe(200);
    expect(tekst(res.body)).toContain('De stand van 31 maart 2025 voor GGZ 2024 is opgeslagen.');
    expect(await tel(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'kader.stand_vastgelegd'`)).toBe(auditVoor + 1);
    const [audit] = await db.query<{ door: string; object_id: string }>(`SELECT door, object_id FROM audit_log WHERE actie = 'kader.stand_vastgelegd' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ door: 'f1@minvws.nl', object_id: '2024|GGZ|2025-03-31' });

    // Tabel op een peildatum na de nieuwe stand: GGZ uit de nieuwe stand (5.580,4 − 5.303 = 277,4 → 277).
    const na = regels(sectie((await get('/financien?peildatum=2025-04-15')).body, 2024));
    expect(na.find((r) => r.soort === 'uitgaven')!.cellen.GGZ.tekst).toBe('€ 5.580');
    expect(na.find((r) => r.soort === 'verschil')!.cellen.GGZ.tekst).toBe('€ 277');
    expect(na.find((r) => r.soort === 'uitgaven')!.cellen.MSZ.tekst).toBe('€ 30.157');
    // Op de peildatum van de rapportage blijft de gedrukte tabel staan.
    expect(regels(sectie((await get('/financien?peildatum=2025-05-19')).body, 2024)).find((r) => r.soort === 'uitgaven')!.cellen.GGZ.tekst).toBe('€ 5.580');
    expect(regels(sectie((await get('/financien?peildatum=2025-03-30')).body, 2024)).find((r) => r.soort === 'uitgaven')!.cellen.GGZ.tekst).toBe('€ 5.563');

    // Historie: beide standen bewaard, met grafiek per sector.
    const jaar = (await get('/financien/2024?peildatum=2025-04-15')).body;
    const ggzStanden = [...jaar.matchAll(/data-stand="([^"]+)" data-sector="GGZ"/g)].map((m) => m[1]);
    expect(ggzStanden).toEqual(['2024-10-31', '2025-03-31']);
    expect(jaar).toMatch(/<svg role="img" aria-label="GGZ 2024: cijfers per stand"/);
    const historieCsv = (await app.inject({ url: '/financien/2024/historie.csv?peildatum=2025-04-15&sector=GGZ' })).body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(historieCsv).toHaveLength(3);
    // all stands in the contract format (financiele_kaders), so that the download imports again (issue 14)
    expect(historieCsv[0]).toMatch(/^jaar;sector;stand;stand_omschrijving;kwartalen_declaraties;kader_soort;uitgaven_mln;kader_mln;/);
    expect(historieCsv[2]).toBe("2024;GGZ;2025-03-31;stand ultimo maart 2025;5;IZA;5580,4;5303;;;;;7");

    // De kerncijfers (zelfde regel, zelfde functie) veranderen mee.
    const kerncijfersNa = JSON.parse((await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-04-15&bron=berekend', headers: await leesToken(db) })).body);
    expect(kerncijfersNa.financiele_kaders.find((k: { jaar: number; sector: string }) => k.jaar === 2024 && k.sector === 'GGZ')).toMatchObject({
      stand: '2025-03-31',
      uitgaven: 5580,
      resterend_verschil: 277,
      balanspost_pct: 7,
    });
  });

  it('embargo: anoniem en lezer zien de nieuwste stand zonder embargo, redactie en BO-leden de nieuwe', async () => {
    const res = await postFormulier(redactie, {
      jaar: '2024',
      sector: 'MSZ',
      stand: '2025-04-30',
      stand_omschrijving: 'stand ultimo april 2025',
      kader_soort: 'IZA',
      uitgaven_mln: '30.300',
      kader_mln: '30.215',
      embargo_tot: '2999-06-01',
    });
    expect(res.statusCode).toBe(200);
    expect(tekst(res.body)).toContain('onder embargo tot 1 juni 2999');
    const msz = async (b?: Browser) => regels(sectie((await get('/financien?peildatum=2025-05-01', b)).body, 2024)).find((r) => r.soort === 'uitgaven')!.cellen.MSZ.tekst;
    expect(await msz()).toBe('€ 30.157');
    expect(await msz({ cookies: { am_sessie: await sessie(db, ['lezer']) } })).toBe('€ 30.157');
    expect(await msz(redactie)).toBe('€ 30.300');
    expect(await msz({ cookies: { am_sessie: await sessie(db, ['bo-lid']) } })).toBe('€ 30.300');
    // Ook de historie en de export houden de stand achter.
    const publiek = (await get('/financien/2024?peildatum=2025-05-01')).body;
    expect(publiek).not.toContain('data-stand="2025-04-30"');
    expect((await app.inject({ url: '/financien/export.csv?peildatum=2025-05-01&jaar=2024' })).body).toContain(';30157;');
    const voorRedactie = (await get('/financien/2024?peildatum=2025-05-01', redactie)).body;
    expect(voorRedactie).toContain('data-stand="2025-04-30"');
    expect(tekst(voorRedactie)).toContain('Onder embargo tot 1 juni 2999');

    // Embargo opheffen (datum vandaag of eerder): iedereen ziet de stand.
    const op = await postFormulier(redactie, { stand: '2025-04-30', embargo_tot: '2025-06-01' }, { actie: '/financien/embargo' });
    expect(op.statusCode).toBe(200);
    expect(await msz()).toBe('€ 30.300');
  });

  it('import van een financiele_kaders-bestand via het formulier; een fout bestand geeft het Nederlandse probleemrapport', async () => {
    const pagina = await get('/financien/invoer', redactie);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(pagina.body)![1];
    const upload = (naam: string, inhoud: string) => uploadCsv(app, { cookie: cookieKop(redactie), csrf }, '/financien/import', { naam, inhoud });
    const kop = 'jaar;sector;stand;stand_omschrijving;kwartalen_declaraties;kader_soort;uitgaven_mln;kader_mln;aanspraak_buiten_zvw_mln;covid_prestaties_mln;groei_dure_geneesmiddelen_pct;basis_dure_geneesmiddelen_mln;balanspost_pct';
    const voor = await tel('SELECT count(*)::int AS n FROM financiele_kaders');
    const fout = await upload('mijn kaders.csv', `${kop}\n2024;Tandzorg;2025-02-28;;;IZA;1;2;;;;;\n2024;MDZ;2025-02-28;;;IZA;910,25;911;;;;;`);
    expect(fout.statusCode).toBe(400);
    const rapport = tekst(/id="importproblemen">([\s\S]*?)<\/ul>/.exec(fout.body)![1]);
    expect(rapport).toContain('Import geweigerd; er is niets gewijzigd.');
    expect(rapport).toContain('mijn kaders.csv');
    expect(rapport).toContain('Tandzorg');
    expect(rapport).toContain('hoogstens één decimaal');
    expect(await tel('SELECT count(*)::int AS n FROM financiele_kaders')).toBe(voor);

    const goed = await upload('kaders.csv', `${kop}\n2025;MDZ;2025-02-28;stand ultimo februari 2025;1;IZA;950;960;;;;;40`);
    expect(goed.statusCode).toBe(200);
    expect(tekst(goed.body)).toContain('kaders.csv geïmporteerd: 1 rijen, 1 nieuw');
    expect(await tel(`SELECT count(*)::int AS n FROM financiele_kaders WHERE jaar = 2025 AND sector = 'MDZ'`)).toBe(1);
  });

  it('een ongeldige peildatum of jaar geeft een nette foutpagina', async () => {
    expect((await get('/financien?peildatum=2025-02-30')).statusCode).toBe(400);
    expect((await get('/financien/abcd')).statusCode).toBe(404);
  });
});
