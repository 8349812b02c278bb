// Checking a printed sum against its printed parts (Bijlage 1 and 2 of the AZWA, 002 r. 7277-7540).
// Pure domain, no I/O. Amounts are millions with at most two decimals (Bijlage 2 prints 0,65);
// we add in hundredths of a million as whole numbers, so no floating-point drift.

/** `klopt`: exact; `afronding`: within what rounding the parts can explain; `afwijking`: more than that. */
export type Oordeel = 'klopt' | 'afronding' | 'afwijking';

export interface Somcontrole {
  gedrukt: number;
  /** Σ of the printed parts. */
  berekend: number;
  /** gedrukt − berekend. */
  verschil: number;
  aantal_delen: number;
  /**
   * Largest gap rounding can explain: every printed part and the printed sum are each rounded by at
   * most half a unit, so (aantal_delen + 1) × 0,5.
   */
  tolerantie: number;
  oordeel: Oordeel;
}

/** Millions (≤ 2 decimals) → whole hundredths; more decimals is a programming error of the caller. */
export function naarHonderdsten(mln: number, wat = 'bedrag'): number {
  const h = Math.round(mln * 100);
  if (!Number.isSafeInteger(h) || Math.abs(mln * 100 - h) > 1e-6) {
    throw new RangeError(`${wat}: ${mln} heeft meer dan twee decimalen of is te groot`);
  }
  return h;
}

export function uitHonderdsten(h: number): number {
  const w = h / 100;
  return w === 0 ? 0 : w; // no -0
}

/** Exact sum of amounts in millions. */
export function somMln(delen: readonly number[]): number {
  let s = 0;
  for (const d of delen) {
    s += naarHonderdsten(d);
    if (!Number.isSafeInteger(s)) throw new RangeError('som buiten veilig bereik');
  }
  return uitHonderdsten(s);
}

/** Compares a printed sum with the sum of its printed parts. */
export function controleerSom(gedrukt: number, delen: readonly number[]): Somcontrole {
  const berekend = somMln(delen);
  const verschilH = naarHonderdsten(gedrukt, 'gedrukt') - naarHonderdsten(berekend);
  const tolerantieH = (delen.length + 1) * 50;
  const oordeel: Oordeel = verschilH === 0 ? 'klopt' : Math.abs(verschilH) <= tolerantieH ? 'afronding' : 'afwijking';
  return {
    gedrukt,
    berekend,
    verschil: uitHonderdsten(verschilH),
    aantal_delen: delen.length,
    tolerantie: uitHonderdsten(tolerantieH),
    oordeel,
  };
}
