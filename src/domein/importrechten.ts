// Who may import which register file on the shared import page (/importeren, issue 14 item 5). The
// general right is 'import.uitvoeren'; each file type also needs the handeling that changes that
// register by hand, so a file never does what its importer could not do in the forms. Where the
// forms scope a coordinating insurer to its own toetsen and plans, the import does the same.
import { mag, type Gebruiker, type Handeling } from './beleid.js';

export interface ImportRecht {
  /** File type of the data contract. */
  type: string;
  /** The document as people call it. */
  titel: string;
  /** What is in it, one sentence. */
  omschrijving: string;
  handeling: Handeling;
  /** Where the contract describes the file (section of the data contract or docs/contract/<type>.md). */
  contract: string;
  /** The page that shows the register. */
  register: { href: string; label: string };
}

export const IMPORT_RECHTEN: readonly ImportRecht[] = [
  {
    type: 'acties',
    titel: 'Acties en hun status (IZA en AZWA)',
    omschrijving: 'Het actieregister: per actie de code, het onderdeel, de trekker, de deadline en elke statuswijziging.',
    handeling: 'acties.beheren',
    contract: 'datacontract §2.1',
    register: { href: '/acties', label: 'Acties' },
  },
  {
    type: 'snelle_toetsen',
    titel: 'Snelle toetsen',
    omschrijving: 'Ingediende snelle toetsen met regio’s, sectoren, thema’s, coördinerend verzekeraar en elke statuswijziging.',
    handeling: 'toetsen.beoordelen',
    contract: 'datacontract §2.2',
    register: { href: '/transformatie/toetsen', label: 'Snelle toetsen' },
  },
  {
    type: 'transformatieplannen',
    titel: 'Transformatieplannen',
    omschrijving: 'Plannen bij een snelle toets: aangevraagde en toegekende bedragen, NZa-beschikking en elke statuswijziging.',
    handeling: 'plannen.beoordelen',
    contract: 'datacontract §2.3',
    register: { href: '/transformatie/plannen', label: 'Transformatieplannen' },
  },
  {
    type: 'kpis',
    titel: 'KPI’s en betaalmomenten van transformatieplannen',
    omschrijving: 'Per plan de KPI’s met jaar, bedrag, resultaat en betaalstatus.',
    handeling: 'kpis.beheren',
    contract: 'datacontract §2.4',
    register: { href: '/transformatie/plannen', label: 'Transformatieplannen' },
  },
  {
    type: 'bo_overleggen',
    titel: 'Bestuurlijke overleggen IZA/AZWA',
    omschrijving: 'De overleggen van het BO met datum en soort.',
    handeling: 'bo.beheren',
    contract: 'docs/contract/bo_overleggen.md',
    register: { href: '/azwa/bo', label: 'Bestuurlijk overleg' },
  },
  {
    type: 'toezeggingen',
    titel: 'BO-besluiten en toezeggingen',
    omschrijving: 'Besluiten van het BO met hun opvolging en AZWA-toezeggingen, met elke statuswijziging.',
    handeling: 'bo.beheren',
    contract: 'docs/contract/toezeggingen.md',
    register: { href: '/azwa/bo', label: 'Bestuurlijk overleg' },
  },
  {
    type: 'doelen',
    titel: 'Transitiedoelen en andere AZWA-doelen',
    omschrijving: 'Meetbare doelen met basiswaarde, streefwaarde en streefdatum.',
    handeling: 'bo.beheren',
    contract: 'docs/contract/doelen.md',
    register: { href: '/azwa/doelen', label: 'Doelen' },
  },
  {
    type: 'monitoren',
    titel: 'Bewegingsmonitor en monitor doelgroepen',
    omschrijving: 'De deelmonitoren van het AZWA en wat zij volgen.',
    handeling: 'bo.beheren',
    contract: 'docs/contract/monitoren.md',
    register: { href: '/azwa/monitoren', label: 'Monitoren' },
  },
  {
    type: 'plan_impact',
    titel: 'Verwachte fte-impact van transformatieplannen',
    omschrijving: 'Per plan de verwachte fte-impact: een KPMG-maatregel met scenario, of een eigen raming met bron.',
    handeling: 'impact.plannen-beheren',
    contract: 'docs/contract/plan_impact.md',
    register: { href: '/transformatie', label: 'Transformatie' },
  },
];

/** File types whose rows a coordinating insurer may import only for its own toetsen and plans. */
export const EIGEN_TOETSEN_TYPEN: readonly string[] = ['snelle_toetsen', 'transformatieplannen', 'kpis', 'plan_impact'];
// of those, VWS records the expected impact of any plan (as the plan page's form lets it)
const OOK_VWS_REDACTIE: readonly string[] = ['plan_impact'];
const heleRegister = (g: Gebruiker, type: string) => g.rollen.includes('beheerder') || (OOK_VWS_REDACTIE.includes(type) && g.rollen.includes('vws-redactie'));

export function importRecht(type: string): ImportRecht | undefined {
  return IMPORT_RECHTEN.find((r) => r.type === type);
}

/** The register files this user may import here (none without the general right to import). */
export function importeerbareTypen(g: Gebruiker | null): ImportRecht[] {
  if (!mag(g, 'import.uitvoeren')) return [];
  return IMPORT_RECHTEN.filter((r) => mag(g, r.handeling) && (!EIGEN_TOETSEN_TYPEN.includes(r.type) || heleRegister(g!, r.type) || g!.rollen.includes('coordinerend-verzekeraar')));
}

/**
 * Whether the rows of this type must belong to the user's own toetsen: a coordinating insurer who is
 * not a beheerder (the forms scope it the same way: isCoordinerendVoor, magKpisBeheren).
 */
export function alleenEigenToetsen(g: Gebruiker, type: string): boolean {
  return EIGEN_TOETSEN_TYPEN.includes(type) && !heleRegister(g, type);
}

/** The file types that have their own upload page elsewhere: the shared page links there instead. */
export const ANDERE_IMPORTPAGINAS: readonly { titel: string; href: string; handeling: Handeling; typen: readonly string[] }[] = [
  { titel: 'Financiële kaders (Zvw-uitgaven per sector)', href: '/financien/invoer', handeling: 'kaders.beheren', typen: ['financiele_kaders'] },
  {
    titel: 'AZWA-financiën: kaderopbouw, begrotingsafspraken, realisatie en enveloppen',
    href: '/financien/azwa/invoer',
    handeling: 'begroting.beheren',
    typen: ['kaderopbouw', 'begrotingsafspraken', 'begrotingsrealisatie', 'enveloppen', 'enveloppe_gebruik'],
  },
  { titel: 'Indicatoren, indicatordefinities en regioplannen', href: '/indicatoren/importeren', handeling: 'indicatoren.beheren', typen: ['indicatoren', 'indicator_definities', 'regioplannen'] },
  { titel: 'Het fte-impactmodel', href: '/impact', handeling: 'impact.model-beheren', typen: ['impact_maatregelen', 'impact_codekoppelingen'] },
  { titel: 'Teksten van een ronde, gepubliceerde reeksen en brondocumenten', href: '/rapportages/importeren', handeling: 'rondes.vaststellen', typen: ['rondeteksten', 'gepubliceerde_reeksen', 'bronnen'] },
];

/** The other upload page for a file type, if it has one. */
export function andereImportpagina(type: string) {
  return ANDERE_IMPORTPAGINAS.find((p) => p.typen.includes(type));
}
