// Issue 20: open redirect through /inloggen?terug=. A TAB (or CR, LF, backslash) passed the old check;
// browsers drop it and follow "//evil.example" to another site.
import { describe, expect, it } from 'vitest';
import { veiligeTerug } from '../../src/toegang/routes/inloggen.js';

describe('veiligeTerug: only paths on this site', () => {
  it.each(['/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '/\\evil.example', '/\t\\evil.example', '//evil.example', 'https://evil.example', '/ /evil.example', '/\u0000/evil.example'])(
    'refuses %j',
    (t) => {
      expect(veiligeTerug(t)).toBe('/');
    },
  );
  it('decoded from the query as Fastify does: /inloggen?terug=/%09/evil.example', () => {
    expect(veiligeTerug(decodeURIComponent('/%09/evil.example'))).toBe('/');
  });
  it.each(['/acties', '/rapportages/2025-05-20?x=1', '/indicatoren/ggz_wachttijd'])('keeps %j', (t) => {
    expect(veiligeTerug(t)).toBe(t);
  });
  it('never back to the login or logout', () => {
    expect(veiligeTerug('/inloggen?terug=/x')).toBe('/');
    expect(veiligeTerug('/uitloggen')).toBe('/');
  });
});
