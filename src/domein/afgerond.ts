// "Afgerond sinds vorige": THE rule, used by the dashboard, the actions page, the comparison page and the
// report. It is the number of actions that reached the status Afgerond after the previous peildatum:
// per action (telActies: Afgerond now, not Afgerond then) or as the publication prints it. It is NOT
// the difference of the two Afgerond totals: the report of 20 May 2025 (000, pages 2–3) prints
// "8 acties afgerond sinds Q4 2024" while the totals went from 161 (25 Feb 2025) to 168, a net change of
// +7 — actions are added, reopened and recounted between reports, so the two numbers differ.

export interface MetAfgerond {
  acties?: { afgerond_sinds_vorige?: number | null; per_status?: Partial<Record<string, number>> } | null;
}

/** Actions completed since the previous report, or null when the figures do not say (never derived from totals). */
export function afgerondSindsVorige(c: MetAfgerond | null | undefined): number | null {
  const n = c?.acties?.afgerond_sinds_vorige;
  return typeof n === 'number' ? n : null;
}

/** For readers when the two figures differ: why "8 afgerond" and "+7" are both right. */
export function uitlegAfgerond(sinds: number | null, netto: number | null): string | null {
  if (sinds === null || netto === null || sinds === netto) return null;
  return (
    `Het aantal acties met status afgerond veranderde met ${netto > 0 ? '+' : ''}${netto}, niet met ${sinds}: tussen twee rapportages komen acties erbij, worden ze heropend of anders geteld, ` +
    `dus het verschil van de totalen is geen telling van afgeronde acties.`
  );
}
