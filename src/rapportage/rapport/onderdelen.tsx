// Shared pieces of the report sections: the render context, text helpers, the chart figure with its
// table alternative, sections, notes and the status table.
import type { ComponentChildren, VNode } from 'preact';
import { datum, euro, getal, LEEG } from '../../platform/formaat.js';
import { grafiekTabel, naarCsv, renderGrafiekSvg, type EChartsOption, type GrafiekTabel, type KleineVeelvoudenInvoer, type StaafInvoer, type TijdreeksInvoer } from '../../platform/web/grafiek.js';
import { celTekst, DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { KerncijfersBestand } from '../../kern/snapshots.js';
import type { RapportGegevens } from '../gegevens.js';
import type { PublicatieInhoud } from '../publicatie.js';

export type RapportModus = 'html' | 'pdf';

export interface Ctx {
  g: RapportGegevens;
  modus: RapportModus;
  /** The round's texts, published series and sources, ordered once per report. */
  p: PublicatieInhoud;
  /** Page of each chapter in the PDF (second print), for the contents. */
  paginas?: Record<string, number>;
}

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────────

/** The kerncijfers of the report and their parts (each may be missing in a published snapshot). */
export type Cijfers = KerncijfersBestand;
export type ActieCijfers = NonNullable<Cijfers['acties']>;
export type OnderdeelCijfers = NonNullable<ActieCijfers['per_onderdeel']>[string];

/** A number from the untyped `extra` figures of a snapshot; anything else is no value. */
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
export const aantal = (v: number | null | undefined) => (typeof v === 'number' ? getal(v) : LEEG);

/** Free text → paragraphs (blank line between). */
export function Alineas({ tekst }: { tekst: string | undefined }): VNode | null {
  if (!tekst) return null;
  return (
    <>
      {tekst
        .split(/\n\s*\n/)
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a) => (
          <p>{a}</p>
        ))}
    </>
  );
}
/** One item per line; leading bullets ("-", "•", "✓") are dropped. */
export function regels(tekst: string | undefined): string[] {
  return (tekst ?? '')
    .split('\n')
    .map((r) => r.replace(/^\s*([-•*✓]\s*)?/, '').trim())
    .filter(Boolean);
}

export function Lijst({ tekst, klasse }: { tekst: string | undefined; klasse?: string }): VNode | null {
  const items = regels(tekst);
  if (items.length === 0) return null;
  return (
    <ul class={klasse}>
      {items.map((i) => (
        <li>{i}</li>
      ))}
    </ul>
  );
}

export function Toelichting({ ctx, sectie }: { ctx: Ctx; sectie: string }): VNode | null {
  const t = ctx.g.teksten[`sectie:${sectie}:toelichting`];
  return t ? (
    <div class="r-toelichting">
      <Alineas tekst={t} />
    </div>
  ) : null;
}

/** A number as euro amount or count; no value as LEEG. */
export function aantalOfBedrag(c: string | number | null, eenheid: 'aantal' | 'euro' = 'aantal'): string {
  return eenheid === 'euro' && typeof c === 'number' ? euro(c) : celTekst(c);
}

/** The table alternative of a chart, with a CSV download in the HTML report. */
export function TabelAlternatief({ tabel, id, ctx, eenheid, open }: { tabel: GrafiekTabel; id: string; ctx: Ctx; eenheid?: 'aantal' | 'euro'; open?: boolean }): VNode {
  const t = (
    <DataTabel
      klasse="r-tabel"
      caption={tabel.titel ?? 'Cijfers bij de grafiek'}
      kop={tabel.kop}
      rijen={tabel.rijen}
      celKlasse={() => 'utrecht-table__cell r-getal'}
      tekst={(c, i) => aantalOfBedrag(c, i === 0 ? 'aantal' : eenheid)}
    />
  );
  if (ctx.modus === 'pdf') return <div class="r-alleen-scherm">{t}</div>;
  const csv = naarCsv(tabel, { bom: true });
  return (
    <details class="r-alternatief" open={open}>
      <summary>Tabel bij de grafiek{tabel.titel ? `: ${tabel.titel}` : ''}</summary>
      {t}
      <p>
        <a download={`${id}.csv`} href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}>
          Download de cijfers als CSV
        </a>
      </p>
      {(tabel.toelichting ?? []).map((r) => (
        <p class="r-klein">{r}</p>
      ))}
    </details>
  );
}

