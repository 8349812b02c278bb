// Validation of the forms of the transformation funds workflow: a snelle toets and a transformatieplan
// as submitted. Pure: input in, messages per field out (empty when valid).
import { TOETS_SECTOREN } from './begrippen.js';

export interface ToetsInvoer {
  titel: string;
  omschrijving: string;
  regios: string[];
  sectoren: string[];
  themas: string[];
  gevraagd_bedrag_eur: number | null;
  coordinerend_verzekeraar: string;
  /** After the closing date: the coordinating insurer was told that a plan is almost done. */
  uitzondering?: boolean;
  toelichting?: string;
}

export const MAX_THEMAS = 8;

export function controleerToetsInvoer(i: ToetsInvoer): Record<string, string> {
  const f: Record<string, string> = {};
  if (!i.titel.trim()) f.titel = 'Vul een titel in.';
  else if (i.titel.length > 300) f.titel = 'De titel is te lang (hooguit 300 tekens).';
  if (i.regios.length === 0) f.regios = 'Kies minstens één regio.';
  if (i.sectoren.length === 0) f.sectoren = 'Kies minstens één sector.';
  const onbekend = i.sectoren.filter((s) => !(TOETS_SECTOREN as readonly string[]).includes(s));
  if (onbekend.length) f.sectoren = `Onbekende sector: ${onbekend.join(', ')}.`;
  if (i.themas.length === 0) f.themas = 'Kies minstens één thema.';
  if (i.themas.length > MAX_THEMAS) f.themas = `Kies hooguit ${MAX_THEMAS} thema's (u koos er ${i.themas.length}).`;
  if (!i.omschrijving.trim()) f.omschrijving = 'Beschrijf kort wat de transformatie inhoudt.';
  if (i.gevraagd_bedrag_eur !== null && (!Number.isSafeInteger(i.gevraagd_bedrag_eur) || i.gevraagd_bedrag_eur < 0)) {
    f.gevraagd_bedrag_eur = "Vul het gevraagde bedrag in hele euro's in (of laat het leeg).";
  }
  if (!i.coordinerend_verzekeraar.trim()) f.coordinerend_verzekeraar = 'Kies de coördinerend zorgverzekeraar.';
  return f;
}

export interface PlanInvoer {
  toetsId: string;
  titel: string;
  omschrijving: string;
  betrokkenheid_patienten: 'ja' | 'nee' | 'niet ingesteld' | null;
  bedrag_aangevraagd_eur: number | null;
}

export function controleerPlanInvoer(i: PlanInvoer): Record<string, string> {
  const f: Record<string, string> = {};
  if (!i.titel.trim()) f.titel = 'Vul een titel in.';
  if (!i.omschrijving.trim()) f.omschrijving = 'Beschrijf het plan kort.';
  if (i.bedrag_aangevraagd_eur === null || !Number.isSafeInteger(i.bedrag_aangevraagd_eur) || i.bedrag_aangevraagd_eur <= 0) {
    f.bedrag_aangevraagd_eur = "Vul het aangevraagde bedrag in hele euro's in, groter dan 0.";
  }
  return f;
}
