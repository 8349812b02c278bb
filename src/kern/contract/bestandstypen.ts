// The file types of data-contract §2: columns, how each cell is read, and the natural key.
// Import, export and validation all read these definitions, so a column is described once.

import {
  ACTIE_STATUSSEN,
  AKKOORDEN,
  BETAALSTATUSSEN,
  KADER_SECTOREN,
  KADER_SOORTEN,
  KPI_RESULTATEN,
  PLAN_STATUSSEN,
  THEMATAFELS,
  TOETS_SECTOREN,
  TOETS_STATUSSEN,
  VRIJGAVES,
} from '../../domein/begrippen.js';
import { lijst, tekst, type Bestandstype } from './kolommen.js';
import { KADEROPBOUW, BEGROTINGSAFSPRAKEN, BEGROTINGSREALISATIE, ENVELOPPEN, ENVELOPPE_GEBRUIK, IMPACT_MAATREGELEN, IMPACT_CODEKOPPELINGEN, PLAN_IMPACT, DOELEN, MONITOREN, BO_OVERLEGGEN, TOEZEGGINGEN, REGIO_INDELINGEN, REGIOPLANNEN, RONDETEKSTEN, GEPUBLICEERDE_REEKSEN, BRONNEN } from './bestandstypen-akkoord2025.js';

export { SQL_TYPE, type Bestandstype, type BestandstypeNaam, type Kolom, type KolomSoort } from './kolommen.js';
export { KADEROPBOUW, BEGROTINGSAFSPRAKEN, BEGROTINGSREALISATIE, ENVELOPPEN, ENVELOPPE_GEBRUIK, MET_STAND, IMPACT_MAATREGELEN, IMPACT_CODEKOPPELINGEN, PLAN_IMPACT, DOELEN, MONITOREN, BO_OVERLEGGEN, TOEZEGGINGEN, REGIO_INDELINGEN, REGIOPLANNEN, RONDETEKSTEN, GEPUBLICEERDE_REEKSEN, BRONNEN } from './bestandstypen-akkoord2025.js';

export const ACTIES: Bestandstype = {
  naam: 'acties',
  tabel: 'acties_log',
  volgorde: 1,
  kolommen: [
    tekst('code', { verplicht: true }),
    { naam: 'akkoord', soort: 'keuze', keuzes: AKKOORDEN, verplicht: true },
    tekst('onderdeel', { verplicht: true }),
    tekst('titel', { verplichtPerItem: true }),
    tekst('trekker'),
    lijst('betrokken'),
    tekst('deadline'),
    { naam: 'status', soort: 'keuze', keuzes: ACTIE_STATUSSEN },
    { naam: 'status_datum', soort: 'datum', verplicht: true },
    tekst('toelichting'),
  ],
  item: ['code'],
  sleutel: ['code', 'status_datum', 'status'],
  statusKolom: 'status',
  eventlog: true,
};

export const SNELLE_TOETSEN: Bestandstype = {
  naam: 'snelle_toetsen',
  tabel: 'snelle_toetsen_log',
  volgorde: 2,
  kolommen: [
    tekst('id', { verplicht: true }),
    tekst('titel', { verplichtPerItem: true }),
    lijst('regios'),
    lijst('sectoren', { lijstKeuzes: TOETS_SECTOREN }),
    lijst('themas', { maxAantal: 8 }),
    { naam: 'ingediend_op', soort: 'datum', verplichtPerItem: true },
    { naam: 'status', soort: 'keuze', keuzes: TOETS_STATUSSEN },
    { naam: 'status_datum', soort: 'datum', verplicht: true },
    tekst('coordinerend_verzekeraar'),
  ],
  item: ['id'],
  sleutel: ['id', 'status_datum', 'status'],
  statusKolom: 'status',
  eventlog: true,
};

export const TRANSFORMATIEPLANNEN: Bestandstype = {
  naam: 'transformatieplannen',
  tabel: 'transformatieplannen_log',
  volgorde: 3,
  kolommen: [
    tekst('id', { verplicht: true }),
    tekst('snelle_toets_id', { verplichtPerItem: true }),
    tekst('titel', { verplichtPerItem: true }),
    { naam: 'ingediend_op', soort: 'datum', verplichtPerItem: true },
    { naam: 'status', soort: 'keuze', keuzes: PLAN_STATUSSEN },
    { naam: 'status_datum', soort: 'datum', verplicht: true },
    { naam: 'betrokkenheid_patienten', soort: 'keuze', keuzes: ['ja', 'nee'] },
    { naam: 'bedrag_aangevraagd_eur', soort: 'eur' },
    { naam: 'bedrag_beschikbaar_gesteld_eur', soort: 'eur' },
    { naam: 'nza_beschikking_datum', soort: 'datum' },
    { naam: 'nza_bedrag_eur', soort: 'eur' },
    { naam: 'ventiel', soort: 'janee' },
  ],
  item: ['id'],
  sleutel: ['id', 'status_datum', 'status'],
  statusKolom: 'status',
  eventlog: true,
};

