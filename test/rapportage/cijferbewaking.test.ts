// Issue 14 items 1 and 2: a new round cannot publish zeros without an explicit, audited confirmation,
// and a concept round on a published peildatum neither hides that publication nor stays forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, sessie, post } from '../toegang/hulp.js';
import { alarmen, vergelijkCijfers } from '../../src/domein/cijferbewaking.js';

const html = { accept: 'text/html' };

describe('vergelijkCijfers (domein)', () => {
  const vorige = { snelle_toetsen: { totaal: 416 }, transformatieplannen: { ingediend: 145 }, acties: { totaal: 444 } };
  it('marks a fall to zero, a sharp drop, and leaves a rise or a small drop alone', () => {
    const v = vergelijkCijfers(vorige, { snelle_toetsen: { totaal: 0 }, transformatieplannen: { ingediend: 60 }, acties: { totaal: 400 } }, new Set(['snelle_toetsen']));
    const op = (s: string) => v.find((c) => c.sleutel === s)!;
    expect(op('snelle_toetsen.totaal')).toMatchObject({ vorige: 416, nieuw: 0, verschil: -416, alarm: 'nul', legeRegister: true });
    expect(op('transformatieplannen.ingediend')).toMatchObject({ verschil: -85, alarm: 'daling', legeRegister: false });
    expect(op('acties.totaal')).toMatchObject({ verschil: -44, alarm: null });
    expect(alarmen(v).map((c) => c.sleutel)).toEqual(['snelle_toetsen.totaal', 'transformatieplannen.ingediend']);
  });
  it('a figure missing from the previous publication is never an alarm', () => {
    const v = vergelijkCijfers({ snelle_toetsen: { totaal: 416 } }, { snelle_toetsen: { totaal: 420 }, acties: { totaal: 0 } }, new Set());
    expect(alarmen(v)).toEqual([]);
    expect(v.find((c) => c.sleutel === 'acties.totaal')).toMatchObject({ vorige: null, nieuw: 0, verschil: null });
  });
});

