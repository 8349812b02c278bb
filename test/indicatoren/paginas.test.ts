import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { appMetInlog } from '../helpers/app.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import type { Gebruiker } from '../../src/domein/beleid.js';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';

const IND = path.join(FIXTURES, 'indicatoren');
const CBS = path.join(FIXTURES, 'cbs');

let db: Db;
let app: FastifyInstance;
let ingelogd: Gebruiker | null = null;

beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'seed' });
  await importeer(db, path.join(IND, 'indicatoren.csv'), { door: 'test' });
  app = await appMetInlog(db, () => ingelogd);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const html = { accept: 'text/html' };

describe('toegankelijkheid', () => {
  it('toont de gemeentekaart met de vijf klassen van de rapportage; elke gemeente van de import staat op de kaart', async () => {
    const r = await app.inject({ url: '/toegankelijkheid?peildatum=2025-05-20', headers: html });
    expect(r.statusCode).toBe(200);
    const b = r.body;
    expect(b).toContain('Wachtenden voor een huisarts per gemeente, maart 2025');
    for (const klasse of ['>0<', '>1–9<', '>10–49<', '>50–199<', '>200+<']) expect(b).toContain(klasse);
    // the import checks gemeente codes (issue 18), so no code of a merged gemeente reaches the map
    expect(b).not.toContain('Niet op de kaart:');
    expect(b).toContain('<title>Enschede: 490</title>');
    expect(b).toContain('Data t/m 31 maart 2025');
  });

  it('toont de ggz-wachttijden als 16 kleine veelvouden met drie reeksen en Treeknormlijnen 4, 10 en 14 weken', async () => {
    const r = await app.inject({ url: '/toegankelijkheid?peildatum=2025-05-20', headers: html });
    const b = r.body;
    const ggz = b.slice(b.indexOf('id="ggz-wachttijden"'));
    for (const g of ['Andere problemen', 'Neurobiologische ontwikkelingsstoornissen', 'Trauma']) expect(ggz).toContain(g);
    expect(ggz).toContain('Treeknorm 4 weken');
    expect(ggz).toContain('Treeknorm 14 weken');
    expect(ggz).toContain('Aanmeldwachttijd (weken)');
    expect(ggz).toContain('Data t/m 30 april 2025');
  });

  it('elke grafiek heeft een CSV-download met dezelfde cijfers als de tabel', async () => {
    const r = await app.inject({ url: '/toegankelijkheid/grafiek/ggz-wachttijden.csv?peildatum=2025-05-20' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    const regels = r.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(regels[0]).toBe('Groep;Periode;Aanmeldwachttijd (weken);Behandelwachttijd (weken);Totale wachttijd (weken)');
    expect(regels).toHaveLength(1 + 16 * 12);
    const kaart = await app.inject({ url: '/toegankelijkheid/grafiek/huisartsen-wachtlijst.csv' });
    expect(kaart.body).toContain('GM0153');
    const msz = await app.inject({ url: '/toegankelijkheid/grafiek/msz-wachttijden.csv' });
    expect(msz.body.split('\r\n')[0]).toContain('Regio;Behandeling (weken);Polikliniekbezoek (weken);Diagnostiek (weken)');
  });
});

describe('arbeidsmarkt', () => {
  it('toont de vacaturegraad als tijdreeks en zegt bij indicatoren zonder waarnemingen dat er geen gegevens zijn', async () => {
    const r = await app.inject({ url: '/arbeidsmarkt?peildatum=2025-05-20', headers: html });
    expect(r.statusCode).toBe(200);
    const vac = r.body.slice(r.body.indexOf('id="azw_vacaturegraad"'), r.body.indexOf('id="azw_ziekteverzuim"'));
    expect(vac).toContain('<svg');
    expect(vac).toContain('Q1 2025');
    const verzuim = r.body.slice(r.body.indexOf('id="azw_ziekteverzuim"'), r.body.indexOf('id="azw_deeltijdfactor"'));
    expect(verzuim).not.toContain('<svg');
    expect(verzuim).toContain('Er zijn nog geen waarnemingen');
  });

  it('een ongeldige peildatum is een duidelijke 400', async () => {
    const r = await app.inject({ url: '/arbeidsmarkt?peildatum=2025-02-30' });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain('2025-02-30');
  });
});

describe('indicatorpagina en open data', () => {
  it('een indicator zonder waarnemingen zegt dat gewoon, zonder grafiek of verzonnen waarden', async () => {
    const r = await app.inject({ url: '/indicatoren/azw_werktevredenheid', headers: html });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Er zijn nog geen waarnemingen voor deze indicator.');
    expect(r.body).not.toContain('<svg');
    const j = (await app.inject({ url: '/api/v1/indicatoren/azw_werktevredenheid' })).json();
    expect(j.waarnemingen).toEqual([]);
  });

  it('de pagina van de ggz-totale wachttijd toont definitie, eenheid, bron, norm 14 en richting', async () => {
    const r = await app.inject({ url: '/indicatoren/ggz_totale_wachttijd', headers: html });
    const b = r.body;
    expect(b).toContain('Totale wachttijd ggz');
    expect(b).toContain('14 weken');
    expect(b).toContain('Lager is beter');
    expect(b).toContain('bron data NZa');
    expect(b).toContain('<svg');
  });

  it('de vacaturegraadpagina toont de oudere levering van 2024Q4 als revisie', async () => {
    const r = await app.inject({ url: '/indicatoren/azw_vacaturegraad', headers: html });
    const rev = r.body.slice(r.body.indexOf('Eerdere leveringen'));
    expect(rev).toContain('Q4 2024');
    expect(rev).toContain('14 februari 2025');
  });

  it('CSV en JSON per indicator; de CSV is weer een importeerbaar contractbestand', async () => {
    const csv = await app.inject({ url: '/indicatoren/ha_wachtlijst_mutatie.csv' });
    expect(csv.body).toBe('indicator;periode;gebied;dimensie;waarde;bron_datum\nha_wachtlijst_mutatie;2025-03;NL;;150;2025-06-16\n');
    const json = (await app.inject({ url: '/indicatoren/ggz_aanmeldwachttijd.json' })).json();
    expect(json).toMatchObject({ code: 'ggz_aanmeldwachttijd', eenheid: 'weken', norm: 4, hoger_is_beter: false });
    expect(json.waarnemingen).toHaveLength(16 * 12);
    expect(json.waarnemingen[0]).toEqual({ periode: '2024-05', gebied: 'NL', dimensie: 'Andere problemen', waarde: 6.1, bron_datum: '2025-04-30' });
  });

  it('de API geeft de lijst van 19 indicatoren met links, en 404 als problem+json voor een onbekende code', async () => {
    const lijst = (await app.inject({ url: '/api/v1/indicatoren' })).json();
    expect(lijst.indicatoren).toHaveLength(19);
    expect(lijst.indicatoren.find((i: { code: string }) => i.code === 'ha_wachtlijst').aantal_waarnemingen).toBe(70);
    const nf = await app.inject({ url: '/api/v1/indicatoren/bestaat_niet' });
    expect(nf.statusCode).toBe(404);
    expect(nf.headers['content-type']).toContain('application/problem+json');
  });

  it('de API filtert op wat op een peildatum bekend was', async () => {
    const j = (await app.inject({ url: '/api/v1/indicatoren/azw_vacaturegraad?peildatum=2025-03-01' })).json();
    expect(j.bekend_op).toBe('2025-03-01');
    expect(j.waarnemingen).toHaveLength(1);
  });
});

function multipart(velden: Record<string, string | { naam: string; inhoud: Buffer }[]>): { payload: Buffer; headers: Record<string, string> } {
  const grens = '----amtest' + Math.random().toString(16).slice(2);
  const delen: Buffer[] = [];
  for (const [k, v] of Object.entries(velden)) {
    if (typeof v === 'string') delen.push(Buffer.from(`--${grens}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    else
      for (const f of v) {
        delen.push(Buffer.from(`--${grens}\r\nContent-Disposition: form-data; name="${k}"; filename="${f.naam}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
        delen.push(f.inhoud, Buffer.from('\r\n'));
      }
  }
  delen.push(Buffer.from(`--${grens}--\r\n`));
  return { payload: Buffer.concat(delen), headers: { 'content-type': `multipart/form-data; boundary=${grens}` } };
}

describe('importformulier (indicatoren.beheren)', () => {
  const beheerder: Gebruiker = { id: 1, email: 'redactie@vws.test', naam: 'Redactie', organisatie_id: 1, organisatie_naam: 'VWS', rollen: ['vws-redactie'], onderdelen: [] };

  it('zonder inlog stuurt het formulier door naar inloggen', async () => {
    ingelogd = null;
    const r = await app.inject({ url: '/indicatoren/importeren', headers: html });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toContain('/inloggen');
  });

  it('een lezer krijgt 403', async () => {
    ingelogd = { ...beheerder, rollen: ['lezer'] };
    const r = await app.inject({ url: '/indicatoren/importeren', headers: html });
    expect(r.statusCode).toBe(403);
  });

  it('de redactie importeert een CBS v4-antwoord (twee pagina’s) met koppeling via het formulier; een foute periode noemt de rij', async () => {
    ingelogd = beheerder;
    const form = await app.inject({ url: '/indicatoren/importeren', headers: html });
    expect(form.statusCode).toBe(200);
    const csrf = /name="_csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const pagina = (n: number) => ({ naam: `p${n}.json`, inhoud: fs.readFileSync(path.join(CBS, `vacaturegraad-v4-observations-pagina${n}.json`)) });
    const koppeling = [{ naam: 'koppeling.json', inhoud: fs.readFileSync(path.join(IND, 'koppeling-vacaturegraad-v4.json')) }];
    const ok = multipart({ _csrf: csrf, respons: [pagina(1), pagina(2)], koppeling, bron_datum: '2025-06-01' });
    const r = await app.inject({ method: 'POST', url: `/indicatoren/importeren/cbs?_csrf=${encodeURIComponent(csrf)}`, payload: ok.payload, headers: { ...ok.headers, ...html, cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('CBS-import geslaagd: 9 waarnemingen');
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicatoren WHERE bron_datum = '2025-06-01'`);
    expect(n).toBe(9);

    const fout = JSON.parse(pagina(1).inhoud.toString('utf8'));
    fout.value[2].Perioden = '2024KW07';
    const slecht = multipart({ _csrf: csrf, respons: [{ naam: 'p1.json', inhoud: Buffer.from(JSON.stringify(fout)) }, pagina(2)], koppeling });
    const r2 = await app.inject({ method: 'POST', url: `/indicatoren/importeren/cbs?_csrf=${encodeURIComponent(csrf)}`, payload: slecht.payload, headers: { ...slecht.headers, ...html, cookie } });
    expect(r2.statusCode).toBe(422);
    expect(r2.body).toContain('Onbekende periode &quot;2024KW07&quot;');
    expect(r2.body).toContain('Rij 3 (Id 3)');
  });

  it('een POST zonder CSRF-token wordt geweigerd en importeert niets', async () => {
    ingelogd = beheerder;
    const zonder = multipart({
      soort: 'indicatoren',
      bestand: [{ naam: 'x.csv', inhoud: Buffer.from('indicator;periode;gebied;dimensie;waarde;bron_datum\nazw_deeltijdfactor;2025;NL;;0,7;2025-06-10\n') }],
    });
    const r = await app.inject({ method: 'POST', url: '/indicatoren/importeren/contract', payload: zonder.payload, headers: { ...zonder.headers, ...html } });
    expect(r.statusCode).toBe(403);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicatoren WHERE indicator = 'azw_deeltijdfactor'`);
    expect(n).toBe(0);
  });

  it('een contract-CSV via het formulier; een leeg formulier geeft de fout bij het veld', async () => {
    ingelogd = beheerder;
    const form = await app.inject({ url: '/indicatoren/importeren', headers: html });
    const csrf = /name="_csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const leeg = multipart({ _csrf: csrf, soort: 'indicatoren' });
    const r = await app.inject({ method: 'POST', url: `/indicatoren/importeren/contract?_csrf=${encodeURIComponent(csrf)}`, payload: leeg.payload, headers: { ...leeg.headers, ...html, cookie } });
    expect(r.statusCode).toBe(400);
    expect(r.body).toMatch(/id="bestand-fout"[^>]*>Kies een CSV- of XLSX-bestand/);
    const goed = multipart({
      _csrf: csrf,
      soort: 'indicatoren',
      bestand: [{ naam: 'x.csv', inhoud: Buffer.from('indicator;periode;gebied;dimensie;waarde;bron_datum\nazw_ziekteverzuim;2025KW01;NL;;7,1;2025-06-10\n') }],
    });
    const r2 = await app.inject({ method: 'POST', url: `/indicatoren/importeren/contract?_csrf=${encodeURIComponent(csrf)}`, payload: goed.payload, headers: { ...goed.headers, ...html, cookie } });
    expect(r2.statusCode).toBe(200);
    expect(r2.body).toContain('Import geslaagd: 1 rijen, 1 nieuw');
    const j = (await app.inject({ url: '/api/v1/indicatoren/azw_ziekteverzuim' })).json();
    expect(j.waarnemingen).toEqual([{ periode: '2025Q1', gebied: 'NL', dimensie: null, waarde: 7.1, bron_datum: '2025-06-10' }]);
  });

  it('het formulier draagt een voortgangsnummer; na de import geeft de voortgangsroute (kennis van wie uploadde) de tellingen in het Nederlands', async () => {
    ingelogd = beheerder;
    const form = await app.inject({ url: '/indicatoren/importeren', headers: html });
    expect(form.body).toContain('<progress id="voortgang-balk" max="1"');
    expect(form.body).toContain('src="/assets/importvoortgang.js"');
    const id = /name="voortgang" value="([0-9a-f-]{36})"/.exec(form.body)?.[1] ?? '';
    expect(id).not.toBe('');
    const csrf = /name="_csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    expect((await app.inject({ url: `/indicatoren/importeren/voortgang/${id}`, headers: { cookie } })).statusCode).toBe(404);
    const rijen = Array.from({ length: 3 }, (_, i) => `azw_ziekteverzuim;2024KW0${i + 1};NL;;6,${i};2025-06-11`);
    const goed = multipart({ _csrf: csrf, soort: 'indicatoren', voortgang: id, bestand: [{ naam: 'x.csv', inhoud: Buffer.from(`indicator;periode;gebied;dimensie;waarde;bron_datum\n${rijen.join('\n')}\n`) }] });
    const r = await app.inject({ method: 'POST', url: `/indicatoren/importeren/contract?_csrf=${encodeURIComponent(csrf)}`, payload: goed.payload, headers: { ...goed.headers, ...html, cookie } });
    expect(r.statusCode).toBe(200);
    const v = (await app.inject({ url: `/indicatoren/importeren/voortgang/${id}`, headers: { cookie } })).json();
    expect(v).toMatchObject({ stap: 'klaar', gelezen: 3, goed: 3, geschreven: 3, aandeel: 1, tekst: 'indicatoren.csv: 3 rijen geschreven' });
    // another user's upload is not theirs to follow
    ingelogd = { ...beheerder, email: 'ander@example.org' };
    expect((await app.inject({ url: `/indicatoren/importeren/voortgang/${id}`, headers: { cookie } })).statusCode).toBe(404);
    ingelogd = beheerder;
  });
});
