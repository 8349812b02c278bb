// Who may do what: one policy table, used by pages and API alike (every route names its handeling).
// Pure data and rules; the Fastify preHandler that applies it is platform/web/toegangscontrole.ts.

export const ROLLEN = [
  'beheerder',
  'vws-redactie',
  'bo-lid',
  'thematafel-secretaris',
  'azwa-trekker',
  'indiener',
  'coordinerend-verzekeraar',
  'verzekeraar',
  'nza',
  'lezer',
] as const;
export type Rol = (typeof ROLLEN)[number];

export interface Gebruiker {
  id: number;
  email: string;
  naam: string;
  organisatie_id: number;
  organisatie_naam: string;
  rollen: Rol[];
  /** Onderdelen (thematafel letters / AZWA codes) a thematafel-secretaris or azwa-trekker is responsible for. */
  onderdelen: string[];
  /** Set when the request came with a personal API token: its scopes. */
  tokenScopes?: string[];
}

/** Everyone logged in may read; 'publiek' also without login. */
const INGELOGD: readonly Rol[] = ROLLEN;

export const BELEID = {
  'publiek.lezen': 'publiek',
  'kerncijfers.lezen': 'publiek',
  'dashboard.lezen': 'publiek',
  'intern.lezen': INGELOGD,
  'embargo.lezen': ['beheerder', 'vws-redactie', 'bo-lid'],
  'concept.lezen': ['beheerder', 'vws-redactie', 'bo-lid'],
  'import.uitvoeren': ['beheerder', 'vws-redactie', 'verzekeraar', 'coordinerend-verzekeraar'],
  'acties.status-wijzigen': ['beheerder', 'thematafel-secretaris', 'azwa-trekker'],
  'acties.beheren': ['beheerder'],
  'toetsen.indienen': ['indiener'],
  'toetsen.beoordelen': ['beheerder', 'coordinerend-verzekeraar'],
  'plannen.indienen': ['indiener'],
  'plannen.beoordelen': ['beheerder', 'coordinerend-verzekeraar'],
  'plannen.vragen': ['verzekeraar', 'coordinerend-verzekeraar'],
  'kpis.beheren': ['beheerder', 'coordinerend-verzekeraar', 'verzekeraar'],
  'nza.beschikken': ['beheerder', 'nza'],
  'kaders.beheren': ['beheerder', 'vws-redactie'],
  'begroting.beheren': ['beheerder', 'vws-redactie'],
  'indicatoren.beheren': ['beheerder', 'vws-redactie', 'verzekeraar', 'nza'],
  'bo.beheren': ['beheerder', 'vws-redactie'],
  'rondes.redigeren': ['beheerder', 'vws-redactie', 'thematafel-secretaris'],
  'rondes.vaststellen': ['beheerder', 'vws-redactie'],
  'gebruikers.beheren': ['beheerder'],
  'audit.lezen': ['beheerder'],
  'tokens.beheren': INGELOGD,
  'wachtwoord.wijzigen': INGELOGD,
  'embargo.beheren': ['beheerder', 'vws-redactie'],
  'sessie.beeindigen': INGELOGD,
  'impact.rekenen': INGELOGD,
  'impact.scenarios-beheren': ['beheerder', 'vws-redactie', 'bo-lid', 'thematafel-secretaris', 'coordinerend-verzekeraar', 'verzekeraar', 'nza'],
  'impact.model-beheren': ['beheerder', 'vws-redactie'],
  'impact.plannen-beheren': ['beheerder', 'vws-redactie', 'coordinerend-verzekeraar'],
} as const satisfies Record<string, readonly Rol[] | 'publiek'>;

export type Handeling = keyof typeof BELEID;

export function mag(g: Gebruiker | null, handeling: Handeling): boolean {
  const regel = BELEID[handeling] as readonly Rol[] | 'publiek';
  if (regel === 'publiek') return true;
  if (!g) return false;
  if (g.tokenScopes && !g.tokenScopes.includes(handeling) && !g.tokenScopes.includes('*')) return false;
  return g.rollen.some((r) => regel.includes(r));
}

