// Issue 20: every upload route streams to disk with a bound on file size and file count, and answers a
// passed bound with a Dutch sentence in the form (413) — not an English error, not a raw 500; the temp
// files are gone afterwards.
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, sessie, testApp } from '../toegang/hulp.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let beheerder: { cookie: string; csrf: string };

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  beheerder = await sessie(app, db, (await gebruikerMetRol(db, 'beheerder')).id);
});
afterAll(async () => sluit?.());

const GRENS = '----grenstest';
function formulier(bestanden: { veld: string; naam: string; inhoud: Buffer | string }[], velden: Record<string, string> = {}): Buffer {
  const delen: Buffer[] = [];
  for (const [k, v] of Object.entries(velden)) delen.push(Buffer.from(`--${GRENS}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const b of bestanden) {
    delen.push(Buffer.from(`--${GRENS}\r\nContent-Disposition: form-data; name="${b.veld}"; filename="${b.naam}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    delen.push(Buffer.isBuffer(b.inhoud) ? b.inhoud : Buffer.from(b.inhoud), Buffer.from('\r\n'));
  }
  delen.push(Buffer.from(`--${GRENS}--\r\n`));
  return Buffer.concat(delen);
}

const stuur = (url: string, payload: Buffer) =>
  app.inject({
    method: 'POST',
    url: `${url}?_csrf=${encodeURIComponent(beheerder.csrf)}`,
    headers: { cookie: beheerder.cookie, accept: 'text/html', 'content-type': `multipart/form-data; boundary=${GRENS}` },
    payload,
  });

const MB = 1024 * 1024;
const uploadMappen = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('am-upload-'));

describe('uploads: grenzen per route, Nederlands in het formulier', () => {
  const routes: { url: string; veld: string; naam: string; grens: number; velden?: Record<string, string> }[] = [
    { url: '/indicatoren/importeren/contract', veld: 'bestand', naam: 'indicatoren.csv', grens: 50 * MB, velden: { soort: 'indicatoren' } },
    { url: '/indicatoren/importeren/cbs', veld: 'respons', naam: 'respons.json', grens: 50 * MB },
    { url: '/financien/import', veld: 'bestand', naam: 'financiele_kaders.csv', grens: 10 * MB },
    { url: '/financien/azwa/import', veld: 'bestand', naam: 'kaderopbouw.csv', grens: 10 * MB, velden: { bestandstype: 'kaderopbouw' } },
    { url: '/impact/import', veld: 'bestand', naam: 'impact_maatregelen.csv', grens: 5 * MB },
  ];

  it.each(routes)('$url: een bestand boven de grens geeft 413 met een Nederlandse zin in de pagina', async (r) => {
    const voor = uploadMappen().length;
    const res = await stuur(r.url, formulier([{ veld: r.veld, naam: r.naam, inhoud: Buffer.alloc(r.grens + 1, 'a') }], r.velden));
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Het bestand is te groot: hoogstens');
    expect(res.body).not.toMatch(/request file too large/i);
    // the directory goes right after the answer (the route's finally runs once the reply is out)
    await vi.waitFor(() => expect(uploadMappen().length).toBe(voor), { timeout: 5000 });
  });

  it('meer bestanden dan toegestaan (21 CBS-antwoorden) geeft 413 met een Nederlandse zin', async () => {
    const bestanden = Array.from({ length: 21 }, (_, i) => ({ veld: 'respons', naam: `r${i}.json`, inhoud: '{}' }));
    const res = await stuur('/indicatoren/importeren/cbs', formulier(bestanden));
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('Te veel bestanden tegelijk: hoogstens 20');
  });

  it('een geslaagde en een geweigerde import laten geen tijdelijke bestanden achter', async () => {
    const voor = uploadMappen().length;
    const goed = await stuur(
      '/financien/import',
      formulier([{ veld: 'bestand', naam: 'kaders.csv', inhoud: 'jaar;sector;stand;kader_soort;kader_mln\n2031;MSZ;2031-01-31;IZA;31000\n' }]),
    );
    expect(goed.statusCode).toBe(200);
    const fout = await stuur('/financien/import', formulier([{ veld: 'bestand', naam: 'kaders.csv', inhoud: 'jaar;sector;stand;kader_soort;kader_mln\n2031;MSZ;2031-01-31;IZA;"x\n' }]));
    expect(fout.statusCode).toBeGreaterThanOrEqual(400);
    expect(fout.statusCode).toBeLessThan(500);
    expect(fout.body).toContain('aanhalingsteken');
    // the directory goes right after the answer (the route's finally runs once the reply is out)
    await vi.waitFor(() => expect(uploadMappen().length).toBe(voor), { timeout: 5000 });
  });
});
