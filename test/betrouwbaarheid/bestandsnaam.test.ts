// Issue 20: a download's file name is built from the query (?onderdeel=, ?code=, ?sector=) by one
// helper: no parameter injection into Content-Disposition, and non-Latin-1 input is a name, not a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp } from '../toegang/hulp.js';
import { bijlage } from '../../src/platform/web/bestandsnaam.js';

let app: FastifyInstance;
let sluit: () => Promise<void>;

beforeAll(async () => {
  let db: Db;
  ({ app, db, sluit } = await testApp());
  void db;
});
afterAll(async () => {
  await sluit();
});

/** The parameters of a Content-Disposition value, split on ; outside quotes. */
function parameters(kop: string): string[] {
  return (kop.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? []).map((p) => p.trim().split('=')[0].toLowerCase());
}

describe('Content-Disposition of downloads', () => {
  const vijandig = 'A"; filename=evil.exe; x="';
  it.each([
    ['/acties/export.csv?peildatum=2025-05-20&onderdeel=', vijandig],
    ['/acties/historie.csv?peildatum=2025-05-20&code=', vijandig],
    ['/acties/voortgang.csv?peildatum=2025-05-20&onderdeel=', vijandig],
    ['/financien/2024/historie.csv?peildatum=2025-05-20&sector=', vijandig],
  ])('%s carries one filename and one filename* whatever the query says', async (pad, waarde) => {
    const r = await app.inject({ url: pad + encodeURIComponent(waarde) });
    expect(r.statusCode).toBe(200);
    const kop = String(r.headers['content-disposition']);
    expect(parameters(kop)).toEqual(['attachment', 'filename', 'filename*']);
    expect(kop).not.toContain('evil.exe"');
  });

  it.each(['/acties/export.csv?peildatum=2025-05-20&onderdeel=', '/acties/historie.csv?peildatum=2025-05-20&code=', '/financien/2024/historie.csv?peildatum=2025-05-20&sector='])(
    '%s with non-Latin-1 input answers 200, the UTF-8 name in filename*',
    async (pad) => {
      const r = await app.inject({ url: `${pad}${encodeURIComponent('Zorg—中文')}` });
      expect(r.statusCode).toBe(200);
      expect(String(r.headers['content-disposition'])).toContain(`filename*=UTF-8''`);
      expect(String(r.headers['content-disposition'])).toContain(encodeURIComponent('中文'));
    },
  );

  it('the helper keeps an ordinary name as it is', () => {
    expect(bijlage('acties-A-2025-05-20.csv')).toBe(`attachment; filename="acties-A-2025-05-20.csv"; filename*=UTF-8''acties-A-2025-05-20.csv`);
    expect(bijlage('rapport.pdf', 'inline')).toMatch(/^inline; filename="rapport\.pdf"/);
    expect(bijlage('a/../b\\c\r\nd.csv')).not.toMatch(/[\\/\r\n]/);
  });
});
