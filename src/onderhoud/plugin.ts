// Running it for real: /health (the process is up) and /ready (database reachable, migrations done)
// for a load balancer, and the beheer backup (page + download streamed from the server process, the
// way to back up the embedded database while the server holds it), and the shared import page for
// the register files (routes/importeren.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { paginaContext } from '../platform/web/verzoek.js';
import { stuurPagina } from '../platform/web/pagina.js';
import { openstaandeMigraties } from '../platform/migraties.js';
import { maakBackupBestand } from '../platform/backup.js';
import { schrijfAudit } from '../kern/audit.js';
import { BackupPagina } from './pages/backup.js';
import { bijlage } from '../platform/web/bestandsnaam.js';
import { importeerRoutes } from './routes/importeren.js';

const READY_TIMEOUT_MS = 3000;

/** Database reachable and no migration left to run; the reason in Dutch when not. */
export async function gereedheid(db: Db): Promise<{ gereed: true } | { gereed: false; reden: string }> {
  let timer: NodeJS.Timeout | undefined;
  const tijdslimiet = new Promise<never>((_, weiger) => {
    timer = setTimeout(() => weiger(new Error(`geen antwoord binnen ${READY_TIMEOUT_MS / 1000} seconden`)), READY_TIMEOUT_MS);
  });
  try {
    const open = await Promise.race([openstaandeMigraties(db), tijdslimiet]);
    if (open.length > 0) return { gereed: false, reden: `migraties nog niet uitgevoerd: ${open.join(', ')}` };
    return { gereed: true };
  } catch (err) {
    return { gereed: false, reden: `database niet bereikbaar: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

export async function onderhoudPlugin(app: FastifyInstance, { db }: { db: Db; config: Config }): Promise<void> {
  // multipart only in this plugin's scope, for the import page
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
  importeerRoutes(app, db);

  app.get('/health', { preHandler: vereist('publiek.lezen'), schema: { hide: true } }, async (_req, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  app.get('/ready', { preHandler: vereist('publiek.lezen'), schema: { hide: true } }, async (req, reply) => {
    const g = await gereedheid(db);
    reply.header('cache-control', 'no-store');
    if (g.gereed) return reply.send({ status: 'gereed', engine: db.engine });
    req.log.warn({ reden: g.reden }, 'niet gereed');
    return reply.code(503).send({ status: 'niet gereed', reden: g.reden });
  });

  app.get('/beheer/backup', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
    return stuurPagina(reply, BackupPagina({ ...(await paginaContext(req, reply)), engine: db.engine, tabellen: n }));
  });

  // The backup goes to a temporary file first: a slow download never holds the (embedded) database,
  // and a failure is an error page instead of half a file.
  app.post('/beheer/backup', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoordmonitor-backup-'));
    const naam = `akkoordmonitor-${new Date().toISOString().replace(/[:.]/g, '-')}.amb`;
    const bestand = path.join(map, naam);
    const opruimen = () => fs.rmSync(map, { recursive: true, force: true });
    try {
      const b = await maakBackupBestand(db, bestand);
      const rijen = Object.values(b.rijen).reduce((a, x) => a + x, 0);
      await schrijfAudit(db, { door: req.gebruiker!.email, actie: 'backup.maken', object_soort: 'database', details: { sha256: b.sha256, tabellen: Object.keys(b.rijen).length, rijen } });
      req.log.info({ tabellen: Object.keys(b.rijen).length, rijen, sha256: b.sha256 }, 'backup gemaakt');
      const stroom = fs.createReadStream(bestand);
      stroom.on('close', opruimen);
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', bijlage(`${naam}`))
        .header('x-backup-sha256', b.sha256)
        .header('cache-control', 'no-store')
        .send(stroom);
    } catch (err) {
      opruimen();
      throw err;
    }
  });
}
