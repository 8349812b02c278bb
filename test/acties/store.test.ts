// The actions register against the real seed (263 AZWA sub-actions, registered 3 July 2025, no status).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { actiesOp, ActieFout, historie, isOverkoepelend, laatsteVolgnrs, leesOnderdelen, meldStatussen, registreerActie } from '../../src/acties/store.js';
import { berekenKerncijfers } from '../../src/kern/kerncijfers.js';
import { magOnderdeel, type Gebruiker } from '../../src/domein/beleid.js';

const secretarisA1: Gebruiker = {
  id: 1, email: 'secretaris-a1@example.nl', naam: 'Secretaris A1', organisatie_id: 1, organisatie_naam: 'VWS',
  rollen: ['thematafel-secretaris'], onderdelen: ['A1'],
};
const secretarisB2: Gebruiker = { ...secretarisA1, id: 2, email: 'secretaris-b2@example.nl', onderdelen: ['B2'] };
const beheerder: Gebruiker = { ...secretarisA1, id: 3, email: 'beheer@example.nl', rollen: ['beheerder'], onderdelen: [] };

let db: Db;
beforeAll(async () => {
  db = await nieuweTestDb();
});
afterAll(async () => {
  await db?.close();
});

async function tel(tabel: string): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`);
  return n;
}

describe('het register uit de seed', () => {
  it('heeft de 10 thematafels A–J en 31 AZWA-afspraakcodes in 5 blokken, plus de overkoepelende kop C3', async () => {
    const o = await leesOnderdelen(db);
    expect(o.filter((x) => x.akkoord === 'IZA').map((x) => x.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const azwa = o.filter((x) => x.akkoord === 'AZWA' && !isOverkoepelend(x.code, o.map((y) => y.code)));
    expect(azwa).toHaveLength(31);
    expect(new Set(azwa.map((x) => x.blok))).toEqual(new Set(['A', 'B', 'C', 'D', 'E']));
    expect(o.filter((x) => isOverkoepelend(x.code, o.map((y) => y.code))).map((x) => x.code)).toEqual(['C3']);
    const metActies = new Set((await actiesOp(db, '2025-07-03', { akkoord: 'AZWA' })).map((a) => a.onderdeel));
    expect([...metActies].sort()).toEqual(azwa.map((x) => x.code).sort());
  });
  it('telt op 3 juli 2025 263 AZWA-deelafspraken zonder status, op 2 juli 2025 geen', async () => {
    const op = await actiesOp(db, '2025-07-03', { akkoord: 'AZWA' });
    expect(op).toHaveLength(263);
    expect(op.every((a) => a.status === null)).toBe(true);
    expect(await actiesOp(db, '2025-07-02')).toHaveLength(0);
  });
  it('leest "binnen 3 maanden" vanaf het anker 3 juli 2025 als uiterlijk 3 oktober 2025', async () => {
    const met = (await actiesOp(db, '2025-07-03')).filter((a) => a.deadline === 'binnen 3 maanden');
    expect(met.length).toBeGreaterThan(0);
    for (const a of met) expect(a.termijn.tot).toBe('2025-10-03');
  });
});

describe('statusmelding door een thematafel-secretaris', () => {
  const code = 'AZWA-A1.2'; // geen termijn: alleen de verslechtering vraagt een toelichting

  it('magOnderdeel: de secretaris van A1 mag A1, niet B2; de beheerder alles', () => {
    expect(magOnderdeel(secretarisA1, 'A1')).toBe(true);
    expect(magOnderdeel(secretarisA1, 'B2')).toBe(false);
    expect(magOnderdeel(beheerder, 'B2')).toBe(true);
  });

  it('"Loopt achter" zonder toelichting wordt geweigerd met een fout bij toelichting, en verandert niets', async () => {
    const [rijen, audit] = [await tel('acties_log'), await tel('audit_log')];
    const volgnr = (await laatsteVolgnrs(db, { code })).get(code)!;
    const fout = await meldStatussen(db, secretarisA1, [{ code, status: 'Loopt achter', status_datum: '2025-09-01', toelichting: '', volgnr }], '2025-09-15').catch((e) => e);
    expect(fout).toBeInstanceOf(ActieFout);
    expect(fout.soort).toBe('validatie');
    expect(fout.fouten[code].toelichting).toMatch(/toelichting is verplicht/i);
    expect(await tel('acties_log')).toBe(rijen);
    expect(await tel('audit_log')).toBe(audit);
  });

  it('met toelichting: nieuwe rij + auditregel; kerncijfers erna veranderen, ervoor niet', async () => {
    const voor = await berekenKerncijfers(db, '2025-08-31');
    const volgnr = (await laatsteVolgnrs(db, { code })).get(code)!;
    const audit = await tel('audit_log');
    const [rij] = await meldStatussen(
      db,
      secretarisA1,
      [{ code, status: 'Loopt achter', status_datum: '2025-09-01', toelichting: 'Regionale agenda’s nog niet vastgesteld', volgnr }],
      '2025-09-15',
    );
    expect(rij).toMatchObject({ code, status: 'Loopt achter', status_datum: '2025-09-01', door: secretarisA1.email });
    expect(await tel('audit_log')).toBe(audit + 1);
    const [a] = await db.query<{ door: string; actie: string; object_id: string }>(`SELECT door, actie, object_id FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(a).toEqual({ door: secretarisA1.email, actie: 'actie.status', object_id: code });

    const later = await berekenKerncijfers(db, '2025-09-30');
    expect(later.acties.per_status['Loopt achter']).toBe(voor.acties.per_status['Loopt achter'] + 1);
    expect(later.acties.zonder_status).toBe(voor.acties.zonder_status - 1);
    expect(later.acties.per_onderdeel.A1.per_status['Loopt achter']).toBe(1);
    expect(await berekenKerncijfers(db, '2025-08-31')).toEqual(voor);

    const h = await historie(db, '2025-09-30', { code });
    expect(h.map((x) => x.status)).toEqual(['Loopt achter', null]);
  });

  it('een verouderd formulier (volgnr van vóór de laatste wijziging) wordt geweigerd met een conflictmelding', async () => {
    const oud = (await db.query<{ volgnr: number }>(`SELECT min(volgnr) AS volgnr FROM acties_log WHERE code = $1`, [code]))[0].volgnr;
    const rijen = await tel('acties_log');
    const fout = await meldStatussen(db, secretarisA1, [{ code, status: 'Afgerond', status_datum: '2025-09-10', toelichting: '', volgnr: oud }], '2025-09-15').catch((e) => e);
    expect(fout.soort).toBe('conflict');
    expect(fout.message).toMatch(/Iemand anders heeft intussen de status van AZWA-A1.2 gewijzigd/);
    expect(await tel('acties_log')).toBe(rijen);
  });

  it('de secretaris van een ander onderdeel (B2) wordt geweigerd', async () => {
    const volgnr = (await laatsteVolgnrs(db, { code })).get(code)!;
    const fout = await meldStatussen(db, secretarisB2, [{ code, status: 'Afgerond', status_datum: '2025-09-10', toelichting: '', volgnr }], '2025-09-15').catch((e) => e);
    expect(fout.soort).toBe('toegang');
  });

  it('een bulkmelding is alles of niets: één foute regel houdt ook de goede tegen', async () => {
    const v = await laatsteVolgnrs(db, { onderdeel: 'A1' });
    const rijen = await tel('acties_log');
    const fout = await meldStatussen(
      db,
      secretarisA1,
      [
        { code: 'AZWA-A1.3', status: 'Loopt op schema', status_datum: '2025-09-10', toelichting: '', volgnr: v.get('AZWA-A1.3')! },
        { code: 'AZWA-A1.4', status: 'Nog niet gestart', status_datum: '2025-09-10', toelichting: '', volgnr: v.get('AZWA-A1.4')! },
      ],
      '2025-09-15',
    ).catch((e) => e);
    expect(fout.soort).toBe('validatie');
    expect(Object.keys(fout.fouten)).toEqual(['AZWA-A1.4']);
    expect(await tel('acties_log')).toBe(rijen);
  });
});

