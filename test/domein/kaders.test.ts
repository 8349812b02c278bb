import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KaderSector } from '../../src/domein/begrippen.js';
import { afgerond, berekenKader, nieuwsteStandPerJaarSector, type KaderRij } from '../../src/domein/kaders.js';
import { kaderTabel } from '../../src/domein/kaders-tabel.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader } from '../../src/domein/kaders-vergelijking.js';

// Echte bronnen: het seedbestand (tabellen 2023 en 2024 uit de rapportage van juni 2025, plus de
// AZWA-kaders 2026-2028) en de gepubliceerde kerncijfers van 20 mei 2025.
const SEED = new URL('../../data/seed/', import.meta.url);
const gepubliceerd = JSON.parse(readFileSync(new URL('kerncijfers-2025-05-20.json', SEED), 'utf8')) as {
  financiele_kaders: GepubliceerdKader[];
};

// Minimale lezer voor het seed-CSV (geen aanhalingstekens, decimaalkomma); de echte importer is elders.
function leesKaders(): KaderRij[] {
  const [kop, ...regels] = readFileSync(new URL('financiele_kaders.csv', SEED), 'utf8').trim().split(/\r?\n/);
  const kolommen = kop.split(';');
  const getal = (v: string) => (v === '' ? null : Number(v.replace(',', '.')));
  return regels.map((regel) => {
    const c = Object.fromEntries(regel.split(';').map((v, i) => [kolommen[i], v]));
    return {
      jaar: Number(c.jaar),
      sector: c.sector as KaderSector,
      stand: c.stand,
      stand_omschrijving: c.stand_omschrijving || null,
      kwartalen_declaraties: getal(c.kwartalen_declaraties),
      kader_soort: c.kader_soort as KaderRij['kader_soort'],
      uitgaven_mln: getal(c.uitgaven_mln),
      kader_mln: getal(c.kader_mln)!,
      aanspraak_buiten_zvw_mln: getal(c.aanspraak_buiten_zvw_mln),
      covid_prestaties_mln: getal(c.covid_prestaties_mln),
      groei_dure_geneesmiddelen_pct: getal(c.groei_dure_geneesmiddelen_pct),
      basis_dure_geneesmiddelen_mln: getal(c.basis_dure_geneesmiddelen_mln),
      balanspost_pct: getal(c.balanspost_pct),
    };
  });
}

const RIJEN = leesKaders();
const rij = (jaar: number, sector: KaderSector) => RIJEN.find((r) => r.jaar === jaar && r.sector === sector)!;
const vanJaar = (jaar: number) => RIJEN.filter((r) => r.jaar === jaar);

