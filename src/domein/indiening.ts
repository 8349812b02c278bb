// A snelle toets or transformatieplan counts from its submission date (contract §3), also when its
// rows start earlier. The one rule behind every "ingediend at P" filter (kerncijfers, report, /transformatie).

/** Whether the item was submitted on or before the peildatum. */
export function isIngediendOp(item: { ingediend_op: string | null }, peildatum: string): boolean {
  return !!item.ingediend_op && item.ingediend_op <= peildatum;
}

/** The items submitted on or before the peildatum, in their order. */
export function ingediendOp<T extends { ingediend_op: string | null }>(items: readonly T[], peildatum: string): T[] {
  return items.filter((x) => isIngediendOp(x, peildatum));
}
