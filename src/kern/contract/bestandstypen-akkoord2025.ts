// Contract file types added for the AZWA term: the financial framework (Bijlage 1–3), the fte-impact
// model, the AZWA monitoring (goals, monitors, BO, toezeggingen), region classifications and the
// round texts and published series of the report. Same descriptor shape as bestandstypen.ts.
import { ACTIE_STATUSSEN, KADER_SECTOREN } from '../../domein/begrippen.js';
import { BETROUWBAARHEDEN, IMPACT_SOORTEN, SCENARIOS } from '../../domein/impact.js';
import { PLAN_IMPACT_BASES } from '../../domein/plan-impact.js';
import { AARDEN } from '../../domein/gepubliceerde-reeksen.js';
import { INDELINGEN } from '../../domein/regios.js';
import { REGIOPLAN_INDELINGEN, REGIOPLAN_SOORTEN, REGIOPLAN_STATUSSEN } from '../../domein/regioplannen.js';
import { STREEFWAARDE_SOORTEN, TRANSITIEDOELEN } from '../../domein/doelen.js';
import { BO_SOORTEN, MONITOR_SOORTEN, TOEZEGGING_SOORTEN } from '../../domein/azwa.js';
import { BEGROTING_NIVEAUS } from '../../domein/begrotingsafspraken.js';
import { OPBOUW_SOORTEN } from '../../domein/kaderopbouw.js';
import { lijst, tekst, type Bestandstype, type BestandstypeNaam, type Kolom } from './kolommen.js';

// The AZWA financial framework (docs/contract/kaderopbouw.md, begrotingsafspraken.md,
// begrotingsrealisatie.md, enveloppen.md, enveloppe_gebruik.md). Amounts that the annexes print with two
// decimals (Bijlage 2: 0,65) are 'getal' columns; the importer refuses more than two decimals.

export const KADEROPBOUW: Bestandstype = {
  naam: 'kaderopbouw',
  tabel: 'kaderopbouw',
  volgorde: 8,
  kolommen: [
    { naam: 'stand', soort: 'datum', verplicht: true },
    tekst('stand_omschrijving'),
    { naam: 'sector', soort: 'keuze', keuzes: KADER_SECTOREN, verplicht: true },
    { naam: 'jaar', soort: 'geheel', verplicht: true },
    { naam: 'volgorde', soort: 'geheel', verplicht: true },
    tekst('regelnummer'),
    tekst('omschrijving', { verplicht: true }),
    { naam: 'soort', soort: 'keuze', keuzes: OPBOUW_SOORTEN, verplicht: true },
    { naam: 'bedrag_mln', soort: 'mln', verplicht: true },
    tekst('bron'),
  ],
  item: ['stand', 'sector', 'jaar', 'volgorde'],
  sleutel: ['stand', 'sector', 'jaar', 'volgorde'],
  statusKolom: null,
  eventlog: false,
};

export const BEGROTINGSAFSPRAKEN: Bestandstype = {
  naam: 'begrotingsafspraken',
  tabel: 'begrotingsafspraken',
  volgorde: 9,
  kolommen: [
    { naam: 'stand', soort: 'datum', verplicht: true },
    tekst('stand_omschrijving'),
    tekst('afspraak'),
    { naam: 'volgorde', soort: 'geheel', verplicht: true },
    { naam: 'niveau', soort: 'keuze', keuzes: BEGROTING_NIVEAUS, verplicht: true },
    tekst('omschrijving', { verplicht: true }),
    tekst('periode', { verplicht: true }),
    { naam: 'bedrag_mln', soort: 'getal', verplicht: true },
    tekst('bron'),
  ],
  item: ['stand', 'volgorde', 'periode'],
  sleutel: ['stand', 'volgorde', 'periode'],
  statusKolom: null,
  eventlog: false,
};

export const BEGROTINGSREALISATIE: Bestandstype = {
  naam: 'begrotingsrealisatie',
  tabel: 'begrotingsrealisatie',
  volgorde: 10,
  kolommen: [
    tekst('afspraak'),
    tekst('omschrijving', { verplicht: true }),
    { naam: 'jaar', soort: 'geheel', verplicht: true },
    { naam: 'stand', soort: 'datum', verplicht: true },
    { naam: 'realisatie_mln', soort: 'getal', verplicht: true },
    tekst('toelichting'),
  ],
  item: ['omschrijving', 'jaar', 'stand'],
  sleutel: ['omschrijving', 'jaar', 'stand'],
  statusKolom: null,
  eventlog: false,
};