describe('berekenKader: rekenregels contract §3 op de gepubliceerde tabellen', () => {
  it('2024 reproduceert de gedrukte verschilregel binnen ±1 (000 r. 370-393)', () => {
    // Met de hand: uitgaven + aanspraak − kader
    //   MSZ 30.157 − 30.215 = −58; GGZ 5.563 − 5.303 = 260 (gedrukt 259);
    //   Wijkverpleging 3.340 + 60 − 4.415 = −1.015; Huisartsenzorg 4.428 − 4.318 = 110 (gedrukt 109);
    //   MDZ 909 − 911 = −2.
    const verwacht: Record<KaderSector, number> = { MSZ: -58, GGZ: 260, Wijkverpleging: -1015, Huisartsenzorg: 110, MDZ: -2 };
    const gedrukt: Record<KaderSector, number> = { MSZ: -58, GGZ: 259, Wijkverpleging: -1015, Huisartsenzorg: 109, MDZ: -2 };
    for (const sector of Object.keys(verwacht) as KaderSector[]) {
      const { afgerond: a } = berekenKader(rij(2024, sector));
      expect(a.verschil_incl_covid, sector).toBe(verwacht[sector]);
      expect(a.verschil_excl_covid, sector).toBe(verwacht[sector]);
      expect(a.correctie_dure_geneesmiddelen, sector).toBe(0);
      expect(a.resterend_verschil, sector).toBe(verwacht[sector]);
      expect(Math.abs(a.resterend_verschil! - gedrukt[sector]), sector).toBeLessThanOrEqual(1);
    }
  });

  it('2023 reproduceert de gedrukte regel "Verschil excl. covid" binnen ±1 (000 r. 405-428)', () => {
    // Met de hand: MSZ 28.049 − 28.135 − 89 (covid) = −175; GGZ 5.045 − 4.913 = 132;
    //   Wijkverpleging 3.217 + 75 − 4.049 = −757; Huisartsenzorg 3.967 − 3.941 = 26; MDZ 808 − 825 = −17.
    const verwacht: Record<KaderSector, number> = { MSZ: -175, GGZ: 132, Wijkverpleging: -757, Huisartsenzorg: 26, MDZ: -17 };
    for (const sector of Object.keys(verwacht) as KaderSector[]) {
      const { afgerond: a } = berekenKader(rij(2023, sector));
      expect(a.verschil_excl_covid, sector).toBe(verwacht[sector]);
      expect(a.resterend_verschil, sector).toBe(verwacht[sector]);
    }
  });

  it('2023 MSZ: −175 alleen met covid 89; verschil incl. covid is −86', () => {
    const msz = rij(2023, 'MSZ');
    // 28.049 − 28.135 = −86 incl. covid; −86 − 89 = −175 excl. covid.
    expect(berekenKader(msz).afgerond).toMatchObject({ covid_prestaties: 89, verschil_incl_covid: -86, verschil_excl_covid: -175 });
    // Zonder het afgeleide covidbedrag komt −86 uit, 89 naast het gedrukte −175: dat moet gemeld worden.
    const zonderCovid = berekenKader({ ...msz, covid_prestaties_mln: null });
    expect(zonderCovid.afgerond.verschil_excl_covid).toBe(-86);
    const afwijkingen = vergelijkMetGepubliceerd([zonderCovid], gepubliceerd.financiele_kaders.filter((g) => g.jaar === 2023 && g.sector === 'MSZ'));
    expect(afwijkingen.map((a) => [a.veld, a.berekend, a.gepubliceerd, a.verschil])).toEqual([
      ['verschil_excl_covid', -86, -175, 89],
      ['resterend_verschil', -86, -175, 89],
    ]);
  });

  it('lege aanspraak en covid tellen als 0 in de API-velden', () => {
    expect(berekenKader(rij(2024, 'GGZ')).afgerond).toMatchObject({ aanspraak_buiten_zvw: 0, covid_prestaties: 0 });
  });

  it('AZWA 2026-2028 hebben alleen een kader: alle verschilvelden null', () => {
    const azwa = RIJEN.filter((r) => r.kader_soort === 'AZWA');
    expect(azwa).toHaveLength(15);
    for (const r of azwa) {
      const { afgerond: a, signalen } = berekenKader(r);
      expect(a.uitgaven).toBeNull();
      expect(a.verschil_incl_covid).toBeNull();
      expect(a.verschil_excl_covid).toBeNull();
      expect(a.correctie_dure_geneesmiddelen).toBeNull();
      expect(a.resterend_verschil).toBeNull();
      expect(signalen).toEqual([]);
    }
    expect(berekenKader(rij(2026, 'MSZ')).afgerond.kader).toBe(31898);
  });

  it('dure geneesmiddelen 9% groei op basis 5.000: correctie −50 en resterend verschil verlaagd', () => {
    const verzonnen: KaderRij = { ...rij(2024, 'MSZ'), jaar: 2030, groei_dure_geneesmiddelen_pct: 9, basis_dure_geneesmiddelen_mln: 5000 };
    // Met de hand: −0,5 × (9 − 7)/100 × 5.000 = −0,5 × 0,02 × 5.000 = −50.
    // Verschil 30.157 − 30.215 = −58; resterend −58 − 50 = −108.
    const { waarden, signalen } = berekenKader(verzonnen);
    expect(waarden.correctie_dure_geneesmiddelen).toBe(-50);
    expect(waarden.resterend_verschil).toBe(-108);
    expect(signalen).toEqual([]);
  });

  it('de drempel is instelbaar: 9% groei met drempel 5 geeft −100', () => {
    const verzonnen: KaderRij = { ...rij(2024, 'MSZ'), jaar: 2030, groei_dure_geneesmiddelen_pct: 9, basis_dure_geneesmiddelen_mln: 5000 };
    // Met de hand: −0,5 × (9 − 5)/100 × 5.000 = −100.
    expect(berekenKader(verzonnen, { drempelPct: 5 }).waarden.correctie_dure_geneesmiddelen).toBe(-100);
  });

  it('correctie houdt één decimaal: 7,3% groei op basis 4.567,8 geeft −6,9', () => {
    const verzonnen: KaderRij = { ...rij(2024, 'MSZ'), groei_dure_geneesmiddelen_pct: 7.3, basis_dure_geneesmiddelen_mln: 4567.8 };
    // Met de hand: −0,5 × 0,3/100 × 4.567,8 = −0,0015 × 4.567,8 = −6,8517 → één decimaal −6,9.
    // Resterend: −58,0 − 6,9 = −64,9 → getoond −65 (half van nul af).
    const b = berekenKader(verzonnen);
    expect(b.waarden.correctie_dure_geneesmiddelen).toBe(-6.9);
    expect(b.waarden.resterend_verschil).toBe(-64.9);
    expect(b.afgerond.resterend_verschil).toBe(-65);
  });

  it('groei boven de drempel zonder basisbedrag: correctie en resterend null, met signaal', () => {
    const verzonnen: KaderRij = { ...rij(2024, 'MSZ'), groei_dure_geneesmiddelen_pct: 8.1 };
    const b = berekenKader(verzonnen);
    expect(b.afgerond.verschil_excl_covid).toBe(-58);
    expect(b.afgerond.correctie_dure_geneesmiddelen).toBeNull();
    expect(b.afgerond.resterend_verschil).toBeNull();
    expect(b.signalen.map((s) => s.code)).toEqual(['basis_dure_geneesmiddelen_ontbreekt']);
    expect(b.signalen[0].melding).toContain('8,1%');
  });

  it('groei precies op de drempel geeft geen correctie (alleen groei > 7%)', () => {
    expect(berekenKader({ ...rij(2024, 'MSZ'), groei_dure_geneesmiddelen_pct: 7 }).waarden.correctie_dure_geneesmiddelen).toBe(0);
  });

  it('tienden voorkomen drijvende-kommafouten: 0,1 + 0,2 − 0,3 = 0', () => {
    const r: KaderRij = { ...rij(2024, 'MDZ'), uitgaven_mln: 0.1, aanspraak_buiten_zvw_mln: 0.2, kader_mln: 0.3 };
    expect(berekenKader(r).waarden.verschil_incl_covid).toBe(0);
  });

  it('afronden gaat half van nul af', () => {
    expect(afgerond(259.5)).toBe(260);
    expect(afgerond(-259.5)).toBe(-260);
    expect(afgerond(-0.4)).toBe(0);
    expect(Object.is(afgerond(-0.4), -0)).toBe(false);
  });

  it('meer dan één decimaal is een invoerfout', () => {
    expect(() => berekenKader({ ...rij(2024, 'MDZ'), uitgaven_mln: 909.25 })).toThrow(RangeError);
  });
});

