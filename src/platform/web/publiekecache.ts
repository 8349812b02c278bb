// Public pages at near-static cost (issue 19). A GET of a listed route by a visitor without login or
// token is answered from memory when the same URL was rendered before at the same data version and
// on the same day; otherwise it is rendered as usual and kept. The data version is a row in the
// database (migrations/0018_dataversie.sql), raised by a statement trigger on every write, and read
// with one tiny SELECT per request: a new stand, an import, a publication or an embargo change is
// seen at once by every app instance on the same database. The day is in the key because an embargo
// ends by the calendar (embargo_tot) without any write. Logged-in pages are never cached.
// Every answer of a listed route gets a strong ETag (hash of the body) and a 304 on If-None-Match.
import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db.js';
import { vandaag } from '../tijd.js';

export interface PubliekeCacheOpties {
  db: Queryable;
  /** Route patterns as registered (e.g. '/financien/:jaar'). */
  routes: readonly string[];
  /** Most entries kept per data version (oldest first out). */
  max?: number;
}

interface Antwoord {
  body: string | Buffer;
  etag: string;
  type: string;
  dispositie?: string;
}

const KOPPEN_PUBLIEK = 'public, no-cache';
const VARY = 'Cookie, Authorization';

export async function dataVersie(db: Queryable): Promise<number> {
  const r = await db.query<{ versie: number }>('SELECT versie FROM data_versie WHERE id = 1');
  return Number(r[0]?.versie ?? 0);
}

export function sterkeEtag(body: string | Buffer): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function komtOvereen(req: FastifyRequest, etag: string): boolean {
  const kop = req.headers['if-none-match'];
  if (!kop) return false;
  return kop.split(',').some((t) => t.trim() === etag || t.trim() === '*');
}

declare module 'fastify' {
  interface FastifyRequest {
    publiekeCacheSleutel?: string;
  }
}

export const publiekeCache = fp(async function publiekeCache(app: FastifyInstance, opties: PubliekeCacheOpties) {
  const routes = new Set(opties.routes);
  const max = opties.max ?? 500;
  const kaart = new Map<string, Antwoord>();
  let kaartVersie = '';

  const isPubliek = (req: FastifyRequest): boolean =>
    (req.method === 'GET' || req.method === 'HEAD') && routes.has(req.routeOptions.url ?? '') && req.gebruiker == null;

  const stuur = (req: FastifyRequest, reply: FastifyReply, a: Antwoord): FastifyReply => {
    reply.header('etag', a.etag).header('cache-control', KOPPEN_PUBLIEK).header('vary', VARY);
    if (komtOvereen(req, a.etag)) return reply.code(304).send();
    if (a.dispositie) reply.header('content-disposition', a.dispositie);
    return reply.code(200).type(a.type).send(a.body);
  };

  app.addHook('preHandler', async (req, reply) => {
    if (!isPubliek(req)) return;
    const versie = `${await dataVersie(opties.db)}|${vandaag()}`;
    if (versie !== kaartVersie) {
      kaart.clear();
      kaartVersie = versie;
    }
    const sleutel = `${versie}|${req.url}|${req.headers.accept?.includes('text/csv') ? 'csv' : ''}`;
    const a = kaart.get(sleutel);
    if (a) return stuur(req, reply, a);
    req.publiekeCacheSleutel = sleutel;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (!routes.has(req.routeOptions.url ?? '') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.getHeader('etag')) return payload; // sent from the cache above
    const etag = sterkeEtag(payload);
    reply.header('etag', etag).header('vary', VARY);
    const sleutel = req.publiekeCacheSleutel;
    if (sleutel) {
      reply.header('cache-control', KOPPEN_PUBLIEK);
      if (sleutel.startsWith(`${kaartVersie}|`)) {
        if (kaart.size >= max) kaart.delete(kaart.keys().next().value!);
        const dispositie = reply.getHeader('content-disposition');
        kaart.set(sleutel, { body: payload, etag, type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'), dispositie: dispositie ? String(dispositie) : undefined });
      }
    } else {
      reply.header('cache-control', 'private, no-cache');
    }
    if (komtOvereen(req, etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
});