/**
 * Which onderdelen go with which roles; one rule for the beheer forms and the CLI (issue 14 item 6).
 * Null when they fit, else the problem in Dutch.
 */
export function onderdelenBijRollenProbleem(rollen: readonly string[], onderdelen: readonly string[]): string | null {
  if (rollen.includes('thematafel-secretaris')) {
    return onderdelen.length === 0 ? 'Een secretaris thematafel krijgt minstens één onderdeel: de letter van de thematafel (A–J) of een AZWA-code.' : null;
  }
  if (onderdelen.length === 0) return null;
  if (!rollen.includes('azwa-trekker')) return 'Onderdelen horen alleen bij de rol secretaris thematafel of trekker AZWA-afspraak.';
  const geenAzwa = onderdelen.filter((o) => !isAzwaCode(o));
  return geenAzwa.length ? `Een trekker AZWA-afspraak krijgt alleen AZWA-afspraken (A1 … E6), niet ${geenAzwa.join(', ')}.` : null;
}

/** An AZWA agreement code (A1 … E6, C3a), as opposed to a thematafel letter A–J. */
export function isAzwaCode(code: string): boolean {
  return /^[A-E]\d+[a-z]?$/.test(code);
}

/**
 * A thematafel secretary changes only the onderdelen that are theirs; an AZWA trekker only the AZWA
 * agreements that are theirs; a beheerder all.
 */
export function magOnderdeel(g: Gebruiker | null, onderdeel: string): boolean {
  if (!g) return false;
  if (g.rollen.includes('beheerder')) return true;
  if (!g.onderdelen.includes(onderdeel)) return false;
  return g.rollen.includes('thematafel-secretaris') || (g.rollen.includes('azwa-trekker') && isAzwaCode(onderdeel));
}


/** The roles that may perform a handeling ('publiek' = everyone, also without login). */
export function rollenVoor(handeling: Handeling): readonly Rol[] | 'publiek' {
  return BELEID[handeling] as readonly Rol[] | 'publiek';
}

/** Dutch names of the roles, for pages and docs. */
export const ROL_NAMEN: Record<Rol, string> = {
  beheerder: 'Beheerder',
  'vws-redactie': 'VWS-redactie',
  'bo-lid': 'Lid Bestuurlijk Overleg',
  'thematafel-secretaris': 'Secretaris thematafel',
  'azwa-trekker': 'Trekker AZWA-afspraak',
  indiener: 'Indiener',
  'coordinerend-verzekeraar': 'Coördinerend zorgverzekeraar',
  verzekeraar: 'Zorgverzekeraar / ZN',
  nza: 'NZa',
  lezer: 'Lezer',
};

