// Issue 20: one embargo rule for every way out. The report (HTML), its open data (kerncijfers.csv|json)
// and /api/v1/kerncijfers show nothing under embargo to a reader without embargo.lezen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { nieuweTestDb } from '../helpers/db.js';

/** The report's section of the financiële kaders (the published notes elsewhere quote figures too). */
function kaderSectie(html: string): string {
  const b = html.indexOf('id="kaders-kop"');
  expect(b).toBeGreaterThan(0);
  const e = html.indexOf('<h2 ', b + 1);
  return html.slice(b, e > 0 ? e : undefined);
}

describe('embargo: report, open data and API follow one rule', () => {
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await nieuweTestDb();
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('a kader stand under embargo is absent from rapport.html and kerncijfers.json|csv of the publication of 20 mei 2025', async () => {
    // before: the published GGZ 2024 kader (uitgaven 5.563, stand 31 oktober 2024) is in all three
    const voorJson = (await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.json' })).json();
    expect(voorJson.financiele_kaders.some((k: any) => k.stand === '2024-10-31')).toBe(true);
    expect((await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.csv' })).body).toContain('financiele_kaders');
    const voorHtml = (await app.inject({ url: '/rapportages/2025-05-20/rapport.html' })).body;
    expect(kaderSectie(voorHtml)).toContain('5.563');

    await db.query(`INSERT INTO embargo (soort, sleutel, embargo_tot, door) VALUES ('kader_stand', '2024-10-31', '2999-06-01', 'test')`);
    try {
      const json = await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.json' });
      expect(json.statusCode).toBe(200);
      expect(json.body).not.toContain('"uitgaven":5563');
      expect(json.json().financiele_kaders).toBeUndefined();
      expect(json.json().opmerkingen).toContain('De financiële kaders van deze peildatum staan nog onder embargo.');
      const csv = (await app.inject({ url: '/rapportages/2025-05-20/kerncijfers.csv' })).body;
      expect(csv).toContain('snelle_toetsen.totaal');
      expect(csv).not.toContain('financiele_kaders');
      const html = (await app.inject({ url: '/rapportages/2025-05-20/rapport.html' })).body;
      expect(kaderSectie(html)).not.toContain('5.563');
      expect(kaderSectie(html)).not.toContain('<table');
      expect(html).toContain('nog onder embargo');
      // the API says the same
      const api = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' })).json();
      expect(api.financiele_kaders).toBeUndefined();
    } finally {
      await db.query(`DELETE FROM embargo`);
    }
  });

  it('a round under embargo: the API leaves out its transformatiemiddelen and kaders (the report answers 404)', async () => {
    const voor = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' })).json();
    expect(voor.transformatiemiddelen.beschikbaar_gesteld).toBe(740409907);
    await db.query(`INSERT INTO embargo (soort, sleutel, embargo_tot, door) VALUES ('ronde', '2025-05-20', '2999-06-01', 'test')`);
    try {
      expect((await app.inject({ url: '/rapportages/2025-05-20/rapport.html' })).statusCode).toBe(404);
      const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' });
      expect(r.statusCode).toBe(200);
      const k = r.json();
      expect(k.transformatiemiddelen).toBeUndefined();
      expect(k.financiele_kaders).toBeUndefined();
      expect(r.body).not.toContain('740409907');
      expect(k.opmerkingen).toContain('De bedragen van deze peildatum staan nog onder embargo.');
      // counts are not budget figures: they stay
      expect(k.snelle_toetsen.totaal).toBe(416);
      const csv = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20', headers: { accept: 'text/csv' } })).body;
      expect(csv).not.toContain('740409907');
    } finally {
      await db.query(`DELETE FROM embargo`);
    }
  });
});
