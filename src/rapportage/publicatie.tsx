// What a published round adds to its report (issue 13): its texts (rondeteksten) in the safe
// markdown subset, the charts of the published series (gepubliceerde_reeksen) with their notes, and
// readable source references. Self-contained pieces with explicit props; the report's sections place them.
import type { VNode } from 'preact';
import { MarkdownBlokken } from '../platform/web/markdown.js';
import { DataTabel } from '../platform/web/grafiekfiguur.js';
import { naarCsv, renderGrafiekSvg, staafOptie, STATUS_KLEUREN, type EChartsOption, type StaafInvoer } from '../platform/web/grafiek.js';
import { datum, euro, getal, LEEG } from '../platform/formaat.js';
import { ordenRondeteksten, tekstenVan, type GeordendeTekst, type RondeTekst } from '../domein/rondeteksten.js';
import { groepeerReeksen, reeksTabel, type Reeks, type ReeksRij } from '../domein/gepubliceerde-reeksen.js';
import { genummerdeBronnen, leesbareTekst, type Bron } from '../domein/bronnen.js';
import { BronnenLijst as Lijst } from '../platform/web/bronnen.js';
import type { ActieStatus } from '../domein/begrippen.js';

/** The published extras of a round, as stored in the report's data object. */
export interface Publicatie {
  rondeteksten: RondeTekst[];
  reeksen: ReeksRij[];
  bronnen: Bron[];
}

/** Ordered texts and grouped series of a round, computed once per report. */
export interface PublicatieInhoud {
  teksten: GeordendeTekst[];
  reeksen: Reeks[];
  bronnen: Bron[];
  /** The documents the report cites, numbered in order of first citation: the list "Bronnen". */
  genummerd: Bron[];
}

/** `overige`: further texts that may cite sources (the data-quality notes), in report order. */
export function publicatieInhoud(p: Publicatie | undefined, overige: readonly string[] = []): PublicatieInhoud {
  const teksten = ordenRondeteksten(p?.rondeteksten ?? []);
  const reeksen = groepeerReeksen(p?.reeksen ?? []);
  const bronnen = p?.bronnen ?? [];
  const genummerd = genummerdeBronnen([...teksten.map((t) => t.bron), ...reeksen.flatMap((r) => r.bronnen), ...overige], bronnen, datum);
  return { teksten, reeksen, bronnen, genummerd };
}

export const tekstenIn = (p: PublicatieInhoud, sectie: string, subsectie?: string): GeordendeTekst[] => tekstenVan(p.teksten, sectie, subsectie);
export const reeksIn = (p: PublicatieInhoud, naam: string): Reeks | undefined => p.reeksen.find((r) => r.reeks === naam);

/** Source keys ("000 r. 34-37") become the number of the document in the list "Bronnen" ("[2]"). */
export function leesbaar(p: PublicatieInhoud, tekst: string): string {
  return leesbareTekst(tekst, p.bronnen, p.genummerd, datum);
}

/** One round text: its heading as printed (if any) and its paragraphs and lists. */
export function RondeTekstBlok({ tekst, kop = 3, zonderKop = false }: { tekst: GeordendeTekst; kop?: 3 | 4; zonderKop?: boolean }): VNode {
  const Kop = kop === 3 ? 'h3' : 'h4';
  return (
    <div class="r-tekst">
      {tekst.kop && !zonderKop ? <Kop class={`utrecht-heading-${kop} r-tekstkop`}>{tekst.kop}</Kop> : null}
      <MarkdownBlokken blokken={tekst.blokken} />
    </div>
  );
}

/** All texts of a section (or sub-section), in order. */
export function RondeTeksten({ p, sectie, subsectie, kop = 3 }: { p: PublicatieInhoud; sectie: string; subsectie?: string; kop?: 3 | 4 }): VNode | null {
  const t = tekstenIn(p, sectie, subsectie);
  if (!t.length) return null;
  return (
    <>
      {t.map((x) => (
        <RondeTekstBlok tekst={x} kop={kop} />
      ))}
    </>
  );
}

const waardeTekst = (w: number | null, eenheid: string) => (w === null ? LEEG : eenheid === 'euro' ? euro(w) : getal(w));

/** The series as a bar chart input: only categories with at least one readable value. */
export function reeksStaaf(reeks: Reeks): { invoer: StaafInvoer; zonderWaarde: string[] } {
  const t = reeksTabel(reeks);
  const metWaarde = t.categorieen.filter((_, i) => t.series.some((s) => s.waarden[i] !== null));
  const zonderWaarde = t.categorieen.filter((c) => !metWaarde.includes(c) && c !== '');
  const statusKleur = (s: string) => STATUS_KLEUREN[s as ActieStatus];
  return {
    invoer: {
      titel: reeks.titel,
      categorieen: metWaarde,
      reeksen: t.series
        .map((s) => ({
          naam: s.serie || reeks.titel,
          waarden: metWaarde.map((c) => s.waarden[t.categorieen.indexOf(c)]),
          kleur: statusKleur(s.serie),
        }))
        .filter((s) => s.waarden.some((w) => w !== null)),
      gestapeld: t.series.filter((s) => s.waarden.some((w) => w !== null)).length > 1,
      horizontaal: true,
      eenheid: reeks.eenheid === 'euro' ? '€' : reeks.eenheid,
    },
    zonderWaarde,
  };
}