describe('nieuwsteStandPerJaarSector', () => {
  it('op 20 mei 2025: de tabellen 2023 en 2024, nog niet de AZWA-kaders van 3 juli 2025', () => {
    const stand = nieuwsteStandPerJaarSector(RIJEN, '2025-05-20');
    expect(stand.map((r) => `${r.jaar} ${r.sector}`)).toEqual([
      '2023 MSZ', '2023 GGZ', '2023 Wijkverpleging', '2023 Huisartsenzorg', '2023 MDZ',
      '2024 MSZ', '2024 GGZ', '2024 Wijkverpleging', '2024 Huisartsenzorg', '2024 MDZ',
    ]);
    expect(nieuwsteStandPerJaarSector(RIJEN, '2025-07-03')).toHaveLength(25);
  });

  it('een nieuwere stand vervangt de oudere vanaf zijn datum, de oudere blijft daarvoor gelden', () => {
    const nieuw: KaderRij = { ...rij(2024, 'GGZ'), stand: '2025-04-30', stand_omschrijving: 'stand ultimo april 2025', uitgaven_mln: 5580 };
    const rijen = [nieuw, ...RIJEN];
    expect(nieuwsteStandPerJaarSector(rijen, '2025-04-29').find((r) => r.jaar === 2024 && r.sector === 'GGZ')!.uitgaven_mln).toBe(5563);
    expect(nieuwsteStandPerJaarSector(rijen, '2025-04-30').find((r) => r.jaar === 2024 && r.sector === 'GGZ')!.uitgaven_mln).toBe(5580);
  });
});

