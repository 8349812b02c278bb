// Entry point: `npm start` serves the web app and the API on PORT (default 3000).
import { leesConfig } from './platform/config.js';
import { openDatabase } from './platform/database.js';
import { bereidDatabaseVoor } from './kern/contract/referentie.js';
import { bouwApp } from './app.js';
import { probleemRapport } from './kern/contract/importeren.js';
import { ImportFout } from './kern/probleem.js';
import { ruimSessiesOp } from './toegang/index.js';

const config = leesConfig();
let db;
try {
  db = await openDatabase(config);
} catch (err) {
  console.error(`Kan de database niet openen: ${(err as Error).message}`);
  process.exit(1);
}
try {
  const seed = await bereidDatabaseVoor(db, config.seed);
  if (seed) console.log(`Seed geladen: ${seed.bestanden.map((b) => `${b.bestand} (${b.nieuw} nieuw)`).join(', ')}`);
} catch (err) {
  console.error(err instanceof ImportFout ? `Seed geweigerd:\n${probleemRapport(err.problemen)}` : err);
  await db.close();
  process.exit(1);
}
const app = await bouwApp({ db, config, logger: true });
// sessions that ended or expired more than a day ago are removed at start and every hour
const opruimen = async () => {
  const n = await ruimSessiesOp(db).catch((err) => (app.log.error({ err }, 'sessies opruimen mislukt'), 0));
  if (n > 0) app.log.info(`${n} verlopen sessies opgeruimd`);
};
await opruimen();
setInterval(opruimen, 60 * 60 * 1000).unref();
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await app.listen({ port: config.port, host: config.host });
const adres = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
console.log(`Akkoordmonitor draait op ${adres} (${db.engine})`);
const eerste = app.eersteBeheerderPad();
if (eerste) {
  console.log(`\nDeze database heeft nog geen gebruikers. Maak de eerste beheerder met deze eenmalige link:\n  ${adres}${eerste}\n`);
}
