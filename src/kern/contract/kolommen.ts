// The shape of a contract file type: column kinds, how each is stored, and the descriptor every
// import, export and check reads. The descriptors themselves are in bestandstypen*.ts.
export type KolomSoort = 'tekst' | 'lijst' | 'datum' | 'eur' | 'mln' | 'pct' | 'geheel' | 'getal' | 'keuze' | 'janee';

/** How each kind of column is stored (tables, staging tables and the folded state all use this). */
export const SQL_TYPE: Record<KolomSoort, string> = {
  tekst: 'text',
  lijst: 'text[]',
  datum: 'date',
  eur: 'bigint',
  mln: 'numeric',
  pct: 'numeric',
  geheel: 'integer',
  getal: 'numeric',
  keuze: 'text',
  janee: 'boolean',
};

export interface Kolom {
  naam: string;
  soort: KolomSoort;
  /** Required on every row. */
  verplicht?: boolean;
  /** Required on at least one row of an item (e.g. `titel`). */
  verplichtPerItem?: boolean;
  keuzes?: readonly string[];
  /** A count (`geheel`): refused below zero. */
  aantal?: boolean;
  /** Maximum number of values in a `lijst` cell. */
  maxAantal?: number;
  /** Values of a `lijst` cell must come from this list. */
  lijstKeuzes?: readonly string[];
}

export type BestandstypeNaam =
  | 'acties'
  | 'snelle_toetsen'
  | 'transformatieplannen'
  | 'kpis'
  | 'financiele_kaders'
  | 'indicator_definities'
  | 'indicatoren'
  | 'kaderopbouw'
  | 'begrotingsafspraken'
  | 'begrotingsrealisatie'
  | 'enveloppen'
  | 'enveloppe_gebruik'
  | 'impact_maatregelen'
  | 'impact_codekoppelingen'
  | 'plan_impact'
  | 'doelen'
  | 'monitoren'
  | 'bo_overleggen'
  | 'toezeggingen'
  | 'regio_indelingen'
  | 'regioplannen'
  | 'rondeteksten'
  | 'gepubliceerde_reeksen'
  | 'bronnen';

export interface Bestandstype {
  naam: BestandstypeNaam;
  tabel: string;
  kolommen: Kolom[];
  /** Natural key of an item (without status_datum). */
  item: string[];
  /** Key of a row in the table. For event logs: item + status_datum (+ status). */
  sleutel: string[];
  /** Event logs carry a status column whose latest row is the status (null: no status column). */
  statusKolom: string | null;
  eventlog: boolean;
  /** Order of export and import within a directory (references point backwards). */
  volgorde: number;
  /** Key columns stored as '' when the cell is empty (so the key is a plain primary key). */
  leegInSleutel?: string[];
  /** A directory also reads `<naam>-<iets>.csv` for this type (e.g. one file per round). */
  bestandPerRonde?: boolean;
  /** Column that limits an export at a peildatum (`<kolom> <= peildatum`). */
  peildatumKolom?: string;
}

export const lijst = (naam: string, extra: Partial<Kolom> = {}): Kolom => ({ naam, soort: 'lijst', ...extra });
export const tekst = (naam: string, extra: Partial<Kolom> = {}): Kolom => ({ naam, soort: 'tekst', ...extra });
