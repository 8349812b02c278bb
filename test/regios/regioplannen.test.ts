// The regioplan / ROAZ-plan register (issue 18): imported all-or-nothing with checked regions and
// mandaatgemeente, shown on the regiobeeld with its source (newest state per kind at the peildatum),
// and a clear empty state where nothing is recorded; exported like every contract file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { appMetInlog } from '../helpers/app.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { nieuweTestDb } from '../helpers/db.js';
import type { Gebruiker } from '../../src/domein/beleid.js';
import { regioplanStand } from '../../src/domein/regioplannen.js';
import { exporteerTypeCsv } from '../../src/kern/contract/exporteren.js';
import { REGIOPLANNEN } from '../../src/kern/contract/bestandstypen.js';

let db: Db;
let app: FastifyInstance;
let ingelogd: Gebruiker | null = null;
const redactie: Gebruiker = { id: 1, email: 'redactie@vws.test', naam: 'Redactie', organisatie_id: 1, organisatie_naam: 'VWS', rollen: ['vws-redactie'], onderdelen: [] };
let map = '';
const html = { accept: 'text/html' };
const tekst = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const KOP = 'indeling;regio_code;soort;status;datum;mandaatgemeente;bron;toelichting';
function bestand(naam: string, regels: string[]): string {
  const d = fs.mkdtempSync(path.join(map, 'x-'));
  const f = path.join(d, `${naam}.csv`);
  fs.writeFileSync(f, [KOP, ...regels].join('\n') + '\n');
  return f;
}

beforeAll(async () => {
  db = await nieuweTestDb();
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-regioplannen-'));
  app = await appMetInlog(db, () => ingelogd);
});
afterAll(async () => {
  await app.close();
  await db.close();
  fs.rmSync(map, { recursive: true, force: true });
});

describe('regioplannen', () => {
  it('een onbekende regio of mandaatgemeente weigert het hele bestand en noemt de waarde', async () => {
    const f = bestand('regioplannen', [
      'zorgkantoorregio;Twente;regioplan;vastgesteld;2023-12-15;;test;',
      'zorgkantoorregio;Twent;regiobeeld;vastgesteld;2023-06-01;;test;',
      'zorgkantoorregio;ZK22;d5_basisfunctionaliteiten;in_voorbereiding;2026-03-01;GM9999;test;',
    ]);
    const r = await importeer(db, f, { door: 'test' }).catch((e: unknown) => e);
    const uit = JSON.stringify((r as { problemen?: unknown[] }).problemen);
    expect((r as { problemen?: unknown[] }).problemen).toHaveLength(2);
    expect(uit).toContain('Twent');
    expect(uit).toContain('Twente (ZK22)');
    expect(uit).toContain('GM9999');
    expect(await db.query(`SELECT * FROM regioplannen`)).toHaveLength(0);
  });

  it('toont per plan de nieuwste stand op de peildatum met bron en mandaatgemeente; andere regio’s zeggen dat er niets is', async () => {
    const f = bestand('regioplannen', [
      'zorgkantoorregio;Twente;regioplan;in_voorbereiding;2023-06-01;;test concept;',
      'zorgkantoorregio;Twente;regioplan;vastgesteld;2023-12-15;;Regioplan Twente, december 2023;',
      'zorgkantoorregio;ZK22;d5_basisfunctionaliteiten;in_voorbereiding;2026-03-01;Enschede;Brief mandaatgemeente;',
      'zorgkantoorregio;ZK22;azwa_addendum_2026;opgeleverd;2026-11-01;;later;',
    ]);
    await importeer(db, f, { door: 'test' });
    const r = await app.inject({ url: '/regios/zorgkantoorregio/ZK22?peildatum=2026-06-30', headers: html });
    const t = tekst(r.body);
    expect(t).toContain('Regioplan (ROAZ-plan) Vastgesteld 15 december 2023 – Regioplan Twente, december 2023');
    expect(t).toContain('Plan basisfunctionaliteiten (D5) In voorbereiding 1 maart 2026 Enschede Brief mandaatgemeente');
    expect(t).not.toContain('AZWA-aanvulling 2026');
    const leeg = tekst((await app.inject({ url: '/regios/zorgkantoorregio/ZK23', headers: html })).body);
    expect(leeg).toContain('Voor deze regio is nog geen stand van regiobeeld, regioplan, AZWA-aanvulling 2026');
    const roaz = tekst((await app.inject({ url: '/regios/roaz/ROAZ10', headers: html })).body);
    expect(roaz).toContain('Regioplan en ROAZ-plan');
    const provincie = tekst((await app.inject({ url: '/regios/provincie/PV23', headers: html })).body);
    expect(provincie).not.toContain('Regioplan en ROAZ-plan');
    // export at a peildatum: the states dated on or before it, regions and gemeenten as codes
    const csv = (await exporteerTypeCsv(db, REGIOPLANNEN, { peildatum: '2026-06-30' })).trim().split('\n');
    expect(csv[0]).toBe(KOP);
    expect(csv).toHaveLength(1 + 3);
    expect(csv).toContain('zorgkantoorregio;ZK22;d5_basisfunctionaliteiten;in_voorbereiding;2026-03-01;GM0153;Brief mandaatgemeente;');
  });

  it('het uploadformulier neemt regioplannen aan (redactie), een onbekende regio geeft de probleemregel', async () => {
    ingelogd = redactie;
    const form = await app.inject({ url: '/indicatoren/importeren', headers: html });
    expect(form.body).toContain('<option value="regioplannen">');
    const csrf = /name="_csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const grens = '----amtest' + Math.random().toString(16).slice(2);
    const stuur = (inhoud: string) =>
      app.inject({
        method: 'POST',
        url: `/indicatoren/importeren/contract?_csrf=${encodeURIComponent(csrf)}`,
        headers: { 'content-type': `multipart/form-data; boundary=${grens}`, ...html, cookie },
        payload: Buffer.from(
          `--${grens}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--${grens}\r\nContent-Disposition: form-data; name="soort"\r\n\r\nregioplannen\r\n` +
            `--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n${inhoud}\r\n--${grens}--\r\n`,
        ),
      });
    const fout = await stuur(`${KOP}\nroaz;Atlantis;regioplan;vastgesteld;2024-01-01;;test;\n`);
    expect(fout.statusCode).toBe(422);
    expect(tekst(fout.body)).toContain('Atlantis');
    const goed = await stuur(`${KOP}\nroaz;Limburg;regioplan;vastgesteld;2024-01-01;;ROAZ-plan Limburg (test);\n`);
    expect(goed.statusCode).toBe(200);
    expect(goed.body).toContain('Import geslaagd: 1 rijen, 1 nieuw');
    expect(await db.query(`SELECT regio_code FROM regioplannen WHERE indeling = 'roaz'`)).toEqual([{ regio_code: 'ROAZ10' }]);
    ingelogd = null;
  });

  it('regioplanStand: per soort de nieuwste stand op of vóór de peildatum, in vaste volgorde', () => {
    const r = (soort: string, datum: string) => ({ soort, status: 'vastgesteld', datum, mandaatgemeente: null, bron: 'b', toelichting: null });
    expect(regioplanStand([r('regioplan', '2024-01-01'), r('regiobeeld', '2023-01-01'), r('regioplan', '2025-01-01'), r('regioplan', '2027-01-01')], '2026-01-01')).toEqual([
      r('regiobeeld', '2023-01-01'),
      r('regioplan', '2025-01-01'),
    ]);
  });
});
