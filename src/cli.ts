// The command line (contract §5): import, export, rapport, gebruiker.
import { parseArgs } from 'node:util';
import { leesConfig } from './platform/config.js';
import { openDatabase } from './platform/database.js';
import { bereidDatabaseVoor } from './kern/contract/referentie.js';
import { importeer, probleemRapport, type ImportOpties } from './kern/contract/importeren.js';
import { voortgangsBalk } from './kern/voortgang.js';
import { ImportFout } from './kern/probleem.js';
import { exporteer, exporteerXlsx } from './kern/contract/exporteren.js';
import { metTypeNaam } from './kern/contract/herkennen.js';
import path from 'node:path';
import { isIsoDatum } from './domein/getallen.js';
import type { Db } from './platform/db.js';

const HULP = `Gebruik: npm run cli -- <opdracht> [opties]

Opdrachten:
  import <bestand-of-map> [--voortgang]   importeert contractbestanden (CSV, XLSX, kerncijfers JSON); alles of niets;
                                          voortgangsbalk op stderr (altijd op een terminal, anders met --voortgang)
  export <map|bestand.xlsx> [--peildatum JJJJ-MM-DD]   schrijft alle gegevens terug in de contractformaten (CSV-map of één werkmap)
  cbs <respons.json|url> [<respons2.json> …] --koppeling <koppeling.json> [--bron-datum JJJJ-MM-DD]
                                          importeert een CBS OData-antwoord (v3 TypedDataSet of v4 Observations)
  rapport --peildatum JJJJ-MM-DD --out <bestand.pdf|bestand.html>
                                          bouwt de voortgangsrapportage
  backup <bestand>                        schrijft een volledige backup (alle tabellen, audit-log, snapshots; sha256)
  restore <bestand> [--overschrijf]       herstelt een backup in een lege database (alles of niets)
  gebruiker --email E --naam N --organisatie O --rol R [--rol R2] [--onderdeel A] [--wachtwoord-stdin]
                                          maakt een gebruiker (bijv. de eerste beheerder)

Database: ingebouwd (AKKOORDMONITOR_DATA_DIR, standaard ./data) of PostgreSQL via DATABASE_URL.`;

