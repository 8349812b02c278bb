// The quarterly report for peildatum 2025-05-20 from the seed (published totals only) as PDF and
// HTML: the published figures must be in the PDF text; and with records (the juni2025 test fixture)
// the distributions appear as charts, each with a table alternative.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, nieuweTestDb } from '../helpers/db.js';
import type { Db } from '../../src/platform/db.js';
import { PROJECT_MAP } from '../../src/platform/config.js';
import { rapportGegevensVoor } from '../../src/rapportage/rondes.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';
import { bouwRapportBestand } from '../../src/rapportage/cli.js';
import { importeer } from '../../src/kern/contract/importeren.js';

const P = '2025-05-20';
const UIT = path.join(PROJECT_MAP, 'tmp', 'rapportage-test');

/** PDF text with whitespace runs collapsed (pdftotext breaks lines where the layout does). */
function pdfTekst(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t\u00a0]+/g, ' ');
}

describe('rapport peildatum 2025-05-20 uit de seed (alleen gepubliceerde totalen)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb();
    fs.mkdirSync(UIT, { recursive: true });
  });
  afterAll(async () => {
    await db.close();
  });

  it('the PDF holds the published figures: 416 snelle toetsen, 270 goedgekeurd, 145 ingediende plannen, € 740.409.907, kaders 2024 and 2023', async () => {
    const bestand = await bouwRapportBestand(db, P, path.join(UIT, 'rapport-2025-05-20.pdf'));
    expect(fs.readFileSync(bestand).subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(bestand);
    expect(tekst).toContain('416 aanvragen');
    expect(tekst).toContain('416 snelle toetsen');
    expect(tekst).toContain('270 goedgekeurd');
    expect(tekst).toContain('270 goedgekeurde snelle toetsen');
    expect(tekst).toContain('125 transformatieplannen in uitwerking');
    expect(tekst).toContain('145 ingediende plannen');
    expect(tekst).toContain('€ 740.409.907');
    expect(tekst).toContain('€ 614.629.512');
    expect(tekst).toContain('€ 125.780.395');
    expect(tekst).toContain('48 transformatieplannen beschikkingen');
    expect(tekst).toContain('€ 483 mln');
    // the two kader tables, with figures of each row as printed in June 2025
    expect(tekst).toContain('Actualisatie 2024');
    expect(tekst).toContain('Actualisatie 2023');
    // (each row label carries its footnote number as a superscript link)
    expect(tekst).toMatch(/Uitgaven stand ultimo oktober 2024 ?\d? € 30\.157 € 5\.563 € 3\.340 € 4\.428 € 909/);
    expect(tekst).toMatch(/IZA-kader ?\d? € 30\.215 € 5\.303 € 4\.415 € 4\.318 € 911/);
    expect(tekst).toMatch(/Uitgaven stand ultimo oktober 2024 ?\d? € 28\.049 € 5\.045 € 3\.217 € 3\.967 € 808/);
    expect(tekst).toMatch(/Verschil excl\. covid \(\+ is overschrijding\) ?\d? € -175 € 132 € -757 € 26 € -17/);
    // running header with the peildatum, page numbers, and the statement that only totals exist
    expect(tekst).toContain('Peildatum 20 mei 2025');
    expect(tekst).toMatch(/Pagina 1 van \d+/);
    expect(tekst).toContain('alleen de gepubliceerde totalen');
  }, 60_000);

  it('the PDF is A4 landscape', async () => {
    const info = execFileSync('pdfinfo', [path.join(UIT, 'rapport-2025-05-20.pdf')], { encoding: 'utf8' });
    const [, b, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    // A4 = 297 × 210 mm = 841,9 × 595,3 pt; chromium rounds to whole pixels
    expect(Math.abs(Number(b) - 841.9)).toBeLessThan(1.5);
    expect(Math.abs(Number(h) - 595.3)).toBeLessThan(1.5);
  });

  it('the PDF embeds the free report font Source Sans 3 (regular and bold), not a system substitute for the body text', () => {
    const fonts = execFileSync('pdffonts', [path.join(UIT, 'rapport-2025-05-20.pdf')], { encoding: 'utf8' });
    const regels = fonts.split('\n').filter((r) => /SourceSans3/.test(r));
    expect(regels.some((r) => /SourceSans3\S*-Regular/.test(r))).toBe(true);
    expect(regels.some((r) => /SourceSans3\S*-Bold/.test(r))).toBe(true);
    // column "emb": every Source Sans 3 face is embedded
    expect(regels.every((r) => /\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r))).toBe(true);
  });

  it('the HTML report says where the figures come from and that there are no observations for the charts of access', async () => {
    const html = renderRapportHtml((await rapportGegevensVoor(db, P)).gegevens, 'html');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Gebaseerd op gepubliceerde cijfers');
    expect(html).toContain('IZA voortgangsrapportage 16 juni 2025');
    expect(html).toContain('geen waarnemingen van “Wachttijden ggz');
    // the GP waiting list change of March 2025 (the one observation in the seed)
    expect(html).toMatch(/maart 2025 met <strong>\+150<\/strong>/);
    // the data-quality notes of the published snapshot are in the colophon
    expect(html).toContain('Financiële kaders 2023: de tabel geeft alleen');
    // compared with the previous publication (25 February 2025): 161 → 168 afgerond
    expect(html).toMatch(/Acties met status afgerond<\/th><td[^>]*>161<\/td><td[^>]*>168<\/td><td[^>]*>\+7 ▲/);
  });

  it('writes the same report as .html through the command line function', async () => {
    const bestand = await bouwRapportBestand(db, P, path.join(UIT, 'rapport-2025-05-20.html'));
    expect(fs.readFileSync(bestand, 'utf8')).toContain('416 aanvragen');
    await expect(bouwRapportBestand(db, P, path.join(UIT, 'rapport.docx'))).rejects.toThrow(/\.pdf of \.html/);
  });
});

