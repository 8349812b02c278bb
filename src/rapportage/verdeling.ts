// Distributions the report shows next to the kerncijfers (snelle toetsen per kwartaal, sector, thema,
// regio; plannen per kwartaal and betrokkenheid patiënten) and the comparison between two peildata.
// Pure functions: the store (gegevens.ts) gathers the states at P, the rules of domein/verdeling.ts
// (shared with /transformatie) count them.
import { PLAN_STATUSSEN, TOETS_STATUSSEN, ACTIE_STATUSSEN } from '../domein/begrippen.js';
import type { KerncijfersBestand } from '../kern/snapshots.js';
import { ingediendOp } from '../domein/indiening.js';
import { beoordeeldPer, perKwartaalNaarStatus, telBetrokkenheid, type Verdeling } from '../domein/verdeling.js';

export type { Verdeling };

export interface ToetsStand {
  id: string;
  status: string | null;
  ingediend_op: string | null;
  sectoren: string[] | null;
  themas: string[] | null;
  regios: string[] | null;
}
export interface PlanStandVerdeling {
  id: string;
  status: string | null;
  ingediend_op: string | null;
  betrokkenheid_patienten: string | null;
}

export interface ToetsVerdeling {
  per_kwartaal: Verdeling;
  /** Goedgekeurd / Afgekeurd per sector, thema, regio (a toets can count in several). */
  per_sector: Verdeling;
  per_thema: Verdeling;
  per_regio: Verdeling;
}
export interface PlanVerdeling {
  per_kwartaal: Verdeling;
  betrokkenheid: { ja: number; nee: number; niet_ingesteld: number };
}

export function toetsVerdeling(toetsen: ToetsStand[], peildatum: string, sectorVolgorde: readonly string[]): ToetsVerdeling {
  const ingediend = ingediendOp(toetsen, peildatum);
  return {
    per_kwartaal: perKwartaalNaarStatus(ingediend, TOETS_STATUSSEN),
    per_sector: beoordeeldPer(ingediend, 'sectoren', sectorVolgorde),
    per_thema: beoordeeldPer(ingediend, 'themas'),
    per_regio: beoordeeldPer(ingediend, 'regios'),
  };
}

export function planVerdeling(plannen: PlanStandVerdeling[], peildatum: string): PlanVerdeling {
  const ingediend = ingediendOp(plannen, peildatum);
  return { per_kwartaal: perKwartaalNaarStatus(ingediend, PLAN_STATUSSEN), betrokkenheid: telBetrokkenheid(ingediend) };
}

// ─── Comparison between two peildata ────────────────────────────────────────────────────────────

export interface Kengetal {
  label: string;
  eenheid: 'aantal' | 'euro';
  /** The figure in a kerncijfers object; absent where a (published) snapshot does not give it. */
  waarde: (c: KerncijfersBestand) => number | null | undefined;
}

/** The figures compared between rounds, in report order. */
export const KENGETALLEN: readonly Kengetal[] = [
  { label: 'Acties totaal', eenheid: 'aantal', waarde: (c) => c.acties?.totaal },
  ...ACTIE_STATUSSEN.map((s): Kengetal => ({ label: `Acties met status ${s.toLowerCase()}`, eenheid: 'aantal', waarde: (c) => c.acties?.per_status?.[s] })),
  { label: 'Snelle toetsen aangeleverd (totaal)', eenheid: 'aantal', waarde: (c) => c.snelle_toetsen?.totaal },
  ...TOETS_STATUSSEN.map((s): Kengetal => ({ label: `Snelle toetsen met status ${s.toLowerCase()}`, eenheid: 'aantal', waarde: (c) => c.snelle_toetsen?.per_status?.[s] })),
  { label: 'Goedgekeurde snelle toetsen', eenheid: 'aantal', waarde: (c) => c.transformatieplannen?.goedgekeurde_snelle_toetsen },
  { label: 'Transformatieplannen in uitwerking', eenheid: 'aantal', waarde: (c) => c.transformatieplannen?.in_uitwerking },
  { label: 'Transformatieplannen ingediend (totaal)', eenheid: 'aantal', waarde: (c) => c.transformatieplannen?.ingediend },
  ...PLAN_STATUSSEN.map((s): Kengetal => ({ label: `Transformatieplannen met status ${s.toLowerCase()}`, eenheid: 'aantal', waarde: (c) => c.transformatieplannen?.per_status?.[s] })),
  { label: 'Transformatiemiddelen beschikbaar gesteld', eenheid: 'euro', waarde: (c) => c.transformatiemiddelen?.beschikbaar_gesteld },
  { label: 'Transformatiemiddelen verwacht', eenheid: 'euro', waarde: (c) => c.transformatiemiddelen?.verwacht },
  { label: 'Transformatiemiddelen betaalbaar en betaald', eenheid: 'euro', waarde: (c) => c.transformatiemiddelen?.betaalbaar_en_betaald },
  { label: 'Transformatiemiddelen nog vrij te geven', eenheid: 'euro', waarde: (c) => c.transformatiemiddelen?.nog_vrij_te_geven },
  { label: 'Transformatiemiddelen definitief vrijgegeven', eenheid: 'euro', waarde: (c) => c.transformatiemiddelen?.definitief_vrijgegeven },
];

/** A figure as a number, or null where the kerncijfers (or the whole object) lack it. */
function kengetalWaarde(k: Kengetal, cijfers: KerncijfersBestand | undefined): number | null {
  const v = cijfers ? k.waarde(cijfers) : null;
  return typeof v === 'number' ? v : null;
}

export interface CijferVerschil {
  label: string;
  eenheid: 'aantal' | 'euro';
  vorige: number | null;
  nu: number | null;
  verschil: number | null;
}

export function vergelijkCijfers(vorige: KerncijfersBestand | undefined, nu: KerncijfersBestand): CijferVerschil[] {
  return KENGETALLEN.map((k) => {
    const a = kengetalWaarde(k, vorige);
    const b = kengetalWaarde(k, nu);
    return { label: k.label, eenheid: k.eenheid, vorige: a, nu: b, verschil: a !== null && b !== null ? b - a : null };
  }).filter((r) => r.vorige !== null || r.nu !== null);
}

export interface ItemStand {
  id: string;
  titel: string | null;
  status: string | null;
  onderdeel?: string | null;
}

export interface ItemWijzigingen {
  nieuw: ItemStand[];
  /** Items whose status changed: from → to. */
  verschoven: { id: string; titel: string | null; onderdeel: string | null; van: string | null; naar: string | null }[];
  /** Items that reached a final state (Afgerond / Goedgekeurd / Afgekeurd) since the previous peildatum. */
  afgerond: ItemStand[];
}

export function vergelijkItems(vorige: ItemStand[], nu: ItemStand[], eindStatussen: readonly string[]): ItemWijzigingen {
  const toen = new Map(vorige.map((i) => [i.id, i]));
  const uit: ItemWijzigingen = { nieuw: [], verschoven: [], afgerond: [] };
  for (const i of [...nu].sort((a, b) => a.id.localeCompare(b.id, 'nl', { numeric: true }))) {
    const v = toen.get(i.id);
    if (!v) uit.nieuw.push(i);
    else if ((v.status ?? null) !== (i.status ?? null)) {
      uit.verschoven.push({ id: i.id, titel: i.titel, onderdeel: i.onderdeel ?? null, van: v.status ?? null, naar: i.status ?? null });
    }
    if (i.status && eindStatussen.includes(i.status) && v?.status !== i.status) uit.afgerond.push(i);
  }
  return uit;
}
