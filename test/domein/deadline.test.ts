import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { deadlineStatus, interpreteerDeadline } from '../../src/domein/deadline.js';
import { SEED_DEADLINES, TEST_ANKER, TEST_VANDAAG } from '../fixtures/deadlines.js';

const opties = { anker: TEST_ANKER, vandaag: TEST_VANDAAG };
const lees = (tekst: string, o: Parameters<typeof interpreteerDeadline>[1] = opties) => interpreteerDeadline(tekst, o);
const bereik = (tekst: string, o?: Parameters<typeof interpreteerDeadline>[1]) => {
  const d = lees(tekst, o);
  return { van: d.van, tot: d.tot, precisie: d.precisie, soort: d.soort };
};

describe('elke termijn uit de seeddata', () => {
  it('de tabel bevat elke verschillende deadlinetekst uit acties.csv', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../data/seed/acties.csv', import.meta.url)), 'utf8');
    const rijen: Record<string, string>[] = parse(csv, { columns: true, delimiter: ';', bom: true, skip_empty_lines: true });
    const inData = new Set(rijen.map((r) => (r.deadline ?? '').trim()).filter(Boolean));
    const inTabel = new Set(SEED_DEADLINES.map((d) => d.tekst));
    const ontbrekend = [...inData].filter((t) => !inTabel.has(t));
    expect(ontbrekend).toEqual([]);
    expect(inData.size).toBeGreaterThan(0);
  });

  it('de tabel heeft elke tekst één keer', () => {
    expect(new Set(SEED_DEADLINES.map((d) => d.tekst)).size).toBe(SEED_DEADLINES.length);
  });

  it.each(SEED_DEADLINES)('$tekst', (v) => {
    const d = lees(v.tekst);
    expect({ van: d.van, tot: d.tot, precisie: d.precisie, soort: d.soort }).toEqual({
      van: v.van,
      tot: v.tot,
      precisie: v.precisie,
      soort: v.soort,
    });
    expect(d.tekst).toBe(v.tekst);
    expect(d.mijlpalen).toHaveLength(v.mijlpalen ?? 0);
    expect(d.tegenstrijdig).toBe(v.tegenstrijdig ?? false);
    expect(d.omschrijving.length).toBeGreaterThan(0);
  });
});

describe('exacte datums', () => {
  it.each([
    ['1/10/2025', '2025-10-01'],
    ['1-1-2027', '2027-01-01'],
    ['1/1/26', '2026-01-01'],
    ['1 juli 2026', '2026-07-01'],
    ['2025-10-01', '2025-10-01'],
    ['15 okt. 2025', '2025-10-15'],
    ['3 mrt 2026', '2026-03-03'],
  ])('%s is die dag (dag/maand/jaar)', (tekst, dag) => {
    expect(bereik(tekst)).toEqual({ van: dag, tot: dag, precisie: 'dag', soort: 'deadline' });
  });

  it('een onmogelijke datum levert geen datum op', () => {
    expect(lees('31/2/2026').tot).toBeNull();
  });
});

describe('kwartalen, maanden, seizoenen, jaren', () => {
  it.each([
    ['Q3 2025', '2025-07-01', '2025-09-30', 'kwartaal', 'deadline'],
    ['uiterlijk Q1 2026', null, '2026-03-31', 'kwartaal', 'deadline'],
    ['eind Q2 van 2025', '2025-06-01', '2025-06-30', 'maand', 'deadline'],
    ['het 3e kwartaal van 2026', '2026-07-01', '2026-09-30', 'kwartaal', 'deadline'],
    ['oktober 2025', '2025-10-01', '2025-10-31', 'maand', 'deadline'],
    ['eind september 2026', '2026-09-01', '2026-09-30', 'maand', 'deadline'],
    ['sept. 2026', '2026-09-01', '2026-09-30', 'maand', 'deadline'],
    ['voorjaar 2026', '2026-03-01', '2026-05-31', 'seizoen', 'deadline'],
    ['najaar 2025', '2025-09-01', '2025-11-30', 'seizoen', 'deadline'],
    ['zomer 2026', '2026-06-01', '2026-08-31', 'seizoen', 'deadline'],
    ['winter 2025', '2025-12-01', '2026-02-28', 'seizoen', 'deadline'],
    ['eerste helft van 2026', '2026-01-01', '2026-06-30', 'halfjaar', 'deadline'],
    ['in 2025', '2025-01-01', '2025-12-31', 'jaar', 'deadline'],
    ['eind 2025', '2025-10-01', '2025-12-31', 'kwartaal', 'deadline'],
    ['begin 2027', '2027-01-01', '2027-03-31', 'kwartaal', 'deadline'],
    ['medio 2027', '2027-05-01', '2027-08-31', 'kwartaal', 'deadline'],
  ])('%s', (tekst, van, tot, precisie, soort) => {
    expect(bereik(tekst)).toEqual({ van, tot, precisie, soort });
  });

  it('hoofdletters maken niet uit', () => {
    expect(bereik('UITERLIJK Q1 2026')).toEqual(bereik('uiterlijk q1 2026'));
    expect(bereik('Oktober 2025').tot).toBe('2025-10-31');
  });

  it('tekst rond de datum hindert niet', () => {
    expect(bereik('In 2025/2026 (start projecten, ieder met eigen mijlpalen en tijdpad)')).toEqual({
      van: '2025-01-01',
      tot: '2026-12-31',
      precisie: 'meerjarig',
      soort: 'periode',
    });
  });
});

