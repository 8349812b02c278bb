import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { celTekst, DataTabel, GrafiekFiguur } from '../../../src/platform/web/grafiekfiguur.js';
import { staafOptie, type StaafInvoer } from '../../../src/platform/web/grafiek.js';

describe('DataTabel: de toegankelijke tabel die alle onderdelen gebruiken', () => {
  it('heeft een caption, kolomkoppen met scope="col" en de eerste cel van elke rij als rijkop', () => {
    const html = renderToString(<DataTabel caption="Uitgaven" kop={['Sector', 'Bedrag']} rijen={[['Wijkverpleging', 1234567], ['Ggz', null]]} />);
    expect(html).toContain('<caption class="utrecht-table__caption">Uitgaven</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row" class="utrecht-table__header-cell">Wijkverpleging</th>');
    // getallen in Nederlandse notatie en rechts uitgelijnd; geen waarde wordt een streepje
    expect(html).toContain('<td class="utrecht-table__cell utrecht-table__cell--numeric">1.234.567</td>');
    expect(html).toContain('<td class="utrecht-table__cell">–</td>');
  });

  it('zet de tabel met zijn toelichting in een scrollbare omhulling als dat gevraagd wordt, met een totaalregel in tfoot', () => {
    const html = renderToString(
      <DataTabel
        caption="Status"
        kop={['Status', 'Aantal']}
        rijen={[['Ingediend', 3]]}
        omhulsel={{ klasse: 'am-tabel-scroll' }}
        onder={<p>Bron: test</p>}
        voet={
          <tr>
            <th scope="row">Totaal</th>
            <td>3</td>
          </tr>
        }
      />,
    );
    expect(html).toMatch(/^<div class="am-tabel-scroll" tabindex="0" role="region" aria-label="Status"><table class="utrecht-table">.*<tfoot><tr><th scope="row">Totaal<\/th><td>3<\/td><\/tr><\/tfoot><\/table><p>Bron: test<\/p><\/div>$/);
  });

  it('celTekst: 2,5 wordt "2,5", null wordt het gevraagde lege woord', () => {
    expect(celTekst(2.5)).toBe('2,5');
    expect(celTekst(null, 'niet gepubliceerd')).toBe('niet gepubliceerd');
  });
});

describe('GrafiekFiguur: grafiek met tabelalternatief en CSV-download', () => {
  const invoer: StaafInvoer = { titel: 'Acties per status', categorieen: ['A', 'B'], reeksen: [{ naam: 'Afgerond', waarden: [3, 1] }], eenheid: 'acties', xNaam: 'Onderdeel' };
  it('heeft een bijschrift als naam, de SVG, de tabel in <details> en de CSV-link', () => {
    const html = renderToString(<GrafiekFiguur id="g" invoer={invoer} optie={staafOptie(invoer)} csv="/x.csv" breedte={400} hoogte={200} scroll />);
    expect(html).toContain('<figure class="am-grafiek" id="g" aria-labelledby="g-titel"><figcaption id="g-titel" class="utrecht-heading-3">Acties per status</figcaption>');
    expect(html).toContain('<svg role="img" aria-label="Acties per status"');
    expect(html).toContain('<details class="am-grafiek__tabel"><summary>Tabel bij deze grafiek</summary><div class="am-tabel-scroll" tabindex="0" role="region" aria-label="Acties per status"><table class="utrecht-table">');
    expect(html).toContain('<th scope="col" class="utrecht-table__header-cell">Afgerond (acties)</th>');
    expect(html).toContain('<a class="utrecht-link" href="/x.csv" download>Download de cijfers (CSV)</a>');
  });
});
