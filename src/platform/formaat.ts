// Nederlandse opmaak van getallen, bedragen en datums: één plek voor de hele applicatie
// (pagina's, rapport, grafieken, kaarten, CSV-export naar mensen).
//
// Afspraken:
// - Ontbrekende waarde (null, undefined, NaN) → LEEG ('–', en-dash).
// - Afronden gaat half van nul af (contract §1: "shown figures round half away from zero"):
//   2,5 → 3 en -2,5 → -3. We ronden zelf af op de decimale weergave van het getal (1,005 → 1,01),
//   zodat de uitkomst niet afhangt van de binaire float of van de Intl-implementatie.
// - Spaties: Intl schrijft voor nl-NL "€ 1.234" met een harde spatie (U+00A0). Wij normaliseren
//   naar een gewone spatie (U+0020), zodat tests, CSV en kopiëren-plakken voorspelbaar zijn.
//   Wie in HTML wil voorkomen dat "€" en het getal over twee regels vallen, zet `white-space: nowrap`.
// - Minteken: het gewone koppelteken-minus '-' (zoals Intl nl-NL doet).

import { dagMaandJaar, isGeldigeDatum } from '../domein/kalender.js';
import { rondAf } from '../domein/getallen.js';

/** Half van nul af afronden: de ene regel van het domein (domein/getallen.ts). */
export { rondAf };

/** Volledige Nederlandse maandnamen, index 0 = januari: de lijst van het domein. */
export { MAANDNAMEN } from '../domein/kalender.js';

export const LEEG = '–';

type Waarde = number | null | undefined;

function ontbreekt(n: Waarde): n is null | undefined {
  return n === null || n === undefined || Number.isNaN(n);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number, groeperen: boolean): Intl.NumberFormat {
  const sleutel = `${min}|${max}|${groeperen}`;
  let f = formatters.get(sleutel);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: groeperen,
    });
    formatters.set(sleutel, f);
  }
  return f;
}

/** Standaard voor `decimalen` weggelaten: zoveel als nodig, hooguit 2 (3 → "3", 3,25 → "3,25"). */
const MAX_DECIMALEN_STANDAARD = 2;

function tekst(n: number, decimalen: number | undefined, groeperen = true): string {
  const vast = decimalen !== undefined;
  const d = vast ? decimalen : MAX_DECIMALEN_STANDAARD;
  const afgerond = rondAf(n, d);
  return formatter(vast ? d : 0, d, groeperen)
    .format(afgerond)
    .replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Getal in Nederlandse notatie: `getal(1234)` → "1.234", `getal(3.2)` → "3,2", `getal(3.2, 2)` → "3,20".
 * Zonder `decimalen`: zoveel decimalen als nodig, hooguit 2; met `decimalen`: precies zoveel.
 */
export function getal(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return tekst(n, decimalen);
}

/** Hele euro's: `euro(1234567)` → "€ 1.234.567", `euro(-2.5)` → "€ -3". */
export function euro(n: Waarde): string {
  if (ontbreekt(n)) return LEEG;
  return `€ ${tekst(n, 0)}`;
}

/** Miljoenen euro's (contractkolommen `*_mln`): `euroMln(30157)` → "€ 30.157 mln", `euroMln(2.4)` → "€ 2,4 mln". */
export function euroMln(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return `€ ${tekst(n, decimalen)} mln`;
}

/** Percentage; `n` is al een percentage (contracteenheid `%`): `procent(26)` → "26%", `procent(3.25, 1)` → "3,3%". */
export function procent(n: Waarde, decimalen?: number): string {
  if (ontbreekt(n)) return LEEG;
  return `${tekst(n, decimalen)}%`;
}

/** Getal zonder duizendtallen en met decimale komma, voor CSV-cellen: 1234.5 → "1234,5". Null → "". */
export function csvGetal(n: Waarde): string {
  if (ontbreekt(n)) return '';
  return String(n).replace('.', ',');
}

type DatumInvoer = string | Date | null | undefined;

/** Leest `YYYY-MM-DD` (ook met tijd erachter) of `DD-MM-YYYY`; een Date wordt op zijn kalenderdag in UTC genomen. */
function delen(d: string | Date): { j: number; m: number; dag: number } {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new Error('Ongeldige datum');
    return { j: d.getUTCFullYear(), m: d.getUTCMonth() + 1, dag: d.getUTCDate() };
  }
  const s = d.trim();
  let r = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  let j: number, m: number, dag: number;
  if (r) {
    [j, m, dag] = [Number(r[1]), Number(r[2]), Number(r[3])];
  } else if ((r = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) {
    [dag, m, j] = [Number(r[1]), Number(r[2]), Number(r[3])];
  } else {
    throw new Error(`Ongeldige datum "${d}"`);
  }
  if (!isGeldigeDatum(j, m, dag)) throw new Error(`Ongeldige datum "${d}"`);
  return { j, m, dag };
}

/** `datum('2025-05-20')` → "20 mei 2025". Tijdzonevrij: de kalenderdag uit de tekst. */
export function datum(d: DatumInvoer): string {
  if (d === null || d === undefined || d === '') return LEEG;
  const { j, m, dag } = delen(d);
  return dagMaandJaar(j, m, dag);
}

/** `datumKort('2025-05-20')` → "20-05-2025". */
export function datumKort(d: DatumInvoer): string {
  if (d === null || d === undefined || d === '') return LEEG;
  const { j, m, dag } = delen(d);
  return `${String(dag).padStart(2, '0')}-${String(m).padStart(2, '0')}-${j}`;
}
