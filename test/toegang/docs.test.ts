import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_MAP } from '../../src/platform/config.js';
import { beleidMarkdown } from '../../src/toegang/beleid-doc.js';

test('docs/toegang.md shows the policy table exactly as BELEID defines it', () => {
  const doc = fs.readFileSync(path.join(PROJECT_MAP, 'docs', 'toegang.md'), 'utf8');
  expect(doc).toContain(beleidMarkdown());
});
