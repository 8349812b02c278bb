import { describe, expect, it } from 'vitest';
import {
  afstand,
  controleerIndelingen,
  herkenGebied,
  herkenGroep,
  maakRegioboek,
  normaliseerNaam,
  type RegioIndelingRij,
} from '../../src/domein/regios.js';
import { referentieRegioboek } from '../../src/kern/regios.js';

const boek = referentieRegioboek();

describe('regios: namen en afstand', () => {
  it('normaliseert accenten, aanhalingstekens en leestekens', () => {
    expect(normaliseerNaam("'s-Gravenhage")).toBe('s gravenhage');
    expect(normaliseerNaam('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normaliseerNaam('  Noord-  en Midden-Limburg ')).toBe('noord en midden limburg');
  });
  it('rekent de Levenshtein-afstand', () => {
    expect(afstand('kitten', 'sitting')).toBe(3);
    expect(afstand('', 'abc')).toBe(3);
    expect(afstand('Utrecht', 'Utrecht')).toBe(0);
  });
});

describe('regios: een gebied herkennen', () => {
  it('herkent CBS-codes van elke indeling, hoofdletterongevoelig, en NL', () => {
    expect(herkenGebied(boek, 'GM0363')).toMatchObject({ ok: true, gebied: { indeling: 'gemeente', naam: 'Amsterdam' } });
    expect(herkenGebied(boek, 'gm0344')).toMatchObject({ ok: true, gebied: { code: 'GM0344', naam: 'Utrecht' } });
    expect(herkenGebied(boek, 'PV31')).toMatchObject({ ok: true, gebied: { indeling: 'provincie', naam: 'Limburg' } });
    expect(herkenGebied(boek, 'ZK31')).toMatchObject({ ok: true, gebied: { indeling: 'zorgkantoorregio', naam: 'Zuid-Limburg' } });
    expect(herkenGebied(boek, 'GG3406')).toMatchObject({ ok: true, gebied: { naam: 'GGD Amsterdam' } });
    expect(herkenGebied(boek, 'VR09')).toMatchObject({ ok: true, gebied: { indeling: 'veiligheidsregio', naam: 'Utrecht' } });
    expect(herkenGebied(boek, 'AM38')).toMatchObject({ ok: true, gebied: { indeling: 'arbeidsmarktregio', naam: 'FoodValley' } });
    expect(herkenGebied(boek, 'ROAZ03')).toMatchObject({ ok: true, gebied: { indeling: 'roaz', naam: 'Euregio' } });
    expect(herkenGebied(boek, 'NL')).toMatchObject({ ok: true, gebied: { indeling: 'land', code: 'NL' } });
    expect(herkenGebied(boek, 'Nederland')).toMatchObject({ ok: true, gebied: { code: 'NL' } });
  });

  it('weigert GM9999 met de code en de dichtstbijzijnde codes in de melding', () => {
    const u = herkenGebied(boek, 'GM9999');
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.reden).toMatch(/^Onbekend gebied "GM9999"\. Bedoelde u: /);
    expect(u.reden).toMatch(/\(GM\d{4}\)/);
  });

  it('zet een opgeheven gemeentecode om met een waarschuwing die de omzetting noemt', () => {
    const u = herkenGebied(boek, 'GM0457');
    expect(u).toMatchObject({ ok: true, gebied: { code: 'GM0363', naam: 'Amsterdam' } });
    if (!u.ok) return;
    expect(u.waarschuwing).toBe('GM0457 (Weesp) is per 24 maart 2022 opgegaan in Amsterdam (GM0363); omgezet naar GM0363.');
    expect(herkenGebied(boek, 'GM0017')).toMatchObject({ ok: true, gebied: { code: 'GM0014' } });
    expect(herkenGebied(boek, 'GM0614')).toMatchObject({ ok: true, gebied: { naam: 'Voorne aan Zee' } });
  });

  it('weigert een gesplitste gemeente en noemt de opvolgers', () => {
    const u = herkenGebied(boek, 'GM0788');
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.reden).toContain('GM0788 (Haaren) is per 1 januari 2021 verdeeld over Boxtel (GM0757), Oisterwijk (GM0824), Tilburg (GM0855), Vught (GM0865)');
  });

  it('herkent namen en aliassen, ook zonder accenten', () => {
    expect(herkenGebied(boek, 'Sudwest-Fryslan')).toMatchObject({ ok: true, gebied: { code: 'GM1900' } });
    expect(herkenGebied(boek, 'Euregio')).toMatchObject({ ok: true, gebied: { code: 'ROAZ03' } });
    expect(herkenGebied(boek, 'Noord')).toMatchObject({ ok: true, gebied: { code: 'ROAZ01', naam: 'Noord-Nederland' } });
    expect(herkenGebied(boek, 'Midden')).toMatchObject({ ok: true, gebied: { code: 'ROAZ05' } });
    expect(herkenGebied(boek, 'Waardenland')).toMatchObject({ ok: true, gebied: { code: 'ZK24' } });
  });

  it('meldt een dubbelzinnige naam met alle kandidaten, tenzij een voorkeur of beperking beslist', () => {
    const u = herkenGebied(boek, 'Utrecht');
    expect(u.ok).toBe(false);
    if (!u.ok) {
      expect(u.reden).toContain('dubbelzinnig');
      expect(u.kandidaten.map((k) => k.code).sort()).toEqual(['GM0344', 'PV26', 'VR09', 'ZK23']);
    }
    expect(herkenGebied(boek, 'Utrecht', { indelingen: ['zorgkantoorregio'] })).toMatchObject({ ok: true, gebied: { code: 'ZK23' } });
    expect(herkenGebied(boek, 'Limburg', { voorkeur: ['roaz'] })).toMatchObject({ ok: true, gebied: { code: 'ROAZ10' } });
  });

  it('noemt bij een onbekende naam de dichtstbijzijnde bekende namen', () => {
    const u = herkenGebied(boek, 'Zuid-Limburgg', { indelingen: ['zorgkantoorregio'] });
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.reden).toBe('Onbekend gebied "Zuid-Limburgg" als zorgkantoorregio (IZA-regio). Bedoelde u: Zuid-Limburg (ZK31), Zuid-Holland Noord (ZK28), Noord- en Midden-Limburg (ZK17)?');
  });

  it('weigert een bestaande code van een andere indeling dan gevraagd', () => {
    const u = herkenGebied(boek, 'GM0344', { indelingen: ['zorgkantoorregio'] });
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.reden).toContain('gemeente Utrecht (GM0344)');
  });

  it('kiest in een groep de indeling die de eenduidige waarden gebruiken', () => {
    const u = herkenGroep(boek, ['Euregio', 'Noordwest', 'Limburg', 'Zwolle', 'West', 'Brabant']);
    expect([...u.values()].map((x) => (x.ok ? x.gebied.code : x.reden))).toEqual(['ROAZ03', 'ROAZ06', 'ROAZ10', 'ROAZ02', 'ROAZ07', 'ROAZ09']);
    const z = herkenGroep(boek, ['Zwolle', 'Utrecht', 'Amsterdam'], { voorkeur: ['zorgkantoorregio'] });
    expect([...z.values()].map((x) => (x.ok ? x.gebied.code : ''))).toEqual(['ZK32', 'ZK23', 'ZK02']);
  });
});

