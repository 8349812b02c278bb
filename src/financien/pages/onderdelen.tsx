// Shared pieces of the financial frameworks pages: amounts in millions, the chart block, the embargo label.
import type { VNode } from 'preact';
import { formatMln } from '../../domein/kaders.js';
import { datum } from '../../platform/formaat.js';
import type { EChartsOption, StaafInvoer, TijdreeksInvoer } from '../../platform/web/grafiek.js';
import { GrafiekFiguur } from '../../platform/web/grafiekfiguur.js';

export const mln = (n: number | null) => (n === null ? '–' : formatMln(n));

export function GrafiekBlok(p: { id: string; invoer: TijdreeksInvoer | StaafInvoer; optie: EChartsOption; csv: string; breedte?: number; hoogte?: number }): VNode {
  // De titel staat al in het figuurbijschrift; niet nog eens in de tekening.
  return (
    <GrafiekFiguur
      id={p.id}
      invoer={p.invoer}
      optie={{ ...p.optie, title: undefined } as EChartsOption}
      csv={p.csv}
      breedte={p.breedte ?? 900}
      hoogte={p.hoogte ?? 380}
      kopKlasse="utrecht-heading-4"
      scroll
    />
  );
}

export function EmbargoLabel({ tot }: { tot: string }): VNode {
  return <span class="am-label am-label--embargo">Onder embargo tot {datum(tot)}</span>;
}
