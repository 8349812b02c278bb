// The report of a round whose peildatum falls in 2027 carries the mid-term review section: per cluster
// status, deadlines and fte impact (KPMG, unverified mappings marked), the money and the four options.
import { describe, expect, it } from 'vitest';
import { testDbPerBestand } from '../helpers/db.js';
import { sectieTekst, tekst } from '../helpers/html.js';
import { bouwRapportGegevens } from '../../src/rapportage/gegevens.js';
import { renderRapportHtml } from '../../src/rapportage/rapport.js';

const omgeving = testDbPerBestand();

describe('mid-term review in de rapportage', () => {
  it('een ronde op 31 maart 2027 heeft de MTR-paragraaf met impact, geld en opties', async () => {
    const g = await bouwRapportGegevens(omgeving.db, '2027-03-31');
    expect(g.mtr?.clusters.map((c) => c.code).sort()).toEqual(['TD1-ADM', 'TD1-AI', 'TD1-OV', 'TD1-PZ', 'TD1-VK']);
    const html = renderRapportHtml(g);
    const mtr = sectieTekst(html, 'mtr', 'thematafels');
    expect(mtr).toContain('Mid-term review');
    // AI cluster: KPMG A4 + F6 mapped to A4 and B2 — the published KPMG subtotal 969 / 6.572 / 18.582 fte
    expect(mtr).toMatch(/Inzet van kunstmatige intelligentie \(AI\) en technologische innovatie \(A4, B2\) minimaal 8\.000 personen 24 0 9 6\.572 fte \(969–18\.582\), niet geverifieerd/);
    // the overige cluster has no KPMG analysis (002 r. 1350-1352)
    expect(mtr).toContain('(C3a, C3b, C6, E4, E6) circa 3.000 personen 64 0 27 geen analyse');
    expect(mtr).toContain('Realisatie 2026 tegen de AZWA-kaders');
    expect(mtr).toContain('Doorbraakmiddelen uit de remgelden 2027: plafond € 400 mln');
    for (const o of ['Inhoudelijke afspraken aanscherpen', 'Gewijzigde inzet van middelen', 'Verschuiving van de groeiruimte', 'Aanpassing van het basisniveau per 2028'])
      expect(mtr).toContain(o);
  });

  it('een ronde in 2026 heeft geen MTR-paragraaf', async () => {
    const g = await bouwRapportGegevens(omgeving.db, '2026-12-31');
    expect(g.mtr).toBeUndefined();
    expect(renderRapportHtml(g)).not.toContain('id="mtr"');
  });
});
