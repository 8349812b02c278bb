// Getallen en datums zoals het datacontract (§1) ze in importbestanden toestaat.

import { isGeldigeDatum, isIsoDatum, isoDatum } from './kalender.js';

export { isGeldigeDatum, isIsoDatum };

/** Result of parsing one cell: a value, "no value" (null), or a Dutch reason why it is wrong. */
export type Ontleed<T> = { ok: true; waarde: T | null } | { ok: false; reden: string };

const GEEN_WAARDE = new Set(['', '-', '€ -', '€-', '–']);

/**
 * Dutch numbers (contract §1): a comma is the decimal sign and dots group thousands; a number
 * without a comma that is grouped in threes by dots is whole thousands; any other dot is a decimal
 * point. `€`, spaces and a leading `+` are ignored; `-` alone, `€ -` or empty is "no value".
 */
export function ontleedGetal(invoer: string | number | null | undefined): Ontleed<number> {
  if (invoer === null || invoer === undefined) return { ok: true, waarde: null };
  if (typeof invoer === 'number') {
    return Number.isFinite(invoer) ? { ok: true, waarde: invoer } : { ok: false, reden: 'geen geldig getal' };
  }
  const ruw = invoer.trim();
  if (GEEN_WAARDE.has(ruw)) return { ok: true, waarde: null };
  let s = ruw.replace(/€/g, '').replace(/[\s\u00a0\u202f]/g, '');
  if (GEEN_WAARDE.has(s)) return { ok: true, waarde: null };
  let negatief = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negatief = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  let genormaliseerd: string;
  if (s.includes(',')) {
    // comma = decimal sign; dots before it must group thousands
    const [heel, frac, ...rest] = s.split(',');
    if (rest.length > 0 || !/^\d+$/.test(frac ?? '')) return { ok: false, reden: 'geen geldig getal' };
    if (!/^\d{1,3}(\.\d{3})*$/.test(heel) && !/^\d+$/.test(heel)) return { ok: false, reden: 'geen geldig getal' };
    genormaliseerd = `${heel.replace(/\./g, '')}.${frac}`;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    genormaliseerd = s.replace(/\./g, ''); // grouped in threes: whole thousands
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    genormaliseerd = s; // any other dot is a decimal point
  } else {
    return { ok: false, reden: 'geen geldig getal' };
  }
  const n = Number(genormaliseerd);
  if (!Number.isFinite(n)) return { ok: false, reden: 'geen geldig getal' };
  return { ok: true, waarde: negatief ? -n : n };
}

/** Whole euros (`*_eur` columns): `1.234,00` is fine, a non-zero fraction is refused. */
export function ontleedEuro(invoer: string | number | null | undefined): Ontleed<number> {
  const r = ontleedGetal(invoer);
  if (!r.ok || r.waarde === null) return r;
  if (!Number.isInteger(r.waarde)) return { ok: false, reden: 'bedrag in hele euro’s verwacht (geen centen)' };
  if (!Number.isSafeInteger(r.waarde)) return { ok: false, reden: 'bedrag is te groot' };
  return r;
}

/** Amounts in millions (`*_mln`) and percentages: kept with one decimal, as the sources print them. */
export function ontleedEenDecimaal(invoer: string | number | null | undefined): Ontleed<number> {
  const r = ontleedGetal(invoer);
  if (!r.ok || r.waarde === null) return r;
  const tienden = r.waarde * 10;
  // found by the property test (issue 20): 1,8e307 × 10 is Infinity
  if (!Number.isFinite(tienden)) return { ok: false, reden: 'getal is te groot' };
  if (Math.abs(tienden - Math.round(tienden)) > 1e-9) return { ok: false, reden: 'hoogstens één decimaal toegestaan' };
  return { ok: true, waarde: Math.round(tienden) / 10 };
}

export function ontleedGeheel(invoer: string | number | null | undefined): Ontleed<number> {
  const r = ontleedGetal(invoer);
  if (!r.ok || r.waarde === null) return r;
  if (!Number.isInteger(r.waarde)) return { ok: false, reden: 'geheel getal verwacht' };
  return r;
}

/** Dates: `YYYY-MM-DD` or `DD-MM-YYYY` (contract §1); XLSX date cells arrive as Date. */
export function ontleedDatum(invoer: string | Date | null | undefined): Ontleed<string> {
  if (invoer === null || invoer === undefined) return { ok: true, waarde: null };
  if (invoer instanceof Date) {
    if (Number.isNaN(invoer.getTime())) return { ok: false, reden: 'geen geldige datum' };
    return { ok: true, waarde: invoer.toISOString().slice(0, 10) };
  }
  const s = invoer.trim();
  if (s === '') return { ok: true, waarde: null };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let j: number, mnd: number, d: number;
  if (m) {
    [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s))) {
    [d, mnd, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return { ok: false, reden: 'datum verwacht als JJJJ-MM-DD of DD-MM-JJJJ' };
  }
  // year 0–999 has no four-digit ISO form (found by the property test: "8-8-0000")
  if (j < 1000) return { ok: false, reden: 'jaartal vóór 1000: deze datum bestaat niet' };
  if (!isGeldigeDatum(j, mnd, d)) return { ok: false, reden: 'deze datum bestaat niet' };
  return { ok: true, waarde: isoDatum(j, mnd, d) };
}

/**
 * Rounds half away from zero (contract §1: "shown figures round half away from zero") to `decimalen`
 * decimals: 2,5 → 3, -2,5 → -3, 1,005 → 1,01. Shifts through the decimal text of the number
 * (exponent notation) instead of multiplying, because 1.005 * 100 = 100.49999…; never gives -0.
 * The one rounding of the application: platform/formaat.ts formats with it.
 */
export function rondAf(n: number, decimalen = 0): number {
  if (!Number.isFinite(n)) return n;
  const teken = n < 0 ? -1 : 1;
  const [mantisse, exponent = '0'] = Math.abs(n).toPrecision(15).split('e');
  const verschoven = Math.round(Number(`${mantisse}e${Number(exponent) + decimalen}`));
  const uitkomst = teken * Number(`${verschoven}e${-decimalen}`);
  return uitkomst === 0 ? 0 : uitkomst; // geen "-0"
}
