// The regioplan / ROAZ-plan register (docs/contract/regioplannen.md): per IZA region or ROAZ region the
// dated state of its regiobeeld, regioplan, the AZWA addendum 2026 (002 r. 4639-4666, 4750) and the D5
// basisfunctionaliteiten plan under the mandaatgemeente (002 r. 5309-5318). Pure: names and rules.
import type { Indeling } from './regios.js';

export const REGIOPLAN_INDELINGEN = ['zorgkantoorregio', 'roaz'] as const satisfies readonly Indeling[];

export const REGIOPLAN_SOORTEN = ['regiobeeld', 'regioplan', 'azwa_addendum_2026', 'd5_basisfunctionaliteiten'] as const;
export type RegioplanSoort = (typeof REGIOPLAN_SOORTEN)[number];

export const REGIOPLAN_SOORT_NAMEN: Record<RegioplanSoort, string> = {
  regiobeeld: 'Regiobeeld (ROAZ-beeld)',
  regioplan: 'Regioplan (ROAZ-plan)',
  azwa_addendum_2026: 'AZWA-aanvulling 2026',
  d5_basisfunctionaliteiten: 'Plan basisfunctionaliteiten (D5)',
};

export const REGIOPLAN_STATUSSEN = ['in_voorbereiding', 'opgeleverd', 'vastgesteld'] as const;
export const REGIOPLAN_STATUS_NAMEN: Record<(typeof REGIOPLAN_STATUSSEN)[number], string> = {
  in_voorbereiding: 'In voorbereiding',
  opgeleverd: 'Opgeleverd',
  vastgesteld: 'Vastgesteld',
};

export interface RegioplanRij {
  soort: string;
  status: string;
  datum: string;
  mandaatgemeente: string | null;
  bron: string;
  toelichting: string | null;
}

/** Per kind the newest state on or before P (older states are history), in the order of REGIOPLAN_SOORTEN. */
export function regioplanStand<T extends RegioplanRij>(rijen: readonly T[], peildatum: string): T[] {
  const nieuwste = new Map<string, T>();
  for (const r of rijen) {
    if (r.datum > peildatum) continue;
    const h = nieuwste.get(r.soort);
    if (!h || r.datum >= h.datum) nieuwste.set(r.soort, r);
  }
  return (REGIOPLAN_SOORTEN as readonly string[]).filter((s) => nieuwste.has(s)).map((s) => nieuwste.get(s)!);
}
