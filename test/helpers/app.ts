// An app on a test database for route tests that play a logged-in user without sessions.
import type { FastifyInstance } from 'fastify';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import type { Db } from '../../src/platform/db.js';
import type { Gebruiker } from '../../src/domein/beleid.js';

/** The app on `db` (no seed of its own); each request acts as `ingelogd()` when that gives a user (test only). */
export async function appMetInlog(db: Db, ingelogd: () => Gebruiker | null): Promise<FastifyInstance> {
  const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  app.addHook('onRequest', async (req) => {
    const g = ingelogd();
    if (g) req.gebruiker = g;
  });
  await app.ready();
  return app;
}
