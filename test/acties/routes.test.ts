// Pages of the actions register through the app (app.inject), logged in through the real login form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { vandaag } from '../../src/platform/tijd.js';
import { leesToken } from '../helpers/toegang.js';

let db: Db;
let app: FastifyInstance;
const WACHTWOORD = 'een-lang-wachtwoord-2025';

beforeAll(async () => {
  db = await nieuweTestDb();
  app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  await maakGebruiker(db, { email: 'lezer@example.nl', naam: 'Lezer', organisatie: 'VWS', rollen: ['lezer'], wachtwoord: WACHTWOORD });
  await maakGebruiker(db, { email: 'sec-a1@example.nl', naam: 'Secretaris A1', organisatie: 'VWS', rollen: ['thematafel-secretaris'], onderdelen: ['A1'], wachtwoord: WACHTWOORD });
  await maakGebruiker(db, { email: 'sec-b2@example.nl', naam: 'Secretaris B2', organisatie: 'VWS', rollen: ['thematafel-secretaris'], onderdelen: ['B2'], wachtwoord: WACHTWOORD });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** Logs in through GET/POST /inloggen and returns the cookie header of the session. */
async function login(email: string): Promise<string> {
  const r = await app.inject({ url: '/inloggen', headers: { accept: 'text/html' } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(r.body)![1];
  const ck = ([] as string[]).concat(r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const p = await app.inject({
    method: 'POST',
    url: '/inloggen',
    headers: { cookie: ck, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, email, wachtwoord: WACHTWOORD }).toString(),
  });
  expect(p.statusCode).toBe(303);
  const jar = new Map<string, string>();
  for (const c of [...ck.split('; '), ...([] as string[]).concat(p.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])]) {
    const [k, v] = c.split('=');
    if (k) jar.set(k, v);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function pagina(url: string, cookie?: string) {
  return app.inject({ url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
}

function formulierCsrf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)![1];
}

describe('AZWA-register', () => {
  it('/acties/azwa toont 31 afspraakcodes (plus de kop C3) en samen 263 deelafspraken', async () => {
    const cookie = await login('lezer@example.nl');
    const r = await pagina('/acties/azwa?peildatum=2025-07-03', cookie);
    expect(r.statusCode).toBe(200);
    const codes = [...r.body.matchAll(/data-afspraak="([^"]+)"/g)].map((m) => m[1]);
    expect(codes).toHaveLength(31);
    expect(codes).toContain('C3a');
    expect(codes).not.toContain('C3');
    let totaal = 0;
    for (const code of codes) {
      const p = await pagina(`/acties/azwa/${code}?peildatum=2025-07-03`, cookie);
      expect(p.statusCode).toBe(200);
      const rijen = [...p.body.matchAll(/href="\/acties\/actie\/(AZWA-[^"?]+)\?/g)].map((m) => m[1]);
      const uniek = new Set(rijen);
      expect([...uniek].every((c) => c.startsWith(`AZWA-${code}.`))).toBe(true);
      totaal += uniek.size;
    }
    expect(totaal).toBe(263);
  });

  it('de CSV-export van alle AZWA-deelafspraken heeft 263 regels met gelezen termijnen', async () => {
    const cookie = await login('lezer@example.nl');
    const r = await app.inject({ url: '/acties/export.csv?peildatum=2025-07-03&akkoord=AZWA', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    const regels = r.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(regels[0]).toBe('Code;Akkoord;Onderdeel;Titel;Trekker;Betrokken;Termijn;Termijn van;Termijn tot;Soort termijn;Stand termijn;Status;Statusdatum;Toelichting');
    expect(regels).toHaveLength(264);
    // "uiterlijk Q1 2026" → tot 31 maart 2026
    const q1 = regels.filter((l) => l.includes(';uiterlijk Q1 2026;'));
    expect(q1.length).toBeGreaterThan(0);
    for (const l of q1) expect(l).toContain(';2026-03-31;deadline;');
    const x = await app.inject({ url: '/acties/export.xlsx?peildatum=2025-07-03&akkoord=AZWA', headers: { cookie } });
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('het publiek ziet zonder gepubliceerde ronde geen stand, met een gepubliceerde ronde de stand van die peildatum', async () => {
    let r = await pagina('/acties/azwa/A1?peildatum=2025-08-01');
    expect(r.statusCode).toBe(200);
    // issue 14: the imported publication of 20 May 2025 counts (before the AZWA actions were registered)
    expect(r.body).not.toContain('Er is nog geen gepubliceerde rapportage');
    expect(r.body).toContain('laatst gepubliceerde rapportage (peildatum 20 mei 2025)');
    expect(r.body).not.toContain('/acties/actie/AZWA-A1.1');
    await db.query(`INSERT INTO rapportagerondes (peildatum, titel, status, aangemaakt_door) VALUES ('2025-07-03', 'Start AZWA', 'gepubliceerd', 'test')`);
    r = await pagina('/acties/azwa/A1?peildatum=2025-08-01');
    expect(r.body).toContain('/acties/actie/AZWA-A1.1');
    expect(r.body).toContain('laatst gepubliceerde rapportage (peildatum 3 juli 2025)');
    await db.query(`DELETE FROM rapportagerondes WHERE titel = 'Start AZWA'`);
  });
});

describe('statusmelding via het formulier', () => {
  const code = 'AZWA-A1.2';

  it('de secretaris van A1 meldt "Loopt achter": zonder toelichting de fout naast het veld en niets veranderd; met toelichting opgeslagen', async () => {
    const cookie = await login('sec-a1@example.nl');
    const nu = vandaag();
    const dag = new Date(Date.parse(nu) - 86_400_000).toISOString().slice(0, 10);
    const kc = async (p: string) => (await app.inject({ url: `/api/v1/kerncijfers?peildatum=${p}&bron=berekend`, headers: await leesToken(db) })).json().acties;
    const voorGisteren = await kc(new Date(Date.parse(nu) - 2 * 86_400_000).toISOString().slice(0, 10));
    const voorVandaag = await kc(nu);

    const f = await pagina(`/acties/actie/${code}`, cookie);
    expect(f.statusCode).toBe(200);
    const volgnr = /name="volgnr" value="(\d+)"/.exec(f.body)![1];
    const post = (velden: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/acties/actie/${code}/status`,
        headers: { cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: formulierCsrf(f.body), volgnr, ...velden }).toString(),
      });
    const zonder = await post({ status: 'Loopt achter', status_datum: dag, toelichting: '' });
    expect(zonder.statusCode).toBe(422);
    expect(zonder.body).toMatch(/<p class="utrecht-form-field-error-message" id="toelichting-fout">.*toelichting is verplicht/i);
    expect(zonder.body).toContain('aria-invalid="true"');
    expect(await kc(nu)).toEqual(voorVandaag);

    const met = await post({ status: 'Loopt achter', status_datum: dag, toelichting: 'Regionale agenda’s nog niet vastgesteld' });
    expect(met.statusCode).toBe(303);
    const na = await kc(nu);
    expect(na.per_onderdeel.A1.per_status['Loopt achter']).toBe(voorVandaag.per_onderdeel.A1.per_status['Loopt achter'] + 1);
    expect(na.zonder_status).toBe(voorVandaag.zonder_status - 1);
    expect(await kc(new Date(Date.parse(nu) - 2 * 86_400_000).toISOString().slice(0, 10))).toEqual(voorGisteren);

    // het overzicht telt hetzelfde als de API
    const overzicht = await pagina(`/acties?peildatum=${nu}`, cookie);
    expect(overzicht.body).toContain(`${na.totaal} acties (IZA en AZWA)`);

    // hetzelfde (nu verouderde) formulier nog eens: conflict, niets veranderd
    const oud = await post({ status: 'Afgerond', status_datum: nu, toelichting: '' });
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('Iemand anders heeft intussen de status van AZWA-A1.2 gewijzigd');
    expect(await kc(nu)).toEqual(na);
  });

  it('de secretaris van B2 wordt geweigerd (403) bij een actie van A1', async () => {
    const eigen = await login('sec-a1@example.nl');
    const f = await pagina(`/acties/actie/${code}`, eigen);
    const volgnr = /name="volgnr" value="(\d+)"/.exec(f.body)![1];
    const cookie = await login('sec-b2@example.nl');
    const pagina2 = await pagina(`/acties/actie/${code}`, cookie);
    expect(pagina2.body).not.toContain('Status opslaan');
    const r = await app.inject({
      method: 'POST',
      url: `/acties/actie/${code}/status`,
      headers: { cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: formulierCsrf(pagina2.body), volgnr, status: 'Afgerond', status_datum: vandaag() }).toString(),
    });
    expect(r.statusCode).toBe(403);
    const bulk = await pagina('/acties/azwa/A1/status', cookie);
    expect(bulk.statusCode).toBe(403);
  });
});
