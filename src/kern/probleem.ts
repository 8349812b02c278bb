// The problems the platform reports back to people: a problem line of an import (file, line, column,
// value, Dutch reason), the refusal of a whole import, and a refused change to a form field.

export interface Probleem {
  bestand: string;
  regel: number | null;
  kolom: string | null;
  waarde: string | null;
  reden: string;
}

/**
 * A problem list that keeps the first `grens` problems and counts the rest (issue 20: a file with a
 * million bad rows must not fill the memory or the page). `length` is the number kept.
 */
export class Probleemlijst extends Array<Probleem> {
  totaal = 0;
  static get [Symbol.species]() {
    return Array;
  }
  constructor(private readonly grens: number) {
    super();
  }
  override push(...items: Probleem[]): number {
    for (const p of items) {
      this.totaal++;
      if (this.length < this.grens) super.push(p);
    }
    return this.length;
  }
}

export class ImportFout extends Error {
  /** Every problem found; `problemen` may hold only the first of them. */
  public readonly totaal: number;
  constructor(
    public readonly problemen: Probleem[],
    totaal?: number,
  ) {
    const n = Math.max(totaal ?? problemen.length, problemen.length);
    const woord = n === 1 ? 'probleem' : 'problemen';
    super(
      n > problemen.length
        ? `Import geweigerd: ${n} ${woord} gevonden (de eerste ${problemen.length} staan hieronder); er is niets gewijzigd.`
        : `Import geweigerd: ${n} ${woord} gevonden; er is niets gewijzigd.`,
    );
    this.name = 'ImportFout';
    this.totaal = n;
  }
}

export interface BestandResultaat {
  bestand: string;
  bestandstype: string;
  sha256: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

export interface ImportResultaat {
  bestanden: BestandResultaat[];
  waarschuwingen: Probleem[];
}


export class ToegangFout extends Error {
  constructor(
    message: string,
    /** Form field the problem belongs to (shown next to it). */
    public readonly veld: string | null = null,
    /** Every field at fault with its message, when a form has more than one problem (all shown at once). */
    public readonly velden?: Record<string, string>,
  ) {
    super(message);
  }
}