export const KPIS: Bestandstype = {
  naam: 'kpis',
  tabel: 'kpis_log',
  volgorde: 4,
  kolommen: [
    tekst('plan_id', { verplicht: true }),
    tekst('kpi_id', { verplicht: true }),
    { naam: 'status_datum', soort: 'datum', verplicht: true },
    tekst('omschrijving'),
    { naam: 'jaar', soort: 'geheel' },
    { naam: 'bedrag_eur', soort: 'eur' },
    { naam: 'resultaat', soort: 'keuze', keuzes: KPI_RESULTATEN },
    { naam: 'bedrag_definitief_eur', soort: 'eur' },
    { naam: 'betaalstatus', soort: 'keuze', keuzes: BETAALSTATUSSEN },
    { naam: 'vrijgave', soort: 'keuze', keuzes: VRIJGAVES },
  ],
  item: ['plan_id', 'kpi_id'],
  sleutel: ['plan_id', 'kpi_id', 'status_datum'],
  statusKolom: null,
  eventlog: true,
};

export const FINANCIELE_KADERS: Bestandstype = {
  naam: 'financiele_kaders',
  tabel: 'financiele_kaders',
  volgorde: 5,
  kolommen: [
    { naam: 'jaar', soort: 'geheel', verplicht: true },
    { naam: 'sector', soort: 'keuze', keuzes: KADER_SECTOREN, verplicht: true },
    { naam: 'stand', soort: 'datum', verplicht: true },
    tekst('stand_omschrijving'),
    { naam: 'kwartalen_declaraties', soort: 'geheel', aantal: true },
    { naam: 'kader_soort', soort: 'keuze', keuzes: KADER_SOORTEN, verplicht: true },
    { naam: 'uitgaven_mln', soort: 'mln' },
    { naam: 'kader_mln', soort: 'mln', verplicht: true },
    { naam: 'aanspraak_buiten_zvw_mln', soort: 'mln' },
    { naam: 'covid_prestaties_mln', soort: 'mln' },
    { naam: 'groei_dure_geneesmiddelen_pct', soort: 'pct' },
    { naam: 'basis_dure_geneesmiddelen_mln', soort: 'mln' },
    { naam: 'balanspost_pct', soort: 'pct' },
  ],
  item: ['jaar', 'sector', 'stand'],
  sleutel: ['jaar', 'sector', 'stand'],
  statusKolom: null,
  eventlog: false,
};

export const INDICATOR_DEFINITIES: Bestandstype = {
  naam: 'indicator_definities',
  tabel: 'indicator_definities',
  volgorde: 6,
  kolommen: [
    tekst('code', { verplicht: true }),
    tekst('naam', { verplicht: true }),
    tekst('eenheid'),
    tekst('definitie'),
    tekst('bron'),
    { naam: 'norm', soort: 'getal' },
    tekst('norm_omschrijving'),
    { naam: 'hoger_is_beter', soort: 'janee' },
  ],
  item: ['code'],
  sleutel: ['code'],
  statusKolom: null,
  eventlog: false,
};

export const INDICATOREN: Bestandstype = {
  naam: 'indicatoren',
  tabel: 'indicatoren',
  volgorde: 7,
  kolommen: [
    tekst('indicator', { verplicht: true }),
    tekst('periode', { verplicht: true }),
    tekst('gebied', { verplicht: true }),
    tekst('dimensie'),
    { naam: 'waarde', soort: 'getal' },
    { naam: 'bron_datum', soort: 'datum' },
  ],
  item: ['indicator', 'periode', 'gebied', 'dimensie'],
  // revisions are kept: the same observation delivered on another date is another row
  sleutel: ['indicator', 'periode', 'gebied', 'dimensie', 'bron_datum'],
  statusKolom: null,
  eventlog: false,
};


export const BESTANDSTYPEN: readonly Bestandstype[] = [
  REGIO_INDELINGEN,
  ACTIES,
  SNELLE_TOETSEN,
  TRANSFORMATIEPLANNEN,
  KPIS,
  FINANCIELE_KADERS,
  INDICATOR_DEFINITIES,
  INDICATOREN,
  KADEROPBOUW,
  BEGROTINGSAFSPRAKEN,
  BEGROTINGSREALISATIE,
  ENVELOPPEN,
  ENVELOPPE_GEBRUIK,
  IMPACT_MAATREGELEN,
  IMPACT_CODEKOPPELINGEN,
  DOELEN,
  MONITOREN,
  BO_OVERLEGGEN,
  TOEZEGGINGEN,
  RONDETEKSTEN,
  GEPUBLICEERDE_REEKSEN,
  BRONNEN,
  REGIOPLANNEN,
  PLAN_IMPACT,
];

export function bestandstype(naam: string): Bestandstype | undefined {
  return BESTANDSTYPEN.find((b) => b.naam === naam.toLowerCase());
}

/** The type of a file name (without extension): its type's name, or `<naam>-<iets>` for a type with one file per round. */
export function bestandstypeVanBestand(basis: string): Bestandstype | undefined {
  const b = basis.toLowerCase();
  return bestandstype(b) ?? BESTANDSTYPEN.find((t) => t.bestandPerRonde && b.startsWith(`${t.naam}-`));
}

/** IZA onderdeel may be given as its letter or its name (contract §2.1). */
export function normaliseerIzaOnderdeel(waarde: string): string | null {
  const w = waarde.trim();
  if (/^[A-Ja-j]$/.test(w)) return w.toUpperCase();
  const gevonden = Object.entries(THEMATAFELS).find(([, naam]) => naam.toLowerCase() === w.toLowerCase());
  return gevonden ? gevonden[0] : null;
}
