// The layout of src/ (docs/architecture.md): domein < platform < kern < parts < entry points.
// A part uses another part only through its index.ts; nothing imports upward; no cycles; no long files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bronbestanden, imports, kringen, SRC } from './importgraaf.js';

const TOP = new Set(['app.ts', 'server.ts', 'cli.ts']);
const LAAG: Record<string, number> = { domein: 0, platform: 1, kern: 2 };

/** Layer of a file: 0 domein, 1 platform, 2 kern, 3 a part, 4 the entry points. */
function laag(bestand: string): number {
  if (TOP.has(bestand)) return 4;
  return LAAG[bestand.split('/')[0]!] ?? 3;
}
const deel = (bestand: string): string => bestand.split('/')[0]!;

describe('lagen van de code', () => {
  const randen = imports();

  it('vindt de imports van alle delen (de controle kijkt echt)', () => {
    const delen = new Set(randen.map((r) => deel(r.van)));
    for (const d of ['domein', 'platform', 'kern', 'acties', 'transformatie', 'rapportage', 'toegang']) expect(delen).toContain(d);
    expect(randen.length).toBeGreaterThan(200);
  });

  it('geen import van een hogere laag naar een lagere', () => {
    const omhoog = randen
      .filter((r) => laag(r.naar) > laag(r.van))
      .map((r) => `${r.van}:${r.regel} → ${r.naar}`);
    expect(omhoog).toEqual([]);
  });

  it('een deel gebruikt een ander deel alleen via diens index.ts', () => {
    const binnendoor = randen
      .filter((r) => laag(r.van) === 3 && laag(r.naar) === 3 && deel(r.van) !== deel(r.naar))
      .filter((r) => r.naar !== `${deel(r.naar)}/index.ts`)
      .map((r) => `${r.van}:${r.regel} → ${r.naar}`);
    expect(binnendoor).toEqual([]);
  });

  it('de ingangen (app, server, cli) gebruiken een deel alleen via diens index.ts', () => {
    const binnendoor = randen
      .filter((r) => laag(r.van) === 4 && laag(r.naar) === 3 && r.naar !== `${deel(r.naar)}/index.ts`)
      .map((r) => `${r.van}:${r.regel} → ${r.naar}`);
    expect(binnendoor).toEqual([]);
  });

  it('geen kringen in de imports', () => {
    expect(kringen(randen).map((k) => k.join(' → '))).toEqual([]);
  });

  it('geen bronbestand langer dan 600 regels', () => {
    const lang = bronbestanden()
      .map((f) => [f, fs.readFileSync(path.join(SRC, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 600)
      .map(([f, n]) => `${f}: ${n} regels`);
    expect(lang).toEqual([]);
  });
});