export const ENVELOPPEN: Bestandstype = {
  naam: 'enveloppen',
  tabel: 'enveloppen',
  volgorde: 11,
  kolommen: [
    tekst('enveloppe', { verplicht: true }),
    tekst('omschrijving', { verplicht: true }),
    tekst('periode', { verplicht: true }),
    { naam: 'plafond_mln', soort: 'getal', verplicht: true },
    tekst('binnen'),
    lijst('afspraken'),
    tekst('bron'),
  ],
  item: ['enveloppe', 'periode'],
  sleutel: ['enveloppe', 'periode'],
  statusKolom: null,
  eventlog: false,
};

export const ENVELOPPE_GEBRUIK: Bestandstype = {
  naam: 'enveloppe_gebruik',
  tabel: 'enveloppe_gebruik',
  volgorde: 12,
  kolommen: [
    tekst('enveloppe', { verplicht: true }),
    { naam: 'jaar', soort: 'geheel', verplicht: true },
    { naam: 'stand', soort: 'datum', verplicht: true },
    { naam: 'bedrag_mln', soort: 'getal', verplicht: true },
    tekst('toelichting'),
  ],
  item: ['enveloppe', 'jaar', 'stand'],
  sleutel: ['enveloppe', 'jaar', 'stand'],
  statusKolom: null,
  eventlog: false,
};

/** File types whose rows carry a `stand` date: an export at a peildatum takes only stands ≤ it. */
export const MET_STAND: readonly BestandstypeNaam[] = ['financiele_kaders', 'kaderopbouw', 'begrotingsafspraken', 'begrotingsrealisatie', 'enveloppe_gebruik'];

/** The KPMG fte-impact model (docs/contract/impact_maatregelen.md): one record per factor, cluster or measure. */
export const IMPACT_MAATREGELEN: Bestandstype = {
  naam: 'impact_maatregelen',
  tabel: 'impact_maatregelen',
  volgorde: 13,
  kolommen: [
    tekst('versie', { verplicht: true }),
    { naam: 'soort', soort: 'keuze', keuzes: IMPACT_SOORTEN, verplicht: true },
    tekst('code', { verplicht: true }),
    tekst('titel', { verplicht: true }),
    tekst('cluster'),
    ...['werknemers', 'fte'].flatMap((w) => ['laag', 'gemiddeld', 'hoog'].map((s): Kolom => ({ naam: `${w}_${s}`, soort: 'geheel', aantal: true }))),
    { naam: 'deeltijdfactor', soort: 'getal' },
    { naam: 'betrouwbaarheid', soort: 'keuze', keuzes: BETROUWBAARHEDEN },
    lijst('randvoorwaarden'),
    lijst('neveneffecten_positief'),
    lijst('neveneffecten_negatief'),
    { naam: 'aantal', soort: 'geheel', aantal: true },
    lijst('azwa_codes'),
    tekst('toelichting'),
    tekst('bron', { verplicht: true }),
  ],
  item: ['versie', 'soort', 'code'],
  sleutel: ['versie', 'soort', 'code'],
  statusKolom: null,
  eventlog: false,
};

/** Codes of one agreement version mapped to another (KPMG concept v0.6 → final AZWA), with source. */
export const IMPACT_CODEKOPPELINGEN: Bestandstype = {
  naam: 'impact_codekoppelingen',
  tabel: 'impact_codekoppelingen',
  volgorde: 14,
  kolommen: [
    tekst('versie_van', { verplicht: true }),
    tekst('code_van', { verplicht: true }),
    tekst('titel_van'),
    tekst('versie_naar', { verplicht: true }),
    tekst('code_naar', { verplicht: true }),
    tekst('titel_naar'),
    { naam: 'geverifieerd', soort: 'janee', verplicht: true },
    tekst('bron', { verplicht: true }),
    tekst('toelichting'),
  ],
  item: ['versie_van', 'code_van', 'versie_naar'],
  sleutel: ['versie_van', 'code_van', 'versie_naar'],
  statusKolom: null,
  eventlog: false,
};

