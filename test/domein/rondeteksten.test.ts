import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, platteTekst } from '../../src/domein/markdown.js';
import { bronRegels } from '../helpers/bronteksten.js';
import { controleerRondeTekst, ordenRondeteksten, tekstenVan, type RondeTekst } from '../../src/domein/rondeteksten.js';

// Real sources: the seeded round texts against the cleaned text of the June 2025 report (000) and the
// Kamerbrief of April 2025 (004).
const SEED = new URL('../../data/seed/', import.meta.url);

function leesTeksten(bestand: string): RondeTekst[] {
  const rijen = parse(readFileSync(new URL(bestand, SEED), 'utf8'), { columns: true, delimiter: ';' }) as Record<string, string>[];
  return rijen.map((r) => ({ ...r, volgorde: Number(r.volgorde) }) as unknown as RondeTekst);
}

/** Compare text without markup, list signs, check marks and typographic differences of quotes. */
const normaal = (t: string) =>
  t
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/\[footnoteRef:\d+\]|\[\d+:\s[^\]]*\]/g, ' ')
    .replace(/\*\*|✓|^\s*(?:-|\d{1,2}\.)\s/gm, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('veilige markdown', () => {
  it('leest alinea’s, opsommingen met één geneste laag, vet en cursief', () => {
    const { blokken, fouten } = parseMarkdown(
      'Eerste **vet** en *schuin*.\nZelfde alinea.\n\n- een\n- twee:\n  - **125** in uitwerking\n  - 145 ingediend\n\n1. genummerd\n2. tweede',
    );
    expect(fouten).toEqual([]);
    expect(blokken).toHaveLength(3);
    expect(blokken[0]).toEqual({
      soort: 'alinea',
      inhoud: [
        { soort: 'tekst', tekst: 'Eerste ' },
        { soort: 'vet', tekst: 'vet' },
        { soort: 'tekst', tekst: ' en ' },
        { soort: 'cursief', tekst: 'schuin' },
        { soort: 'tekst', tekst: '. Zelfde alinea.' },
      ],
    });
    const lijst = blokken[1];
    expect(lijst.soort === 'lijst' && lijst.items.map((i) => i.sub.length)).toEqual([0, 2]);
    expect(blokken[2].soort === 'lijst' && blokken[2].genummerd).toBe(true);
  });

  it('weigert HTML, links, afbeeldingen, koppen en een open sterretje, met een Nederlandse reden', () => {
    expect(parseMarkdown('<script>alert(1)</script>').fouten).toContain('HTML is niet toegestaan');
    expect(parseMarkdown('zie <b>dit</b>').fouten).toContain('HTML is niet toegestaan');
    expect(parseMarkdown('[klik](https://example.org)').fouten[0]).toMatch(/links zijn niet toegestaan/);
    expect(parseMarkdown('![x](y.png)').fouten).toContain('afbeeldingen zijn niet toegestaan');
    expect(parseMarkdown('# Kop').fouten[0]).toMatch(/koppen/);
    expect(parseMarkdown('half **vet').fouten[0]).toMatch(/niet afgesloten/);
  });

  it('laat snake_case en bedragen met een minteken staan', () => {
    const { blokken, fouten } = parseMarkdown('zonder_status en € -58');
    expect(fouten).toEqual([]);
    expect(platteTekst(blokken)).toBe('zonder_status en € -58');
  });
});

describe('rondeteksten 20 mei 2025 (uit 000)', () => {
  const teksten = leesTeksten('rondeteksten-2025-05-20.csv');

  it('elke rij is geldig en elke sleutel (sectie, subsectie) komt één keer voor', () => {
    for (const t of teksten) expect(controleerRondeTekst(t), `${t.sectie}/${t.subsectie}`).toEqual([]);
    const sleutels = teksten.map((t) => `${t.sectie}/${t.subsectie}`);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    expect(new Set(teksten.map((t) => t.peildatum))).toEqual(new Set(['2025-05-20']));
  });

  it('elke tekst staat letterlijk in de bron op de genoemde regels', () => {
    for (const t of teksten) {
      const delen = t.bron.split(';').map((d) => d.trim());
      const bronTekst = delen
        .map((deel) => {
          const [, doc, bereiken] = /^(\d{3}) r\. (.*)$/.exec(deel)!;
          return bereiken
            .split(',')
            .map((b) => {
              const [van, tot = van] = b.trim().split('-').map(Number);
              return bronRegels(doc, van, tot).join('\n');
            })
            .join('\n');
        })
        .join('\n');
      const zonderKop = t.sectie === 'arbeidsmarkt' && t.subsectie === 'regeldruk' ? bronTekst.replace(/^\s*Regeldruk/, '') : bronTekst;
      expect(normaal(zonderKop), `${t.sectie}/${t.subsectie}`).toContain(normaal(platteTekst(parseMarkdown(t.tekst).blokken)));
    }
  });

  it('heeft de vier Noemenswaardig-punten met hun data, de thematafels A–J en de subsecties van 000', () => {
    const geordend = ordenRondeteksten(teksten);
    const noemenswaardig = tekstenVan(geordend, 'noemenswaardig')[0].blokken;
    expect(noemenswaardig).toHaveLength(1);
    const items = noemenswaardig[0].soort === 'lijst' ? noemenswaardig[0].items.map((i) => i.inhoud.map((d) => d.tekst).join('')) : [];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Sinds 1 mei is de nieuwe betaaltitel/);
    expect(items[1]).toMatch(/^Op 25 maart heeft besluitvorming plaatsgevonden/);
    expect(items[2]).toMatch(/^In maart is de aanvullende werkinstructies/);
    expect(items[3]).toMatch(/^Begin april 2025 is het bestuurlijk akkoord 'Inzicht in Zorgcapaciteit'/);

    expect(tekstenVan(geordend, 'thematafel').map((t) => t.subsectie)).toEqual([...'ABCDEFGHIJ']);
    expect(tekstenVan(geordend, 'toegankelijkheid').map((t) => t.subsectie)).toEqual(['algemeen', 'huisartsenzorg', 'msz', 'wlz', 'ggz']);
    expect(tekstenVan(geordend, 'nza_duiding').map((t) => t.kop)).toEqual(['20 mei 2025', 'IZA-partijen geven richting', 'Spreiding en concentratie']);
    // the NZa figures and the toelichting of the transformatiemiddelen chart with its seven definitions
    expect(platteTekst(tekstenVan(geordend, 'nza_duiding', 'iza_partijen_geven_richting')[0].blokken)).toMatch(
      /48 transformatieplannen beschikkingen afgegeven voor in totaal 483 mln euro.*drie transformatieplannen ruim 13 mln euro/,
    );
    const definities = tekstenVan(geordend, 'transformatiemiddelen', 'toelichting')[0].blokken.find((b) => b.soort === 'lijst');
    expect(definities?.soort === 'lijst' && definities.items.map((i) => i.inhoud[0].tekst)).toEqual([
      'Actueel beschikbaar gesteld',
      'Verwacht',
      'Betaalbaar en betaald',
      'Raming',
      'Definitief vrijgegeven bedrag',
      'Nog vrij te geven bedrag',
      'Mogelijk nog vrij te geven',
    ]);
    // the kaders footnotes in their own wording, naming both funds
    expect(tekstenVan(geordend, 'financiele_kaders', 'toelichting_tabel_2024')[0].tekst).toMatch(/fonds opleidingen wijkverpleging/);
    expect(tekstenVan(geordend, 'financiele_kaders', 'toelichting_tabel_2023')[0].tekst).toMatch(/via het fonds wijkverpleging/);
    // report order: sections as in 000
    expect([...new Set(geordend.map((t) => t.sectie))]).toEqual([
      'noemenswaardig',
      'thematafels',
      'thematafel',
      'snelle_toetsen',
      'transformatieplannen',
      'nza_duiding',
      'transformatiemiddelen',
      'financiele_kaders',
      'arbeidsmarkt',
      'toegankelijkheid',
    ]);
  });

  it('weigert een onbekende sectie, een subsectie buiten de lijst en een thematafel zonder letter', () => {
    expect(controleerRondeTekst({ sectie: 'voorwoord', subsectie: '', tekst: 'x' })[0].kolom).toBe('sectie');
    expect(controleerRondeTekst({ sectie: 'snelle_toetsen', subsectie: 'kwartaal', tekst: 'x' })[0].reden).toMatch(/kies uit overzicht/);
    expect(controleerRondeTekst({ sectie: 'thematafel', subsectie: '', tekst: 'x' })[0].reden).toMatch(/ontbreekt/);
    expect(controleerRondeTekst({ sectie: 'thematafel', subsectie: 'C3a', tekst: 'x' })).toEqual([]);
    expect(controleerRondeTekst({ sectie: 'noemenswaardig', subsectie: '', tekst: '<p>x</p>' })[0].reden).toBe('HTML is niet toegestaan');
  });
});

describe('rondeteksten 25 februari 2025 (uit 004)', () => {
  it('neemt de tekst van de brief over, zonder voetnootmarkeringen', () => {
    const teksten = leesTeksten('rondeteksten-2025-02-25.csv');
    for (const t of teksten) expect(controleerRondeTekst(t)).toEqual([]);
    const alles = teksten.map((t) => t.tekst).join('\n');
    expect(alles).toMatch(/23 acties uit het IZA afgerond/);
    expect(alles).toMatch(/161 acties afgerond van de circa 400 acties totaal/);
    expect(alles).toMatch(/222 ‘snelle toetsen’ van conceptplannen goedgekeurd, waarvan 43 definitief goedgekeurd/);
    expect(alles).not.toMatch(/footnote/);
    const bron = normaal(bronRegels('004', 1, 29).join('\n'));
    for (const t of teksten) for (const alinea of t.tekst.split('\n\n')) expect(bron).toContain(normaal(alinea));
  });
});
