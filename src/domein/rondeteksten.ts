// Round texts as data (contract type `rondeteksten`, docs/contract/rondeteksten.md): per round
// (peildatum) one text per section and sub-section, in the safe markdown subset of ./markdown.ts.
// The sections follow the order of the report (the June 2025 report, 000); this module says which
// sections exist, checks a row, and orders the texts of a round for the report.
import { parseMarkdown, type Blok } from './markdown.js';

export interface RondeSectie {
  sleutel: string;
  titel: string;
  /** Allowed sub-sections (besides the empty one, the section's main text); null = any slug. */
  subsecties: readonly string[] | null;
}

/** Report sections in the order of the June 2025 report (000). */
export const RONDE_SECTIES: readonly RondeSectie[] = [
  { sleutel: 'inleiding', titel: 'Inleiding', subsecties: null },
  { sleutel: 'noemenswaardig', titel: 'Noemenswaardig', subsecties: [] },
  { sleutel: 'thematafels', titel: 'Voortgang thematafels', subsecties: [] },
  { sleutel: 'thematafel', titel: 'Voortgang per thematafel', subsecties: null },
  { sleutel: 'snelle_toetsen', titel: 'Voortgang – snelle toetsen', subsecties: ['overzicht', 'sectoren', 'themas', 'regios', 'per_kwartaal'] },
  { sleutel: 'transformatieplannen', titel: 'Voortgang – transformatieplannen', subsecties: ['overzicht', 'per_kwartaal'] },
  { sleutel: 'nza_duiding', titel: 'Voortgang – duiding NZa voortgang impactvolle transformaties', subsecties: null },
  { sleutel: 'transformatiemiddelen', titel: 'Voortgang – transformatiemiddelen', subsecties: ['toelichting'] },
  { sleutel: 'financiele_kaders', titel: 'Financiële kaders', subsecties: null },
  { sleutel: 'arbeidsmarkt', titel: 'Stand van zaken arbeidsmarkt', subsecties: null },
  { sleutel: 'toegankelijkheid', titel: 'Toegankelijkheid van zorg', subsecties: null },
];

/** IZA thematafel letters and AZWA agreement codes (A1 … E6, C3a, C3b). */
const ONDERDEEL = /^([A-J]|[A-E][1-9][ab]?)$/;
const SLUG = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

export interface RondeTekst {
  peildatum: string;
  sectie: string;
  subsectie: string;
  volgorde: number;
  kop: string;
  tekst: string;
  bron: string;
}

export interface TekstProbleem {
  kolom: 'sectie' | 'subsectie' | 'tekst' | 'volgorde';
  waarde: string;
  reden: string;
}

/** Checks one row; returns every problem (Dutch), empty when the row is valid. */
export function controleerRondeTekst(rij: Pick<RondeTekst, 'sectie' | 'subsectie' | 'tekst'>): TekstProbleem[] {
  const problemen: TekstProbleem[] = [];
  const sectie = RONDE_SECTIES.find((s) => s.sleutel === rij.sectie);
  if (!sectie) {
    problemen.push({
      kolom: 'sectie',
      waarde: rij.sectie,
      reden: `onbekende sectie; kies uit ${RONDE_SECTIES.map((s) => s.sleutel).join(', ')}`,
    });
  } else if (rij.subsectie !== '') {
    if (sectie.sleutel === 'thematafel') {
      if (!ONDERDEEL.test(rij.subsectie))
        problemen.push({ kolom: 'subsectie', waarde: rij.subsectie, reden: 'een thematafel (A–J) of AZWA-afspraak (A1 … E6) verwacht' });
    } else if (sectie.subsecties !== null && !sectie.subsecties.includes(rij.subsectie)) {
      problemen.push({
        kolom: 'subsectie',
        waarde: rij.subsectie,
        reden: sectie.subsecties.length
          ? `onbekende subsectie van ${sectie.sleutel}; kies uit ${sectie.subsecties.join(', ')} of laat leeg`
          : `sectie ${sectie.sleutel} heeft geen subsecties; laat leeg`,
      });
    } else if (!SLUG.test(rij.subsectie)) {
      problemen.push({ kolom: 'subsectie', waarde: rij.subsectie, reden: 'alleen kleine letters, cijfers en _ (bijv. huisartsenzorg)' });
    }
  } else if (sectie.sleutel === 'thematafel') {
    problemen.push({ kolom: 'subsectie', waarde: '', reden: 'de thematafel (A–J) of AZWA-afspraak ontbreekt' });
  }
  if (rij.tekst.trim() === '') problemen.push({ kolom: 'tekst', waarde: '', reden: 'de tekst is leeg' });
  for (const reden of parseMarkdown(rij.tekst).fouten) problemen.push({ kolom: 'tekst', waarde: kort(rij.tekst), reden });
  return problemen;
}

function kort(t: string): string {
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

export interface GeordendeTekst extends RondeTekst {
  blokken: Blok[];
}

/** The texts of one round in report order: section order, then `volgorde`, then sub-section. */
export function ordenRondeteksten(teksten: readonly RondeTekst[]): GeordendeTekst[] {
  const rang = (s: string) => {
    const i = RONDE_SECTIES.findIndex((x) => x.sleutel === s);
    return i < 0 ? RONDE_SECTIES.length : i;
  };
  return [...teksten]
    .sort((a, b) => rang(a.sectie) - rang(b.sectie) || a.volgorde - b.volgorde || a.subsectie.localeCompare(b.subsectie))
    .map((t) => ({ ...t, blokken: parseMarkdown(t.tekst).blokken }));
}

/** The texts of one section (and optionally one sub-section) of a round, in order. */
export function tekstenVan(teksten: readonly GeordendeTekst[], sectie: string, subsectie?: string): GeordendeTekst[] {
  return teksten.filter((t) => t.sectie === sectie && (subsectie === undefined || t.subsectie === subsectie));
}
