// A chart as the server draws it (SVG), with the option JSON for the client island
// (/assets/grafiek.js makes it interactive), a table alternative and a CSV download.
// Usable by every part: render <GrafiekBlok …/> and add GRAFIEK_SCRIPTS to the page's scripts.
import type { VNode } from 'preact';
import { optieJson, renderGrafiekSvg, type EChartsOption, type GrafiekTabel } from './grafiek.js';
import { celTekst, DataTabel, LegeGrafiek, zonderWaarden } from './grafiekfiguur.js';

/** Scripts a page with charts loads (in this order). */
export const GRAFIEK_SCRIPTS = ['/assets/echarts.min.js', '/assets/grafiek.js'];

export interface GrafiekBlokProps {
  id: string;
  titel: string;
  optie: EChartsOption;
  tabel: GrafiekTabel;
  csvHref: string;
  /** Text for a missing value in the table; default "niet gepubliceerd". */
  leeg?: string;
  breedte?: number;
  hoogte?: number;
  toelichting?: string;
  /** What to say instead of a chart without values (default LEGE_GRAFIEK). */
  leegZin?: string;
}

export function GrafiekBlok(p: GrafiekBlokProps): VNode {
  if (zonderWaarden(p.tabel)) return <LegeGrafiek id={`grafiek-${p.id}`} titel={p.titel} zin={p.leegZin} kop />;
  const breedte = p.breedte ?? 800;
  const hoogte = p.hoogte ?? 360;
  const svg = renderGrafiekSvg(p.optie, { breedte, hoogte, titel: p.titel });
  const leeg = p.leeg ?? 'niet gepubliceerd';
  return (
    <figure class="am-grafiek" data-grafiek={p.id} id={`grafiek-${p.id}`} aria-labelledby={`grafiek-${p.id}-titel`}>
      <figcaption>
        <h3 class="utrecht-heading-3" id={`grafiek-${p.id}-titel`}>
          {p.titel}
        </h3>
        {p.toelichting ? <p class="utrecht-paragraph">{p.toelichting}</p> : null}
      </figcaption>
      <div class="am-grafiek__teken" style={`height:${hoogte}px`} dangerouslySetInnerHTML={{ __html: svg }} />
      <script type="application/json" class="am-grafiek-optie" dangerouslySetInnerHTML={{ __html: optieJson(p.optie) }} />
      <details>
        <summary>Tabel bij deze grafiek</summary>
        <DataTabel
          caption={p.tabel.titel ?? p.titel}
          kop={p.tabel.kop}
          rijen={p.tabel.rijen}
          omhulsel={{ klasse: 'am-tabel-scroll' }}
          kopKlasse={(i) => (i > 0 ? 'am-getal' : undefined)}
          celKlasse={(c) => `utrecht-table__cell am-getal${c === null ? ' am-niet-gepubliceerd' : ''}`}
          tekst={(c) => celTekst(c, leeg)}
        />
        {(p.tabel.toelichting ?? []).map((t) => (
          <p class="utrecht-paragraph">{t}</p>
        ))}
      </details>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={p.csvHref} download>
          Download de cijfers als CSV
        </a>
      </p>
    </figure>
  );
}

