import { describe, expect, it, vi } from 'vitest';

// Houdt elke ECharts-instantie bij, om te zien of renderGrafiekSvg ze weggooit.
const gemaakt: { isDisposed(): boolean }[] = vi.hoisted(() => []);
vi.mock('echarts', async (importOriginal) => {
  const echt = await importOriginal<typeof import('echarts')>();
  return {
    ...echt,
    init: (...args: Parameters<typeof echt.init>) => {
      const instantie = echt.init(...args);
      gemaakt.push(instantie);
      return instantie;
    },
  };
});
import { ACTIE_STATUSSEN } from '../../../src/domein/begrippen.js';
import {
  grafiekTabel,
  kleineVeelvoudenOptie,
  KLEUREN,
  metNederlandseOpmaak,
  naarCsv,
  optieJson,
  REEKS_KLEUREN,
  renderGrafiekSvg,
  staafOptie,
  STATUS_KLEUREN,
  tijdreeksOptie,
  type KleineVeelvoudenInvoer,
  type TijdreeksInvoer,
} from '../../../src/platform/web/grafiek.js';

const GROEPEN = [
  'Andere problemen', 'Angst', 'Basis GGZ', 'Bipolair', 'Depressie', 'Diagnose onbekend', 'Eetstoornissen',
  'Middelgerelateerd en verslaving', 'Neurobiologische ontwikkelingsstoornissen', 'Neurocognitieve stoornissen',
  'Obsessief-compulsief', 'Persoonlijkheid', 'Restgroep', 'Schizofrenie', 'Somatische symptoomstoornissen', 'Trauma',
];
const MAANDEN = ['jan 2025', 'feb 2025', 'mrt 2025', 'apr 2025'];

// Verzonnen testwaarden (geen gepubliceerde cijfers); alleen de vorm telt.
const ggz: KleineVeelvoudenInvoer = {
  titel: 'Wachttijden ggz per hoofddiagnosegroep',
  eenheid: 'weken',
  panelen: GROEPEN.map((titel, g) => ({
    titel,
    reeksen: [
      { naam: 'Aanmeldwachttijd', punten: MAANDEN.map((x, i) => ({ x, y: 3 + ((g + i) % 5) })) },
      { naam: 'Behandelwachttijd', punten: MAANDEN.map((x, i) => ({ x, y: 8 + ((g * i) % 7) })) },
      { naam: 'Totale wachttijd', punten: MAANDEN.map((x, i) => ({ x, y: i === 2 && g === 0 ? null : 12 + ((g + 2 * i) % 9) })) },
    ],
  })),
  normen: [
    { reeks: 'Aanmeldwachttijd', waarde: 4, label: 'Treeknorm 4 weken' },
    { reeks: 'Behandelwachttijd', waarde: 10, label: 'Treeknorm 10 weken' },
    { reeks: 'Totale wachttijd', waarde: 14, label: 'Treeknorm 14 weken' },
  ],
};

const vacatures: TijdreeksInvoer = {
  titel: 'Vacaturegraad zorg en welzijn',
  eenheid: 'per 1.000 banen',
  reeksen: [
    { naam: 'Zorg en welzijn', punten: [{ x: 'Q1 2024', y: 52 }, { x: 'Q2 2024', y: 48.5 }, { x: 'Q3 2024', y: null }, { x: 'Q4 2024', y: 1250 }] },
    { naam: 'Alle sectoren', punten: [{ x: 'Q2 2024', y: 44 }, { x: 'Q1 2024', y: 47 }] },
  ],
  norm: { waarde: 40, label: 'Streefwaarde' },
  peildatumLabel: 'Q4 2024',
};