/** Every bar carries its value as a label, dark on a white halo, so it reads on any bar colour. */
function metLabels(optie: EChartsOption, invoer: StaafInvoer, euroEenheid: boolean): EChartsOption {
  const o = optie as { series?: Record<string, unknown>[] };
  return {
    ...optie,
    series: (o.series ?? []).map((s) => ({
      ...s,
      label: {
        show: true,
        position: invoer.gestapeld ? 'inside' : invoer.horizontaal ? 'right' : 'top',
        color: '#1a1a1a',
        textBorderColor: '#ffffff',
        textBorderWidth: 3,
        fontSize: 11,
        formatter: (x: { value: number | null }) => (x.value === null || x.value === 0 ? '' : euroEenheid ? euro(x.value) : getal(x.value)),
      },
    })),
  } as EChartsOption;
}

/** A one-line summary of a chart's figures, as its accessible name (alt text) in HTML and the tagged PDF. */
export function reeksSamenvatting(reeks: Reeks): string {
  const t = reeksTabel(reeks);
  const delen = t.categorieen.flatMap((c, i) =>
    t.series
      .filter((s) => s.waarden[i] !== null)
      .map((s) => `${[c, s.serie].filter(Boolean).join(', ')}: ${waardeTekst(s.waarden[i], reeks.eenheid)}`),
  );
  return delen.length ? `${reeks.titel}. ${delen.join('; ')}.` : `${reeks.titel}: de gepubliceerde grafiek bevat geen leesbare getallen.`;
}

/**
 * The chart of a published series: drawn from its readable values (labelled bars, the table as
 * alternative), or — where the published chart cannot be read — its title, its legend as published
 * and the note that says why, instead of invented bars. Always marked "gepubliceerd aggregaat".
 */
export function ReeksFiguur({ p, reeks, id, modus }: { p: PublicatieInhoud; reeks: Reeks; id: string; modus: 'html' | 'pdf' }): VNode {
  const bron = reeks.bronnen.map((b) => leesbaar(p, b));
  const bronRegel = `Gepubliceerd aggregaat; bron: ${[...new Set(bron)].join('; ')}.`;
  if (reeks.nietLeesbaar) {
    const legenda = [...new Set(reeks.rijen.map((r) => [r.categorie, r.serie].filter(Boolean).join(' – ')).filter(Boolean))];
    return (
      <figure class="r-grafiek-gepubliceerd r-grafiek--ontbreekt" id={id} aria-labelledby={`${id}-titel`}>
        <figcaption>
          <span class="utrecht-heading-4 r-grafiektitel" id={`${id}-titel`}>
            {reeks.titel}
          </span>
        </figcaption>
        <div class="r-ontbreekt">
          {reeks.opmerkingen.map((o) => (
            <p class="utrecht-paragraph">{o}</p>
          ))}
          {legenda.length ? (
            <p class="utrecht-paragraph r-klein">
              {legenda.length > 12 ? `Legenda zoals gepubliceerd (${legenda.length} reeksen): ` : 'Legenda zoals gepubliceerd: '}
              {legenda.length > 12 ? [...new Set(reeks.rijen.map((r) => r.categorie))].join(', ') : legenda.join(', ')}.
            </p>
          ) : null}
        </div>
        <p class="r-klein r-bron">{bronRegel}</p>
      </figure>
    );
  }
  const { invoer, zonderWaarde } = reeksStaaf(reeks);
  const hoogte = Math.max(130, 90 + invoer.categorieen.length * 34);
  const svg = renderGrafiekSvg(metLabels(staafOptie({ ...invoer, titel: undefined }), invoer, reeks.eenheid === 'euro'), {
    breedte: 760,
    hoogte,
    titel: reeksSamenvatting(reeks),
  }).replace(/\bzr\d+-/g, `${id}-`);
  const t = reeksTabel(reeks);
  const tabelKop = [reeks.reeks.startsWith('acties') ? 'Thematafel' : 'Categorie', ...t.series.map((s) => s.serie || 'Waarde')];
  const tabelRijen = t.categorieen.map((c, i) => [c, ...t.series.map((s) => s.waarden[i])]);
  const tabel = (
    <DataTabel
      klasse="r-tabel"
      caption={`Cijfers bij de grafiek: ${reeks.titel}`}
      kop={tabelKop}
      rijen={tabelRijen}
      celKlasse={() => 'utrecht-table__cell r-getal'}
      tekst={(c, i) => (i === 0 ? String(c) : waardeTekst(c as number | null, reeks.eenheid))}
    />
  );
  return (
    <figure class="r-grafiek-gepubliceerd" id={id} aria-labelledby={`${id}-titel`}>
      <figcaption>
        <span class="utrecht-heading-4 r-grafiektitel" id={`${id}-titel`}>
          {reeks.titel}
        </span>
      </figcaption>
      <div class="r-svg" style="max-width:760px" dangerouslySetInnerHTML={{ __html: svg }} />
      {zonderWaarde.length ? (
        <p class="r-klein">
          Niet leesbaar in de bron en daarom niet getekend: {zonderWaarde.join(', ')}. {reeks.opmerkingen.filter((o) => /niet leesbaar/i.test(o)).join(' ')}
        </p>
      ) : null}
      <p class="r-klein r-bron">{bronRegel}</p>
      {modus === 'pdf' ? <div class="r-alleen-scherm">{tabel}</div> : (
        <details class="r-alternatief">
          <summary>Tabel bij de grafiek: {reeks.titel}</summary>
          {tabel}
          <p>
            <a download={`${id}.csv`} href={`data:text/csv;charset=utf-8,${encodeURIComponent(naarCsv({ kop: tabelKop, rijen: tabelRijen }, { bom: true }))}`}>
              Download de cijfers als CSV
            </a>
          </p>
        </details>
      )}
    </figure>
  );
}

/** The documents the report cites, numbered as in the text ("[2]"), for readers: no file names, no line numbers. */
export function BronnenLijst({ p }: { p: PublicatieInhoud }): VNode | null {
  return <Lijst bronnen={p.genummerd} klasse="r-bronnen" />;
}
