// Authorisation matrix: every role × every state-changing route registered in the app (collected by
// the access plugin's onRoute hook, so routes that other parts add later are covered automatically).
// Expected: allowed (any answer but a refusal), 403, or, without a session, the login page (401 for the API).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { BELEID, isAzwaCode, mag, ROLLEN, type Gebruiker, type Rol } from '../../src/domein/beleid.js';
import { alsGebruiker, type GebruikerRij } from '../../src/toegang/gebruikers.js';
import { maakToken, toegestaneScopes } from '../../src/toegang/tokens.js';
import { anoniem, formulier, gebruikerMetRol, sessie, testApp } from './hulp.js';

const SCHRIJVEND = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Forms meant for visitors without a session: the login, the one-time first-run link (guarded by its token; test/toegang/eerste-beheerder.test.ts) and the one-time password reset link (test/betrouwbaarheid/account.test.ts). */
const ZONDER_SESSIE = new Set(['/inloggen', '/eerste-beheerder/:token', '/wachtwoord-herstel/:geheim']);

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
const gebruikers = new Map<Rol, GebruikerRij>();
const tokens = new Map<Rol, string>();

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  const alleOnderdelen = (await db.query<{ code: string }>('SELECT DISTINCT code FROM onderdelen')).map((r) => r.code);
  for (const rol of ROLLEN) {
    const onderdelen = rol === 'thematafel-secretaris' ? alleOnderdelen : rol === 'azwa-trekker' ? alleOnderdelen.filter(isAzwaCode) : [];
    const g = await gebruikerMetRol(db, rol, { onderdelen });
    gebruikers.set(rol, g);
    const gb = alsGebruiker(g);
    tokens.set(rol, (await maakToken(db, gb, { naam: 'matrix', scopes: toegestaneScopes(gb) })).token);
  }
});
afterAll(async () => { await sluit?.(); });

function schrijvendeRoutes() {
  return app.toegangRoutes.filter((r) => SCHRIJVEND.has(r.method));
}

/** A concrete URL for a route pattern (parameters filled in). */
function invullen(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, '1').replace(/\*/g, 'x');
}

function isWeigering(r: LightMyRequestResponse): boolean {
  return r.statusCode === 403 && /U heeft niet de rol|geen recht op/.test(r.body);
}
function isNaarInloggen(r: LightMyRequestResponse): boolean {
  return r.statusCode === 303 && String(r.headers.location ?? '').startsWith('/inloggen?terug=');
}

async function verstuur(method: string, url: string, cookie: string, csrf: string | null, bearer?: string) {
  return app.inject({
    method: method as 'POST',
    url: invullen(url),
    headers: {
      accept: url.startsWith('/api/') ? 'application/json' : 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    payload: formulier(csrf ? { _csrf: csrf } : {}),
  });
}

describe('authorisation matrix', () => {
  test('the app has state-changing routes, and every one names its handeling through vereist()', () => {
    const routes = schrijvendeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const zonder = routes.filter((r) => !r.handeling).map((r) => `${r.method} ${r.url}`);
    expect(zonder).toEqual([]);
  });

  test('no state-changing handeling is public', () => {
    const publiek = schrijvendeRoutes().filter((r) => r.handeling && BELEID[r.handeling] === 'publiek' && !ZONDER_SESSIE.has(r.url));
    expect(publiek.map((r) => `${r.method} ${r.url} (${r.handeling})`)).toEqual([]);
  });

  test('every state-changing page route is CSRF-protected', () => {
    const zonder = schrijvendeRoutes().filter((r) => !r.url.startsWith('/api/') && !r.csrf);
    expect(zonder.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  test('without a session or token no state-changing route is reachable', async () => {
    const a = await anoniem(app);
    const fouten: string[] = [];
    for (const r of schrijvendeRoutes()) {
      if (ZONDER_SESSIE.has(r.url)) continue;
      for (const [cookie, csrf] of [[a.cookie, a.csrf], ['', null]] as const) {
        const res = await verstuur(r.method, r.url, cookie, csrf);
        const ok = r.url.startsWith('/api/') ? res.statusCode === 401 : isNaarInloggen(res) || res.statusCode === 403;
        if (!ok) fouten.push(`${r.method} ${r.url} (csrf ${csrf ? 'ja' : 'nee'}): ${res.statusCode}`);
      }
    }
    expect(fouten).toEqual([]);
  });

  test.each(ROLLEN.map((r) => [r]))('role %s: allowed where BELEID says so, otherwise 403', async (rol) => {
    const g: Gebruiker = alsGebruiker(gebruikers.get(rol)!);
    const fouten: string[] = [];
    for (const r of schrijvendeRoutes()) {
      if (!r.handeling || r.url === '/inloggen') continue;
      const api = r.url.startsWith('/api/');
      let res: LightMyRequestResponse;
      if (api) {
        res = await verstuur(r.method, r.url, '', null, tokens.get(rol));
      } else {
        const s = await sessie(app, db, g.id);
        res = await verstuur(r.method, r.url, s.cookie, s.csrf);
      }
      const verwacht = mag(g, r.handeling);
      const geweigerd = isWeigering(res) || isNaarInloggen(res) || res.statusCode === 401;
      if (verwacht && (geweigerd || /CSRF/.test(res.statusCode === 403 ? res.body : ''))) fouten.push(`${r.method} ${r.url}: toegestaan voor ${rol} maar ${res.statusCode}`);
      if (!verwacht && !isWeigering(res)) fouten.push(`${r.method} ${r.url}: geweigerd voor ${rol} verwacht, kreeg ${res.statusCode}`);
    }
    expect(fouten).toEqual([]);
  });

  test('an API token never gives more than its scopes', async () => {
    const beheerder = alsGebruiker(gebruikers.get('beheerder')!);
    const smal = (await maakToken(db, beheerder, { naam: 'alleen audit', scopes: ['audit.lezen'] })).token;
    const fouten: string[] = [];
    for (const r of schrijvendeRoutes()) {
      if (!r.handeling || r.url === '/inloggen' || r.handeling === 'audit.lezen') continue;
      if (BELEID[r.handeling] === 'publiek') continue;
      const res = await verstuur(r.method, r.url, '', null, smal);
      if (!isWeigering(res)) fouten.push(`${r.method} ${r.url}: ${res.statusCode}`);
    }
    expect(fouten).toEqual([]);
  });
});
