// The import graph of src/: every relative import (static and dynamic) resolved to a file.
// Used by the layout test; kept apart so the rules read on their own.
import fs from 'node:fs';
import path from 'node:path';

export const SRC = path.resolve(import.meta.dirname, '../../src');

export interface Import {
  van: string; // file, relative to src/
  naar: string; // file, relative to src/
  regel: number;
}

function bestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    if (e.isDirectory()) return bestanden(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

export function bronbestanden(): string[] {
  return bestanden(SRC).map((f) => path.relative(SRC, f));
}

function los(vanAbs: string, spec: string): string | undefined {
  const basis = path.resolve(path.dirname(vanAbs), spec);
  for (const k of [basis.replace(/\.js$/, '.ts'), basis.replace(/\.js$/, '.tsx'), basis, `${basis}.ts`, `${basis}/index.ts`]) {
    if (fs.existsSync(k) && fs.statSync(k).isFile()) return path.relative(SRC, k);
  }
  return undefined;
}

export function imports(): Import[] {
  const uit: Import[] = [];
  for (const rel of bronbestanden()) {
    const abs = path.join(SRC, rel);
    const regels = fs.readFileSync(abs, 'utf8').split('\n');
    regels.forEach((r, i) => {
      for (const m of r.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/g)) {
        const naar = los(abs, m[1]!);
        if (!naar) throw new Error(`${rel}:${i + 1}: import "${m[1]}" wijst naar geen bestand`);
        uit.push({ van: rel, naar, regel: i + 1 });
      }
    });
  }
  return uit;
}

/** Cycles in the graph (each as its list of files), found by a depth-first search. */
export function kringen(randen: Import[]): string[][] {
  const buren = new Map<string, string[]>();
  for (const r of randen) buren.set(r.van, [...(buren.get(r.van) ?? []), r.naar]);
  const toestand = new Map<string, 'bezig' | 'klaar'>();
  const gevonden: string[][] = [];
  const pad: string[] = [];
  const bezoek = (n: string): void => {
    toestand.set(n, 'bezig');
    pad.push(n);
    for (const b of buren.get(n) ?? []) {
      if (toestand.get(b) === 'bezig') gevonden.push([...pad.slice(pad.indexOf(b)), b]);
      else if (!toestand.has(b)) bezoek(b);
    }
    pad.pop();
    toestand.set(n, 'klaar');
  };
  for (const n of buren.keys()) if (!toestand.has(n)) bezoek(n);
  return gevonden;
}
