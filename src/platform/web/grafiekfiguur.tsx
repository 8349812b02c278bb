// The accessible data table (caption, th scope=col/row) and the chart figure (inline SVG, the table
// as alternative in <details>, a CSV download) that every part uses. One markup for all pages; the
// small differences between places (classes, scroll wrapper, cell text, a total row) are props.
import type { ComponentChildren, VNode } from 'preact';
import { getal, LEEG } from '../formaat.js';
import { Schuifvlak } from './schuifvlak.js';
import {
  grafiekTabel,
  renderGrafiekSvg,
  type Cel,
  type GrafiekTabel,
  type EChartsOption,
  type KleineVeelvoudenInvoer,
  type StaafInvoer,
  type TijdreeksInvoer,
} from './grafiek.js';

/** A table cell as text: numbers in Dutch notation, a missing value as `leeg` (default '–'). */
export function celTekst(c: Cel | undefined, leeg: string = LEEG): string {
  if (c === null || c === undefined) return leeg;
  return typeof c === 'number' ? getal(c) : c;
}

/**
 * True when a chart has nothing to draw (no value other than empty or 0): it is then a sentence, not
 * bare axes (issue 14). Decided on the chart's table, so it holds for every kind of chart.
 */
export function zonderWaarden(tabel: GrafiekTabel): boolean {
  return !tabel.rijen.some((r) => r.slice(1).some((c) => typeof c === 'number' && c !== 0));
}

/** The sentence an empty chart becomes. */
export const LEGE_GRAFIEK = 'Er zijn (nog) geen cijfers om deze grafiek te tekenen.';

const standaardCelKlasse = (c: unknown): string => `utrecht-table__cell${typeof c === 'number' ? ' utrecht-table__cell--numeric' : ''}`;

export interface DataTabelProps<C> {
  caption: ComponentChildren;
  /** Column headings. */
  kop: readonly ComponentChildren[];
  /** Rows; the first cell of each row is its row heading (`<th scope="row">`). */
  rijen: readonly (readonly C[])[];
  /** Classes after `utrecht-table` on the table element, e.g. `r-tabel`. */
  klasse?: string;
  /** The box around the table and `onder`; by default a sideways scroll box (`am-tabel-scroll`), so a
   *  wide table never widens the page on a phone. */
  omhulsel?: { klasse: string; stijl?: string };
  /** Extra class of column heading `i`. */
  kopKlasse?: (i: number) => string | undefined;
  /** The class attribute of data cell `i` (≥ 1). Default `utrecht-table__cell`, `--numeric` for numbers. */
  celKlasse?: (c: C, i: number) => string;
  /** Content of cell `i`, row heading included. Default `celTekst` (Dutch numbers, '–' for no value). */
  tekst?: (c: C, i: number) => ComponentChildren;
  /** Extra class of row `r`. */
  rijKlasse?: (rij: readonly C[], r: number) => string | undefined;
  /** Rows for a `<tfoot>` (e.g. a total). */
  voet?: ComponentChildren;
  /** Under the table, inside the wrapper (e.g. notes). */
  onder?: ComponentChildren;
}

export function DataTabel<C = Cel>(p: DataTabelProps<C>): VNode {
  const tekst = p.tekst ?? ((c: C) => celTekst(c as Cel));
  const celKlasse = p.celKlasse ?? standaardCelKlasse;
  const extra = (k: string | undefined) => (k ? ` ${k}` : '');
  const tabel = (
    <table class={`utrecht-table${extra(p.klasse)}`}>
      <caption class="utrecht-table__caption">{p.caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {p.kop.map((k, i) => (
            <th scope="col" class={`utrecht-table__header-cell${extra(p.kopKlasse?.(i))}`}>
              {k}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {p.rijen.map((r, ri) => (
          <tr class={`utrecht-table__row${extra(p.rijKlasse?.(r, ri))}`}>
            {r.map((c, i) =>
              i === 0 ? (
                <th scope="row" class="utrecht-table__header-cell">
                  {tekst(c, i)}
                </th>
              ) : (
                <td class={celKlasse(c, i)}>{tekst(c, i)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {p.voet ? <tfoot>{p.voet}</tfoot> : null}
    </table>
  );
  return (
    <Schuifvlak label={typeof p.caption === 'string' ? p.caption : 'Tabel'} klasse={p.omhulsel?.klasse} stijl={p.omhulsel?.stijl}>
      {tabel}
      {p.onder}
    </Schuifvlak>
  );
}

export interface GrafiekFiguurProps {
  /** Id of the figure; the caption gets `${id}-titel`. */
  id: string;
  invoer: TijdreeksInvoer | StaafInvoer | KleineVeelvoudenInvoer;
  optie: EChartsOption;
  /** Where the chart's figures download as CSV. */
  csv: string;
  breedte: number;
  hoogte: number;
  /** Heading class of the caption (default `utrecht-heading-3`). */
  kopKlasse?: 'utrecht-heading-3' | 'utrecht-heading-4';
  /** Put the table in a horizontal scroll wrapper (`am-tabel-scroll`). */
  scroll?: boolean;
  /** What to say instead of a chart without values (default LEGE_GRAFIEK). */
  leegZin?: string;
}

/** A chart without values: its title and a sentence that says so, not bare 0–1 axes (issue 14). `kop`: title as an h3. */
export function LegeGrafiek({ id, titel, zin, kop }: { id: string; titel: string; zin?: string; kop?: boolean }): VNode {
  return (
    <figure class="am-grafiek am-grafiek--leeg" id={id} aria-labelledby={`${id}-titel`}>
      {kop ? (
        <figcaption>
          <h3 class="utrecht-heading-3" id={`${id}-titel`}>
            {titel}
          </h3>
        </figcaption>
      ) : (
        <figcaption class="utrecht-heading-3" id={`${id}-titel`}>
          {titel}
        </figcaption>
      )}
      <p class="utrecht-paragraph am-grafiek__leeg">{zin ?? LEGE_GRAFIEK}</p>
    </figure>
  );
}

/** A chart as inline SVG with its title as caption, the table alternative in <details> and a CSV link. */
export function GrafiekFiguur(p: GrafiekFiguurProps): VNode {
  const t = grafiekTabel(p.invoer);
  if (zonderWaarden(t)) return <LegeGrafiek id={p.id} titel={p.invoer.titel ?? ''} zin={p.leegZin} />;
  const svg = renderGrafiekSvg(p.optie, { breedte: p.breedte, hoogte: p.hoogte, titel: p.invoer.titel });
  return (
    <figure class="am-grafiek" id={p.id} aria-labelledby={`${p.id}-titel`}>
      <figcaption id={`${p.id}-titel`} class={p.kopKlasse ?? 'utrecht-heading-3'}>
        {p.invoer.titel}
      </figcaption>
      <div class="am-grafiek__svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <details class="am-grafiek__tabel">
        <summary>Tabel bij deze grafiek</summary>
        <DataTabel
          caption={p.invoer.titel}
          kop={t.kop}
          rijen={t.rijen}
          celKlasse={() => 'utrecht-table__cell utrecht-table__cell--numeric'}
          omhulsel={p.scroll ? { klasse: 'am-tabel-scroll' } : undefined}
        />
      </details>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={p.csv} download>
          Download de cijfers (CSV)
        </a>
      </p>
    </figure>
  );
}
