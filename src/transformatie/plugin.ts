// Routes (pages and API) of this part; registered by platform/app.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { transformatieRoutes } from './routes/workflow.js';
import { transformatieVandaag } from './klok.js';
import { testklokRoutes } from './routes/testklok.js';

export async function transformatiePlugin(app: FastifyInstance, opts: { db: Db; config: Config; vandaag?: () => string }): Promise<void> {
  // Only with AKKOORDMONITOR_TESTKLOK=1 (tests and demos, never production): /beheer/testklok and the
  // hook that reads the test date per request. First, so the hook runs before the workflow routes.
  await testklokRoutes(app, { db: opts.db, config: opts.config });
  await transformatieRoutes(app, { db: opts.db, vandaag: opts.vandaag ?? transformatieVandaag });
}