describe('regios: een levering regio_indelingen controleren', () => {
  const rij = (indeling: RegioIndelingRij['indeling'], regio_code: string, regio_naam: string, gemeente_code: string | null): RegioIndelingRij => ({
    indeling,
    regio_code,
    regio_naam,
    gemeente_code,
    geldig_vanaf: '2026-01-01',
  });
  it('vindt een gemeente in twee regio’s, een ontbrekende gemeente en een verkeerde code', () => {
    const p = controleerIndelingen([
      rij('gemeente', 'GM0001', 'A', 'GM0001'),
      rij('gemeente', 'GM0002', 'B', 'GM0002'),
      rij('provincie', 'PV20', 'P', 'GM0001'),
      rij('provincie', 'PV21', 'Q', 'GM0001'),
      rij('roaz', 'RZ1', 'R', null),
    ]);
    expect(p.map((x) => [x.regel, x.kolom, x.waarde])).toEqual([
      [5, 'gemeente_code', 'GM0001'],
      [6, 'regio_code', 'RZ1'],
      [null, 'gemeente_code', 'GM0002'],
    ]);
    expect(p[0].reden).toContain('al in regio PV20 (regel 4)');
  });
  it('neemt per indeling de laatste versie tot de peildatum', () => {
    const b = maakRegioboek(
      [rij('gemeente', 'GM0001', 'Oud', 'GM0001'), { ...rij('gemeente', 'GM0001', 'Nieuw', 'GM0001'), geldig_vanaf: '2027-01-01' }],
      [],
      [],
      '2026-06-30',
    );
    expect(b.gebieden.get('GM0001')?.naam).toBe('Oud');
    expect(maakRegioboek([rij('gemeente', 'GM0001', 'Oud', 'GM0001'), { ...rij('gemeente', 'GM0001', 'Nieuw', 'GM0001'), geldig_vanaf: '2027-01-01' }]).gebieden.get('GM0001')?.naam).toBe('Nieuw');
  });
});
