// Access: loads the user of the request (session cookie or personal API token).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';

export const toegang = fp(async function toegang(app: FastifyInstance, _opts: { db: Db; config: Config }) {
  app.decorateRequest('gebruiker', null);
});