/** What each handeling means, in Dutch (docs/toegang.md and the token page use this). */
export const HANDELING_OMSCHRIJVING: Record<Handeling, string> = {
  'publiek.lezen': 'Gepubliceerde gegevens lezen',
  'kerncijfers.lezen': 'Kerncijfers lezen (API)',
  'dashboard.lezen': 'Het dashboard bekijken',
  'intern.lezen': 'Interne (niet-gepubliceerde) gegevens lezen',
  'embargo.lezen': 'Budgetcijfers onder embargo zien',
  'concept.lezen': 'Conceptrapportages lezen',
  'import.uitvoeren': 'Bestanden importeren',
  'acties.status-wijzigen': 'Status van acties wijzigen (secretaris: alleen eigen onderdelen; AZWA-trekker: alleen eigen AZWA-afspraken)',
  'acties.beheren': 'Acties aanmaken en wijzigen',
  'toetsen.indienen': 'Snelle toetsen indienen',
  'toetsen.beoordelen': 'Snelle toetsen beoordelen',
  'plannen.indienen': 'Transformatieplannen indienen',
  'plannen.beoordelen': 'Transformatieplannen beoordelen',
  'plannen.vragen': 'Vragen stellen over een voorgenomen besluit',
  'kpis.beheren': 'KPI\'s van plannen vastleggen',
  'nza.beschikken': 'NZa-beschikkingen vastleggen',
  'kaders.beheren': 'Financiële kaders beheren',
  'begroting.beheren': 'AZWA-financiën beheren: kaderopbouw, begrotingsafspraken, realisatie en enveloppen',
  'indicatoren.beheren': 'Indicatoren beheren',
  'bo.beheren': 'BO-overleggen, besluiten en toezeggingen vastleggen en hun status melden',
  'rondes.redigeren': 'Rapportagerondes redigeren',
  'rondes.vaststellen': 'Rapportagerondes vaststellen en publiceren',
  'gebruikers.beheren': 'Gebruikers en rollen beheren',
  'audit.lezen': 'Het auditlog doorzoeken',
  'tokens.beheren': 'Eigen API-tokens maken en intrekken',
  'wachtwoord.wijzigen': 'Het eigen wachtwoord wijzigen',
  'embargo.beheren': 'Embargodatums van budgetcijfers instellen',
  'sessie.beeindigen': 'Uitloggen',
  'impact.rekenen': 'De fte-rekenhulp gebruiken en zichtbare scenario\'s bekijken en vergelijken',
  'impact.scenarios-beheren': 'Scenario\'s van de rekenhulp opslaan (voor de eigen organisatie) en hun zichtbaarheid kiezen',
  'impact.model-beheren': 'Het fte-impactmodel (impact_maatregelen, impact_codekoppelingen) importeren',
  'impact.plannen-beheren': 'De verwachte fte-impact van een transformatieplan vastleggen (coördinerend verzekeraar: alleen eigen plannen)',
};

// ─── Who is who in the transformation funds workflow ─────────────────────────────────────────────

/**
 * Whether a user's organisation is the insurer named in the contract field: the same name, apart from
 * case and spacing. Never a part of a name (issue 20: "DSW Zorgverzekeraar" is not "Zorgverzekeraar");
 * the forms offer the organisations by their full names, so what is chosen there matches exactly.
 */
export function zelfdeOrganisatie(naam: string | null | undefined, ander: string | null | undefined): boolean {
  if (!naam || !ander) return false;
  const n = (s: string) => s.normalize('NFC').toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
  return n(naam) === n(ander);
}

/** Whether the user belongs to the organisation that submitted the toets or plan. */
export function isIndienerVan(g: Gebruiker | null, item: { indiener_organisatie_id: number | null }): boolean {
  return !!g && item.indiener_organisatie_id !== null && Number(item.indiener_organisatie_id) === Number(g.organisatie_id);
}

/** Whether the user's organisation is the coordinating insurer of the toets or plan. */
export function isCoordinerendVoor(g: Gebruiker | null, coordinerendVerzekeraar: string | null): boolean {
  return !!g && zelfdeOrganisatie(g.organisatie_naam, coordinerendVerzekeraar);
}

/** Who manages the KPIs of a plan: its coordinating insurer or an administrator. */
export function magKpisBeheren(g: Gebruiker | null, coordinerendVerzekeraar: string | null): boolean {
  if (!g) return false;
  return g.rollen.includes('beheerder') || (g.rollen.includes('coordinerend-verzekeraar') && isCoordinerendVoor(g, coordinerendVerzekeraar));
}

/** Who records a plan's expected fte impact: VWS (redactie), an administrator, or the plan's own coordinating insurer. */
export function magPlanImpactBeheren(g: Gebruiker | null, coordinerendVerzekeraar: string | null): boolean {
  if (!g || !mag(g, 'impact.plannen-beheren')) return false;
  if (g.rollen.includes('beheerder') || g.rollen.includes('vws-redactie')) return true;
  return g.rollen.includes('coordinerend-verzekeraar') && isCoordinerendVoor(g, coordinerendVerzekeraar);
}
