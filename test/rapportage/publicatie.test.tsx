import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BronnenLijst, leesbaar, publicatieInhoud, reeksIn, ReeksFiguur, RondeTeksten } from '../../src/rapportage/publicatie.js';
import { leesBronnen } from '../../src/domein/bronnen.js';
import type { ReeksRij } from '../../src/domein/gepubliceerde-reeksen.js';
import type { RondeTekst } from '../../src/domein/rondeteksten.js';

// The published extras of 20 May 2025 straight from the seed files, rendered as the report shows them.
const SEED = new URL('../../data/seed/', import.meta.url);
const csv = (f: string) => parse(readFileSync(new URL(f, SEED), 'utf8'), { columns: true, delimiter: ';' }) as Record<string, string>[];
const p = publicatieInhoud({
  rondeteksten: csv('rondeteksten-2025-05-20.csv').map((r) => ({ ...r, volgorde: Number(r.volgorde) }) as unknown as RondeTekst),
  reeksen: csv('gepubliceerde_reeksen-2025-05-20.csv').map(
    (r) => ({ ...r, volgorde: Number(r.volgorde), waarde: r.waarde === '' ? null : Number(r.waarde) }) as unknown as ReeksRij,
  ),
  bronnen: leesBronnen(csv('bronnen.csv')),
});

describe('gepubliceerde reeksen en teksten in het rapport', () => {
  it('tekent de transformatiemiddelen met een label op elke staaf en een samenvatting als alternatieve tekst', () => {
    const html = renderToString(<ReeksFiguur p={p} reeks={reeksIn(p, 'transformatiemiddelen_per_status')!} id="r-tm" modus="pdf" />);
    for (const bedrag of ['€ 740.409.907', '€ 614.629.512', '€ 125.780.395', '€ 150.788']) expect(html).toContain(bedrag);
    expect(html).toMatch(/aria-label="Bedragen van goedgekeurde transformatieplannen per status\. Beschikbaar gesteld: € 740\.409\.907; Verwacht: € 614\.629\.512/);
    expect(html).toMatch(/Gepubliceerd aggregaat; bron: \[\d+\]\./);
    expect(html).not.toMatch(/\b002 r\.|transformatiemiddelen_per_status/);
  });

  it('tekent van de thematafels alleen G en zegt welke tafels niet leesbaar zijn', () => {
    const html = renderToString(<ReeksFiguur p={p} reeks={reeksIn(p, 'acties_per_thematafel')!} id="r-tt" modus="pdf" />);
    expect(html).toContain('Niet leesbaar in de bron en daarom niet getekend: A, B, C, D, E, F, H, I, J.');
    expect(html).toMatch(/G, Afgerond: 16; G, Loopt voor: 0; G, Loopt op schema: 12/);
  });

  it('een grafiek zonder getallen in de bron toont titel, legenda en de reden, geen staven', () => {
    const html = renderToString(<ReeksFiguur p={p} reeks={reeksIn(p, 'huisartsen_wachtlijst_gemeenten')!} id="r-ha" modus="html" />);
    expect(html).not.toContain('<svg');
    expect(html).toContain('Legenda zoals gepubliceerd: 0 wachtenden, 1-9 wachtenden, 10-49 wachtenden, 50-199 wachtenden, 200+ wachtenden.');
    expect(html).toContain('Bron data: wachtlijsten verzekeraars Q1 2025');
    const ggz = renderToString(<ReeksFiguur p={p} reeks={reeksIn(p, 'ggz_wachttijden')!} id="r-ggz" modus="html" />);
    expect(ggz).toContain('Legenda zoals gepubliceerd (48 reeksen): Andere problemen, Angst, Basis GGZ');
  });

  it('teksten met subkoppen en een bronnenlijst voor lezers', () => {
    const nza = renderToString(<RondeTeksten p={p} sectie="nza_duiding" />);
    expect(nza).toContain('<h3 class="utrecht-heading-3 r-tekstkop">IZA-partijen geven richting</h3>');
    expect(nza).toContain('<h3 class="utrecht-heading-3 r-tekstkop">Spreiding en concentratie</h3>');
    const lijst = renderToString(<BronnenLijst p={p} />);
    expect(lijst).toContain('Integraal Zorgakkoord, Voortgangsrapportage t.b.v. Bestuurlijk overleg IZA (peildatum 20 mei 2025)</span>, IZA-partijen, 16 juni 2025');
    expect(lijst).not.toMatch(/r\. \d|\.txt/);
    // the notes for readers cite the numbered list, and show no column names
    const metNotitie = publicatieInhoud({ rondeteksten: [], reeksen: [], bronnen: p.bronnen }, ['Zie de brief (002 r. 253-257); zonder_status = 0.']);
    expect(renderToString(<BronnenLijst p={metNotitie} />)).toContain('minister van VWS, juli 2025');
    expect(leesbaar(metNotitie, 'Zie de brief (002 r. 253-257); zonder_status = 0.')).toBe('Zie de brief ([1]); zonder status = 0.');
  });
});
