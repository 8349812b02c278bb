// The public PDF report under load (issue 20): every request started its own chromium, uncached and
// unlimited (4 requests → 16 processes). Now a published report is built once per data version and
// kept on disk, parallel requests share one build, and at most 2 builds run at once (a few wait, the
// rest get 503 with Retry-After). Builds are counted through an injected renderer. Engine under test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { nieuweTestDb } from '../helpers/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, sessie } from '../toegang/hulp.js';

const URL_PDF = '/rapportages/2025-05-20/rapport.pdf';
let db: Db;
const dataMap = fs.mkdtempSync(path.join(os.tmpdir(), 'am-pdf-'));
const config = leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none', AKKOORDMONITOR_DATA_DIR: dataMap });

/** A renderer that counts its builds, takes a moment, and tells builds apart by their bytes. */
function teller() {
  const t = { renders: 0, tegelijk: 0, hoogste: 0, vrij: null as null | Promise<void>, laat: () => {} };
  const renderer = async (g: { peildatum: string }) => {
    const n = ++t.renders;
    t.tegelijk++;
    t.hoogste = Math.max(t.hoogste, t.tegelijk);
    await (t.vrij ?? new Promise((ok) => setTimeout(ok, 100)));
    t.tegelijk--;
    return Buffer.from(`%PDF-1.7 rapport ${g.peildatum} bouw ${n}`);
  };
  return { t, renderer };
}

async function app(renderer: (g: { peildatum: string }) => Promise<Buffer>): Promise<FastifyInstance> {
  const a = await bouwApp({ db, config, pdfRenderer: renderer as never });
  await a.ready();
  return a;
}

beforeAll(async () => {
  db = await nieuweTestDb();
}, 60_000);
afterAll(async () => {
  await db?.close();
  fs.rmSync(dataMap, { recursive: true, force: true });
});

describe('rapport.pdf: één keer opmaken per dataversie, begrensd', () => {
  it('4 gelijktijdige publieke verzoeken: één keer opgemaakt, alle 4 dezelfde bytes; na een herstart uit de opslag; nieuwe data: opnieuw', async () => {
    const { t, renderer } = teller();
    const a = await app(renderer);
    const rs = await Promise.all(Array.from({ length: 4 }, () => a.inject({ url: URL_PDF })));
    expect(rs.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(t.renders).toBe(1);
    expect(new Set(rs.map((r) => r.rawPayload.toString('latin1'))).size).toBe(1);
    expect(rs[0].headers['content-type']).toBe('application/pdf');
    await a.close();

    // a restarted instance (empty memory) finds the PDF of this data version on disk
    const b = await app(renderer);
    const r2 = await b.inject({ url: URL_PDF });
    expect(r2.rawPayload.equals(rs[0].rawPayload)).toBe(true);
    expect(t.renders).toBe(1);
    // a change of data (a new data version) gives a new build
    await db.query('UPDATE data_versie SET versie = versie + 1 WHERE id = 1');
    const r3 = await b.inject({ url: URL_PDF });
    expect(r3.statusCode).toBe(200);
    expect(t.renders).toBe(2);
    expect(r3.rawPayload.equals(rs[0].rawPayload)).toBe(false);
    await b.close();
  }, 60_000);

  it('te veel tegelijk: hooguit 2 opmaken tegelijk, 8 wachten, de rest krijgt 503 met Retry-After', async () => {
    const { t, renderer } = teller();
    let laat!: () => void;
    t.vrij = new Promise<void>((ok) => (laat = ok));
    const a = await app(renderer);
    try {
      // logged-in readers may see more than the public: their PDF is built per request, within the bound
      const lezer = await gebruikerMetRol(db, 'lezer', { email: 'pdf-lezer@test.nl' });
      const s = await sessie(a, db, lezer.id);
      let beantwoord = 0;
      const verzoeken = Array.from({ length: 12 }, () => a.inject({ url: URL_PDF, headers: { cookie: s.cookie } }).then((r) => (beantwoord++, r)));
      // while the first two builds hang: the two requests beyond the line are answered at once
      while (beantwoord < 2) await new Promise((ok) => setTimeout(ok, 20));
      expect(t.renders).toBe(2);
      laat();
      const rs = await Promise.all(verzoeken);
      const codes = rs.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 503).length).toBe(2);
      expect(codes.filter((c) => c === 200).length).toBe(10);
      const weg = rs.find((r) => r.statusCode === 503)!;
      expect(Number(weg.headers['retry-after'])).toBeGreaterThan(0);
      expect(weg.headers['content-type']).toMatch(/problem\+json|text\/html/);
      expect(t.hoogste).toBe(2);
      expect(t.renders).toBe(10);
    } finally {
      await a.close();
    }
  }, 60_000);
});
