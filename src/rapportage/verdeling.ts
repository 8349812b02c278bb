// Distributions the report shows next to the kerncijfers (snelle toetsen per kwartaal, sector, thema,
// regio; plannen per kwartaal and betrokkenheid patiënten) and the comparison between two peildata.
// Pure functions: the store (gegevens.ts) gathers the states at P, these count them.
import { PLAN_STATUSSEN, TOETS_STATUSSEN, ACTIE_STATUSSEN } from '../domein/begrippen.js';

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

/** One row per category: counts per status (status order of the contract). */
export interface Verdeling {
  categorieen: string[];
  statussen: string[];
  /** waarden[s][i] = number with status statussen[s] in categorie i. */
  waarden: number[][];
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

export function kwartaalVan(d: string): string {
  const m = Number(d.slice(5, 7));
  return `Q${Math.ceil(m / 3)} ${d.slice(0, 4)}`;
}
function kwartaalSleutel(label: string): string {
  const [q, j] = label.split(' ');
  return `${j}${q}`;
}

function perKwartaal(items: { status: string | null; ingediend_op: string | null }[], statussen: readonly string[], peildatum: string): Verdeling {
  const ingediend = items.filter((t) => t.ingediend_op && t.ingediend_op <= peildatum);
  const kwartalen = [...new Set(ingediend.map((t) => kwartaalVan(t.ingediend_op!)))].sort((a, b) => (kwartaalSleutel(a) < kwartaalSleutel(b) ? -1 : 1));
  const waarden = statussen.map(() => kwartalen.map(() => 0));
  for (const t of ingediend) {
    const s = statussen.indexOf(t.status ?? '');
    if (s >= 0) waarden[s][kwartalen.indexOf(kwartaalVan(t.ingediend_op!))]++;
  }
  return { categorieen: kwartalen, statussen: [...statussen], waarden };
}

const BEOORDEELD = ['Goedgekeurd', 'Afgekeurd'] as const;

function perLijst(toetsen: ToetsStand[], veld: 'sectoren' | 'themas' | 'regios', volgorde?: readonly string[]): Verdeling {
  const tel = new Map<string, [number, number]>();
  for (const t of toetsen) {
    const s = BEOORDEELD.indexOf(t.status as (typeof BEOORDEELD)[number]);
    if (s < 0) continue;
    for (const w of new Set(t[veld] ?? [])) {
      const r = tel.get(w) ?? [0, 0];
      r[s]++;
      tel.set(w, r);
    }
  }
  // fixed order where the contract has one (sectors), else most first, then by name
  const categorieen = [...tel.keys()].sort((a, b) => {
    if (volgorde) return volgorde.indexOf(a) - volgorde.indexOf(b);
    const [ta, tb] = [tel.get(a)!, tel.get(b)!];
    return tb[0] + tb[1] - (ta[0] + ta[1]) || a.localeCompare(b, 'nl');
  });
  return { categorieen, statussen: [...BEOORDEELD], waarden: BEOORDEELD.map((_, s) => categorieen.map((c) => tel.get(c)![s])) };
}

export function toetsVerdeling(toetsen: ToetsStand[], peildatum: string, sectorVolgorde: readonly string[]): ToetsVerdeling {
  const ingediend = toetsen.filter((t) => t.ingediend_op && t.ingediend_op <= peildatum);
  return {
    per_kwartaal: perKwartaal(ingediend, TOETS_STATUSSEN, peildatum),
    per_sector: perLijst(ingediend, 'sectoren', sectorVolgorde),
    per_thema: perLijst(ingediend, 'themas'),
    per_regio: perLijst(ingediend, 'regios'),
  };
}

export function planVerdeling(plannen: PlanStandVerdeling[], peildatum: string): PlanVerdeling {
  const ingediend = plannen.filter((p) => p.ingediend_op && p.ingediend_op <= peildatum);
  const betrokkenheid = { ja: 0, nee: 0, niet_ingesteld: 0 };
  for (const p of ingediend) {
    if (p.betrokkenheid_patienten === 'ja') betrokkenheid.ja++;
    else if (p.betrokkenheid_patienten === 'nee') betrokkenheid.nee++;
    else betrokkenheid.niet_ingesteld++;
  }
  return { per_kwartaal: perKwartaal(ingediend, PLAN_STATUSSEN, peildatum), betrokkenheid };
}

// ─── Comparison between two peildata ────────────────────────────────────────────────────────────

export interface Kengetal {
  pad: string;
  label: string;
  eenheid: 'aantal' | 'euro';
}

/** The figures compared between rounds, in report order. */
export const KENGETALLEN: readonly Kengetal[] = [
  { pad: 'acties.totaal', label: 'Acties totaal', eenheid: 'aantal' },
  ...ACTIE_STATUSSEN.map((s) => ({ pad: `acties.per_status.${s}`, label: `Acties met status ${s.toLowerCase()}`, eenheid: 'aantal' as const })),
  { pad: 'snelle_toetsen.totaal', label: 'Snelle toetsen aangeleverd (totaal)', eenheid: 'aantal' },
  ...TOETS_STATUSSEN.map((s) => ({ pad: `snelle_toetsen.per_status.${s}`, label: `Snelle toetsen met status ${s.toLowerCase()}`, eenheid: 'aantal' as const })),
  { pad: 'transformatieplannen.goedgekeurde_snelle_toetsen', label: 'Goedgekeurde snelle toetsen', eenheid: 'aantal' },
  { pad: 'transformatieplannen.in_uitwerking', label: 'Transformatieplannen in uitwerking', eenheid: 'aantal' },
  { pad: 'transformatieplannen.ingediend', label: 'Transformatieplannen ingediend (totaal)', eenheid: 'aantal' },
  ...PLAN_STATUSSEN.map((s) => ({ pad: `transformatieplannen.per_status.${s}`, label: `Transformatieplannen met status ${s.toLowerCase()}`, eenheid: 'aantal' as const })),
  { pad: 'transformatiemiddelen.beschikbaar_gesteld', label: 'Transformatiemiddelen beschikbaar gesteld', eenheid: 'euro' },
  { pad: 'transformatiemiddelen.verwacht', label: 'Transformatiemiddelen verwacht', eenheid: 'euro' },
  { pad: 'transformatiemiddelen.betaalbaar_en_betaald', label: 'Transformatiemiddelen betaalbaar en betaald', eenheid: 'euro' },
  { pad: 'transformatiemiddelen.nog_vrij_te_geven', label: 'Transformatiemiddelen nog vrij te geven', eenheid: 'euro' },
  { pad: 'transformatiemiddelen.definitief_vrijgegeven', label: 'Transformatiemiddelen definitief vrijgegeven', eenheid: 'euro' },
];

export function waardeOp(cijfers: unknown, pad: string): number | null {
  let v: unknown = cijfers;
  // status names contain spaces but no dots, so splitting on '.' is safe
  for (const deel of pad.split('.')) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[deel];
  }
  return typeof v === 'number' ? v : null;
}

export interface CijferVerschil {
  label: string;
  eenheid: 'aantal' | 'euro';
  vorige: number | null;
  nu: number | null;
  verschil: number | null;
}

export function vergelijkCijfers(vorige: unknown, nu: unknown): CijferVerschil[] {
  return KENGETALLEN.map((k) => {
    const a = waardeOp(vorige, k.pad);
    const b = waardeOp(nu, k.pad);
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