/** ECharts numbers its SVG classes per instance (zr0-, zr1-…); make them stable per chart id. */
export function stabieleSvg(svg: string, id: string): string {
  // ECharts numbers classes and defs (zr3-cls-17, zr3-clip-2 …) with process-wide counters; renumber
  // them per chart in order of appearance, so the same input always gives the same SVG text.
  const nummers = new Map<string, string>();
  const perSoort = new Map<string, number>();
  return svg.replace(/\bzr\d+-([A-Za-z]+)-(\d+)\b/g, (hele, soort: string) => {
    let n = nummers.get(hele);
    if (n === undefined) {
      const i = perSoort.get(soort) ?? 0;
      perSoort.set(soort, i + 1);
      n = `${id}-${soort}-${i}`;
      nummers.set(hele, n);
    }
    return n;
  }).replace(/\bzr\d+-/g, `${id}-`);
}

export interface GrafiekProps {
  ctx: Ctx;
  id: string;
  invoer: StaafInvoer | TijdreeksInvoer | KleineVeelvoudenInvoer;
  optie: EChartsOption;
  breedte: number;
  hoogte: number;
  eenheid?: 'aantal' | 'euro';
  bijschrift?: string;
}

export function Grafiek(p: GrafiekProps): VNode {
  const svg = stabieleSvg(renderGrafiekSvg(p.optie, { breedte: p.breedte, hoogte: p.hoogte, titel: p.invoer.titel }), p.id);
  return (
    <figure class="r-grafiek" id={p.id}>
      <div class="r-svg" style={`max-width:${p.breedte}px`} dangerouslySetInnerHTML={{ __html: svg }} />
      {p.bijschrift ? <figcaption class="r-klein">{p.bijschrift}</figcaption> : null}
      <TabelAlternatief tabel={grafiekTabel(p.invoer)} id={p.id} ctx={p.ctx} eenheid={p.eenheid} />
    </figure>
  );
}

export function Sectie({ id, titel, children, nieuwePagina = true }: { id: string; titel: string; children: ComponentChildren; nieuwePagina?: boolean }): VNode {
  return (
    <section class={`r-sectie${nieuwePagina ? ' r-nieuwe-pagina' : ''}`} id={id} aria-labelledby={`${id}-kop`}>
      <h2 class="utrecht-heading-2" id={`${id}-kop`}>
        {titel}
      </h2>
      {children}
    </section>
  );
}

export function Melding({ children }: { children: ComponentChildren }): VNode {
  return <p class="r-melding">{children}</p>;
}

export function statusLabel(g: RapportGegevens): string {
  switch (g.soort) {
    case 'concept':
      return 'Concept: nog niet vastgesteld';
    case 'vastgesteld':
    case 'gepubliceerd':
      return g.vastgesteld_op ? `Vastgesteld op ${datum(g.vastgesteld_op)}` : 'Vastgesteld';
    case 'gepubliceerde-cijfers':
      return 'Gebaseerd op gepubliceerde cijfers';
    default:
      return 'Berekend uit de gegevens; niet vastgesteld';
  }
}


/** Counts per status with a total row, as in the printed report. */
export function StatusTabel({ titel, rijen, totaal }: { titel: string; rijen: [ComponentChildren, string][]; totaal: string }): VNode {
  return (
    <DataTabel<ComponentChildren>
      klasse="r-tabel r-smal"
      caption={titel}
      kop={['Status', 'Aantal']}
      kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
      rijen={[...rijen, ['Totaal', totaal]]}
      rijKlasse={(_, r) => (r === rijen.length ? 'r-totaal' : undefined)}
      celKlasse={() => 'utrecht-table__cell r-getal'}
      tekst={(c) => c}
    />
  );
}

export const statusRijen = <S extends string>(statussen: readonly S[], perStatus: Partial<Record<S, number>> | undefined): [ComponentChildren, string][] =>
  statussen.map((s) => [s, aantal(perStatus?.[s])]);

export function GeenRecords({ ctx, wat }: { ctx: Ctx; wat: string }): VNode {
  return (
    <Melding>
      {ctx.g.alleen_totalen
        ? `Voor deze peildatum zijn alleen de gepubliceerde totalen beschikbaar; ${wat} zijn niet gepubliceerd en kunnen niet uit records worden berekend.`
        : `Er zijn geen records op deze peildatum; ${wat} ontbreken.`}
    </Melding>
  );
}
