// Comparing computed financial frameworks with the published figures (differences per field). Pure: no I/O.

import { type Datum, type KaderSector } from './begrippen.js';
import { type KaderCijfers, type KaderBerekening, naarTienden, uitTienden } from './kaders.js';

/** Een gepubliceerd kaderitem (kerncijfers-snapshot, contract §2.7): elk veld mag ontbreken. */
export type GepubliceerdKader = Partial<KaderCijfers> & { jaar: number; sector: KaderSector };

export interface KaderAfwijking {
  jaar: number;
  sector: KaderSector;
  stand: Datum | null;
  veld: keyof KaderCijfers | 'rij';
  berekend: number | null;
  gepubliceerd: number | null;
  /** berekend − gepubliceerd, één decimaal; null als een van beide ontbreekt. */
  verschil: number | null;
  melding: string;
}

const TE_VERGELIJKEN = [
  'uitgaven',
  'kader',
  'aanspraak_buiten_zvw',
  'covid_prestaties',
  'verschil_incl_covid',
  'verschil_excl_covid',
  'correctie_dure_geneesmiddelen',
  'resterend_verschil',
  'balanspost_pct',
] as const;

/**
 * Afwijkingen van meer dan 1 (miljoen of procentpunt) tussen berekende en gepubliceerde cijfers.
 * Afrondingsverschillen tot en met 1 gelden als gelijk; grotere verschillen worden gemeld, nooit
 * verborgen. Vergelijkt alleen velden die gepubliceerd zijn; koppelt op jaar × sector (× stand als
 * die gepubliceerd is).
 */
export function vergelijkMetGepubliceerd(
  berekend: readonly (KaderCijfers | KaderBerekening)[],
  gepubliceerd: readonly GepubliceerdKader[],
): KaderAfwijking[] {
  const lijst = berekend.map((b) => ('waarden' in b ? b.waarden : b));
  const uit: KaderAfwijking[] = [];
  for (const g of gepubliceerd) {
    const stand = g.stand ?? null;
    const kandidaten = lijst.filter((b) => b.jaar === g.jaar && b.sector === g.sector && (stand === null || b.stand === stand));
    // Zonder stand: de nieuwste berekende stand.
    const b = kandidaten.sort((x, y) => (x.stand < y.stand ? 1 : x.stand > y.stand ? -1 : 0))[0];
    if (!b) {
      uit.push({
        jaar: g.jaar,
        sector: g.sector,
        stand,
        veld: 'rij',
        berekend: null,
        gepubliceerd: null,
        verschil: null,
        melding: `${g.sector} ${g.jaar}${stand ? ` (stand ${stand})` : ''}: gepubliceerd, maar er is geen rij om mee te rekenen.`,
      });
      continue;
    }
    for (const veld of TE_VERGELIJKEN) {
      const gw = g[veld];
      if (gw === undefined || gw === null) continue;
      const bw = b[veld];
      if (bw === null) {
        uit.push({
          jaar: g.jaar,
          sector: g.sector,
          stand: b.stand,
          veld,
          berekend: null,
          gepubliceerd: gw,
          verschil: null,
          melding: `${g.sector} ${g.jaar} ${veld}: gepubliceerd ${gw}, maar niet te berekenen.`,
        });
        continue;
      }
      const verschilTienden = naarTienden(bw, veld) - naarTienden(gw, veld);
      if (Math.abs(verschilTienden) > 10) {
        uit.push({
          jaar: g.jaar,
          sector: g.sector,
          stand: b.stand,
          veld,
          berekend: bw,
          gepubliceerd: gw,
          verschil: uitTienden(verschilTienden),
          melding: `${g.sector} ${g.jaar} ${veld}: berekend ${String(bw).replace('.', ',')}, gepubliceerd ${String(gw).replace('.', ',')} (verschil ${String(uitTienden(verschilTienden)).replace('.', ',')}).`,
        });
      }
    }
  }
  return uit;
}
