import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { leesBronnen, leesbareVerwijzing, parseBronSleutel, vervangBronSleutels } from '../../src/domein/bronnen.js';
import { REGELAANTALLEN } from '../helpers/bronteksten.js';
import { datum } from '../../src/platform/formaat.js';

const SEED = new URL('../../data/seed/', import.meta.url);
const bronnen = leesBronnen(parse(readFileSync(new URL('bronnen.csv', SEED), 'utf8'), { columns: true, delimiter: ';' }));

describe('bronnen', () => {
  it('de delen van elk document sluiten aan en dekken het hele bronbestand', () => {
    for (const [bestand, regels] of Object.entries(REGELAANTALLEN)) {
      const delen = bronnen.filter((b) => bestand.startsWith(b.document + '_')).sort((a, b) => a.vanRegel - b.vanRegel);
      expect(delen.length, bestand).toBeGreaterThan(0);
      expect(delen[0].vanRegel).toBe(1);
      for (let i = 1; i < delen.length; i++) expect(delen[i].vanRegel, bestand).toBe(delen[i - 1].totRegel + 1);
      expect(delen[delen.length - 1].totRegel, bestand).toBe(regels);
    }
  });

  it('maakt van een bronsleutel een leesbare verwijzing', () => {
    expect(parseBronSleutel('002 r. 253-257')).toEqual({ document: '002', van: 253, tot: 257 });
    expect(leesbareVerwijzing('002 r. 253-257', bronnen, datum)).toBe(
      'Kamerbrief over het onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord (AZWA) en de voortgang van het Integraal Zorgakkoord (minister van VWS, juli 2025)',
    );
    expect(leesbareVerwijzing('002_be9b01c038a48e1e.txt r. 1706-1709', bronnen, datum)).toBe(
      'Onderhandelaarsakkoord Aanvullend Zorg- en Welzijnsakkoord (AZWA), met bijlagen en werkagenda (AZWA-partijen, 3 juli 2025)',
    );
    expect(leesbareVerwijzing('002 r. 10210', bronnen, datum)).toMatch(/^Integraal Zorgakkoord, Voortgangsrapportage .* 16 juni 2025\)$/);
    expect(leesbareVerwijzing('000 r. 219-234', bronnen, datum)).toMatch(/IZA-partijen, 16 juni 2025\)$/);
    expect(leesbareVerwijzing('004 r. 7', bronnen, datum)).toMatch(/Q1 2025 .*14 april 2025\)$/);
    expect(leesbareVerwijzing('003 r. 147-151', bronnen, datum)).toMatch(/najaar 2023\)$/);
    expect(leesbareVerwijzing('geen sleutel', bronnen, datum)).toBeNull();
    expect(leesbareVerwijzing('002 r. 99999', bronnen, datum)).toBeNull();
  });

  it('vervangt de sleutels in vrije tekst, ook reeksen regels, en niet andere getallen', () => {
    const { tekst, gebruikt, onbekend } = vervangBronSleutels(
      'Bron: AZWA-onderhandelaarsakkoord 3 juli 2025, fiche A1, 002_be9b01c038a48e1e.txt r. 1594-1613. Ook 000 r. 293-310; 002 r. 10090-10101 en r. 299-301; 416 toetsen.',
      bronnen,
      datum,
    );
    expect(tekst).not.toMatch(/\br\. \d/);
    expect(tekst).toMatch(/fiche A1, Onderhandelaarsakkoord .*\(AZWA-partijen, 3 juli 2025\)\./);
    expect(tekst).toMatch(/416 toetsen\.$/);
    expect(gebruikt.map((b) => b.document)).toEqual(['002', '000', '002']);
    expect(onbekend).toEqual([]);
  });

  it('elke bronsleutel in de seed verwijst naar een bekend document', () => {
    const sleutel = /\b(\d{3})(?:_[0-9a-f]{16}\.txt)? r\. (\d+)(?:-(\d+))?/g;
    let geteld = 0;
    for (const f of readdirSync(SEED).filter((n) => /\.(csv|json|md)$/.test(n))) {
      for (const m of readFileSync(new URL(f, SEED), 'utf8').matchAll(sleutel)) {
        geteld++;
        expect(leesbareVerwijzing(m[0], bronnen, datum), `${f}: ${m[0]}`).not.toBeNull();
      }
    }
    expect(geteld).toBeGreaterThan(400);
  });
});

describe('zonder bronsleutels', () => {
  it('haalt sleutels uit een tekst zonder bronnenlijst', async () => {
    const { zonderBronSleutels } = await import('../../src/domein/bronnen.js');
    expect(zonderBronSleutels('Kamerbrief (minister Agema; volgens 002 r. 293-297 de brief van 14 april 2025)')).toBe('Kamerbrief (minister Agema; volgens de brief van 14 april 2025)');
    expect(zonderBronSleutels('IZA voortgangsrapportage 16 juni 2025 (000 r. 486; 002 r. 10410-10413)')).toBe('IZA voortgangsrapportage 16 juni 2025');
  });
});
