// Part 1 of the report for the AZWA term: a round after 3 July 2025 reports the 263 AZWA
// sub-agreements per block A–E; a round before it (20 mei 2025) has no such section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db.js';
import { nieuweTestDb } from '../helpers/db.js';
import { bouwRapportGegevens } from '../../src/rapportage/gegevens.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';

let db: Db;
beforeAll(async () => {
  db = await nieuweTestDb();
});
afterAll(async () => {
  await db?.close();
});

const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('AZWA-deel van de rapportage', () => {
  it('een ronde in 2026 toont de 263 AZWA-deelafspraken per blok A–E met hun verstreken deadlines', async () => {
    const g = await bouwRapportGegevens(db, '2026-03-31');
    expect(g.azwa?.azwa_totaal).toBe(263);
    expect(g.azwa?.blokken.map((b) => b.blok)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(g.azwa?.blokken.reduce((s, b) => s + b.totaal, 0)).toBe(263);
    const html = tekst(renderRapportHtml(g));
    expect(html).toContain('AZWA-afspraken per blok');
    expect(html).toContain('Stand van de 263 AZWA-deelafspraken op 31 maart 2026');
    for (const b of g.azwa!.blokken) expect(html).toContain(`${b.blok}. ${b.naam}`);
  });

  it('de rapportage van 20 mei 2025 (vóór het AZWA) heeft geen AZWA-deel', async () => {
    const g = await bouwRapportGegevens(db, '2025-05-20');
    expect(g.azwa).toBeUndefined();
    expect(renderRapportHtml(g)).not.toContain('AZWA-afspraken per blok');
  });
});
