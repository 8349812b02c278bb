import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { nieuweTestDb, SEED_MAP } from '../helpers/db.js';
import { leesToken } from '../helpers/toegang.js';

const gepubliceerd = JSON.parse(fs.readFileSync(path.join(SEED_MAP, 'kerncijfers-2025-05-20.json'), 'utf8'));

describe('kerncijfers-API (contract §4)', () => {
  let db: Db;
  let app: FastifyInstance;
  let token: { authorization: string };
  beforeAll(async () => {
    db = await nieuweTestDb();
    app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    token = await leesToken(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('geeft voor 20 mei 2025 de gepubliceerde cijfers van juni 2025, met bron vastgesteld', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    const k = r.json();
    expect(k.bron).toBe('vastgesteld');
    expect(k.snelle_toetsen).toEqual(gepubliceerd.snelle_toetsen);
    expect(k.transformatieplannen.ingediend).toBe(145);
    expect(k.transformatiemiddelen.beschikbaar_gesteld).toBe(740409907);
    expect(k.acties.per_status.Afgerond).toBe(168);
  });

  it('bron=berekend rekent uit de gegevens en zet elke statussleutel, ook met 0', async () => {
    const k = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-08-01&bron=berekend', headers: token })).json();
    expect(k.bron).toBe('berekend');
    expect(Object.keys(k.snelle_toetsen.per_status)).toEqual(['Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Goedgekeurd', 'Afgekeurd']);
    // the 263 AZWA sub-actions are registered on 2025-07-03 without a status
    expect(k.acties.totaal).toBe(263);
    expect(k.acties.zonder_status).toBe(263);
    expect(k.acties.afgerond_sinds_vorige).toBeNull();
    // financiële kaders: the newest stand per jaar × sector
    const ggz2024 = k.financiele_kaders.find((f: any) => f.jaar === 2024 && f.sector === 'GGZ');
    expect(ggz2024).toMatchObject({ uitgaven: 5563, kader: 5303, verschil_excl_covid: 260 });
    expect(k.financiele_kaders.filter((f: any) => f.kader_soort === 'AZWA')).toHaveLength(15);
  });

  it('akkoord=IZA telt alleen IZA-acties, sinds= geeft afgerond_sinds_vorige', async () => {
    const k = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-08-01&bron=berekend&akkoord=IZA&sinds=2025-01-01', headers: token })).json();
    expect(k.acties.totaal).toBe(0);
    expect(k.acties.afgerond_sinds_vorige).toBe(0);
  });

  it('het publiek krijgt geen berekende cijfers (401) en voor een datum zonder publicatie 404; met een token wel', async () => {
    const anoniem = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-08-01&bron=berekend' });
    expect(anoniem.statusCode).toBe(401);
    expect(anoniem.headers['content-type']).toContain('application/problem+json');
    expect(anoniem.json().detail).toContain('API-token');
    const zonderPublicatie = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-08-01' });
    expect(zonderPublicatie.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-08-01', headers: token })).json().bron).toBe('berekend');
  });

  it('bron=vastgesteld zonder snapshot voor die datum is 404 als problem+json', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-21&bron=vastgesteld', headers: token });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toContain('2025-05-21');
  });

  it.each(['2025-02-30', '20-05-2025', 'gisteren'])('een ongeldige peildatum "%s" is 400 met een duidelijke melding', async (p) => {
    const r = await app.inject({ url: `/api/v1/kerncijfers?peildatum=${encodeURIComponent(p)}` });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toContain('JJJJ-MM-DD');
  });

  it('met Accept: text/csv komen dezelfde cijfers als CSV', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20', headers: { accept: 'text/csv' } });
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.body).toContain('2025-05-20;vastgesteld;snelle_toetsen.totaal;416');
    expect(r.body).toContain('transformatiemiddelen.beschikbaar_gesteld;740409907');
  });

  it('het OpenAPI 3.1-document beschrijft de kerncijfers uit hetzelfde schema', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const op = doc.paths['/api/v1/kerncijfers'].get;
    expect(op.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['peildatum', 'bron', 'akkoord', 'sinds']));
    const schema = JSON.stringify(op.responses['200']);
    expect(schema).toContain('transformatiemiddelen');
    expect(schema).toContain('Voorgenomen besluit');
  });
});

describe('embargo op begrotingscijfers in de kerncijfers-API', () => {
  it('wie geen embargo mag lezen ziet de nieuwste stand die niet onder embargo staat', async () => {
    const db = await nieuweTestDb();
    const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    try {
      await db.query(
        `INSERT INTO financiele_kaders (jaar, sector, stand, kader_soort, uitgaven_mln, kader_mln, door) VALUES (2024, 'GGZ', '2025-03-31', 'IZA', 5600, 5303, 'test')`,
      );
      await db.query(`INSERT INTO embargo (soort, sleutel, embargo_tot, door) VALUES ('kader_stand', '2025-03-31', '2999-06-01', 'test')`);
      // a lezer's token: may read computed figures, but not those under embargo
      const k = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-04-30&bron=berekend', headers: await leesToken(db) })).json();
      const ggz = k.financiele_kaders.find((f: any) => f.jaar === 2024 && f.sector === 'GGZ');
      expect(ggz).toMatchObject({ stand: '2024-10-31', uitgaven: 5563 });
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('een vastgestelde snapshot toont het publiek geen kaders waarvan een stand onder embargo staat, en zegt dat', async () => {
    const db = await nieuweTestDb();
    const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
    try {
      const voor = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' })).json();
      expect(voor.financiele_kaders).toHaveLength(10);
      await db.query(`INSERT INTO embargo (soort, sleutel, embargo_tot, door) VALUES ('kader_stand', '2024-10-31', '2999-06-01', 'test')`);
      const na = (await app.inject({ url: '/api/v1/kerncijfers?peildatum=2025-05-20' })).json();
      expect(na.financiele_kaders).toBeUndefined();
      expect(na.opmerkingen).toContain('De financiële kaders van deze peildatum staan nog onder embargo.');
      expect(na.snelle_toetsen.totaal).toBe(416);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