/** The expected fte impact of a transformatieplan (docs/contract/plan_impact.md): one row per plan. */
export const PLAN_IMPACT: Bestandstype = {
  naam: 'plan_impact',
  tabel: 'plan_impact',
  // after the plans (3) and the model (13) it refers to
  volgorde: 23,
  kolommen: [
    tekst('plan_id', { verplicht: true }),
    { naam: 'basis', soort: 'keuze', keuzes: PLAN_IMPACT_BASES, verplicht: true },
    tekst('maatregel_versie'),
    tekst('maatregel'),
    { naam: 'scenario', soort: 'keuze', keuzes: SCENARIOS },
    { naam: 'aandeel_pct', soort: 'pct' },
    tekst('cluster'),
    { naam: 'fte', soort: 'getal' },
    { naam: 'werknemers', soort: 'getal' },
    tekst('bron'),
    tekst('toelichting'),
  ],
  item: ['plan_id'],
  sleutel: ['plan_id'],
  statusKolom: null,
  eventlog: false,
};

// AZWA monitoring (docs/contract/doelen.md, monitoren.md, bo_overleggen.md, toezeggingen.md)

export const DOELEN: Bestandstype = {
  naam: 'doelen',
  tabel: 'doelen',
  volgorde: 15,
  kolommen: [
    tekst('code', { verplicht: true }),
    tekst('titel', { verplicht: true }),
    { naam: 'transitiedoel', soort: 'keuze', keuzes: TRANSITIEDOELEN },
    tekst('bovenliggend'),
    tekst('eenheid', { verplicht: true }),
    { naam: 'streefwaarde_soort', soort: 'keuze', keuzes: STREEFWAARDE_SOORTEN },
    { naam: 'basis_waarde', soort: 'getal' },
    { naam: 'basis_datum', soort: 'datum' },
    { naam: 'streefwaarde', soort: 'getal', verplicht: true },
    { naam: 'streef_datum', soort: 'datum', verplicht: true },
    lijst('indicatoren'),
    lijst('afspraken'),
    tekst('bron_document'),
    tekst('bron_regels'),
    tekst('toelichting'),
  ],
  item: ['code'],
  sleutel: ['code'],
  statusKolom: null,
  eventlog: false,
};

export const MONITOREN: Bestandstype = {
  naam: 'monitoren',
  tabel: 'monitoren',
  volgorde: 16,
  kolommen: [
    tekst('code', { verplicht: true }),
    { naam: 'soort', soort: 'keuze', keuzes: MONITOR_SOORTEN, verplicht: true },
    tekst('naam', { verplicht: true }),
    tekst('instituut'),
    tekst('nulmeting'),
    tekst('eenmeting'),
    tekst('link'),
    lijst('indicatoren'),
    tekst('bron'),
    tekst('toelichting'),
  ],
  item: ['code'],
  sleutel: ['code'],
  statusKolom: null,
  eventlog: false,
};

export const BO_OVERLEGGEN: Bestandstype = {
  naam: 'bo_overleggen',
  tabel: 'bo_overleggen',
  volgorde: 17,
  kolommen: [
    tekst('id', { verplicht: true }),
    { naam: 'datum', soort: 'datum', verplicht: true },
    { naam: 'soort', soort: 'keuze', keuzes: BO_SOORTEN, verplicht: true },
    tekst('titel', { verplicht: true }),
    lijst('agendapunten'),
    lijst('documenten'),
    tekst('bron'),
    tekst('toelichting'),
  ],
  item: ['id'],
  sleutel: ['id'],
  statusKolom: null,
  eventlog: false,
};

export const TOEZEGGINGEN: Bestandstype = {
  naam: 'toezeggingen',
  tabel: 'toezeggingen_log',
  volgorde: 18,
  kolommen: [
    tekst('id', { verplicht: true }),
    { naam: 'soort', soort: 'keuze', keuzes: TOEZEGGING_SOORTEN, verplichtPerItem: true },
    tekst('bo_id'),
    tekst('titel', { verplichtPerItem: true }),
    tekst('eigenaar'),
    lijst('betrokken'),
    tekst('deadline'),
    { naam: 'status', soort: 'keuze', keuzes: ACTIE_STATUSSEN },
    { naam: 'status_datum', soort: 'datum', verplicht: true },
    lijst('afspraken'),
    lijst('doelen'),
    { naam: 'ronde', soort: 'datum' },
    tekst('bron'),
    tekst('toelichting'),
  ],
  item: ['id'],
  sleutel: ['id', 'status_datum', 'status'],
  statusKolom: 'status',
  eventlog: true,
};

