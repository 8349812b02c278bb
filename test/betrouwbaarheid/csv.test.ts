// Issue 20: CSV formula injection in the chart and kerncijfers CSV exports.
import { describe, expect, it } from 'vitest';
import { naarCsv } from '../../src/platform/web/grafiek.js';
import { kerncijfersNaarCsv } from '../../src/rapportage/kerncijfers-csv.js';

describe('CSV exports do not hand formulas to a spreadsheet', () => {
  it.each(['=HYPERLINK("http://evil.example","klik")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('chart CSV neutralises %j', (t) => {
    const csv = naarCsv({ kop: ['naam', 'waarde'], rijen: [[t, 1]] } as never);
    const cel = csv.split('\r\n')[1].replace(/^"/, '');
    expect(cel.startsWith("'")).toBe(true);
  });
  it('numbers, also negative ones, stay numbers', () => {
    const csv = naarCsv({ kop: ['naam', 'waarde'], rijen: [['GGZ', -86], ['-86', -0.5]] } as never);
    expect(csv).toContain('GGZ;-86');
    expect(csv).toContain('-86;-0,5');
  });
  it('kerncijfers CSV neutralises a formula in a text value', () => {
    const csv = kerncijfersNaarCsv({ peildatum: '2025-05-20', bron: 'vastgesteld', publicatie: '=1+1', verschil: -86 });
    expect(csv).toContain("'=1+1");
    expect(csv).toContain(';-86');
  });
});
