// The `backup` and `restore` commands: progress on stderr, a clear Dutch message when the embedded
// database is in use by the running server (then the backup goes through the server: Beheer → Backup).
import { leesConfig } from './config.js';
import { openDatabaseZonderMigratie } from './database.js';
import { BackupFout, herstelBackup, maakBackupBestand, type Voortgang } from './backup.js';
import type { Db } from './db.js';

const voortgang =
  (werk: string): Voortgang =>
  (tabel, rijen, nr, totaal) =>
    process.stderr.write(`  ${werk} ${nr}/${totaal} tabellen: ${tabel} (${rijen.toLocaleString('nl-NL')} rijen)\n`);

export async function backupOfHerstel(opdracht: 'backup' | 'restore', bestand: string, o: { overschrijf: boolean; naHerstel?: (db: Db) => Promise<void> }): Promise<number> {
  const config = leesConfig();
  let db: Db;
  try {
    db = await openDatabaseZonderMigratie(config);
  } catch (err) {
    if (!config.databaseUrl && /in gebruik door een ander proces/.test((err as Error).message)) {
      console.error(
        `De ingebouwde database in ${config.dataDir} is in gebruik door de draaiende server.\n` +
          (opdracht === 'backup'
            ? `Maak de backup via de server: log in als beheerder en kies Beheer → Backup maken (${'/beheer/backup'}), ` +
              `of stop de server en voer deze opdracht opnieuw uit.`
            : `Stop de server eerst; herstellen in een database die in gebruik is kan niet.`),
      );
      return 1;
    }
    throw err;
  }
  try {
    if (opdracht === 'backup') {
      const b = await maakBackupBestand(db, bestand, voortgang('backup'));
      const rijen = Object.values(b.rijen).reduce((a, n) => a + n, 0);
      console.log(`Backup geschreven: ${bestand} (${Object.keys(b.rijen).length} tabellen, ${rijen.toLocaleString('nl-NL')} rijen; sha256 ${b.sha256})`);
    } else {
      const h = await herstelBackup(db, bestand, { overschrijf: o.overschrijf, onVoortgang: voortgang('herstel') });
      await o.naHerstel?.(db);
      console.log(
        `Backup hersteld in de ${db.engine === 'postgres' ? 'PostgreSQL-database' : `ingebouwde database (${config.dataDir})`}: ` +
          `${h.tabellen} tabellen, ${h.rijen.toLocaleString('nl-NL')} rijen` +
          (h.nagemigreerd.length ? `; daarna gemigreerd: ${h.nagemigreerd.join(', ')}` : '') +
          '.',
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof BackupFout) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}