describe('rapport met records (testfixture juni2025, verzonnen records met de gepubliceerde totalen)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
    await importeer(db, path.join(FIXTURES, 'juni2025'), { door: 'test' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('computes the same totals from the records and draws the distributions per kwartaal, sector, thema and regio', async () => {
    const { gegevens } = await rapportGegevensVoor(db, P);
    expect(gegevens.cijfers_herkomst.soort).toBe('berekend');
    expect(gegevens.cijfers).toMatchObject({ snelle_toetsen: { totaal: 416 }, transformatieplannen: { ingediend: 145, in_uitwerking: 125 } });
    const perKwartaal = gegevens.toetsen!.per_kwartaal;
    expect(perKwartaal.waarden.flat().reduce((a, b) => a + b, 0)).toBe(416);
    const b = gegevens.plannen!.betrokkenheid;
    expect(b.ja + b.nee + b.niet_ingesteld).toBe(145);
    // 48 plans with an NZa beschikking and 3 through the ventiel (counts follow the publication)
    expect(gegevens.nza).toMatchObject({ beschikkingen: 48, ventiel: 3 });
    const html = renderRapportHtml(gegevens, 'html');
    for (const id of ['g-toetsen-kwartaal', 'g-toetsen-sector', 'g-toetsen-thema', 'g-toetsen-regio', 'g-plannen-kwartaal', 'g-plannen-betrokkenheid', 'g-middelen']) {
      expect(html).toContain(`<figure class="r-grafiek" id="${id}">`);
    }
    // every chart has a table alternative with a CSV download
    const figuren = html.match(/<figure class="r-grafiek"/g)!.length;
    expect(html.match(/<details class="r-alternatief"/g)!.length).toBe(figuren);
    expect(html.match(/download="[^"]+\.csv"/g)!.length).toBe(figuren);
    // the ledger's warning about plan TP-011 (KPIs above the plan amount) is in the colophon
    expect(html).toContain('TP-011');
  });

  it('rendering the same inputs twice gives the same HTML (stable chart ids)', async () => {
    const { gegevens } = await rapportGegevensVoor(db, P);
    expect(renderRapportHtml(JSON.parse(JSON.stringify(gegevens)), 'html')).toBe(renderRapportHtml(gegevens, 'html'));
  });
});
