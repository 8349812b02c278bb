// Copy-paste check over src/ with jscpd (the same tokens over 6+ lines): a rule or a piece of markup
// is written once. Declarative lists that merely look alike are not exact clones, so they pass.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PROJECT = path.resolve(import.meta.dirname, '../..');

interface Kloon {
  firstFile: { name: string; start: number; end: number };
  secondFile: { name: string; start: number; end: number };
}

function klonen(map: string): Kloon[] {
  const uit = fs.mkdtempSync(path.join(os.tmpdir(), 'jscpd-'));
  try {
    execFileSync(
      process.execPath,
      [path.join(PROJECT, 'node_modules/jscpd/bin/jscpd'), map, '--min-lines', '6', '--min-tokens', '60', '--reporters', 'json', '--output', uit, '--silent'],
      { cwd: PROJECT, stdio: 'pipe' },
    );
    return (JSON.parse(fs.readFileSync(path.join(uit, 'jscpd-report.json'), 'utf8')) as { duplicates: Kloon[] }).duplicates;
  } finally {
    fs.rmSync(uit, { recursive: true, force: true });
  }
}

describe('geen gekopieerde code', () => {
  it('de detector vindt een kopie als die er is (de controle kijkt echt)', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'kopie-'));
    try {
      const blok = Array.from({ length: 12 }, (_, i) => `  const waarde${i} = bereken(${i}, 'tekst ${i}', [${i}, ${i + 1}]);`).join('\n');
      fs.writeFileSync(path.join(map, 'a.ts'), `export function a(): void {\n${blok}\n}\n`);
      fs.writeFileSync(path.join(map, 'b.ts'), `export function b(): void {\n${blok}\n}\n`);
      expect(klonen(map)).toHaveLength(1);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });

  it('src/ bevat geen blokken van zes of meer gelijke regels', () => {
    // A block matched against itself shifted by a few lines is a declarative list (form fields, table
    // columns), not copied logic: jscpd reports those as overlapping ranges in one file.
    const zelfOverlap = (k: Kloon): boolean =>
      k.firstFile.name === k.secondFile.name && k.firstFile.start <= k.secondFile.end && k.secondFile.start <= k.firstFile.end;
    const gevonden = klonen('src').filter((k) => !zelfOverlap(k)).map(
      (k) => `${k.firstFile.name}:${k.firstFile.start}-${k.firstFile.end} ~ ${k.secondFile.name}:${k.secondFile.start}-${k.secondFile.end}`,
    );
    expect(gevonden).toEqual([]);
  });
});
