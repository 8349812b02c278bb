// Downloads say what they are (issue 14): a file in a contract format imports again unchanged; any
// other table (a page's figures, a chart's data) is a report, and its file name says so, so nobody
// mistakes it for a file to import.
export const RAPPORT_MERK = 'rapport-niet-om-te-importeren';

/** `financiele-kaders-2025-05-20` + `csv` → `financiele-kaders-2025-05-20-rapport-niet-om-te-importeren.csv`. */
export function rapportNaam(basis: string, extensie: 'csv' | 'xlsx' | 'json'): string {
  return `${basis}-${RAPPORT_MERK}.${extensie}`;
}

export function isRapportNaam(bestand: string): boolean {
  return bestand.includes(RAPPORT_MERK);
}
