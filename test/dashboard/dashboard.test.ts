// The dashboard on the real seed: the published figures of 20 mei 2025 (416 snelle toetsen),
// "niet gepubliceerd" instead of 0, sources and data-quality notes, charts with table and CSV.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { gebruikerMetRol, sessie, testApp } from '../toegang/hulp.js';
import { zetEmbargo } from '../../src/kern/embargo.js';
import { kerncijfers } from '../../src/kern/kerncijfers.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp());
});
afterAll(async () => { await sluit?.(); });

const pagina = (url: string, cookie?: string) => app.inject({ url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
/** The value of a kerncijfer card, by its label. */
function kaart(html: string, label: string): string {
  const m = new RegExp(`<span class="am-cijfer__label">${label.replace(/[()]/g, '\\$&')}</span><span class="am-cijfer__waarde">(.*?)</span><span class="am-cijfer__bron">`).exec(html);
  if (!m) throw new Error(`geen kaart ${label}`);
  return m[1].replace(/<[^>]+>/g, '');
}

describe('dashboard', () => {
  test('without a choice it shows the newest published peildatum, 20 mei 2025, with 416 snelle toetsen (equal to the API)', async () => {
    const r = await pagina('/');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Kerncijfers op 20 mei 2025');
    expect(kaart(r.body, 'Aanvragen snelle toets (totaal aangeleverd)')).toBe('416');
    expect(kaart(r.body, 'Goedgekeurd')).toBe('270');
    expect(kaart(r.body, 'IZA-acties (totaal)')).toBe('444');
    expect(kaart(r.body, 'Beschikbaar gesteld')).toBe('€ 740.409.907');
    const api = (await kerncijfers(db, '2025-05-20', undefined)) as unknown as { snelle_toetsen: { totaal: number } };
    expect(api.snelle_toetsen.totaal).toBe(416);
  });

  test('each figure names its source: the publication text of the vastgestelde snapshot', async () => {
    const r = await pagina('/?peildatum=2025-05-20');
    expect(r.body).toContain('Bron: vastgestelde cijfers');
    expect(r.body).toContain('IZA voortgangsrapportage 16 juni 2025');
    expect(r.body).toContain('Vastgesteld, 20 mei 2025');
  });

  test('figures a publication does not give show as "niet gepubliceerd", never 0 (25 februari 2025)', async () => {
    const r = await pagina('/?peildatum=2025-02-25');
    expect(kaart(r.body, 'Aanvragen snelle toets (totaal aangeleverd)')).toBe('niet gepubliceerd');
    expect(kaart(r.body, 'Goedgekeurd')).toBe('222');
    expect(kaart(r.body, 'Afgerond')).toBe('161');
    expect(kaart(r.body, 'Loopt achter')).toBe('niet gepubliceerd');
    expect(kaart(r.body, 'Beschikbaar gesteld')).toBe('niet gepubliceerd');
  });

  test('the data-quality notes (opmerkingen) of the snapshot are on the page', async () => {
    const r = await pagina('/?peildatum=2023-08-28');
    expect(r.body).toContain('Opmerkingen over de datakwaliteit');
    expect(r.body).toContain('De overige statussen zijn niet gepubliceerd.');
  });

  test('the public cannot ask for computed (unpublished) figures; a logged-in user can', async () => {
    const anoniem = await pagina('/?peildatum=2024-01-01');
    expect(anoniem.body).toContain('Voor 1 januari 2024 zijn geen gepubliceerde cijfers');
    expect(anoniem.body).toContain('Kerncijfers op 20 mei 2025');
    expect(anoniem.body).not.toContain('berekend uit de gegevens)');
    const lezer = await gebruikerMetRol(db, 'lezer');
    const s = await sessie(app, db, lezer.id);
    const ingelogd = await pagina('/?peildatum=2024-01-01', s.cookie);
    expect(ingelogd.body).toContain('Kerncijfers op 1 januari 2024');
    expect(ingelogd.body).toContain('Bron: berekend');
  });

  test('the charts over time: server SVG, option JSON for the island (no inline script), table and CSV', async () => {
    const r = await pagina('/');
    expect(r.body).toContain('<svg role="img"');
    expect(r.body).toMatch(/<script type="application\/json" class="am-grafiek-optie">\{/);
    expect(r.body).not.toMatch(/<script>(?!<)/);
    expect(r.body).toContain('<script src="/assets/echarts.min.js" defer>');
    expect(r.body).toContain('href="/dashboard/grafiek/snelle-toetsen.csv"');
    const csv = await app.inject({ url: '/dashboard/grafiek/snelle-toetsen.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.replace('\ufeff', '').split('\r\n')).toEqual([
      'Peildatum;Ingediend (totaal) (aantal);Goedgekeurd (aantal)',
      '28 augustus 2023;120;35',
      '25 februari 2025;;222',
      '20 mei 2025;416;270',
      '',
    ]);
    const plannen = await app.inject({ url: '/dashboard/grafiek/transformatieplannen.csv' });
    expect(plannen.body).toContain('20 mei 2025;59');
    expect((await app.inject({ url: '/dashboard/grafiek/bestaat-niet.csv' })).statusCode).toBe(404);
  });

  test('financiële kaders under embargo are hidden for the public and a lezer, visible for a bo-lid', async () => {
    await zetEmbargo(db, { soort: 'kader_stand', sleutel: '2024-10-31', embargo_tot: '2999-01-01', versie: 0 }, 'test');
    const publiek = await pagina('/');
    expect(publiek.body).toContain('staan onder embargo tot 1 januari 2999');
    expect(publiek.body).not.toContain('€ 30.157 mln');
    const bo = await gebruikerMetRol(db, 'bo-lid');
    const s = await sessie(app, db, bo.id);
    const intern = await pagina('/', s.cookie);
    expect(intern.body).toContain('€ 30.157 mln');
  });

  test('the static assets are served with cache headers: Rijkshuisstijl CSS (tokens under .rhc-theme), app.css, echarts, island', async () => {
    const css = await app.inject({ url: '/assets/rijkshuisstijl.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('max-age');
    expect(css.body).toContain('.rhc-theme {');
    expect(css.body).toContain('--rhc-color-lintblauw-500');
    expect(css.body).toContain('.utrecht-button');
    const nogmaals = await app.inject({ url: '/assets/rijkshuisstijl.css', headers: { 'if-none-match': css.headers.etag as string } });
    expect(nogmaals.statusCode).toBe(304);
    for (const a of ['/assets/app.css', '/assets/grafiek.js', '/assets/echarts.min.js']) {
      const r = await app.inject({ url: a });
      expect(r.statusCode, a).toBe(200);
      expect(r.headers['cache-control'], a).toMatch(/max-age=\d+/);
    }
    const csp = (await pagina('/')).headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
  });
});
