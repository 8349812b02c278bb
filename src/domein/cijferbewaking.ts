// Guard against publishing wrong figures: a new round's kerncijfers beside the previous published
// ones, with the difference, which figures rest on an empty register, and which fall to zero or
// drop sharply (those need an explicit, audited confirmation before a round can be fixed).

/** The registers a figure is counted from (contract file types). */
export type Register = 'acties' | 'snelle_toetsen' | 'transformatieplannen' | 'kpis';

/** A drop of at least this share of the previous figure is "sharp". */
export const SCHERPE_DALING = 0.5;

/** Kerncijfers as plain nested data (a snapshot file or a computed set); parts may be missing. */
export type CijferBron = { [k: string]: unknown };

export interface BewaakdCijfer {
  sleutel: string;
  label: string;
  /** 'aantal' or 'eur' (for formatting). */
  soort: 'aantal' | 'eur';
  register: Register;
}

/** The headline figures of the dashboard and the report, each with the register it is counted from. */
export const BEWAAKTE_CIJFERS: readonly BewaakdCijfer[] = [
  { sleutel: 'acties.totaal', label: 'Acties (totaal)', soort: 'aantal', register: 'acties' },
  { sleutel: 'acties.per_status.Afgerond', label: 'Acties afgerond', soort: 'aantal', register: 'acties' },
  { sleutel: 'snelle_toetsen.totaal', label: 'Snelle toetsen (totaal)', soort: 'aantal', register: 'snelle_toetsen' },
  { sleutel: 'snelle_toetsen.per_status.Goedgekeurd', label: 'Snelle toetsen goedgekeurd', soort: 'aantal', register: 'snelle_toetsen' },
  { sleutel: 'transformatieplannen.ingediend', label: 'Transformatieplannen ingediend', soort: 'aantal', register: 'transformatieplannen' },
  { sleutel: 'transformatieplannen.per_status.Goedgekeurd', label: 'Transformatieplannen goedgekeurd', soort: 'aantal', register: 'transformatieplannen' },
  { sleutel: 'transformatiemiddelen.beschikbaar_gesteld', label: 'Transformatiemiddelen beschikbaar gesteld', soort: 'eur', register: 'transformatieplannen' },
  { sleutel: 'transformatiemiddelen.betaalbaar_en_betaald', label: 'Transformatiemiddelen betaalbaar en betaald', soort: 'eur', register: 'kpis' },
];

/** The number at a dotted path, or null when that part is missing. */
export function cijferOp(bron: CijferBron | null | undefined, sleutel: string): number | null {
  let v: unknown = bron;
  for (const deel of sleutel.split('.')) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[deel];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export type Alarm = 'nul' | 'daling';

export interface CijferVergelijking extends BewaakdCijfer {
  vorige: number | null;
  nieuw: number | null;
  verschil: number | null;
  /** The register this figure is counted from holds no records at the peildatum. */
  legeRegister: boolean;
  alarm: Alarm | null;
}

/** Compares every guarded figure of `nieuw` with the previous published figures. */
export function vergelijkCijfers(vorige: CijferBron | null, nieuw: CijferBron, legeRegisters: ReadonlySet<Register>): CijferVergelijking[] {
  return BEWAAKTE_CIJFERS.map((c) => {
    const v = cijferOp(vorige, c.sleutel);
    const n = cijferOp(nieuw, c.sleutel);
    const verschil = v !== null && n !== null ? n - v : null;
    let alarm: Alarm | null = null;
    if (v !== null && v > 0 && n !== null) {
      if (n === 0) alarm = 'nul';
      else if (n <= v * (1 - SCHERPE_DALING)) alarm = 'daling';
    }
    return { ...c, vorige: v, nieuw: n, verschil, legeRegister: legeRegisters.has(c.register), alarm };
  });
}

/** The figures that need a confirmation before the round can be fixed. */
export const alarmen = (v: readonly CijferVergelijking[]): CijferVergelijking[] => v.filter((c) => c.alarm !== null);
