// Part 1 of the report for the AZWA term: a round after 3 July 2025 reports the 263 AZWA
// sub-agreements per block A–E; a round before it (20 mei 2025) has no such section.
import { describe, expect, it } from 'vitest';
import { testDbPerBestand } from '../helpers/db.js';
import { sectieTekst, tekst } from '../helpers/html.js';
import { bouwRapportGegevens } from '../../src/rapportage/gegevens.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';

const omgeving = testDbPerBestand();

describe('AZWA-deel van de rapportage', () => {
  it('een ronde in 2026 toont de 263 AZWA-deelafspraken per blok A–E met hun verstreken deadlines', async () => {
    const g = await bouwRapportGegevens(omgeving.db, '2026-03-31');
    expect(g.azwa?.azwa_totaal).toBe(263);
    expect(g.azwa?.blokken.map((b) => b.blok)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(g.azwa?.blokken.reduce((s, b) => s + b.totaal, 0)).toBe(263);
    const html = tekst(renderRapportHtml(g));
    expect(html).toContain('AZWA-afspraken per blok');
    expect(html).toContain('Stand van de 263 AZWA-deelafspraken op 31 maart 2026');
    for (const b of g.azwa!.blokken) expect(html).toContain(`${b.blok}. ${b.naam}`);
  });

  it('de rapportage van 20 mei 2025 (vóór het AZWA) heeft geen AZWA-deel', async () => {
    const g = await bouwRapportGegevens(omgeving.db, '2025-05-20');
    expect(g.azwa).toBeUndefined();
    expect(renderRapportHtml(g)).not.toContain('AZWA-afspraken per blok');
  });

  it('een ronde in 2026 laat IZA-acties weg die bij de vorige vastgestelde ronde al afgerond waren, en zegt hoeveel', async () => {
    await omgeving.db.query(
      `INSERT INTO acties_log (code, akkoord, onderdeel, titel, status, status_sleutel, status_datum, door) VALUES
         ('A.801', 'IZA', 'A', 'Proef al afgerond', 'Afgerond', 'Afgerond', '2025-01-10', 'test'),
         ('A.802', 'IZA', 'A', 'Proef ook al afgerond', 'Afgerond', 'Afgerond', '2025-03-10', 'test'),
         ('A.803', 'IZA', 'A', 'Proef loopt', 'Loopt op schema', 'Loopt op schema', '2025-01-10', 'test'),
         ('B.804', 'IZA', 'B', 'Proef later afgerond', 'Loopt achter', 'Loopt achter', '2025-01-10', 'test'),
         ('B.804', 'IZA', 'B', NULL, 'Afgerond', 'Afgerond', '2026-02-01', 'test')`,
    );
    await omgeving.db.query(`INSERT INTO rapportagerondes (peildatum, titel, status, aangemaakt_door) VALUES ('2025-12-01', 'Q4 2025', 'vastgesteld', 'test')`);
    const g = await bouwRapportGegevens(omgeving.db, '2026-03-31');
    expect(g.azwa?.iza_afgevoerd).toBe(2);
    const html = renderRapportHtml(g);
    const t = tekst(html);
    expect(t).toContain('AZWA-afspraken per blok');
    // the IZA status table: 2 actions left (A.803 and B.804), one of them Afgerond (since the previous round)
    const thematafels = sectieTekst(html, 'thematafels', 'snelle-toetsen');
    expect(thematafels).toMatch(/Afgerond 1 .*Totaal 2 /);
    expect(thematafels).not.toContain('Proef al afgerond');
    expect(thematafels).toContain('2 IZA-acties waren bij de vorige vastgestelde rapportage (1 december 2025) al afgerond en tellen hier niet meer mee.');
    expect(thematafels).toContain('1 acties afgerond sinds de vorige rapportage');
    // the AZWA 263 stay out of the IZA table
    expect(thematafels).not.toContain('Nog geen status gerapporteerd 263');
  });
});
