// The problems the platform reports back to people: a problem line of an import (file, line, column,
// value, Dutch reason), the refusal of a whole import, and a refused change to a form field.

export interface Probleem {
  bestand: string;
  regel: number | null;
  kolom: string | null;
  waarde: string | null;
  reden: string;
}

export class ImportFout extends Error {
  constructor(public readonly problemen: Probleem[]) {
    super(`Import geweigerd: ${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'} gevonden; er is niets gewijzigd.`);
    this.name = 'ImportFout';
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