/** Region classifications (docs/contract/regio_indelingen.md); read first, the area checks use them. */
export const REGIO_INDELINGEN: Bestandstype = {
  naam: 'regio_indelingen',
  tabel: 'regio_indelingen',
  volgorde: 0,
  kolommen: [
    { naam: 'indeling', soort: 'keuze', keuzes: INDELINGEN, verplicht: true },
    tekst('regio_code', { verplicht: true }),
    tekst('regio_naam', { verplicht: true }),
    tekst('gemeente_code'),
    { naam: 'geldig_vanaf', soort: 'datum', verplicht: true },
  ],
  item: ['indeling', 'regio_code', 'gemeente_code', 'geldig_vanaf'],
  sleutel: ['indeling', 'regio_code', 'gemeente_code', 'geldig_vanaf'],
  statusKolom: null,
  eventlog: false,
};

/** The regioplan / ROAZ-plan register (docs/contract/regioplannen.md): dated states per region and kind. */
export const REGIOPLANNEN: Bestandstype = {
  naam: 'regioplannen',
  tabel: 'regioplannen',
  volgorde: 22,
  kolommen: [
    { naam: 'indeling', soort: 'keuze', keuzes: REGIOPLAN_INDELINGEN, verplicht: true },
    tekst('regio_code', { verplicht: true }),
    { naam: 'soort', soort: 'keuze', keuzes: REGIOPLAN_SOORTEN, verplicht: true },
    { naam: 'status', soort: 'keuze', keuzes: REGIOPLAN_STATUSSEN, verplicht: true },
    { naam: 'datum', soort: 'datum', verplicht: true },
    tekst('mandaatgemeente'),
    tekst('bron', { verplicht: true }),
    tekst('toelichting'),
  ],
  item: ['indeling', 'regio_code', 'soort'],
  sleutel: ['indeling', 'regio_code', 'soort', 'datum'],
  statusKolom: null,
  eventlog: false,
  peildatumKolom: 'datum',
};

/** Texts of a reporting round (docs/contract/rondeteksten.md). */
export const RONDETEKSTEN: Bestandstype = {
  naam: 'rondeteksten',
  tabel: 'rondeteksten',
  volgorde: 19,
  kolommen: [
    { naam: 'peildatum', soort: 'datum', verplicht: true },
    tekst('sectie', { verplicht: true }),
    tekst('subsectie'),
    { naam: 'volgorde', soort: 'geheel', verplicht: true },
    tekst('kop'),
    tekst('tekst', { verplicht: true }),
    tekst('bron'),
  ],
  item: ['peildatum', 'sectie', 'subsectie'],
  sleutel: ['peildatum', 'sectie', 'subsectie'],
  statusKolom: null,
  eventlog: false,
  leegInSleutel: ['subsectie'],
  bestandPerRonde: true,
  peildatumKolom: 'peildatum',
};

/** Published chart series of a round (docs/contract/gepubliceerde_reeksen.md). */
export const GEPUBLICEERDE_REEKSEN: Bestandstype = {
  naam: 'gepubliceerde_reeksen',
  tabel: 'gepubliceerde_reeksen',
  volgorde: 20,
  kolommen: [
    { naam: 'peildatum', soort: 'datum', verplicht: true },
    tekst('reeks', { verplicht: true }),
    { naam: 'volgorde', soort: 'geheel', verplicht: true },
    tekst('categorie'),
    tekst('serie'),
    tekst('periode'),
    { naam: 'waarde', soort: 'getal' },
    tekst('eenheid'),
    { naam: 'aard', soort: 'keuze', keuzes: AARDEN, verplicht: true },
    tekst('bron', { verplicht: true }),
    tekst('opmerking'),
  ],
  item: ['peildatum', 'reeks', 'categorie', 'serie', 'periode'],
  sleutel: ['peildatum', 'reeks', 'categorie', 'serie', 'periode'],
  statusKolom: null,
  eventlog: false,
  leegInSleutel: ['categorie', 'serie', 'periode'],
  bestandPerRonde: true,
  peildatumKolom: 'peildatum',
};

/** The documents behind the source keys of the data (data/seed/bronnen.csv). */
export const BRONNEN: Bestandstype = {
  naam: 'bronnen',
  tabel: 'bronnen',
  volgorde: 21,
  kolommen: [
    tekst('document', { verplicht: true }),
    tekst('bestand'),
    { naam: 'van_regel', soort: 'geheel', verplicht: true },
    { naam: 'tot_regel', soort: 'geheel', verplicht: true },
    tekst('titel', { verplicht: true }),
    tekst('uitgever'),
    { naam: 'datum', soort: 'datum' },
    tekst('datum_tekst'),
  ],
  item: ['document', 'van_regel'],
  sleutel: ['document', 'van_regel'],
  statusKolom: null,
  eventlog: false,
};
