// The regions part: /regios and the regiobeeld pages (issue 18), on the real seed plus the June 2025
// fixture (toetsen, plans) and the DEMO indicator fixture (made-up values, see its README).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { appMetInlog } from '../helpers/app.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import type { Gebruiker } from '../../src/domein/beleid.js';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';

let db: Db;
let app: FastifyInstance;
let ingelogd: Gebruiker | null = null;
const redactie: Gebruiker = { id: 1, email: 'redactie@vws.test', naam: 'Redactie', organisatie_id: 1, organisatie_naam: 'VWS', rollen: ['vws-redactie'], onderdelen: [] };
const html = { accept: 'text/html' };

/** Toetsen of the fixture whose IZA regions (any row) include one of `regios`: counted here from the CSV itself. */
function toetsenMet(regios: string[]): Set<string> {
  const rijen = parse(fs.readFileSync(path.join(FIXTURES, 'juni2025', 'snelle_toetsen.csv'), 'utf8'), { delimiter: ';', columns: true, bom: true }) as Record<string, string>[];
  return new Set(rijen.filter((r) => (r.regios || '').split('|').some((x) => regios.includes(x))).map((r) => r.id));
}

beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'seed' });
  await importeer(db, path.join(FIXTURES, 'juni2025'), { door: 'test' });
  await importeer(db, path.join(FIXTURES, 'indicatoren', 'indicatoren.csv'), { door: 'test' });
  app = await appMetInlog(db, () => ingelogd);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('/regios', () => {
  it('toont elke indeling met haar regio’s, met links naar het regiobeeld', async () => {
    const r = await app.inject({ url: '/regios', headers: html });
    expect(r.statusCode).toBe(200);
    for (const kop of ['Gemeente</strong> (342)', 'Provincie</strong> (12)', 'GGD-regio</strong> (25)', 'Zorgkantoorregio (IZA-regio)</strong> (31)', 'Veiligheidsregio</strong> (25)', 'Arbeidsmarktregio</strong> (35)', 'ROAZ-regio (acute zorg)</strong> (10)'])
      expect(r.body).toContain(kop);
    expect(r.body).toContain('href="/regios/zorgkantoorregio/ZK31"');
    expect(r.body).toContain('href="/regios/roaz/ROAZ03"');
  });
});

describe('regiobeeld', () => {
  it('zorgkantoorregio Zuid-Limburg: kaart, de toetsen die haar raken met de overlapnotitie, en opgetelde huisartsenwachtlijst', async () => {
    ingelogd = redactie;
    const r = await app.inject({ url: '/regios/zorgkantoorregio/ZK31', headers: html });
    expect(r.statusCode).toBe(200);
    const b = r.body;
    expect(b).toContain('<h1 class="utrecht-heading-1">Zuid-Limburg</h1>');
    expect(b).toMatch(/<path class="gebied"[^>]*data-code="ZK31"[^>]*aria-label="Zuid-Limburg: deze regio"/);
    expect(b).toContain('Bron: CBS / Kadaster (via cartomap/nl)');
    const verwacht = toetsenMet(['Zuid-Limburg']);
    expect(verwacht.size).toBe(21);
    expect(b).toContain(`${verwacht.size} snelle toetsen raken deze regio`);
    expect(b).toContain('Kan overlap bevatten');
    for (const id of verwacht) expect(b).toContain(`/transformatie/toetsen/${id}"`);
    // Maastricht (GM0935) and Heerlen (GM0917) have DEMO values; 16 gemeenten in Zuid-Limburg
    expect(b).toContain('Wachtenden voor een (nieuwe) huisarts per gemeente: opgeteld over de gemeenten van de regio');
    expect(b).toMatch(/2 van 16/);
  });

  it('provincie Limburg raakt de toetsen van beide Limburgse IZA-regio’s en van Nijmegen (Mook en Middelaar ligt in Limburg, zorgkantoorregio Nijmegen)', async () => {
    ingelogd = redactie;
    const r = await app.inject({ url: '/regios/provincie/PV31', headers: html });
    const verwacht = toetsenMet(['Zuid-Limburg', 'Noord- en Midden-Limburg', 'Nijmegen']);
    expect(verwacht.size).toBe(51);
    expect(r.body).toContain(`${verwacht.size} snelle toetsen raken deze regio`);
    const mook = await app.inject({ url: '/regios/zorgkantoorregio/ZK16', headers: html });
    expect(mook.body).toContain('Mook en Middelaar (GM0944)');
  });

  it('ROAZ-regio Euregio: geen kaart zonder lidmaatschap (duidelijke lege staat), wel de msz-wachttijden', async () => {
    ingelogd = null;
    const r = await app.inject({ url: '/regios/roaz/ROAZ03', headers: html });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('nog niet vastgelegd welke gemeenten erbij horen');
    expect(r.body).toContain('Log in om de snelle toetsen');
    expect(r.body).toContain('Wachttijd msz: behandeling');
    // "Limburg" in the msz rows is the ROAZ region, not the provincie
    const limburg = await app.inject({ url: '/regios/roaz/ROAZ10', headers: html });
    expect(limburg.body).toContain('Wachttijd msz: polikliniekbezoek');
    const provincie = await app.inject({ url: '/regios/provincie/PV31', headers: html });
    expect(provincie.body).not.toContain('Wachttijd msz');
  });

  it('een gemeente zonder waarden en toetsen zegt dat', async () => {
    ingelogd = null;
    const r = await app.inject({ url: '/regios/gemeente/GM0088', headers: html });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Schiermonnikoog');
    expect(r.body).toContain('Er zijn geen indicatorwaarden voor deze regio of haar gemeenten.');
  });

  it('een onbekende code of indeling is een 404 als problem+json met de dichtstbijzijnde codes', async () => {
    const r = await app.inject({ url: '/regios/zorgkantoorregio/ZK99' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(r.body).detail).toMatch(/^Er is geen zorgkantoorregio met code "ZK99"\. Bedoelde u: /);
    const i = await app.inject({ url: '/regios/wijk/WK0001' });
    expect(i.statusCode).toBe(404);
    const g = await app.inject({ url: '/regios/provincie/GM0363' });
    expect(g.statusCode).toBe(404);
  });
});
