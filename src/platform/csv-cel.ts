// CSV formula injection (issue 20): a text cell that starts with =, +, -, @, TAB or CR is run as a
// formula by spreadsheet programs. Such a cell gets a leading apostrophe (OWASP advice); numbers,
// including negative ones like "-86" or "-0,5", stay as they are.
const GEVAARLIJK = /^[=+\-@\t\r]/;
const GETAL = /^-?\d+(?:[.,]\d+)?$/;

export function veiligeCsvTekst(s: string): string {
  return GEVAARLIJK.test(s) && !GETAL.test(s) ? `'${s}` : s;
}
