// Controls on the transformatiemiddelen: requested against € 2,4 bn, the 1 July 2025 cut-off, the
// sector earmark through 2026.
import { describe, expect, it } from 'vitest';
import { aanvragenTegenPlafond, oormerkSignalen, sectorOormerkGeldt, toetsenNaSluiting } from '../../src/domein/middelencontroles.js';

describe('aanvragen tegen € 2,4 miljard', () => {
  it('totals the requests by submission date and names the first date above the cap', () => {
    const r = aanvragenTegenPlafond([
      { ingediend_op: '2023-03-01', bedrag_aangevraagd_eur: 1_500_000_000 },
      { ingediend_op: '2024-06-01', bedrag_aangevraagd_eur: 1_000_000_000 },
      { ingediend_op: '2025-05-01', bedrag_aangevraagd_eur: 450_000_000 },
      { ingediend_op: '2025-05-01', bedrag_aangevraagd_eur: null },
    ]);
    expect(r).toMatchObject({ plafond_eur: 2_400_000_000, totaal_aangevraagd_eur: 2_950_000_000, aantal_plannen: 4, pct_van_plafond: 123, boven_plafond: true, eerste_datum_boven: '2024-06-01' });
    expect(r.melding).toContain('€ 2.950.000.000');
    expect(r.melding).toContain('002 r. 307-309');
  });

  it('below the cap no date is named', () => {
    const r = aanvragenTegenPlafond([{ ingediend_op: '2023-03-01', bedrag_aangevraagd_eur: 2_400_000_000 }]);
    expect(r).toMatchObject({ boven_plafond: false, eerste_datum_boven: null, pct_van_plafond: 100 });
    expect(aanvragenTegenPlafond([])).toMatchObject({ totaal_aangevraagd_eur: 0, aantal_plannen: 0 });
  });
});

describe('snelle toetsen na 1 juli 2025', () => {
  it('flags toetsen submitted on or after the cut-off, in date order', () => {
    const v = toetsenNaSluiting([
      { id: 'ST-3', ingediend_op: '2025-09-01' },
      { id: 'ST-1', ingediend_op: '2025-06-30' },
      { id: 'ST-2', ingediend_op: '2025-07-01' },
      { id: 'ST-4', ingediend_op: null },
    ]);
    expect(v.map((t) => t.id)).toEqual(['ST-2', 'ST-3']);
    expect(v[0].melding).toContain('002 r. 309-316');
    expect(toetsenNaSluiting([{ id: 'x', ingediend_op: '2025-07-15' }], '2025-08-01')).toEqual([]);
  });
});

describe('oormerk per sector t/m 2026', () => {
  it('earmarks through 2026 only, and the fund ends after 2028', () => {
    expect(sectorOormerkGeldt(2026)).toBe(true);
    expect(sectorOormerkGeldt(2027)).toBe(false);
    const s = oormerkSignalen([
      { plan_id: 'TP-1', jaar: 2026, sectoren: ['GGZ'] },
      { plan_id: 'TP-2', jaar: 2027, sectoren: ['GGZ', 'MSZ'] },
      { plan_id: 'TP-3', jaar: 2027, sectoren: [] },
      { plan_id: 'TP-4', jaar: 2029, sectoren: ['MDZ'] },
    ]);
    expect(s.map((x) => `${x.plan_id} ${x.code}`)).toEqual(['TP-2 oormerk_vervallen', 'TP-4 buiten_looptijd']);
    expect(s[0].melding).toContain('002 r. 6939-6943');
  });
});
