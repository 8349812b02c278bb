// Routes (pages and API) of reporting rounds and the report; registered by platform/app.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';

export async function rapportagePlugin(app: FastifyInstance, opts: { db: Db; config: Config }): Promise<void> {
  void app;
  void opts;
}