describe('termijnen zonder jaartal', () => {
  it('"begin Q1" neemt het jaar uit de rest van de cel', () => {
    const d = lees('begin Q1; Q1 2026 afronding');
    expect(d.mijlpalen[0]).toMatchObject({ van: '2026-01-01', tot: '2026-01-31', precisie: 'maand' });
  });

  it('"Q4" zonder context: het eerstvolgende Q4 vanaf het anker', () => {
    expect(bereik('Q4', { anker: '2025-07-03' })).toMatchObject({ van: '2025-10-01', tot: '2025-12-31' });
    expect(bereik('Q2', { anker: '2025-07-03' })).toMatchObject({ van: '2026-04-01', tot: '2026-06-30' });
  });

  it('"Q4" zonder context en zonder anker: geen datum, en dat staat erbij', () => {
    const d = lees('Q4', {});
    expect(d).toMatchObject({ van: null, tot: null, precisie: 'kwartaal' });
    expect(d.omschrijving).toContain('jaar onbekend');
    expect(deadlineStatus(d, '2030-01-01', false)).toBe('geen-datum');
  });
});

describe('starts en periodes zijn geen deadline', () => {
  it.each([
    ['vanaf 2026', '2026-01-01', null, 'start'],
    ['per 2027', '2027-01-01', null, 'start'],
    ['met ingang van 1 januari 2026', '2026-01-01', null, 'start'],
    ['t/m 2028', null, '2028-12-31', 'periode'],
    ['2025/2026', '2025-01-01', '2026-12-31', 'periode'],
    ['2025-2028', '2025-01-01', '2028-12-31', 'periode'],
  ])('%s', (tekst, van, tot, soort) => {
    expect(bereik(tekst)).toMatchObject({ van, tot, soort });
  });

  it('een start is nooit verlopen', () => {
    expect(deadlineStatus(lees('vanaf 2026'), '2030-01-01', false)).toBe('geen-datum');
    expect(deadlineStatus(lees('t/m 2028'), '2030-01-01', false)).toBe('geen-datum');
  });
});

describe('relatieve termijnen', () => {
  it.each([
    ['binnen 6 maanden', '2026-01-03'],
    ['binnen 3 maanden', '2025-10-03'],
    ['binnen één jaar', '2026-07-03'],
    ['binnen 2 jaar', '2027-07-03'],
    ['binnen een half jaar', '2026-01-03'],
    ['binnen 6 weken', '2025-08-14'],
  ])('%s telt vanaf het anker 3 juli 2025', (tekst, tot) => {
    expect(bereik(tekst)).toEqual({ van: TEST_ANKER, tot, precisie: 'relatief', soort: 'deadline' });
  });

  it('zonder anker: relatief, geen datum, en de omschrijving zegt waarom', () => {
    const d = lees('binnen 6 maanden', { anker: null });
    expect(d).toMatchObject({ van: null, tot: null, precisie: 'relatief' });
    expect(d.omschrijving).toMatch(/ankermoment/);
    expect(deadlineStatus(d, '2030-01-01', false)).toBe('geen-datum');
  });

  it('een ander anker geeft een andere datum', () => {
    expect(lees('binnen 6 maanden', { anker: '2025-09-30' }).tot).toBe('2026-03-30');
  });

  it('maanden tellen door naar het einde van een kortere maand', () => {
    expect(lees('binnen 6 maanden', { anker: '2025-08-31' }).tot).toBe('2026-02-28');
  });
});

describe('gebeurtenissen, per direct, doorlopend', () => {
  it('"na evaluatie" heeft geen datum', () => {
    const d = lees('na evaluatie');
    expect(d).toMatchObject({ van: null, tot: null, precisie: 'gebeurtenis', soort: 'gebeurtenis' });
    expect(d.omschrijving).toBe('geen datum: na evaluatie');
  });

  it('"eerste BO AZWA na de zomer" is een overlegmoment, geen datum', () => {
    expect(bereik('eerste BO AZWA na de zomer')).toEqual({ van: null, tot: null, precisie: 'gebeurtenis', soort: 'gebeurtenis' });
  });

  it('"per direct" begint vandaag', () => {
    expect(bereik('per direct', { vandaag: '2025-11-12' })).toEqual({ van: '2025-11-12', tot: null, precisie: 'dag', soort: 'start' });
    expect(lees('per direct', {}).van).toBeNull();
  });

  it.each(['doorlopend', 'structureel', 'jaarlijks', 'ieder kwartaal'])('"%s" heeft geen einddatum', (tekst) => {
    expect(bereik(tekst)).toEqual({ van: null, tot: null, precisie: 'doorlopend', soort: 'doorlopend' });
  });

  it('lege of onleesbare tekst is onbekend', () => {
    expect(bereik('')).toEqual({ van: null, tot: null, precisie: 'onbekend', soort: 'onbekend' });
    expect(bereik('zo snel als het kan')).toMatchObject({ precisie: 'onbekend', soort: 'onbekend' });
  });
});