function contrast(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('renderGrafiekSvg', () => {
  it('tekent een SVG met role="img", aria-label en <title> uit de titel van de optie', () => {
    const svg = renderGrafiekSvg(tijdreeksOptie(vacatures), { breedte: 640, hoogte: 360 });
    expect(svg).toMatch(/^<svg role="img" aria-label="Vacaturegraad zorg en welzijn" width="640" height="360"/);
    expect(svg).toContain('<title>Vacaturegraad zorg en welzijn</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('een gewijzigd cijfer geeft een nieuwe tekening, dezelfde cijfers dezelfde bytes (issue 19: getekende grafieken worden hergebruikt)', () => {
    const maat = { breedte: 320, hoogte: 200 };
    const teken = (n: number) => renderGrafiekSvg(staafOptie({ categorieen: ['A. Passende zorg'], reeksen: [{ naam: 'Afgerond', waarden: [n] }], eenheid: '' }), maat);
    const een = teken(7);
    const twee = teken(8);
    expect(twee).not.toBe(een);
    expect(teken(7)).toBe(een);
  });

  it('de toegankelijke naam wordt ge-escaped', () => {
    const svg = renderGrafiekSvg(staafOptie({ categorieen: ['a'], reeksen: [{ naam: 'x', waarden: [1] }], eenheid: '' }), {
      breedte: 200,
      hoogte: 200,
      titel: 'Kosten <2025> & "baten"',
    });
    expect(svg).toContain('aria-label="Kosten &lt;2025&gt; &amp; &quot;baten&quot;"');
  });

  it('gooit de ECharts-instantie altijd weg, ook als tekenen mislukt', () => {
    gemaakt.length = 0;
    renderGrafiekSvg(tijdreeksOptie(vacatures), { breedte: 300, hoogte: 200 });
    const kapot = {
      get series(): never {
        throw new Error('kapotte optie');
      },
    };
    expect(() => renderGrafiekSvg(kapot as never, { breedte: 100, hoogte: 100 })).toThrow('kapotte optie');
    expect(gemaakt).toHaveLength(2);
    expect(gemaakt.every((i) => i.isDisposed())).toBe(true);
  });

  it('zet getallen op de waarde-as in Nederlandse notatie (1.250 met punt)', () => {
    const svg = renderGrafiekSvg(tijdreeksOptie(vacatures), { breedte: 640, hoogte: 360 });
    const asLabels = [...svg.matchAll(/>([\d.,]+)<\/text>/g)].map((m) => m[1]);
    expect(asLabels.some((l) => /^\d\.\d{3}$/.test(l))).toBe(true);
    expect(asLabels.some((l) => /^\d,\d{3}$/.test(l))).toBe(false);
  });

  it('tekent de normlijn en de peildatum met hun labels', () => {
    const svg = renderGrafiekSvg(tijdreeksOptie(vacatures), { breedte: 640, hoogte: 360 });
    expect(svg).toContain('Streefwaarde');
    expect(svg).toContain('Peildatum');
  });

  it('tekent 16 kleine veelvouden met hun groepsnamen en de drie Treeknormen in één SVG', () => {
    const svg = renderGrafiekSvg(kleineVeelvoudenOptie(ggz), { breedte: 1000, hoogte: 1000 });
    // Lange namen breken over twee regels (twee <text>-elementen); de tekst samen moet kloppen.
    const tekst = [...svg.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1].trim()).join(' ');
    for (const g of GROEPEN) expect(tekst).toContain(g);
    for (const n of ['Treeknorm 4 weken', 'Treeknorm 10 weken', 'Treeknorm 14 weken']) expect(svg).toContain(n);
  });
});

describe('grafiekopties', () => {
  it('tijdreeks: x-labels in volgorde van voorkomen, ontbrekende punten als null', () => {
    const o = tijdreeksOptie(vacatures) as any;
    expect(o.xAxis.data).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024']);
    expect(o.series[0].data).toEqual([52, 48.5, null, 1250]);
    expect(o.series[1].data).toEqual([47, 44, null, null]);
    expect(o.series[0].markLine.data.map((d: any) => d.yAxis ?? d.xAxis)).toEqual([40, 'Q4 2024']);
    expect(o.yAxis.name).toBe('per 1.000 banen');
  });

  it('staaf: gestapeld zet alle reeksen op één stapel en horizontaal wisselt de assen', () => {
    const o = staafOptie({
      categorieen: ['A', 'B'],
      reeksen: ACTIE_STATUSSEN.map((s, i) => ({ naam: s, waarden: [i, i + 1], kleur: STATUS_KLEUREN[s] })),
      gestapeld: true,
      horizontaal: true,
      eenheid: 'acties',
    }) as any;
    expect(o.yAxis.type).toBe('category');
    expect(o.xAxis.type).toBe('value');
    expect(o.series.every((s: any) => s.stack === 'totaal')).toBe(true);
    expect(o.series[0].itemStyle.color).toBe(STATUS_KLEUREN.Afgerond);
  });

  it('kleine veelvouden: 16 panelen in een raster van 4×4 met één gedeelde y-schaal', () => {
    const o = kleineVeelvoudenOptie(ggz) as any;
    expect(o.grid).toHaveLength(16);
    expect(o.xAxis).toHaveLength(16);
    expect(o.series).toHaveLength(48);
    const links = new Set(o.grid.map((g: any) => g.left));
    const boven = new Set(o.grid.map((g: any) => g.top));
    expect(links.size).toBe(4);
    expect(boven.size).toBe(4);
    expect(new Set(o.yAxis.map((y: any) => y.max)).size).toBe(1);
    expect(o.yAxis[0].max).toBeGreaterThanOrEqual(20);
    expect(o.series[47]).toMatchObject({ xAxisIndex: 15, yAxisIndex: 15, name: 'Totale wachttijd' });
  });

  it('kleine veelvouden: elke reeks heeft in elk paneel haar eigen Treeknormlijn (4/10/14) in haar eigen kleur', () => {
    const o = kleineVeelvoudenOptie(ggz) as any;
    const normen = o.series.map((s: any) => s.markLine.data[0].yAxis);
    expect(normen).toEqual(Array.from({ length: 16 }, () => [4, 10, 14]).flat());
    expect(o.series[1].markLine.lineStyle.color).toBe(o.series[1].itemStyle.color);
  });

  it('de opties van de bouwers zijn JSON-veilig: ze komen onveranderd terug uit JSON', () => {
    for (const o of [tijdreeksOptie(vacatures), kleineVeelvoudenOptie(ggz), staafOptie({ categorieen: ['a'], reeksen: [{ naam: 'x', waarden: [1] }], eenheid: '' })]) {
      expect(JSON.parse(optieJson(o))).toEqual(JSON.parse(JSON.stringify(o)));
    }
  });

  it('optieJson weigert functies en escapet < zodat het script-element niet te sluiten is', () => {
    const metFunctie = metNederlandseOpmaak(tijdreeksOptie(vacatures));
    expect(() => optieJson(metFunctie)).toThrow(/functie in .*optie\.yAxis\.axisLabel\.formatter/);
    const json = optieJson(tijdreeksOptie({ ...vacatures, titel: '</script><b>' }));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).title.text).toBe('</script><b>');
  });

  it('metNederlandseOpmaak laat de oorspronkelijke optie ongemoeid', () => {
    const o = tijdreeksOptie(vacatures);
    metNederlandseOpmaak(o);
    expect(() => optieJson(o)).not.toThrow();
  });
});

