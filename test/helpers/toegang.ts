// A personal API token for tests that read computed (non-public) kerncijfers, as a machine client would.
import type { Db } from '../../src/platform/db.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { maakToken } from '../../src/toegang/tokens.js';

export async function leesToken(db: Db, email = `api-${Math.random().toString(36).slice(2)}@test.nl`): Promise<{ authorization: string }> {
  const g = await maakGebruiker(db, { email, naam: 'API-client', organisatie: 'VWS', rollen: ['lezer'], wachtwoord: 'een-lang-testwachtwoord' });
  const { token } = await maakToken(db, g, { naam: 'tests', scopes: ['intern.lezen'] });
  return { authorization: `Bearer ${token}` };
}
