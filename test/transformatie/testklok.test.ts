// De testklok (docs/testklok.md): zonder AKKOORDMONITOR_TESTKLOK=1 bestaat /beheer/testklok niet en telt
// een testklok-datum in de database niet; met de variabele zet een beheerder de datum van de
// transformatieworkflow via een formulier (CSRF, audit, conflictcontrole); in productie start de app niet.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { vandaag as echteVandaag } from '../../src/platform/tijd.js';
import { transformatieVandaag, zetTestklok } from '../../src/transformatie/klok.js';
import { nieuweTestDb } from '../helpers/db.js';
import { maakTestgebruiker, Sessie, verborgenVelden } from './sessie.js';

const OUD = process.env.AKKOORDMONITOR_TESTKLOK;
function herstelEnv(): void {
  if (OUD === undefined) delete process.env.AKKOORDMONITOR_TESTKLOK;
  else process.env.AKKOORDMONITOR_TESTKLOK = OUD;
}

async function maakApp(db: Db, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none', ...env }) });
  await app.ready();
  return app;
}

let db: Db;
beforeAll(async () => {
  db = await nieuweTestDb({ seed: 'none' });
  await maakTestgebruiker(db, 'bea@vws.nl', 'Bea Beheer', 'VWS', 'ministerie', ['beheerder']);
  await maakTestgebruiker(db, 'cor@menzis.nl', 'Cor Coördinator', 'Menzis', 'verzekeraar', ['coordinerend-verzekeraar']);
});
afterAll(async () => {
  herstelEnv();
  zetTestklok(null);
  await db.close();
});
afterEach(() => herstelEnv());

describe('zonder AKKOORDMONITOR_TESTKLOK=1', () => {
  it('bestaat /beheer/testklok niet, ook niet voor een beheerder, en staat de route niet in de app', async () => {
    delete process.env.AKKOORDMONITOR_TESTKLOK;
    const app = await maakApp(db);
    try {
      expect(app.toegangRoutes.filter((r) => r.url.startsWith('/beheer/testklok'))).toEqual([]);
      const beheerder = new Sessie(app);
      await beheerder.login('bea@vws.nl');
      expect((await beheerder.get('/beheer/testklok')).statusCode).toBe(404);
      const csrf = verborgenVelden((await beheerder.get('/transformatie/toetsen')).body, '/uitloggen')?._csrf ?? '';
      expect((await beheerder.post('/beheer/testklok', { _csrf: csrf, datum: '2030-01-01', huidig: '' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('telt een testklok-datum in de database niet mee: vandaag blijft de echte datum', async () => {
    delete process.env.AKKOORDMONITOR_TESTKLOK;
    await db.query(`INSERT INTO instellingen (sleutel, waarde) VALUES ('testklok', '"2030-01-01"') ON CONFLICT (sleutel) DO UPDATE SET waarde = EXCLUDED.waarde`);
    zetTestklok('2030-01-01'); // zelfs als de setter toch wordt aangeroepen
    try {
      expect(transformatieVandaag()).toBe(echteVandaag());
      const app = await maakApp(db);
      try {
        const lezer = new Sessie(app);
        await lezer.login('cor@menzis.nl');
        const r = await lezer.get('/transformatie/toetsen');
        expect(r.statusCode).toBe(200);
        expect(r.body).not.toContain('2030');
      } finally {
        await app.close();
      }
    } finally {
      zetTestklok(null);
      await db.query(`DELETE FROM instellingen WHERE sleutel = 'testklok'`);
    }
  });
});

describe('met AKKOORDMONITOR_TESTKLOK=1', () => {
  it('weigert de app te starten in productie (NODE_ENV=production of achter TLS)', async () => {
    process.env.AKKOORDMONITOR_TESTKLOK = '1';
    const oudNodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(maakApp(db)).rejects.toThrow(/alleen voor tests/);
    } finally {
      if (oudNodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = oudNodeEnv;
    }
    await expect(maakApp(db, { AKKOORDMONITOR_TLS: '1' })).rejects.toThrow(/alleen voor tests/);
  });

  it('zet een beheerder de datum met het formulier (CSRF, audit); de workflow rekent ermee; terugzetten kan', async () => {
    process.env.AKKOORDMONITOR_TESTKLOK = '1';
    const app = await maakApp(db);
    try {
      const routes = app.toegangRoutes.filter((r) => r.url === '/beheer/testklok');
      expect(routes.map((r) => [r.method, r.handeling, r.csrf])).toEqual([
        ['GET', 'gebruikers.beheren', false],
        ['POST', 'gebruikers.beheren', true],
      ]);
      const beheerder = new Sessie(app);
      const cor = new Sessie(app);
      await beheerder.login('bea@vws.nl');
      await cor.login('cor@menzis.nl');

      // alleen de beheerder
      expect((await cor.get('/beheer/testklok')).statusCode).toBe(403);
      // zonder CSRF-token: geweigerd, niets gezet
      expect((await beheerder.post('/beheer/testklok', { datum: '2025-04-04', huidig: '' })).statusCode).toBe(403);
      // ongeldige datum: de melding staat bij het veld
      let r = await beheerder.verstuur('/beheer/testklok', '/beheer/testklok', { datum: '2025-02-30' });
      expect(r.statusCode).toBe(422);
      expect(r.body).toContain('id="datum-fout"');
      expect(r.body).toContain('aria-invalid="true"');
      expect((await db.query(`SELECT 1 FROM instellingen WHERE sleutel = 'testklok'`)).length).toBe(0);

      const oudFormulier = verborgenVelden((await beheerder.get('/beheer/testklok')).body, '/beheer/testklok')!;
      r = await beheerder.verstuur('/beheer/testklok', '/beheer/testklok', { datum: '2025-04-04' });
      expect(r.statusCode).toBe(303);
      expect(r.headers.location).toBe('/beheer/testklok?gezet=2025-04-04');
      expect((await db.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = 'testklok'`))[0].waarde).toBe('2025-04-04');
      const audit = await db.query<{ door: string; voor: unknown; na: unknown }>(`SELECT door, voor, na FROM audit_log WHERE actie = 'testklok.zetten' ORDER BY id`);
      expect(audit).toEqual([{ door: 'bea@vws.nl', voor: null, na: '2025-04-04' }]);

      // de workflow rekent met de testklok: de peildatum van de pagina's is 'vandaag'
      expect((await cor.get('/transformatie/toetsen')).body).toContain('4 april 2025');
      expect(transformatieVandaag()).toBe('2025-04-04');

      // het oude formulier (gemaakt toen de klok uit stond) verandert niets
      r = await beheerder.post('/beheer/testklok', { ...oudFormulier, datum: '2030-01-01' });
      expect(r.statusCode).toBe(409);
      expect(r.body).toContain('Iemand anders heeft de testklok gewijzigd');
      expect((await db.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = 'testklok'`))[0].waarde).toBe('2025-04-04');

      // leeg: terug naar de echte datum
      r = await beheerder.verstuur('/beheer/testklok', '/beheer/testklok', { datum: '' });
      expect(r.statusCode).toBe(303);
      await cor.get('/transformatie/toetsen');
      expect(transformatieVandaag()).toBe(echteVandaag());
      expect((await db.query(`SELECT 1 FROM audit_log WHERE actie = 'testklok.zetten'`)).length).toBe(2);
    } finally {
      await app.close();
      zetTestklok(null);
    }
  });
});
