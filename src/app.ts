// The HTTP application: one Fastify instance, each part of the mission registered as one plugin.
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { Db } from './platform/db.js';
import type { Config } from './platform/config.js';
import { registreerFoutafhandeling } from './platform/web/problemen.js';
import { kerncijfersApi } from './rapportage/index.js';
import { toegang } from './toegang/index.js';
import { assetsPlugin } from './platform/web/assets.js';
import { dashboardPlugin } from './dashboard/index.js';
import { actiesPlugin } from './acties/index.js';
import { transformatiePlugin } from './transformatie/index.js';
import { financienPlugin } from './financien/index.js';
import { indicatorenPlugin } from './indicatoren/index.js';
import { rapportagePlugin, type PdfRenderer } from './rapportage/index.js';
import { impactPlugin } from './impact/index.js';
import { azwaPlugin } from './azwa/index.js';
import { regiosPlugin } from './regios/index.js';
import { onderhoudPlugin } from './onderhoud/index.js';
import { publiekeCache } from './platform/web/publiekecache.js';
import { geenOpslag } from './platform/web/toegangscontrole.js';

/** Public pages over published data: cached per data version for visitors without login (issue 19). */
export const PUBLIEKE_ROUTES = [
  '/',
  '/financien',
  '/financien/:jaar',
  '/api/v1/kerncijfers',
  '/rapportages',
  '/rapportages/:peildatum',
  '/rapportages/:peildatum/rapport.html',
  '/rapportages/:peildatum/rapport.pdf',
] as const;

export interface AppOpties {
  db: Db;
  config: Config;
  logger?: boolean;
  /** Renders a report as PDF (tests count builds with their own; default: chromium). */
  pdfRenderer?: PdfRenderer;
}

export async function bouwApp({ db, config, logger = false, pdfRenderer }: AppOpties): Promise<FastifyInstance> {
  const app = Fastify({
    // JSON lines with the request id (reqId); no personal data: no client address, no query string
    // (it can hold an e-mail address), no headers
    logger: logger
      ? {
          level: 'info',
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ method: req.method, pad: req.url.split('?')[0] }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    genReqId: () => crypto.randomUUID(),
    // X-Forwarded-* only from the configured proxies; without them nobody is trusted (issue 20: behind
    // TLS anyone's header was believed, bypassing the per-address login limit and forging the audit log)
    trustProxy: config.vertrouwdeProxy ?? false,
  });
  registreerFoutafhandeling(app);
  await app.register(formbody);
  await app.register(helmet, {
    // no inline scripts: client islands are files under /assets
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.achterTls ? [] : null,
      },
    },
    hsts: config.achterTls ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Akkoordmonitor API',
        version: '1.0.0',
        description: 'Kerncijfers van de monitoring van het IZA en het AZWA (datacontract §4).',
      },
    },
  });
  await app.register(toegang, { db, config });
  await app.register(publiekeCache, { db, routes: PUBLIEKE_ROUTES });
  await app.register(assetsPlugin);
  await app.register(dashboardPlugin, { db, config });
  await app.register(kerncijfersApi, { db });
  // one plugin per part of the mission
  await app.register(actiesPlugin, { db, config });
  await app.register(transformatiePlugin, { db, config });
  await app.register(financienPlugin, { db, config });
  await app.register(indicatorenPlugin, { db, config });
  await app.register(rapportagePlugin, { db, config, pdfRenderer });
  await app.register(impactPlugin, { db, config });
  await app.register(azwaPlugin, { db, config });
  await app.register(regiosPlugin, { db, config });
  await app.register(onderhoudPlugin, { db, config });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (geenOpslag(req)) reply.header('cache-control', 'no-store');
  });
  app.get('/api/v1/openapi.json', { preHandler: undefined, schema: { hide: true } }, async () => app.swagger());
  return app;
}
