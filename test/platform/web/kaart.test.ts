import { describe, expect, it } from 'vitest';
import {
  gebiedsnamen,
  GEEN_GEGEVENS_KLEUR,
  HUISARTS_WACHTLIJST_KLASSEN,
  KAART_BRON,
  klasseVoor,
  renderKaartSvg,
  type KaartInvoer,
} from '../../../src/platform/web/kaart.js';

const basis = (waarden: Map<string, number | null>, extra: Partial<KaartInvoer> = {}) =>
  renderKaartSvg({
    laag: 'gemeente',
    waarden,
    klassen: HUISARTS_WACHTLIJST_KLASSEN,
    titel: 'Wachtenden voor een huisarts per gemeente, Q1 2025',
    breedte: 600,
    hoogte: 700,
    ...extra,
  });

const padVan = (svg: string, code: string) => svg.match(new RegExp(`<path [^>]*data-code="${code}"[^>]*>.*?</path>`))?.[0] ?? '';

describe('kaart', () => {
  it('de gemeentekaart 2025 heeft 342 gebieden, elk focusbaar met een naam', () => {
    const { svg } = basis(new Map());
    const paden = svg.match(/<path class="gebied"[^>]*>/g) ?? [];
    expect(paden).toHaveLength(342);
    expect(paden.every((p) => p.includes('tabindex="0"') && p.includes('role="img"') && p.includes('aria-label="'))).toBe(true);
  });

  it('een waarde voor GM0363 verschijnt met de naam Amsterdam en de kleur van haar klasse', () => {
    const { svg } = basis(new Map([['GM0363', 1234]]));
    const pad = padVan(svg, 'GM0363');
    expect(pad).toContain('<title>Amsterdam: 1.234</title>');
    expect(pad).toContain('aria-label="Amsterdam: 1.234"');
    expect(pad).toContain(`fill="${HUISARTS_WACHTLIJST_KLASSEN[4].kleur}"`);
  });

  it('een code van een vóór 2025 opgeheven gemeente (GM0457 Weesp) wordt teruggemeld, niet stil weggelaten', () => {
    const { onbekendeCodes, svg } = basis(new Map([['GM0457', 12], ['GM0363', 3]]));
    expect(onbekendeCodes).toEqual(['GM0457']);
    expect(svg).not.toContain('GM0457');
  });

  it('gemeenten zonder waarde (ontbrekend of null) worden gemeld en gearceerd getekend', () => {
    const { zonderWaarde, svg } = basis(new Map([['GM0363', 5], ['GM0014', null]]));
    expect(zonderWaarde).toHaveLength(341);
    expect(zonderWaarde).toContain('GM0014');
    expect(zonderWaarde).not.toContain('GM0363');
    expect(padVan(svg, 'GM0014')).toContain('<title>Groningen: geen gegevens</title>');
    expect(padVan(svg, 'GM0014')).toContain('fill="url(#kaart-gemeente-geen)"');
    expect(svg).toContain(GEEN_GEGEVENS_KLEUR);
  });

  it.each([
    [0, '0'],
    [1, '1–9'],
    [9, '1–9'],
    [10, '10–49'],
    [49, '10–49'],
    [50, '50–199'],
    [199, '50–199'],
    [200, '200+'],
    [12000, '200+'],
  ])('huisartswachtlijst: %d wachtenden valt in klasse %s', (waarde, label) => {
    expect(klasseVoor(waarde, HUISARTS_WACHTLIJST_KLASSEN)?.label).toBe(label);
  });

  it('een waarde tussen twee klassen valt in de lagere, een negatieve waarde in geen enkele', () => {
    expect(klasseVoor(9.5, HUISARTS_WACHTLIJST_KLASSEN)?.label).toBe('1–9');
    expect(klasseVoor(-1, HUISARTS_WACHTLIJST_KLASSEN)).toBeNull();
    expect(basis(new Map([['GM0363', -1]])).buitenKlassen).toEqual(['GM0363']);
  });

  it('de klassekleuren lopen van licht naar donker (opeenvolgende schaal)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const l = HUISARTS_WACHTLIJST_KLASSEN.map((k) => lum(k.kleur));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]);
  });

  it('de kaart heeft titel, legenda met alle klassen en de bronvermelding van cartomap/nl', () => {
    const { svg } = basis(new Map(), { legendaTitel: 'Wachtenden' });
    expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="kaart-gemeente-titel"/);
    expect(svg).toContain('<title id="kaart-gemeente-titel">Wachtenden voor een huisarts per gemeente, Q1 2025</title>');
    for (const k of HUISARTS_WACHTLIJST_KLASSEN) expect(svg).toContain(`>${k.label}</text>`);
    expect(svg).toContain('>Geen gegevens</text>');
    expect(svg).toContain(KAART_BRON);
    expect(KAART_BRON).toBe('Bron: CBS / Kadaster (via cartomap/nl)');
  });

  it('overlappende klassen worden geweigerd', () => {
    expect(() =>
      basis(new Map(), {
        klassen: [
          { van: 0, tot: 10, label: 'a', kleur: '#fff' },
          { van: 5, tot: null, label: 'b', kleur: '#000' },
        ],
      }),
    ).toThrow(/overlappen/);
  });

  it('gebiedsnamen geeft de officiële namen per code, ook met bijzondere tekens', () => {
    const namen = gebiedsnamen('gemeente');
    expect(namen.size).toBe(342);
    expect(namen.get('GM0363')).toBe('Amsterdam');
    expect(namen.get('GM0518')).toBe("'s-Gravenhage");
    expect(gebiedsnamen('provincie').size).toBe(12);
    expect(gebiedsnamen('provincie').get('PV27')).toBe('Noord-Holland');
  });

  it('namen met tekens die in XML iets betekenen worden ge-escaped', () => {
    const { svg } = basis(new Map([['GM0518', 7]]), { titel: 'A & B <test>' });
    expect(padVan(svg, 'GM0518')).toContain("<title>'s-Gravenhage: 7</title>");
    expect(svg).toContain('A &amp; B &lt;test&gt;');
  });

  it('andere lagen werken ook: provincies met 12 gebieden', () => {
    const { svg, zonderWaarde } = renderKaartSvg({
      laag: 'provincie',
      waarden: new Map([['PV27', 3.5]]),
      klassen: [
        { van: 0, tot: 3, label: '0–3', kleur: '#e3eff6' },
        { van: 3.1, tot: null, label: 'meer dan 3', kleur: '#01689b' },
      ],
      titel: 'Test',
      breedte: 300,
      hoogte: 360,
    });
    expect(svg.match(/<path class="gebied"/g)).toHaveLength(12);
    expect(zonderWaarde).toHaveLength(11);
    expect(padVan(svg, 'PV27')).toContain('Noord-Holland: 3,5');
  });
});
