// Routes (pages and API) of this part; registered by platform/app.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { transformatieRoutes } from './routes.js';
import { transformatieVandaag } from './klok.js';

export async function transformatiePlugin(app: FastifyInstance, opts: { db: Db; config: Config; vandaag?: () => string }): Promise<void> {
  await transformatieRoutes(app, { db: opts.db, vandaag: opts.vandaag ?? transformatieVandaag });
}