describe('meerdere termijnen en tegenstrijdigheden', () => {
  it('elke termijn in een cel is een mijlpaal; het hoofdbereik omvat ze', () => {
    const d = lees('Q4 2025 (projectplan); medio 2027 (landelijk)');
    expect(d.mijlpalen.map((m) => [m.tekst, m.van, m.tot])).toEqual([
      ['Q4 2025 (projectplan)', '2025-10-01', '2025-12-31'],
      ['medio 2027 (landelijk)', '2027-05-01', '2027-08-31'],
    ]);
    expect([d.van, d.tot]).toEqual(['2025-10-01', '2027-08-31']);
  });

  it('C6: "Q4 2025" tegen tijdpad "Q1 2026" blijven allebei bewaard, gemarkeerd', () => {
    const d = lees('Q4 2025; tijdpad: Q1 2026');
    expect(d.tegenstrijdig).toBe(true);
    expect(d.mijlpalen.map((m) => m.tot)).toEqual(['2025-12-31', '2026-03-31']);
    expect(d.omschrijving).toMatch(/tegenstrijdig/);
  });

  it('C3a: "uiterlijk 1/10/2025" tegen tijdpad "uiterlijk einde Q3 2025" (30 september) is een dag verschil, toch gemarkeerd', () => {
    const d = lees('uiterlijk 1/10/2025 (tijdpad: uiterlijk einde Q3 2025)');
    expect(d.tegenstrijdig).toBe(true);
    expect(d.mijlpalen.map((m) => [m.tekst, m.tot])).toEqual([
      ['uiterlijk 1/10/2025 (tijdpad: uiterlijk einde Q3 2025)', '2025-10-01'],
      ['tijdpad: uiterlijk einde Q3 2025', '2025-09-30'],
    ]);
  });

  it('"na" met een volledige datum is een start de dag erna', () => {
    expect(bereik('na 1 januari 2026')).toEqual({ van: '2026-01-02', tot: null, precisie: 'dag', soort: 'start' });
  });

  it('een herhaling tussen haakjes met dezelfde termijn is geen tegenstrijdigheid', () => {
    expect(lees('eind 2026 (Q4 2026)').tegenstrijdig).toBe(false);
    expect(lees('eind 2026 (Q3 2026)').tegenstrijdig).toBe(true);
  });
});

describe('omschrijving', () => {
  it('zegt in gewone woorden wat de termijn is', () => {
    expect(lees('uiterlijk Q1 2026').omschrijving).toBe('uiterlijk 31 maart 2026');
    expect(lees('vanaf 2026').omschrijving).toBe('vanaf 1 januari 2026');
    expect(lees('1 juli 2026').omschrijving).toBe('op 1 juli 2026');
    expect(lees('Q3 2025').omschrijving).toBe('tussen 1 juli 2025 en 30 september 2025');
    expect(lees('binnen 6 maanden').omschrijving).toBe('uiterlijk 3 januari 2026 (binnen 6 maanden na 3 juli 2025)');
  });
});

describe('deadlineStatus', () => {
  const q3 = lees('uiterlijk Q3 2025'); // tot 30 september 2025

  it('verlopen als de einddatum voorbij is en de actie niet af is', () => {
    expect(deadlineStatus(q3, '2025-10-01', false)).toBe('verlopen');
  });
  it('een afgeronde actie is nooit verlopen', () => {
    expect(deadlineStatus(q3, '2025-10-01', true)).toBe('op-tijd');
  });
  it('binnenkort binnen 30 dagen vóór de einddatum, de einddatum zelf meegeteld', () => {
    expect(deadlineStatus(q3, '2025-09-30', false)).toBe('binnenkort');
    expect(deadlineStatus(q3, '2025-08-31', false)).toBe('binnenkort');
    expect(deadlineStatus(q3, '2025-08-30', false)).toBe('op-tijd');
  });
  it('het aantal dagen voor "binnenkort" is instelbaar', () => {
    expect(deadlineStatus(q3, '2025-08-01', false, 60)).toBe('binnenkort');
  });
  it('geen datum bij een gebeurtenis of een doorlopende afspraak', () => {
    expect(deadlineStatus(lees('na evaluatie'), '2025-10-01', false)).toBe('geen-datum');
    expect(deadlineStatus(lees('jaarlijks'), '2025-10-01', false)).toBe('geen-datum');
  });
});
