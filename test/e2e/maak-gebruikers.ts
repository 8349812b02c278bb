// Run by global-setup (with tsx) before the server starts: migrates the temporary data directory and
// creates the test users through maakGebruiker, the same function as the CLI command `gebruiker`.
import { openDatabase } from '../../src/platform/database.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { zorgVoorReferentiedata } from '../../src/kern/contract/referentie.js';

const [dataDir, ...gebruikers] = process.argv.slice(2);
const db = await openDatabase({ dataDir, databaseUrl: null });
try {
  await zorgVoorReferentiedata(db); // the onderdelen (A1, D7, …) a user can be tied to
  for (const g of gebruikers) {
    const [email, rol, wachtwoord, onderdeel] = g.split(',');
    const organisatie = rol === 'lezer' ? 'Tweede Kamer' : rol === 'indiener' ? 'Zorggroep Noord' : 'VWS';
    await maakGebruiker(db, { email, naam: `E2E ${rol}`, organisatie, rollen: [rol], onderdelen: onderdeel ? [onderdeel] : [], wachtwoord, door: 'e2e' });
  }
} finally {
  await db.close();
}
