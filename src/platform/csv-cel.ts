// CSV formula injection (issue 20): a text cell that starts with =, +, -, @, TAB or CR is run as a
// formula by spreadsheet programs. Such a cell gets a leading apostrophe (OWASP advice); numbers,
// including negative ones like "-86" or "-0,5", stay as they are.
const GEVAARLIJK = /^[=+\-@\t\r]/;
const GETAL = /^-?\d+(?:[.,]\d+)?$/;

export function veiligeCsvTekst(s: string): string {
  return GEVAARLIJK.test(s) && !GETAL.test(s) ? `'${s}` : s;
}

// The contract export (kern/contract/exporteren.ts) must also read back exactly: there a text cell that
// starts with apostrophes and then one of those characters gets one more apostrophe, and the importer
// takes exactly one off again (docs/contract/formule-injectie.md).
const MET_APOSTROF = /^'+[=+\-@\t\r]/;

/** A text cell of the contract export: safe for a spreadsheet and read back unchanged by the importer. */
export function veiligeContractTekst(s: string): string {
  return MET_APOSTROF.test(s) ? `'${s}` : veiligeCsvTekst(s);
}

/** The importer's side: one leading apostrophe before = + - @ TAB CR is taken off. */
export function zonderContractApostrof(s: string): string {
  return MET_APOSTROF.test(s) ? s.slice(1) : s;
}
