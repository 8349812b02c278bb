// Reads a seed CSV of data/seed/ with the project's own CSV reader and number parser (contract §1),
// as plain records keyed by header name. For domain tests that need the real published figures.
import { fileURLToPath } from 'node:url';
import { leesCsv } from '../../src/kern/contract/lezen.js';
import { ontleedGetal } from '../../src/domein/getallen.js';

export const SEED_MAP = fileURLToPath(new URL('../../data/seed/', import.meta.url));

export async function leesSeed(naam: string): Promise<Record<string, string>[]> {
  const { kop, rijen } = await leesCsv(`${SEED_MAP}${naam}`);
  const uit: Record<string, string>[] = [];
  for await (const r of rijen) uit.push(Object.fromEntries(kop.map((k, i) => [k, String(r.cellen[i] ?? '').trim()])));
  return uit;
}

/** A contract number (`1.234`, `0,65`, `-75`); throws on a bad cell so a broken seed fails the test. */
export function getal(v: string): number {
  const r = ontleedGetal(v);
  if (!r.ok || r.waarde === null) throw new Error(`geen getal: '${v}'`);
  return r.waarde;
}

export const leegIsNull = (v: string): string | null => (v === '' ? null : v);
