import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bronRegels } from '../helpers/bronteksten.js';
import { controleerReeksRij, groepeerReeksen, reeksTabel, REEKSEN, type ReeksRij } from '../../src/domein/gepubliceerde-reeksen.js';

// Real sources: the seeded series of 20 May 2025 against the raw PDF text of the June 2025 report
// (002 r. 9631-10664) and the published kerncijfers of that date.
const SEED = new URL('../../data/seed/', import.meta.url);
const kerncijfers = JSON.parse(readFileSync(new URL('kerncijfers-2025-05-20.json', SEED), 'utf8'));

const rijen: ReeksRij[] = (
  parse(readFileSync(new URL('gepubliceerde_reeksen-2025-05-20.csv', SEED), 'utf8'), { columns: true, delimiter: ';' }) as Record<string, string>[]
).map((r) => ({ ...r, volgorde: Number(r.volgorde), waarde: r.waarde === '' ? null : Number(r.waarde) }) as unknown as ReeksRij);
const reeksen = groepeerReeksen(rijen);
const reeks = (naam: string) => reeksen.find((r) => r.reeks === naam)!;

describe('gepubliceerde reeksen 20 mei 2025', () => {
  it('elke rij is geldig, gemarkeerd als gepubliceerd aggregaat, en de sleutel is uniek', () => {
    for (const r of rijen) expect(controleerReeksRij(r), `${r.reeks} ${r.categorie} ${r.serie}`).toEqual([]);
    expect(new Set(rijen.map((r) => r.aard))).toEqual(new Set(['gepubliceerd aggregaat']));
    const sleutels = rijen.map((r) => [r.peildatum, r.reeks, r.categorie, r.serie, r.periode].join('|'));
    expect(new Set(sleutels).size).toBe(sleutels.length);
  });

  it('heeft elke grafiek van de rapportage, in de volgorde van de rapportage', () => {
    expect(reeksen.map((r) => r.reeks)).toEqual(REEKSEN.map((d) => d.reeks));
  });

  it('elke gevulde waarde staat in de bron op de genoemde regel', () => {
    for (const r of rijen.filter((x) => x.waarde !== null)) {
      const [, van, tot] = /^002 r\. (\d+)(?:-(\d+))?$/.exec(r.bron)!;
      const tekst = bronRegels('002', Number(van), Number(tot ?? van)).join(' ');
      const gedrukt = r.eenheid === 'euro' ? `€ ${r.waarde!.toLocaleString('nl-NL')}` : String(r.waarde);
      expect(tekst.split(/[\s()]+/).join(' '), `${r.reeks} ${r.categorie} ${r.serie}`).toContain(gedrukt);
    }
  });

  it('transformatiemiddelen zijn gelijk aan de gepubliceerde kerncijfers', () => {
    const t = reeksTabel(reeks('transformatiemiddelen_per_status'));
    const waarde = (c: string) => t.series[0].waarden[t.categorieen.indexOf(c)];
    const km = kerncijfers.transformatiemiddelen;
    expect(waarde('Beschikbaar gesteld')).toBe(km.beschikbaar_gesteld);
    expect(waarde('Verwacht')).toBe(km.verwacht);
    expect(waarde('Betaalbaar en betaald')).toBe(km.betaalbaar_en_betaald);
    expect(waarde('Raming')).toBe(waarde('Verwacht')! + waarde('Betaalbaar en betaald')!);
    expect(waarde('Nog vrij te geven')).toBe(150_788);
  });

  it('per thematafel is alleen G leesbaar (16 afgerond, 12 op schema = kerncijfers G), de rest staat als niet leesbaar', () => {
    const t = reeksTabel(reeks('acties_per_thematafel'));
    expect(t.categorieen).toEqual([...'ABCDEFGHIJ']);
    const g = rijen.filter((r) => r.reeks === 'acties_per_thematafel' && r.categorie === 'G');
    expect(Object.fromEntries(g.map((r) => [r.serie, r.waarde]))).toEqual(kerncijfers.acties.per_onderdeel.G.per_status);
    const anderen = rijen.filter((r) => r.reeks === 'acties_per_thematafel' && r.categorie !== 'G');
    expect(anderen.every((r) => r.waarde === null && /Niet leesbaar/.test(r.opmerking))).toBe(true);
    // the printed labels add up to 428, not to the 444 actions of the letter (seed README, inconsistency 1)
    const labels = rijen.filter((r) => r.reeks === 'acties_per_thematafel_labels');
    expect(new Set(labels.map((r) => r.categorie)).size).toBe(11);
    expect(labels.reduce((s, r) => s + r.waarde!, 0)).toBe(428);
  });

  it('grafieken zonder getallen in de bron hebben geen verzonnen waarden, wel een opmerking en hun legenda', () => {
    for (const naam of [
      'snelle_toetsen_per_kwartaal',
      'snelle_toetsen_per_sector',
      'snelle_toetsen_per_thema',
      'snelle_toetsen_per_regio',
      'transformatieplannen_per_kwartaal',
      'arbeidsmarkt_vacaturegraad',
      'arbeidsmarkt_ziekteverzuim',
      'arbeidsmarkt_deeltijdfactor',
      'arbeidsmarkt_aandeel_werknemers',
      'arbeidsmarkt_regeldruk',
      'huisartsen_wachtlijst_gemeenten',
      'msz_wachttijden',
      'wlz_wachtenden',
      'ggz_wachttijden',
    ]) {
      const r = reeks(naam);
      expect(r.nietLeesbaar, naam).toBe(true);
      expect(r.opmerkingen.length, naam).toBeGreaterThan(0);
    }
    expect(reeks('huisartsen_wachtlijst_gemeenten').rijen.map((r) => r.categorie)).toEqual([
      '0 wachtenden',
      '1-9 wachtenden',
      '10-49 wachtenden',
      '50-199 wachtenden',
      '200+ wachtenden',
    ]);
    // the legend of the bins is in the source, as printed
    const legenda = bronRegels('002', 10419, 10427).join(' ');
    for (const r of reeks('huisartsen_wachtlijst_gemeenten').rijen) expect(legenda).toContain(r.categorie);
    expect(reeks('ggz_wachttijden').rijen).toHaveLength(16 * 3);
    expect(reeks('wlz_wachtenden').opmerkingen[0]).toMatch(/ZINL, data t\/m maart 2025/);
    // no internal names in notes meant for readers
    for (const r of rijen) expect(r.opmerking).not.toMatch(/[a-z]+_[a-z]+/);
  });

  it('weigert een ontbrekende waarde zonder opmerking en een andere aard', () => {
    const basis: ReeksRij = { ...rijen[0] };
    expect(controleerReeksRij({ ...basis, opmerking: '' })[0].reden).toMatch(/ontbrekende waarde vraagt een opmerking/);
    expect(controleerReeksRij({ ...basis, aard: 'berekend' })[0].kolom).toBe('aard');
    expect(controleerReeksRij({ ...basis, bron: '' })[0].kolom).toBe('bron');
  });
});
