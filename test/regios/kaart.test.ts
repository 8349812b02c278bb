// /regios/kaart (issue 18): an indicator on the map of a classification, on the real seed plus the DEMO
// indicator fixture (made-up values, see its README). Counts are summed over the gemeenten of each
// region; wachttijden (weeks) never are; values delivered per ROAZ region are shown as delivered.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';

let db: Db;
let app: FastifyInstance;
const html = { accept: 'text/html' };
const lees = (f: string) => parse(fs.readFileSync(f, 'utf8'), { delimiter: ';', columns: true, bom: true }) as Record<string, string>[];
const tekst = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'seed' });
  await importeer(db, path.join(FIXTURES, 'indicatoren', 'indicatoren.csv'), { door: 'test' });
  app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('/regios/kaart', () => {
  it('telt de huisartsenwachtlijst op over de gemeenten van zorgkantoorregio Twente (maart 2025)', async () => {
    // expected sum straight from the files: the fixture's values of March 2025 for Twente's gemeenten
    const leden = new Set(lees('data/referentie/regio_indelingen.csv').filter((r) => r.indeling === 'zorgkantoorregio' && r.regio_naam === 'Twente').map((r) => r.gemeente_code));
    const rijen = lees(path.join(FIXTURES, 'indicatoren', 'indicatoren.csv')).filter((r) => r.indicator === 'ha_wachtlijst' && r.periode === '2025-03' && leden.has(r.gebied));
    const som = rijen.reduce((s, r) => s + Number(r.waarde), 0);
    expect(rijen.length).toBeGreaterThan(0);
    const r = await app.inject({ url: '/regios/kaart?indicator=ha_wachtlijst&indeling=zorgkantoorregio', headers: html });
    expect(r.statusCode).toBe(200);
    const t = tekst(r.body);
    expect(t).toContain('Wachtenden voor een (nieuwe) huisarts per gemeente: Zorgkantoorregio (IZA-regio), 2025-03');
    expect(t).toContain(`Twente ${som.toLocaleString('nl-NL')} ${rijen.length} van ${leden.size}`);
    expect(r.body).toContain('id="indicatorkaart');
    expect(t).toContain('Som van de gemeenten van elke regio');
    // a partial sum is hatched on the map and says so to a screen reader; a complete one is not
    const twente = /<path class="gebied"[^>]*aria-label="Twente: [^"]*"[^>]*>(?:<title>[^<]*<\/title>)<\/path>(<path class="onvolledig")?/.exec(r.body);
    expect(twente).not.toBeNull();
    const deels = rijen.length < leden.size;
    expect(Boolean(twente![1])).toBe(deels);
    if (deels) expect(r.body).toContain(`Twente: ${som.toLocaleString('nl-NL')} (onvolledig: som van ${rijen.length} van ${leden.size} gemeenten)`);
    expect(t).toContain('Onvolledig: niet alle gemeenten');
  });

  it('toont de huisartsenwachtlijst per gemeente met de vijf klassen van de rapportage', async () => {
    const r = await app.inject({ url: '/regios/kaart?indicator=ha_wachtlijst&indeling=gemeente&periode=2024-12', headers: html });
    const t = tekst(r.body);
    for (const k of ['1–9', '10–49', '50–199', '200+']) expect(t).toContain(k);
    // Enschede (GM0153) in December 2024 as delivered
    expect(t).toContain('Enschede 491');
  });

  it('telt wachttijden in weken nooit op: per zorgkantoorregio geen kaart, per ROAZ-regio de geleverde waarden', async () => {
    const zk = tekst((await app.inject({ url: '/regios/kaart?indicator=msz_wachttijd_behandeling&indeling=zorgkantoorregio', headers: html })).body);
    // "Zwolle" among the ROAZ names of this indicator is the ROAZ region, not zorgkantoorregio Zwolle
    expect(zk).toContain('optellen over gemeenten kan alleen bij aantallen');
    const roaz = await app.inject({ url: '/regios/kaart?indicator=msz_wachttijd_behandeling&indeling=roaz', headers: html });
    const t = tekst(roaz.body);
    expect(t).toContain('Waarden zoals geleverd voor de regio’s (weken)');
    expect(t).toContain('Limburg 8,3');
    expect(t).toContain('Zwolle 6,6');
    expect(t).toContain('Brabant geen waarde');
    expect(t).toContain('Voor deze indeling zijn geen grenzen in het platform');
  });

  it('weigert een onbekende indeling of indicator met een Nederlandse melding', async () => {
    const a = await app.inject({ url: '/regios/kaart?indeling=wijk', headers: { accept: 'application/json' } });
    expect(a.statusCode).toBe(400);
    expect(a.json().detail).toContain('Onbekende regio-indeling "wijk"');
    const b = await app.inject({ url: '/regios/kaart?indicator=bestaat_niet', headers: { accept: 'application/json' } });
    expect(b.statusCode).toBe(404);
  });
});
