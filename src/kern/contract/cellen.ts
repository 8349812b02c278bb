// Turns the raw cells of one row into typed values, per the column definitions of bestandstypen.ts.
import { ontleedDatum, ontleedEenDecimaal, ontleedEuro, ontleedGeheel, ontleedGetal, type Ontleed } from '../../domein/getallen.js';
import type { Cel } from './lezen.js';
import { CelFout } from './grenzen.js';
import { veiligeContractTekst, zonderContractApostrof } from '../../platform/csv-cel.js';
import type { Kolom } from './bestandstypen.js';

export type Waarde = string | number | boolean | string[] | null;

function tekstVan(c: Cel): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

function nietNegatief(r: Ontleed<number>, wat: string): Ontleed<number> {
  return r.ok && r.waarde !== null && r.waarde < 0 ? { ok: false, reden: `${wat} kan niet negatief zijn` } : r;
}

/** Reads one cell. Returns the value (null = "no value") or a Dutch reason. */
export function leesCel(kolom: Kolom, cel: Cel): Ontleed<Waarde> {
  if (cel instanceof CelFout) return { ok: false, reden: cel.reden };
  const tekst = tekstVan(cel);
  switch (kolom.soort) {
    case 'tekst':
      return { ok: true, waarde: tekst === '' ? null : zonderContractApostrof(tekst) };
    case 'lijst': {
      if (tekst === '') return { ok: true, waarde: null };
      const delen = zonderContractApostrof(tekst).split('|').map((d) => d.trim()).filter((d) => d !== '');
      if (kolom.maxAantal && delen.length > kolom.maxAantal) {
        return { ok: false, reden: `hoogstens ${kolom.maxAantal} waarden toegestaan, gevonden ${delen.length}` };
      }
      if (kolom.lijstKeuzes) {
        const uit: string[] = [];
        for (const d of delen) {
          const k = kolom.lijstKeuzes.find((x) => x.toLowerCase() === d.toLowerCase());
          if (!k) return { ok: false, reden: `onbekende waarde "${d}"; toegestaan: ${kolom.lijstKeuzes.join(', ')}` };
          uit.push(k);
        }
        return { ok: true, waarde: uit };
      }
      return { ok: true, waarde: delen };
    }
    case 'datum':
      return ontleedDatum(cel instanceof Date ? cel : tekst);
    case 'eur':
      // every *_eur column is an amount requested, granted or paid (contract §2.3–2.4): never below zero
      return nietNegatief(ontleedEuro(typeof cel === 'number' ? cel : tekst), 'een bedrag');
    case 'mln':
    case 'pct':
      return ontleedEenDecimaal(typeof cel === 'number' ? cel : tekst);
    case 'geheel': {
      const r = ontleedGeheel(typeof cel === 'number' ? cel : tekst);
      return kolom.aantal ? nietNegatief(r, 'een aantal') : r;
    }
    case 'getal':
      return ontleedGetal(typeof cel === 'number' ? cel : tekst);
    case 'keuze': {
      if (tekst === '') return { ok: true, waarde: null };
      const k = kolom.keuzes?.find((x) => x.toLowerCase() === tekst.toLowerCase());
      return k ? { ok: true, waarde: k } : { ok: false, reden: `onbekende waarde; toegestaan: ${kolom.keuzes?.join(', ')}` };
    }
    case 'janee': {
      const t = tekst.toLowerCase();
      if (t === '') return { ok: true, waarde: null };
      if (t === 'ja' || t === 'true' || t === '1') return { ok: true, waarde: true };
      if (t === 'nee' || t === 'false' || t === '0') return { ok: true, waarde: false };
      return { ok: false, reden: 'verwacht "ja" of "nee"' };
    }
  }
}

/** Writes one typed value back as the contract's text form (export). */
export function schrijfCel(kolom: Kolom, waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  switch (kolom.soort) {
    case 'tekst':
      return veiligeContractTekst(String(waarde));
    case 'lijst':
      return veiligeContractTekst((waarde as string[]).join('|'));
    case 'janee':
      return waarde ? 'ja' : 'nee';
    case 'mln':
    case 'pct':
    case 'getal':
      // decimal comma, no grouping: reads back as the same number (contract §1)
      return String(waarde).replace('.', ',');
    default:
      return String(waarde);
  }
}