async function metDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const config = leesConfig();
  const db = await openDatabase(config);
  try {
    await bereidDatabaseVoor(db, config.seed);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Runs an import; a refused import (ImportFout) prints its problems and exits with 1. */
/**
 * The import's progress bar on stderr: redrawn in place on a terminal, or (with --voortgang when stderr
 * is not a terminal) one line per second; nothing otherwise, so scripts and logs stay clean.
 */
function voortgangsmelder(gevraagd: boolean): ImportOpties['onVoortgang'] {
  const tty = process.stderr.isTTY === true;
  if (!tty && !gevraagd) return undefined;
  const start = performance.now();
  let vorige = 0;
  return (_fase, _bestand, _rijen, v) => {
    const nu = performance.now();
    if (v.stap === 'lezen' && nu - vorige < (tty ? 100 : 1000)) return;
    vorige = nu;
    const regel = voortgangsBalk(v, nu - start);
    if (tty) process.stderr.write(`\r\x1b[2K${regel.slice(0, (process.stderr.columns ?? 120) - 1)}${v.stap === 'klaar' ? '\n' : ''}`);
    else process.stderr.write(`${regel}\n`);
  };
}

async function meldImportFout(importeerMaar: () => Promise<number>): Promise<number> {
  try {
    return await importeerMaar();
  } catch (err) {
    if (err instanceof ImportFout) {
      console.error(`${err.message}\n${probleemRapport(err.problemen)}`);
      return 1;
    }
    throw err;
  }
}

async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of process.stdin) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8').replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<number> {
  const [opdracht, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      peildatum: { type: 'string' },
      out: { type: 'string' },
      email: { type: 'string' },
      naam: { type: 'string' },
      organisatie: { type: 'string' },
      rol: { type: 'string', multiple: true },
      onderdeel: { type: 'string', multiple: true },
      'wachtwoord-stdin': { type: 'boolean' },
      door: { type: 'string' },
      koppeling: { type: 'string' },
      'bron-datum': { type: 'string' },
      overschrijf: { type: 'boolean' },
      voortgang: { type: 'boolean' },
    },
  });
  if (values.peildatum !== undefined && !isIsoDatum(values.peildatum)) {
    console.error(`Ongeldige peildatum "${values.peildatum}": gebruik JJJJ-MM-DD.`);
    return 2;
  }
  const door = values.door ?? `cli:${process.env.USER ?? 'onbekend'}`;
  switch (opdracht) {
    case 'import': {
      if (positionals.length !== 1) {
        console.error('Geef precies één bestand of map: npm run cli -- import <bestand-of-map>');
        return 2;
      }
      return metDatabase((db) =>
        meldImportFout(async () => {
          // one CSV whose name is not a file type: recognised by its header (issue 14)
          const bron = metTypeNaam(positionals[0]);
          if (bron.type) console.log(`${path.basename(positionals[0])}: herkend aan de kolommen als ${bron.type.naam}.`);
          const naam = (b: string) => (bron.type && path.basename(b) === `${bron.type.naam}.csv` ? path.basename(positionals[0]) : b);
          let r: Awaited<ReturnType<typeof importeer>>;
          try {
            r = await importeer(db, bron.pad, {
              door,
              onVoortgang: voortgangsmelder(values.voortgang === true),
            });
          } catch (err) {
            if (err instanceof ImportFout) for (const p of err.problemen) p.bestand = naam(p.bestand);
            throw err;
          } finally {
            bron.opruimen();
          }
          for (const w of r.waarschuwingen) console.warn(`waarschuwing: ${probleemRapport([w])}`);
          for (const b of r.bestanden) {
            console.log(`${naam(b.bestand)} (${b.bestandstype}): ${b.rijen} rijen, ${b.nieuw} nieuw, ${b.gewijzigd} gewijzigd, ${b.ongewijzigd} ongewijzigd; sha256 ${b.sha256}`);
          }
          console.log(`Import geslaagd: ${r.bestanden.length} bestand(en).`);
          return 0;
        }),
      );
    }
    case 'export': {
      if (positionals.length !== 1) {
        console.error('Geef precies één map of .xlsx-bestand: npm run cli -- export <map|bestand.xlsx> [--peildatum JJJJ-MM-DD]');
        return 2;
      }
      return metDatabase(async (db) => {
        // a .xlsx target: one workbook with a sheet per file type; otherwise a map of CSV files
        const r = positionals[0].endsWith('.xlsx')
          ? await exporteerXlsx(db, positionals[0], { peildatum: values.peildatum })
          : await exporteer(db, positionals[0], { peildatum: values.peildatum });
        for (const b of r.bestanden) console.log(`${b.bestand}: ${b.rijen} rijen`);
        return 0;
      });
    }
    case 'cbs': {
      if (positionals.length === 0 || !values.koppeling) {
        console.error('Gebruik: npm run cli -- cbs <respons.json|url> [meer pagina’s …] --koppeling <koppeling.json> [--bron-datum JJJJ-MM-DD]');
        return 2;
      }
      const { importeerCbs } = await import('./indicatoren/index.js');
      return metDatabase((db) =>
        meldImportFout(async () => {
          const r = await importeerCbs(db, positionals, values.koppeling!, { door, bronDatum: values['bron-datum'] });
          for (const w of r.cbsWaarschuwingen) console.warn(`waarschuwing: ${w}`);
          console.log(`CBS-import geslaagd: ${r.rijen} waarnemingen.`);
          return 0;
        }),
      );
    }
    case 'rapport': {
      if (!values.peildatum || !values.out) {
        console.error('Gebruik: npm run cli -- rapport --peildatum JJJJ-MM-DD --out rapport.pdf');
        return 2;
      }
      const { bouwRapportBestand } = await import('./rapportage/index.js');
      return metDatabase(async (db) => {
        const bestand = await bouwRapportBestand(db, values.peildatum!, values.out!);
        console.log(`Rapport geschreven: ${bestand}`);
        return 0;
      });
    }
    case 'backup':
    case 'restore': {
      if (positionals.length !== 1) {
        console.error(`Gebruik: npm run cli -- ${opdracht === 'backup' ? 'backup <bestand>' : 'restore <bestand> [--overschrijf]'}`);
        return 2;
      }
      const { backupOfHerstel } = await import('./platform/backup-cli.js');
      const { markeerHersteld } = await import('./kern/contract/referentie.js');
      return backupOfHerstel(opdracht, positionals[0], { overschrijf: values.overschrijf === true, naHerstel: (db) => markeerHersteld(db, positionals[0]) });
    }
    case 'gebruiker': {
      if (!values.email || !values.naam || !values.organisatie || !values.rol?.length) {
        console.error('Gebruik: npm run cli -- gebruiker --email E --naam N --organisatie O --rol beheerder [--wachtwoord-stdin]');
        return 2;
      }
      const wachtwoord = values['wachtwoord-stdin'] ? await leesStdin() : process.env.AKKOORDMONITOR_WACHTWOORD;
      if (!wachtwoord) {
        console.error('Geef het wachtwoord via standaardinvoer (--wachtwoord-stdin) of AKKOORDMONITOR_WACHTWOORD; er is geen standaardwachtwoord.');
        return 2;
      }
      const { maakGebruiker } = await import('./toegang/index.js');
      return metDatabase(async (db) => {
        const g = await maakGebruiker(db, {
          email: values.email!,
          naam: values.naam!,
          organisatie: values.organisatie!,
          rollen: values.rol as never,
          onderdelen: values.onderdeel ?? [],
          wachtwoord,
        });
        console.log(`Gebruiker aangemaakt: ${values.email} (id ${(g as { id: number }).id}) met rol(len) ${values.rol!.join(', ')}.`);
        return 0;
      });
    }
    default:
      console.log(HULP);
      return opdracht === undefined || opdracht === 'help' || opdracht === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const velden = (err as { velden?: Record<string, string> }).velden;
    console.error(velden ? Object.values(velden).map((m) => `Fout: ${m}`).join('\n') : `Fout: ${(err as Error).message}`);
    process.exit(1);
  },
);
