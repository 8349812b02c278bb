// Fixed terms of the data contract (shared/docs/data-contract.md): exact spellings, because outside
// parties build on them. One place; all other code refers here.

export const AKKOORDEN = ['IZA', 'AZWA'] as const;
export type Akkoord = (typeof AKKOORDEN)[number];

export const ACTIE_STATUSSEN = ['Afgerond', 'Loopt voor', 'Loopt op schema', 'Loopt achter', 'Nog niet gestart'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

export const TOETS_STATUSSEN = ['Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Goedgekeurd', 'Afgekeurd'] as const;
export type ToetsStatus = (typeof TOETS_STATUSSEN)[number];

export const PLAN_STATUSSEN = [
  'Ingediend',
  'Beoordeling gestart',
  'Extra informatie opvragen',
  'Voorgenomen besluit',
  'Goedgekeurd',
  'Afgekeurd',
] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];

export const KPI_RESULTATEN = ['open', 'behaald', 'deels behaald', 'niet behaald'] as const;
export type KpiResultaat = (typeof KPI_RESULTATEN)[number];
export const BETAALSTATUSSEN = ['open', 'betaalbaar gesteld', 'betaald'] as const;
export type Betaalstatus = (typeof BETAALSTATUSSEN)[number];
export const VRIJGAVES = ['nog vrij te geven', 'definitief vrijgegeven'] as const;
export type Vrijgave = (typeof VRIJGAVES)[number];

/** Sectors of snelle toetsen (contract §2.2). */
export const TOETS_SECTOREN = ['MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ', 'Sociaal domein', 'Overig'] as const;
/** Sectors with a financial kader (contract §2.5), in the report's order. */
export const KADER_SECTOREN = ['MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ'] as const;
export type KaderSector = (typeof KADER_SECTOREN)[number];
export const KADER_SOORTEN = ['HLA', 'IZA', 'AZWA'] as const;
export type KaderSoort = (typeof KADER_SOORTEN)[number];

/** IZA thematafels A–J (domain.md §3). */
export const THEMATAFELS: Record<string, string> = {
  A: 'Passende zorg',
  B: 'Regionale samenwerking',
  C: 'Acute zorg',
  D: 'Concentratie & spreiding',
  E: 'Versterking eerstelijn',
  F: 'Samenwerking sociaal domein, huisartsenzorg en ggz',
  G: 'Gezond leven & preventie',
  H: 'Arbeidsmarkt & ontzorgen',
  I: 'Digitalisering & gegevensuitwisseling',
  J: 'Contractering',
};

/** AZWA blocks A–E (domain.md §3). */
export const AZWA_BLOKKEN: Record<string, string> = {
  A: 'Regeldruk',
  B: 'Inzet van medewerkers',
  C: 'Gelijke toegang',
  D: 'De voorkant: preventie',
  E: 'Passende zorg',
};

export const PLAN_BETROKKENHEID = ['ja', 'nee'] as const;

/** A peildatum or other date in the domain: always `YYYY-MM-DD`. */
export type Datum = string;

/** First date on which no new snelle toetsen are accepted (002 r. 309-313); configurable. */
export const STANDAARD_SLUITING_SNELLE_TOETSEN: Datum = '2025-07-01';
/** Question period of the other insurers after an intended decision, in days (project rule; configurable). */
export const STANDAARD_VRAGENTERMIJN_DAGEN = 14;
