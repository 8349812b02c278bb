// The bench's data set at 10× today's register (issue 19): the seed holds 263 actions with one report
// each. This writes an acties file (contract type acties) with 9 further actions per seed action, half
// IZA (thematafels A–J, which the seed lacks), half AZWA (the seed's own onderdelen), each with a history
// of 3 to 8 status reports, so the register holds 2,630 actions and some 14,000 rows. Deterministic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_MAP } from '../src/platform/config.js';

const STATUSSEN = ['Nog niet gestart', 'Loopt achter', 'Loopt op schema', 'Loopt voor', 'Afgerond'];
const TERMIJNEN = ['', '', '2025-12-31', 'eind 2025', 'uiterlijk Q1 2026', 'in 2026', 'binnen 6 maanden', 'per 2027', 'Q4 2026', '2026-12-20', 'jaarlijks'];
const TREKKERS = ['VWS', 'ZN', 'NVZ', 'InEen', 'LHV', 'GGZ Nederland', 'NFU', 'Patiëntenfederatie Nederland', 'ActiZ', 'VNG', 'NZa', 'Zorginstituut'];

/** A small linear congruential generator: the same file on every run. */
function willekeur(zaad: number): () => number {
  let s = zaad;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const csv = (v: string) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function datumPlus(start: string, dagen: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Writes the file (once per call, into a temporary directory) and returns its path and row count. */
export function maakTienvoud(factor = 10): { bestand: string; acties: number; rijen: number; codes: string[] } {
  const [kop, ...regels] = fs.readFileSync(path.join(PROJECT_MAP, 'data', 'seed', 'acties.csv'), 'utf8').trim().split('\n');
  const kolommen = kop.split(';');
  const ix = (k: string) => kolommen.indexOf(k);
  const azwaOnderdelen = [...new Set(regels.map((r) => r.split(';')[ix('onderdeel')]).filter(Boolean))];
  const seedActies = regels.length;
  const r = willekeur(19);
  const kies = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const uit = [kolommen.join(';')];
  let acties = 0;
  const codes: string[] = [];
  const laatste = datumPlus(new Date().toISOString().slice(0, 10), -30);
  for (let n = 0; n < seedActies * (factor - 1); n++) {
    const iza = n % 2 === 0;
    const onderdeel = iza ? 'ABCDEFGHIJ'[Math.floor(n / 2) % 10] : azwaOnderdelen[Math.floor(n / 2) % azwaOnderdelen.length];
    const code = iza ? `IZA-${onderdeel}.${Math.floor(n / 20) + 1}` : `AZWA-${onderdeel}.B${Math.floor(n / 2) + 1}`;
    const trekker = kies(TREKKERS);
    const betrokken = [kies(TREKKERS), kies(TREKKERS)].filter((b) => b !== trekker).join('|');
    let dag = iza ? '2022-10-01' : '2025-07-03';
    dag = datumPlus(dag, Math.floor(r() * 60));
    let stand = 2;
    const meldingen = 3 + Math.floor(r() * 6);
    for (let m = 0; m < meldingen && dag <= laatste; m++) {
      stand = Math.max(0, Math.min(4, stand + Math.floor(r() * 3) - 1));
      const status = m === 0 && r() < 0.3 ? '' : STATUSSEN[stand];
      const eerste = m === 0;
      uit.push(
        [
          code,
          iza ? 'IZA' : 'AZWA',
          onderdeel,
          eerste ? `Benchactie ${n + 1}: ${iza ? 'afspraak thematafel' : 'deelafspraak'} ${onderdeel}` : '',
          eerste ? trekker : '',
          eerste ? betrokken : '',
          eerste ? kies(TERMIJNEN) : '',
          status,
          dag,
          m === meldingen - 1 || r() < 0.5 ? `Voortgang gemeld in melding ${m + 1}` : '',
        ]
          .map(csv)
          .join(';'),
      );
      dag = datumPlus(dag, 40 + Math.floor(r() * 100));
    }
    acties++;
    codes.push(code);
  }
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'am-tienvoud-'));
  const bestand = path.join(map, 'acties.csv');
  fs.writeFileSync(bestand, uit.join('\n') + '\n');
  return { bestand, acties: seedActies + acties, rijen: seedActies + uit.length - 1, codes };
}
