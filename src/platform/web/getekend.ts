// Equal charts are drawn once (issue 19): ECharts' server-side drawing cost 100–250 ms of every /acties
// request. A drawing is a pure function of the option and the size (grafiek.ts makes the SVG byte-stable),
// so the key is the whole option, data included: a changed figure draws anew and nothing stale is served.
// Options holding functions (formatters with closures) or that do not serialise are not kept. Bounded.
export function metGeheugen<A, B>(teken: (a: A, b: B) => string, max = 500): (a: A, b: B) => string {
  const getekend = new Map<string, string>();
  return (a, b) => {
    let sleutel: string | undefined;
    let metFunctie = false;
    try {
      sleutel = JSON.stringify([a, b], (_k, v: unknown) => {
        if (typeof v === 'function') metFunctie = true;
        return v;
      });
    } catch {
      metFunctie = true;
    }
    if (metFunctie || sleutel === undefined) return teken(a, b);
    const eerder = getekend.get(sleutel);
    if (eerder !== undefined) return eerder;
    const svg = teken(a, b);
    if (getekend.size >= max) getekend.clear();
    getekend.set(sleutel, svg);
    return svg;
  };
}
