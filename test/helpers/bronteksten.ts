// The source texts of the seed (copies in test/fixtures/bronteksten): lines by their number in the
// original file, so tests can check a seed's "002 r. 10217" against the source itself.
import { readFileSync } from 'node:fs';

const MAP = new URL('../fixtures/bronteksten/', import.meta.url);
const BESTANDEN: Record<string, { naam: string; eerste: number }> = {
  '000': { naam: '000_b9170cf9d6b1ade2.txt', eerste: 1 },
  '002': { naam: '002_be9b01c038a48e1e.r9631-10664.txt', eerste: 9631 },
  '004': { naam: '004_929effebbbb84ca8.txt', eerste: 1 },
};
const cache = new Map<string, string[]>();

/** Lines `van`..`tot` (inclusive, 1-based, numbered as in the original file) of document `doc`. */
export function bronRegels(doc: string, van: number, tot = van): string[] {
  const b = BESTANDEN[doc];
  if (!b) throw new Error(`geen kopie van bron ${doc} in test/fixtures/bronteksten`);
  if (!cache.has(doc)) cache.set(doc, readFileSync(new URL(b.naam, MAP), 'utf8').split('\n'));
  const regels = cache.get(doc)!;
  if (van < b.eerste || tot - b.eerste >= regels.length) throw new Error(`bron ${doc} r. ${van}-${tot} valt buiten de kopie`);
  return regels.slice(van - b.eerste, tot - b.eerste + 1);
}

/** Number of lines of every source file (test/fixtures/bronteksten/regelaantallen.json). */
export const REGELAANTALLEN: Record<string, number> = JSON.parse(readFileSync(new URL('regelaantallen.json', MAP), 'utf8'));