describe('kleuren', () => {
  it('reeks- en statuskleuren hebben minstens 3:1 contrast op wit (WCAG 1.4.11)', () => {
    for (const k of [...REEKS_KLEUREN, ...Object.values(STATUS_KLEUREN)]) expect(contrast(k), k).toBeGreaterThanOrEqual(3);
  });
  it('elke actiestatus heeft een eigen kleur', () => {
    expect(Object.keys(STATUS_KLEUREN).sort()).toEqual([...ACTIE_STATUSSEN].sort());
    expect(new Set(Object.values(STATUS_KLEUREN)).size).toBe(ACTIE_STATUSSEN.length);
    expect(STATUS_KLEUREN['Loopt op schema']).toBe(KLEUREN.lintblauw);
  });
});

describe('tabelalternatief en CSV', () => {
  it('tijdreeks als tabel: één rij per x-label, kolom per reeks met eenheid, norm in de toelichting', () => {
    const t = grafiekTabel(vacatures);
    expect(t.kop).toEqual(['Periode', 'Zorg en welzijn (per 1.000 banen)', 'Alle sectoren (per 1.000 banen)']);
    expect(t.rijen).toEqual([
      ['Q1 2024', 52, 47],
      ['Q2 2024', 48.5, 44],
      ['Q3 2024', null, null],
      ['Q4 2024', 1250, null],
    ]);
    expect(t.toelichting).toEqual(['Norm: Streefwaarde (40 per 1.000 banen)', 'Peildatum: Q4 2024']);
  });

  it('kleine veelvouden als tabel: 16 groepen × 4 maanden, met groep en periode vooraan', () => {
    const t = grafiekTabel(ggz);
    expect(t.kop).toEqual(['Groep', 'Periode', 'Aanmeldwachttijd (weken)', 'Behandelwachttijd (weken)', 'Totale wachttijd (weken)']);
    expect(t.rijen).toHaveLength(64);
    expect(t.rijen[2]).toEqual(['Andere problemen', 'mrt 2025', 5, 8, null]);
  });

  it('staaf als tabel: één rij per categorie', () => {
    const t = grafiekTabel({ categorieen: ['MSZ', 'GGZ'], reeksen: [{ naam: 'Goedgekeurd', waarden: [3, 4] }], eenheid: '' });
    expect(t).toEqual({ titel: undefined, kop: ['Categorie', 'Goedgekeurd'], rijen: [['MSZ', 3], ['GGZ', 4]] });
  });

  it('naarCsv: puntkomma, decimale komma zonder duizendtallen, lege cel voor null, RFC 4180-quotes', () => {
    const csv = naarCsv({ kop: ['Periode', 'Waarde; gemiddeld'], rijen: [['Q1 2024', 1250.5], ['Q2 "2024"', null]] });
    expect(csv).toBe('Periode;"Waarde; gemiddeld"\r\nQ1 2024;1250,5\r\n"Q2 ""2024""";\r\n');
    expect(naarCsv({ kop: ['a'], rijen: [] }, { bom: true })).toBe('\ufeffa\r\n');
  });
});

describe('geldige SVG', () => {
  it('de SVG bevat geen attribuut met een ongeëscaped dubbel aanhalingsteken (lettertypenaam)', () => {
    const svg = renderGrafiekSvg(kleineVeelvoudenOptie(ggz), { breedte: 1000, hoogte: 1000 });
    // Elke tag moet na het wegnemen van nette attributen alleen nog naam en / overhouden.
    const tags = svg.match(/<[a-zA-Z][^>]*>/g) ?? [];
    const rommel = tags.filter((t) => /"/.test(t.replace(/\s[\w:-]+="[^"]*"/g, '')));
    expect(rommel).toEqual([]);
  });
});
