// Static assets under /assets: our own files (assets/: app.css, client islands) with @fastify/static,
// plus two files built from node_modules at start-up: /assets/rijkshuisstijl.css (the Rijkshuisstijl
// design tokens under .rhc-theme + the NL Design System component CSS), /assets/echarts.min.js and the
// Source Sans 3 files under /assets/lettertype/.
// Everything gets an ETag and Cache-Control; a changed file gets a new ETag.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PROJECT_MAP } from '../config.js';
import { fontFaceCss, lettertypeBestanden } from './lettertype.js';

const require = createRequire(import.meta.url);
export const ASSETS_MAP = path.join(PROJECT_MAP, 'assets');

interface Bestand {
  inhoud: Buffer;
  type: string;
  etag: string;
}

function bestand(inhoud: Buffer, type: string): Bestand {
  return { inhoud, type, etag: `"${crypto.createHash('sha256').update(inhoud).digest('base64url').slice(0, 27)}"` };
}

function pakket(p: string): string {
  return fs.readFileSync(require.resolve(p), 'utf8');
}

let gebouwd: Map<string, Bestand> | null = null;

/** The files made from packages (built once per process). */
export function pakketBestanden(): Map<string, Bestand> {
  if (gebouwd) return gebouwd;
  const css = [
    '/* Rijkshuisstijl: @rijkshuisstijl-community/design-tokens (class rhc-theme) + @rijkshuisstijl-community/components-css */',
    pakket('@rijkshuisstijl-community/design-tokens/dist/index.css'),
    pakket('@rijkshuisstijl-community/components-css/dist/index.css'),
    '/* Source Sans 3 (OFL), the free substitute for RO Sans */',
    fontFaceCss('url'),
  ].join('\n');
  gebouwd = new Map([
    ['rijkshuisstijl.css', bestand(Buffer.from(css), 'text/css; charset=utf-8')],
    ['echarts.min.js', bestand(fs.readFileSync(require.resolve('echarts/dist/echarts.min.js')), 'text/javascript; charset=utf-8')],
    ...lettertypeBestanden().map(([naam, inhoud]): [string, Bestand] => [`lettertype/${naam}`, bestand(inhoud, 'font/woff2')]),
  ]);
  return gebouwd;
}

export async function assetsPlugin(app: FastifyInstance): Promise<void> {
  const bestanden = pakketBestanden();
  for (const [naam, b] of bestanden) {
    app.get(`/assets/${naam}`, { schema: { hide: true } }, async (req, reply) => {
      reply.header('cache-control', 'public, max-age=86400').header('etag', b.etag);
      if (req.headers['if-none-match'] === b.etag) return reply.code(304).send();
      return reply.type(b.type).send(b.inhoud);
    });
  }
  await app.register(fastifyStatic, {
    root: ASSETS_MAP,
    prefix: '/assets/',
    cacheControl: true,
    maxAge: '1h',
    etag: true,
    lastModified: true,
    index: false,
    list: false,
    wildcard: true,
    schemaHide: true,
  });
}