describe('een nieuwe IZA-actie registreren', () => {
  it('de beheerder registreert A.1 onder thematafel A; ze telt mee vanaf haar statusdatum', async () => {
    await registreerActie(
      db,
      beheerder,
      { code: 'A.1', onderdeel: 'IZA:A', titel: 'Passende zorg in de regio', trekker: 'ZN', betrokken: 'NVZ|FMS', deadline: 'Q4 2025', status: '', status_datum: '2025-09-01', toelichting: '' },
      '2025-09-15',
    );
    expect((await berekenKerncijfers(db, '2025-09-01', { akkoord: 'IZA' })).acties.per_onderdeel.A.totaal).toBe(1);
    expect((await berekenKerncijfers(db, '2025-08-31', { akkoord: 'IZA' })).acties.totaal).toBe(0);
  });
  it('weigert een bestaande code en een secretaris', async () => {
    const a = { code: 'A.1', onderdeel: 'IZA:A', titel: 'x', trekker: '', betrokken: '', deadline: '', status: '', status_datum: '', toelichting: '' };
    const fout = await registreerActie(db, beheerder, a, '2025-09-15').catch((e) => e);
    expect(fout.fouten['A.1'].code).toMatch(/bestaat al/);
    expect((await registreerActie(db, secretarisA1, { ...a, code: 'A.2' }, '2025-09-15').catch((e) => e)).soort).toBe('toegang');
  });
});