describe('routes', () => {
  let app: FastifyInstance;
  let db: Db;
  let sluit: () => Promise<void>;
  let redactie: { cookie: string; csrf: string };

  beforeAll(async () => {
    ({ app, db, sluit } = await testApp());
    redactie = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  });
  afterAll(async () => {
    await sluit();
  });

  describe('public /acties (issue 14 item 3)', () => {
    it('shows the stand of the newest publication, also when that publication was imported', async () => {
      const r = await app.inject({ url: '/acties', headers: html });
      expect(r.statusCode).toBe(200);
      expect(r.body).not.toContain('Er is nog geen gepubliceerde rapportage');
      expect(r.body).toContain('U ziet de stand van de laatst gepubliceerde rapportage (peildatum 20 mei 2025)');
    });
  });

  describe('a round after the last publication, on empty registers', () => {
    const P = '2025-09-30';
    it('shows every figure beside the previous publication, with the difference and the empty registers', async () => {
      expect((await post(app, '/rapportages', redactie.cookie, { _csrf: redactie.csrf, peildatum: P, titel: 'Q3 2025' })).statusCode).toBe(303);
      const r = await app.inject({ url: `/rapportages/${P}`, headers: { ...html, cookie: redactie.cookie } });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('Vergeleken met de publicatie van 20 mei 2025');
      const rij = /<tr class="utrecht-table__row" data-cijfer="snelle_toetsen.totaal">(.*?)<\/tr>/s.exec(r.body)![1];
      expect(rij).toContain('>416<');
      expect(rij).toContain('>0<');
      expect(rij).toContain('−416');
      expect(rij).toContain('valt naar nul; register snelle toetsen is leeg');
      const geld = /data-cijfer="transformatiemiddelen.beschikbaar_gesteld">(.*?)<\/tr>/s.exec(r.body)![1];
      expect(geld).toContain('€ 740.409.907');
      expect(r.body).toContain('name="bevestig"');
    });

    it('refuses to fix without the confirmation, naming the figures; nothing is fixed', async () => {
      const r = await post(app, `/rapportages/${P}/vaststellen`, redactie.cookie, { _csrf: redactie.csrf, versie: '1', cijfers: 'berekend' });
      expect(r.statusCode).toBe(422);
      expect(r.body).toContain('Niet vastgesteld');
      expect(r.body).toContain('Snelle toetsen (totaal) 416 → 0 (register leeg)');
      // a ticked box without a reason is no confirmation either
      const zonderReden = await post(app, `/rapportages/${P}/vaststellen`, redactie.cookie, { _csrf: redactie.csrf, versie: '1', cijfers: 'berekend', bevestig: 'ja', bevestiging: ' ' });
      expect(zonderReden.statusCode).toBe(422);
      const [ronde] = await db.query<{ status: string }>(`SELECT status FROM rapportagerondes WHERE peildatum = $1`, [P]);
      expect(ronde.status).toBe('open');
      expect(await db.query(`SELECT 1 FROM kerncijfers_snapshots WHERE peildatum = $1`, [P])).toHaveLength(0);
    });

    it('fixes with an explicit confirmation, and the audit log holds the confirmed falls and the reason', async () => {
      const r = await post(app, `/rapportages/${P}/vaststellen`, redactie.cookie, {
        _csrf: redactie.csrf,
        versie: '1',
        cijfers: 'berekend',
        bevestig: 'ja',
        bevestiging: 'Toetsen worden dit kwartaal niet geteld',
      });
      expect(r.statusCode).toBe(303);
      const [a] = await db.query<{ na: { bevestiging: string; bevestigde_dalingen: { cijfer: string; vorige: number; nieuw: number }[] } }>(
        `SELECT na FROM audit_log WHERE actie = 'ronde.vaststellen'`,
      );
      const na = typeof a.na === 'string' ? JSON.parse(a.na) : a.na;
      expect(na.bevestiging).toBe('Toetsen worden dit kwartaal niet geteld');
      expect(na.bevestigde_dalingen).toContainEqual({ cijfer: 'snelle_toetsen.totaal', vorige: 416, nieuw: 0 });
    });
  });

  describe('a concept round on a published peildatum', () => {
    const P = '2025-05-20';
    it('keeps the published report, its page and its PDF public', async () => {
      expect((await post(app, '/rapportages', redactie.cookie, { _csrf: redactie.csrf, peildatum: P, titel: 'Q2 2025 correctie' })).statusCode).toBe(303);
      const lijst = await app.inject({ url: '/rapportages', headers: html });
      expect(lijst.body).toContain(`href="/rapportages/${P}"`);
      expect(lijst.body).not.toContain('Q2 2025 correctie');
      const pagina = await app.inject({ url: `/rapportages/${P}`, headers: html });
      expect(pagina.statusCode).toBe(200);
      expect(pagina.body).toContain('416 aanvragen');
      expect(pagina.body).not.toContain('Q2 2025 correctie');
      const pdf = await app.inject({ url: `/rapportages/${P}/rapport.pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const j = await app.inject({ url: `/rapportages/${P}/kerncijfers.json` });
      expect(j.json()).toMatchObject({ bron: 'vastgesteld', snelle_toetsen: { totaal: 416 } });
      // the redactie sees the round itself, listed once
      const intern = await app.inject({ url: '/rapportages', headers: { ...html, cookie: redactie.cookie } });
      expect(intern.body).toContain('Q2 2025 correctie');
      expect(intern.body.split(`href="/rapportages/${P}"`).length - 1).toBe(1);
    }, 60_000);

    it('can be deleted while it is a concept, audited; the publication stays', async () => {
      const r = await post(app, `/rapportages/${P}/verwijderen`, redactie.cookie, { _csrf: redactie.csrf, versie: '1' });
      expect(r.statusCode).toBe(303);
      expect(await db.query(`SELECT 1 FROM rapportagerondes WHERE peildatum = $1`, [P])).toHaveLength(0);
      expect(await db.query(`SELECT 1 FROM audit_log WHERE actie = 'ronde.verwijderen'`)).toHaveLength(1);
      expect((await app.inject({ url: `/rapportages/${P}`, headers: html })).statusCode).toBe(200);
    });

    it('a fixed round cannot be deleted', async () => {
      const r = await post(app, `/rapportages/2025-09-30/verwijderen`, redactie.cookie, { _csrf: redactie.csrf, versie: '2' });
      expect(r.statusCode).toBe(409);
      expect(await db.query(`SELECT 1 FROM rapportagerondes WHERE peildatum = '2025-09-30'`)).toHaveLength(1);
    });
  });
});
