// Issue 20: anonymous memory exhaustion. Every upload route answers "log in" (or refuses a missing
// CSRF token) BEFORE it reads a multipart body: the client announces 1 GB and sends only a few bytes;
// the answer must come while the body is still unsent (the old code waited for, and buffered, it all).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { nieuweTestDb } from '../helpers/db.js';

/** POSTs a multipart head announcing `lengte` bytes, sends 1 KB, and waits (max 4 s) for an answer. */
function halveUpload(poort: number, url: string, lengte: number, headers: Record<string, string> = {}): Promise<{ status: number; location?: string } | 'geen antwoord'> {
  return new Promise((resolve) => {
    const grens = 'grens20';
    const req = http.request({
      host: '127.0.0.1',
      port: poort,
      method: 'POST',
      path: url,
      headers: { 'content-type': `multipart/form-data; boundary=${grens}`, 'content-length': String(lengte), accept: 'text/html', ...headers },
    });
    const klok = setTimeout(() => {
      req.destroy();
      resolve('geen antwoord');
    }, 4000);
    req.on('response', (res) => {
      clearTimeout(klok);
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      req.destroy();
    });
    req.on('error', () => undefined);
    req.write(`--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="groot.csv"\r\n\r\n${'x'.repeat(1024)}`);
  });
}

describe('uploads: access and CSRF before the body', () => {
  let db: Db;
  let app: FastifyInstance;
  let poort: number;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    poort = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  // every upload (multipart) route of the app
  const routes = ['/indicatoren/importeren/contract', '/indicatoren/importeren/cbs', '/financien/import'];

  it.each(routes)('anonymous POST of 1 GB to %s: sent to the login without the body being read', async (url) => {
    const r = await halveUpload(poort, url, 1024 * 1024 * 1024);
    expect(r).not.toBe('geen antwoord');
    expect(r).toMatchObject({ status: 303 });
    expect((r as { location: string }).location).toContain('/inloggen');
  });

  it('an API token without the role gets 403 before the body is read', async () => {
    const { leesToken } = await import('../helpers/toegang.js');
    const token = await leesToken(db);
    const r = await halveUpload(poort, '/indicatoren/importeren/contract', 1024 * 1024 * 1024, token);
    expect(r).toMatchObject({ status: 403 });
  });
});
