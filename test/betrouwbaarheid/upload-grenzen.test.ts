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

/**
 * Issue 14: a problem with the chosen file itself (none chosen, wrong kind) sits at the file field — the
 * message inside the field's group, the input pointing at it with aria-describedby — not in a box at the top.
 */
function foutBijVeld(html: string, veldId: string): string {
  const input = new RegExp(`<input[^>]*\\bid="${veldId}"[^>]*>`).exec(html);
  expect(input, `file input #${veldId}`).not.toBeNull();
  expect(input![0]).toMatch(new RegExp(`aria-describedby="[^"]*\\b${veldId}-fout\\b`));
  expect(input![0]).toContain('aria-invalid="true"');
  // the group around the input: from its opening to the next field group (or the end of the form)
  const start = Math.max(...[...html.slice(0, input!.index).matchAll(/class="utrecht-form-field[ "]/g)].map((m) => m.index!));
  const rest = html.slice(input!.index);
  const eind = input!.index + Math.min(...[rest.search(/class="utrecht-form-field[ "]/), rest.indexOf('</form>')].filter((i) => i >= 0));
  const groep = html.slice(start, eind);
  const melding = new RegExp(`id="${veldId}-fout"[^>]*>([^<]*)<`).exec(groep);
  expect(melding, `error #${veldId}-fout inside the field group`).not.toBeNull();
  // and not repeated in an alert box above the form
  const alerts = [...html.matchAll(/<div class="utrecht-alert[^"]*"[\s\S]*?<\/div>\s*<\/div>/g)].map((m) => m[0]);
  expect(alerts.filter((a) => a.includes(melding![1].trim()))).toEqual([]);
  return melding![1].trim();
}

describe('uploads: a problem with the file itself is said at the file field', () => {
  const leeg = { naam: '', inhoud: '' }; // what a browser sends for a file input left empty
  const vormen: { url: string; veld: string; velden?: Record<string, string>; id?: string; verwacht: string }[] = [
    { url: '/financien/import', veld: 'bestand', verwacht: 'Kies een bestand (CSV of XLSX) om te importeren.' },
    { url: '/financien/azwa/import', veld: 'bestand', velden: { bestandstype: 'kaderopbouw' }, verwacht: 'Kies een bestand (CSV of XLSX) om te importeren.' },
    { url: '/impact/import', veld: 'bestand', verwacht: 'Kies een bestand (CSV of XLSX) om te importeren.' },
    { url: '/rapportages/importeren', veld: 'bestand', verwacht: 'Kies een CSV-bestand om te importeren.' },
    { url: '/indicatoren/importeren/contract', veld: 'bestand', velden: { soort: 'indicatoren' }, verwacht: 'Kies een CSV- of XLSX-bestand.' },
    { url: '/indicatoren/importeren/cbs', veld: 'respons', verwacht: 'Kies het opgeslagen CBS-antwoord (JSON).' },
  ];

  it.each(vormen)('$url without a file: 400 and "$verwacht" at the field', async (v) => {
    const res = await stuur(v.url, formulier([{ veld: v.veld, ...leeg }], v.velden));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(foutBijVeld(res.body, v.id ?? v.veld)).toBe(v.verwacht);
  });

  it.each([
    { url: '/financien/import', velden: undefined },
    { url: '/financien/azwa/import', velden: { bestandstype: 'kaderopbouw' } },
    { url: '/impact/import', velden: undefined },
  ])('$url with a file of the wrong kind (.txt): the reason at the file field', async (v) => {
    const res = await stuur(v.url, formulier([{ veld: 'bestand', naam: 'notities.txt', inhoud: 'hallo' }], v.velden));
    expect(res.statusCode).toBe(400);
    expect(foutBijVeld(res.body, 'bestand')).toMatch(/^notities\.txt: alleen \.csv of \.xlsx is toegestaan\.$/);
  });

  it('/financien/azwa/import without a file type: the message at the choice of type, the file untouched', async () => {
    const res = await stuur('/financien/azwa/import', formulier([{ veld: 'bestand', naam: 'kaderopbouw.csv', inhoud: 'x' }]));
    expect(res.statusCode).toBe(400);
    const fieldset = /<fieldset[^>]*id="bestandstype"[\s\S]*?<\/fieldset>/.exec(res.body)![0];
    expect(fieldset).toMatch(/aria-describedby="bestandstype-fout"/);
    expect(fieldset).toContain('Kies een bestandstype: kaderopbouw, begrotingsafspraken, begrotingsrealisatie, enveloppen, enveloppe_gebruik.');
  });
});
