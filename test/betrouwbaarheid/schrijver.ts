// Child process of storingen.test.ts: writes numbered rows into an embedded data directory, one
// committed transaction at a time, and reports each commit on stdout, until it is killed.
import { PgliteDb } from '../../src/platform/db.js';

const map = process.argv[2];
const db = await PgliteDb.open(map);
await db.exec('CREATE TABLE IF NOT EXISTS schrijfproef (n int PRIMARY KEY, tekst text NOT NULL)');
for (let n = 1; ; n++) {
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO schrijfproef (n, tekst) VALUES ($1, $2)', [n, 'x'.repeat(2000)]);
  });
  process.stdout.write(`${n}\n`);
}
