// Entry point: `npm start` serves the web app and the API on PORT (default 3000).
import fs from 'node:fs';
import path from 'node:path';
import { controleerConfig, databaseOmschrijving, leesConfig, PROJECT_MAP } from './platform/config.js';
import { openDatabase } from './platform/database.js';
import { bereidDatabaseVoor } from './kern/contract/referentie.js';
import { probleemRapport } from './kern/contract/importeren.js';
import { ImportFout } from './kern/probleem.js';
import { ruimSessiesOp } from './toegang/index.js';

const configFouten = controleerConfig();
if (configFouten.length > 0) {
  console.error(`Akkoordmonitor start niet: de instellingen kloppen niet.\n${configFouten.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
const config = leesConfig();
const versie = (JSON.parse(fs.readFileSync(path.join(PROJECT_MAP, 'package.json'), 'utf8')) as { version: string }).version;
// the database opens (its WebAssembly compiles off the main thread) while the app's modules load
const dbOpen = openDatabase(config);
dbOpen.catch(() => {}); // awaited below; no unhandled rejection while the app loads
const { bouwApp } = await import('./app.js');
let db;
try {
  db = await dbOpen;
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
app.log.info(
  { engine: db.engine, database: databaseOmschrijving(config), versie, poort: config.port, host: config.host },
  `Akkoordmonitor ${versie} draait op http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${db.engine === 'postgres' ? 'PostgreSQL' : 'ingebouwde database'}: ${databaseOmschrijving(config)})`,
);
const adres = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
const eerste = app.eersteBeheerderPad();
if (eerste) {
  console.log(`\nDeze database heeft nog geen gebruikers. Maak de eerste beheerder met deze eenmalige link:\n  ${adres}${eerste}\n`);
}
