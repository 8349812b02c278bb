// The bounds of an import file (issue 20: a 2.5 MB XLSX unpacked to 2 GB) and the reading errors that
// end in one Dutch problem line instead of an exception. Documented in docs/contract/grenzen.md.

export const GRENZEN = {
  /** All parts of an XLSX together, unpacked (bytes). */
  uitgepakt: 100 * 1024 * 1024,
  /** Rows of one XLSX sheet: Excel's own maximum. */
  rijen: 1_048_576,
  /** Characters in one cell: Excel's own maximum. */
  celTekens: 32_767,
  /** Bytes of one CSV record (a line, or more lines inside quotes). */
  regelBytes: 1024 * 1024,
  /** Problems listed in a refusal; the total is counted on. */
  problemen: 100,
} as const;

/** A file that cannot be read on (not UTF-8, a stray quote, a zip bomb …): one problem line, in Dutch. */
export class LeesFout extends Error {
  constructor(
    public readonly reden: string,
    public readonly regel: number | null = null,
    /** 0-based field number in the row, when known. */
    public readonly veld: number | null = null,
    /** The column's name, when the reader knows it. */
    public readonly kolom: string | null = null,
  ) {
    super(reden);
    this.name = 'LeesFout';
  }
}

/** A cell whose content is refused as it stands (an XLSX formula or error value). */
export class CelFout {
  constructor(
    public readonly reden: string,
    public readonly waarde: string,
  ) {}
  toString(): string {
    return this.waarde;
  }
}

export const mb = (n: number) => `${Math.round(n / 1024 / 1024).toLocaleString('nl-NL')} MB`;
