// Helpers for route tests of the access layer: an app on a fresh test database, users per role,
// sessions and CSRF tokens, form posts.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { nieuweTestDb } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import type { Db } from '../../src/platform/db.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { maakSessie, SESSIE_COOKIE, CSRF_COOKIE } from '../../src/toegang/sessies.js';
import { willekeurigToken } from '../../src/toegang/geheimen.js';
import type { Rol } from '../../src/domein/beleid.js';

export const WACHTWOORD = 'correct-paard-batterij-niet';

export async function testApp(env: Record<string, string> = {}, opties: { seed?: 'seed' | 'none' } = {}): Promise<{ app: FastifyInstance; db: Db; sluit: () => Promise<void> }> {
  const db = await nieuweTestDb({ seed: opties.seed ?? 'seed' });
  const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none', ...env }) });
  await app.ready();
  return { app, db, sluit: async () => { await app.close(); await db.close(); } };
}

export async function gebruikerMetRol(db: Db, rol: Rol, extra: { onderdelen?: string[]; email?: string } = {}) {
  return maakGebruiker(db, {
    email: extra.email ?? `${rol}@test.nl`,
    naam: `Test ${rol}`,
    organisatie: 'VWS',
    rollen: [rol],
    onderdelen: extra.onderdelen ?? [],
    wachtwoord: WACHTWOORD,
    door: 'test',
  });
}

/** Cookie header from set-cookie lines (the last value of each name wins), merged into an existing one. */
export function cookies(r: LightMyRequestResponse, bestaand = ''): string {
  const map = new Map(bestaand.split('; ').filter(Boolean).map((c) => c.split('=') as [string, string]).map(([k, ...v]) => [k, v.join('=')] as [string, string]));
  const lijnen = r.headers['set-cookie'];
  for (const l of Array.isArray(lijnen) ? lijnen : lijnen ? [lijnen] : []) {
    const [kv] = l.split(';');
    const i = kv.indexOf('=');
    const k = kv.slice(0, i);
    const v = kv.slice(i + 1);
    if (v === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(l)) map.delete(k);
    else map.set(k, v);
  }
  return [...map].map(([k, v]) => `${k}=${v}`).join('; ');
}

export function csrfUit(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('geen _csrf in de pagina');
  return m[1];
}

/** A fresh session for a user (directly, without the login form) and a CSRF token bound to it. */
export async function sessie(app: FastifyInstance, db: Db, gebruikerId: number): Promise<{ cookie: string; csrf: string }> {
  const geheim = willekeurigToken(18);
  const token = await maakSessie(db, gebruikerId, geheim);
  const cookie = `${SESSIE_COOKIE}=${token}; ${CSRF_COOKIE}=${geheim}`;
  const r = await app.inject({ url: '/uitloggen', headers: { cookie, accept: 'text/html' } });
  if (r.statusCode !== 200) throw new Error(`sessie werkt niet: ${r.statusCode}`);
  return { cookie: cookies(r, cookie), csrf: csrfUit(r.body) };
}

/** An anonymous visitor with a CSRF cookie and token (from the login page). */
export async function anoniem(app: FastifyInstance): Promise<{ cookie: string; csrf: string }> {
  const r = await app.inject({ url: '/inloggen', headers: { accept: 'text/html' } });
  return { cookie: cookies(r), csrf: csrfUit(r.body) };
}

export function formulier(velden: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(velden)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
}

export async function post(app: FastifyInstance, url: string, cookie: string, velden: Record<string, string | string[]>, extraKoppen: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...extraKoppen },
    payload: formulier(velden),
  });
}

/** Logs in through the form; returns the cookie header of the new session. */
export async function loginViaFormulier(app: FastifyInstance, email: string, wachtwoord: string) {
  const a = await anoniem(app);
  const r = await post(app, '/inloggen', a.cookie, { _csrf: a.csrf, email, wachtwoord });
  return { r, cookie: cookies(r, a.cookie) };
}