describe('kaderTabel: zoals de rapportage drukt', () => {
  it('2024: zeven regels, kolommen in rapportvolgorde, cellen als gedrukt', () => {
    const t = kaderTabel(vanJaar(2024));
    expect(t.titel).toBe('Actualisatie 2024');
    expect(t.kolommen).toEqual(['MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ']);
    expect(t.rijen.map((r) => `${r.nummer} ${r.label}`)).toEqual([
      '1 Uitgaven stand ultimo oktober 2024',
      '2 IZA-kader',
      '3 Aanspraak buiten Zvw',
      '4 Verschil (+ is overschrijding)',
      '5 Correctie dure geneesmiddelen',
      '6 Resterend verschil',
      '7 Balanspost',
    ]);
    const tekst = (soort: string) => t.rijen.find((r) => r.soort === soort)!.tekst;
    // Gedrukt (000 r. 376-384), behalve GGZ en Huisartsenzorg: daar 260 en 110 berekend tegen 259 en 109 gedrukt.
    expect(tekst('uitgaven')).toEqual({ MSZ: '€ 30.157', GGZ: '€ 5.563', Wijkverpleging: '€ 3.340', Huisartsenzorg: '€ 4.428', MDZ: '€ 909' });
    expect(tekst('aanspraak_buiten_zvw')).toEqual({ MSZ: '', GGZ: '', Wijkverpleging: '€ 60', Huisartsenzorg: '', MDZ: '' });
    expect(tekst('verschil')).toEqual({ MSZ: '€ -58', GGZ: '€ 260', Wijkverpleging: '€ -1.015', Huisartsenzorg: '€ 110', MDZ: '€ -2' });
    expect(tekst('correctie_dure_geneesmiddelen')).toEqual({ MSZ: '', GGZ: '', Wijkverpleging: '', Huisartsenzorg: '', MDZ: '' });
    expect(tekst('balanspost')).toEqual({ MSZ: '26%', GGZ: '10%', Wijkverpleging: '9%', Huisartsenzorg: '4%', MDZ: '2%' });
  });

  it('2024: voetnoten volgen uit de gegevens, ook de groei dure geneesmiddelen van 3,2%', () => {
    const t = kaderTabel(vanJaar(2024));
    expect(t.voetnoten.map((v) => v.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.voetnoten[0].tekst).toContain('uitgaven 2024');
    expect(t.voetnoten[0].tekst).toContain('4 kwartalen');
    expect(t.voetnoten[1].tekst).toBe('Betreft het geldende IZA-kader voor het jaar 2024.');
    expect(t.voetnoten[2].tekst).toContain('Wijkverpleging (€ 60 miljoen)');
    expect(t.voetnoten[4].tekst).toContain('De uitgavengroei dure geneesmiddelen in 2024 bedraagt 3,2%; een correctie is niet nodig.');
    expect(t.inleiding).toContain('na 4 kwartalen aan declaraties');
  });

  it('2023 zoals gedrukt (000 r. 411-419): zeven regels, één regel "Verschil excl. covid", het covidbedrag in de toelichting', () => {
    const t = kaderTabel(vanJaar(2023));
    expect(t.rijen.map((r) => r.label)).toEqual([
      'Uitgaven stand ultimo oktober 2024',
      'IZA-kader',
      'Aanspraak buiten Zvw',
      'Verschil excl. covid (+ is overschrijding)',
      'Correctie dure geneesmiddelen',
      'Resterend verschil',
      'Balanspost',
    ]);
    const rijVan = (soort: string) => t.rijen.find((r) => r.soort === soort)!;
    // Gedrukt (000 r. 415): −175 / 132 / −757 / 26 / −17.
    expect(rijVan('verschil_excl_covid').afgerond).toEqual({ MSZ: -175, GGZ: 132, Wijkverpleging: -757, Huisartsenzorg: 26, MDZ: -17 });
    expect(t.voetnoten.find((v) => v.nummer === 4)!.tekst).toContain('exclusief covidgerelateerde meerkosten');
    expect(t.voetnoten.find((v) => v.nummer === 4)!.tekst).toContain('MSZ € 89 miljoen');
    expect(rijVan('balanspost').tekst.MSZ).toBe('-1%');
    expect(t.voetnoten.find((v) => v.nummer === 5)!.tekst).toContain('De uitgavengroei dure geneesmiddelen in 2023 bedraagt 3,5%; een correctie is niet nodig.');
    expect(t.voetnoten.find((v) => v.nummer === 7)!.tekst).toContain('MSZ -1%');
    expect(t.inleiding).toContain('na 8 kwartalen');
  });

  it('2023 uitgesplitst: verschil incl. covid −86, covid prestaties als negatieve regel −89, verschil excl. covid −175', () => {
    const t = kaderTabel(vanJaar(2023), { covidRegels: 'uitgesplitst' });
    expect(t.rijen.map((r) => r.soort)).toEqual([
      'uitgaven', 'kader', 'aanspraak_buiten_zvw', 'verschil_incl_covid', 'covid_prestaties', 'verschil_excl_covid',
      'correctie_dure_geneesmiddelen', 'resterend_verschil', 'balanspost',
    ]);
    const rijVan = (soort: string) => t.rijen.find((r) => r.soort === soort)!;
    expect(rijVan('verschil_incl_covid').tekst.MSZ).toBe('€ -86');
    expect(rijVan('covid_prestaties').tekst.MSZ).toBe('€ -89');
    expect(rijVan('covid_prestaties').tekst.GGZ).toBe('');
    expect(rijVan('verschil_excl_covid').afgerond.MSZ).toBe(-175);
  });

  it('een jaar zonder fonds en covid laat die regels weg', () => {
    const zonder = vanJaar(2024).map((r) => ({ ...r, aanspraak_buiten_zvw_mln: null }));
    expect(kaderTabel(zonder).rijen.map((r) => r.soort)).toEqual([
      'uitgaven', 'kader', 'verschil', 'correctie_dure_geneesmiddelen', 'resterend_verschil', 'balanspost',
    ]);
  });

  it('verzonnen jaar met 9% groei op 5.000: correctieregel −50 en een voetnoot dat de correctie geldt', () => {
    const jaar = vanJaar(2024).map((r) =>
      r.sector === 'MSZ' ? { ...r, jaar: 2030, groei_dure_geneesmiddelen_pct: 9, basis_dure_geneesmiddelen_mln: 5000 } : { ...r, jaar: 2030 },
    );
    const t = kaderTabel(jaar);
    const correctie = t.rijen.find((r) => r.soort === 'correctie_dure_geneesmiddelen')!;
    expect(correctie.tekst.MSZ).toBe('€ -50');
    expect(correctie.tekst.GGZ).toBe('');
    // Resterend MSZ: −58 − 50 = −108.
    expect(t.rijen.find((r) => r.soort === 'resterend_verschil')!.afgerond.MSZ).toBe(-108);
    const noot = t.voetnoten.find((v) => v.nummer === correctie.nummer)!.tekst;
    expect(noot).toContain('De uitgavengroei dure geneesmiddelen in 2030 bedraagt 9%; een correctie is van toepassing');
    expect(noot).toContain('€ -50 miljoen');
  });

  it('AZWA 2026: alleen de kaderregel "AZWA-kader"', () => {
    const t = kaderTabel(vanJaar(2026));
    expect(t.rijen.map((r) => r.label)).toEqual(['AZWA-kader']);
    expect(t.rijen[0].tekst).toEqual({ MSZ: '€ 31.898', GGZ: '€ 5.857', Wijkverpleging: '€ 3.792', Huisartsenzorg: '€ 4.839', MDZ: '€ 1.038' });
    expect(t.voetnoten).toEqual([{ nummer: 1, tekst: 'Betreft het geldende AZWA-kader voor het jaar 2026.' }]);
  });

  it('rijen van verschillende jaren in één tabel is een fout', () => {
    expect(() => kaderTabel([rij(2023, 'MSZ'), rij(2024, 'GGZ')])).toThrow(RangeError);
  });
});

describe('vergelijkMetGepubliceerd', () => {
  it('de tabellen van juni 2025 geven geen afwijking > 1; GGZ 260 tegen 259 wordt niet gemeld', () => {
    const berekend = nieuwsteStandPerJaarSector(RIJEN, '2025-05-20').map((r) => berekenKader(r));
    expect(gepubliceerd.financiele_kaders).toHaveLength(10);
    expect(vergelijkMetGepubliceerd(berekend, gepubliceerd.financiele_kaders)).toEqual([]);
    const ggz = berekend.find((b) => b.waarden.jaar === 2024 && b.waarden.sector === 'GGZ')!;
    expect(ggz.afgerond.verschil_incl_covid).toBe(260);
  });

  it('een afwijking van meer dan 1 wordt gemeld met beide waarden', () => {
    const berekend = [berekenKader(rij(2024, 'GGZ'))];
    const afw = vergelijkMetGepubliceerd(berekend, [{ jaar: 2024, sector: 'GGZ', stand: '2024-10-31', resterend_verschil: 258 }]);
    // 260 − 258 = 2 > 1.
    expect(afw).toEqual([
      expect.objectContaining({ veld: 'resterend_verschil', berekend: 260, gepubliceerd: 258, verschil: 2 }),
    ]);
  });

  it('een gepubliceerde rij zonder berekende tegenhanger wordt gemeld', () => {
    const afw = vergelijkMetGepubliceerd([], [{ jaar: 2022, sector: 'MSZ', resterend_verschil: 1 }]);
    expect(afw.map((a) => a.veld)).toEqual(['rij']);
  });
});
