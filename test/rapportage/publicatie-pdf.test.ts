// Issue 13, done-when: the report of 20 May 2025 on a freshly seeded database, as PDF: the figures and
// texts of every section of the June 2025 report that the seed holds, no internal references, a
// tagged PDF with Dutch language, title and bookmarks, contents with page numbers, and no page less
// than a third full except where a chapter ends.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nieuweTestDb } from '../helpers/db.js';
import type { Db } from '../../src/platform/db.js';
import { PROJECT_MAP } from '../../src/platform/config.js';
import { bouwRapportBestand } from '../../src/rapportage/cli.js';

const P = '2025-05-20';
const UIT = path.join(PROJECT_MAP, 'tmp', 'rapportage-13');
const PDF = path.join(UIT, 'rapport-2025-05-20.pdf');

const paginas = () => execFileSync('pdftotext', ['-layout', PDF, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const plat = (t: string) => t.replace(/[ \t\u00a0]+/g, ' ').replace(/-\n\s*/g, '-').replace(/\s*\n\s*/g, ' ');

/** How far down the body of each page content reaches (0–1), from a 20-dpi greyscale rendering. */
function vulling(): number[] {
  const uit: number[] = [];
  const pgm = execFileSync('pdftoppm', ['-r', '20', '-gray', PDF], { maxBuffer: 64 * 1024 * 1024 });
  let i = 0;
  while (i < pgm.length) {
    // P5 header: "P5\n<w> <h>\n255\n"
    const kop = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(i, i + 40).toString('latin1'))!;
    const [w, h] = [Number(kop[1]), Number(kop[2])];
    const start = i + kop[0].length;
    // body without the running header (16 mm) and footer (14 mm) of 210 mm
    const boven = Math.ceil((h * 18) / 210);
    const onder = Math.floor((h * (210 - 16)) / 210);
    let laatste = boven;
    for (let y = boven; y < onder; y++) {
      for (let x = 0; x < w; x++) if (pgm[start + y * w + x] < 200) laatste = y;
    }
    uit.push((laatste - boven) / (onder - boven));
    i = start + w * h;
  }
  return uit;
}

describe('rapport 20 mei 2025 als publicatie (issue 13)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb();
    fs.mkdirSync(UIT, { recursive: true });
    await bouwRapportBestand(db, P, PDF);
  }, 240_000);
  afterAll(async () => db.close());

  it('heeft de cijfers en teksten van elke sectie van de rapportage van juni 2025', () => {
    const tekst = plat(paginas().join('\n'));
    const verwacht = [
      // cover
      'Voortgangsrapportage',
      't.b.v. Bestuurlijk overleg IZA',
      '16 juni 2025',
      // Noemenswaardig: the four items with their dates
      'Sinds 1 mei is de nieuwe betaaltitel',
      'Op 25 maart heeft besluitvorming plaatsgevonden',
      'In maart is de aanvullende werkinstructies',
      'Begin april 2025 is het bestuurlijk akkoord',
      // thematafels A–J
      'bestuurders van de 14 IZA-partijen',
      'Onderdeel A. Passende zorg',
      'op 13 mei 2025 door de Tweede Kamer aangenomen',
      'Onderdeel J. Contractering',
      'vanuit 52 regio',
      'bijna 200 vouchers',
      // snelle toetsen, plannen
      '416 aanvragen',
      '270 goedgekeurde snelle toetsen',
      '125 transformatieplannen in uitwerking',
      '145 transformatieplannen ingediend',
      'Snelle toetsen per kwartaal',
      'Transformatieplannen per kwartaal',
      // NZa duiding with both sub-headings
      'IZA-partijen geven richting',
      'Spreiding en concentratie',
      '48 transformatieplannen beschikkingen afgegeven voor in totaal 483 mln euro',
      'ruim 13 mln euro',
      // transformatiemiddelen and the seven definitions
      '€ 740.409.907',
      '€ 614.629.512',
      '€ 125.780.395',
      '€ 150.788',
      'Mogelijk nog vrij te geven',
      // kaders as published
      '€ 30.157',
      '€ 28.049',
      '€ 259',
      '€ 109',
      '€ -1.015',
      '€ -175',
      'Uitgaven die lopen via het fonds opleidingen wijkverpleging',
      'Uitgaven die lopen via het fonds wijkverpleging',
      'Gedrukt zoals gepubliceerd. Berekend uit de regels erboven: GGZ regel 4 € 260 (gepubliceerd € 259)',
      'Toelichting bij IZA Q4 cijfers',
      // arbeidsmarkt, toegankelijkheid
      'Vacaturegraad',
      'Ziekteverzuim',
      'Huisartsenzorg',
      'Enschede, Hendrik-Ido-Ambacht',
      '200+ wachtenden',
      'Wachttijden msz',
      'Wachtenden langdurige zorg',
      'Wachttijden ggz',
      // sources for readers
      'Bronnen',
    ];
    for (const v of verwacht) expect(tekst, v).toContain(v);
  });

  it('toont geen interne verwijzingen of sjabloonresten', () => {
    const tekst = paginas().join('\n');
    for (const intern of [/\b00[0-4] r\. \d/, /_[0-9a-f]{16}\.txt/, /zonder_status/, /covid_prestaties/, /\(416 snelle toetsen\)/, /gepubliceerde_reeksen|rondeteksten/]) {
      expect(tekst).not.toMatch(intern);
    }
  });

  it('is een toegankelijke PDF: tagged, met titel, taal en bladwijzers per hoofdstuk', () => {
    const info = execFileSync('pdfinfo', [PDF], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Voortgangsrapportage/);
    const ruw = fs.readFileSync(PDF).toString('latin1');
    expect(ruw).toMatch(/\/Lang\s*\(nl\)/);
    expect(ruw).toContain('/Outlines');
    const bladwijzers = (ruw.match(/\/Dest\b/g) ?? []).length;
    expect(bladwijzers).toBeGreaterThanOrEqual(9);
  });

  it('heeft een inhoudsopgave met paginanummers en geen bijna lege pagina’s behalve aan het eind van een hoofdstuk', () => {
    const p = paginas();
    const inhoud = p.findIndex((t) => /In deze rapportage/.test(t));
    expect(inhoud).toBeGreaterThanOrEqual(0);
    const nummers = [...p[inhoud].matchAll(/\d+\.\s+(\S.*?)\s{2,}(\d+)(?=\s{2,}|\s*$)/gm)].map((m) => ({ kop: m[1].trim(), pagina: Number(m[2]) }));
    expect(nummers.length).toBeGreaterThanOrEqual(9);
    // the number next to a chapter is the page on which it starts (its heading begins with the contents' title)
    for (const n of nummers) expect(p[n.pagina - 1], `${n.kop} op p. ${n.pagina}`).toContain(n.kop.split(' ')[0]);
    const v = vulling();
    const hoofdstukken = nummers.map((n) => n.pagina);
    v.forEach((f, i) => {
      const einde = i === v.length - 1 || hoofdstukken.includes(i + 2) || i === 0;
      if (!einde) expect(f, `pagina ${i + 1} is voor ${Math.round(f * 100)}% gevuld`).toBeGreaterThanOrEqual(1 / 3);
    });
  });
});
