// Issue 20, property tests (fast-check): the number and date parsers and the importer take any input and
// give either values or a Dutch reason — never an exception — and a refused import writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ontleedDatum, ontleedEenDecimaal, ontleedEuro, ontleedGeheel, ontleedGetal } from '../../src/domein/getallen.js';
import type { Db } from '../../src/platform/db.js';
import { importeer } from '../../src/kern/contract/importeren.js';
import { ImportFout } from '../../src/kern/probleem.js';
import { nieuweTestDb } from '../helpers/db.js';

// Dutch reasons only: no English words of parsers or the database
const NEDERLANDS = /^(?!.*\b(invalid|error|unexpected|quote|string|encoding|undefined|NaN)\b)[\s\S]+$/i;

/** Text as a hostile file holds it: any code points, plus the characters CSV and Excel care about. */
const celTekst = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.stringMatching(/^[-+€ .,0-9]{0,14}$/),
  fc.constantFrom('1.234,56', '-', '€ -', '1.234', '3.2', '−5', '+7', '1e5', 'Infinity', '0x10', '٣', '１２', '\u0000', '"', '=1+1'),
);

describe('getallen en datums: elke invoer geeft een waarde of een Nederlandse reden', () => {
  it.each([
    ['ontleedGetal', ontleedGetal],
    ['ontleedEuro', ontleedEuro],
    ['ontleedEenDecimaal', ontleedEenDecimaal],
    ['ontleedGeheel', ontleedGeheel],
  ] as const)('%s', (_naam, ontleed) => {
    fc.assert(
      fc.property(fc.oneof(celTekst, fc.double(), fc.integer()), (invoer) => {
        const r = ontleed(invoer);
        if (r.ok) expect(r.waarde === null || Number.isFinite(r.waarde)).toBe(true);
        else expect(r.reden).toMatch(NEDERLANDS);
      }),
      { numRuns: 200 },
    );
  });

  it('een heel getal in Nederlandse notatie leest terug als hetzelfde getal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(ontleedGetal(n.toLocaleString('nl-NL'))).toEqual({ ok: true, waarde: n });
        expect(ontleedGetal(String(n))).toEqual({ ok: true, waarde: n });
      }),
      { numRuns: 200 },
    );
  });

  it('ontleedDatum: elke tekst geeft een bestaande ISO-datum, geen waarde of een Nederlandse reden', () => {
    fc.assert(
      fc.property(fc.oneof(celTekst, fc.stringMatching(/^\d{1,4}-\d{1,2}-\d{1,4}$/)), (invoer) => {
        const r = ontleedDatum(invoer);
        if (!r.ok) return void expect(r.reden).toMatch(NEDERLANDS);
        if (r.waarde === null) return;
        expect(r.waarde).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${r.waarde}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.waarde);
      }),
      { numRuns: 200 },
    );
  });

  it('een bestaande datum leest in beide notaties als dezelfde dag', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [j, m, dag] = iso.split('-');
        expect(ontleedDatum(iso)).toEqual({ ok: true, waarde: iso });
        expect(ontleedDatum(`${dag}-${m}-${j}`)).toEqual({ ok: true, waarde: iso });
      }),
      { numRuns: 200 },
    );
  });
});

describe('importer: elk bestand geeft rijen of Nederlandse problemen, nooit een half geschreven import', () => {
  let db: Db;
  beforeAll(async () => {
    db = await nieuweTestDb({ seed: 'none' });
  });
  afterAll(async () => db.close());

  const TABELLEN = ['acties_log', 'snelle_toetsen_log', 'transformatieplannen_log', 'kpis_log', 'imports', 'audit_log'];
  const tellingen = async () => Promise.all(TABELLEN.map(async (t) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n));

  // a file of a known type: a real header (sometimes damaged) and rows of hostile cells, sometimes in Latin-1
  const bestand = fc.record({
    type: fc.constantFrom(
      { naam: 'acties', kop: ['code', 'akkoord', 'onderdeel', 'titel', 'status_datum'] },
      { naam: 'kpis', kop: ['plan_id', 'kpi_id', 'status_datum', 'bedrag_eur', 'resultaat'] },
      { naam: 'snelle_toetsen', kop: ['id', 'titel', 'ingediend_op', 'status', 'status_datum'] },
    ),
    extraKop: fc.option(fc.constantFrom('titel', 'code', 'onbekend', ''), { nil: undefined }),
    rijen: fc.array(fc.array(fc.oneof(celTekst, fc.constantFrom('IZA', 'A', '2030-01-01', 'Ingediend', 'open', 'Q.1')), { maxLength: 7 }), { maxLength: 6 }),
    scheiding: fc.constantFrom(';', ','),
    latin1: fc.boolean(),
  });

  it('elk bestand: rijen of een ImportFout met Nederlandse problemen; bij weigering blijven alle tabellen gelijk', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-eigenschap-'));
    await fc.assert(
      fc.asyncProperty(bestand, async (b) => {
        const kop = b.extraKop === undefined ? b.type.kop : [...b.type.kop, b.extraKop];
        const tekst = [kop, ...b.rijen].map((r) => r.join(b.scheiding)).join('\n');
        const pad = path.join(map, `${b.type.naam}.csv`);
        fs.writeFileSync(pad, b.latin1 ? Buffer.from(tekst, 'latin1') : tekst);
        const voor = await tellingen();
        try {
          const r = await importeer(db, pad, { door: 'eigenschap' });
          expect(r.bestanden.length).toBe(1);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportFout);
          const f = e as ImportFout;
          expect(f.problemen.length).toBeGreaterThan(0);
          for (const p of f.problemen) expect(p.reden).toMatch(NEDERLANDS);
          expect(await tellingen()).toEqual(voor);
        }
      }),
      { numRuns: 50 },
    );
  });
});
