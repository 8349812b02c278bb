// The financial frameworks (kaders) per year.
import type { VNode } from 'preact';
import { berekenKader, type KaderRij } from '../../domein/kaders.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader } from '../../domein/kaders-vergelijking.js';
import { kaderTabel } from '../../domein/kaders-tabel.js';
import { KaderTabel } from '../../financien/index.js';
import { type Ctx, Melding, Sectie, Toelichting } from './onderdelen.js';

export function FinancieleKaders({ ctx }: { ctx: Ctx }): VNode {
  const perJaar = new Map<number, KaderRij[]>();
  for (const r of ctx.g.kaders) perJaar.set(r.jaar, [...(perJaar.get(r.jaar) ?? []), r]);
  const jaren = [...perJaar.keys()];
  const metUitgaven = jaren.filter((j) => perJaar.get(j)!.some((r) => r.uitgaven_mln !== null)).sort((a, b) => b - a);
  const alleenKader = jaren.filter((j) => !metUitgaven.includes(j)).sort((a, b) => a - b);
  // where the report rests on published figures, cells that differ by more than 1 show both values
  const gepubliceerd = ctx.g.cijfers_herkomst.herkomst === 'import' ? ((ctx.g.cijfers.financiele_kaders as GepubliceerdKader[] | undefined) ?? []) : [];
  const afwijkingen = gepubliceerd.length > 0 ? vergelijkMetGepubliceerd(ctx.g.kaders.map((k) => berekenKader(k)), gepubliceerd) : [];
  return (
    <Sectie id="kaders" titel="Financiële kaders">
      <Toelichting ctx={ctx} sectie="financiele_kaders" />
      {jaren.length === 0 ? <Melding>Er zijn geen financiële kaders met een stand op of vóór de peildatum.</Melding> : null}
      {[...metUitgaven, ...alleenKader].map((j, i) => {
        const model = kaderTabel(perJaar.get(j)!);
        const titel = metUitgaven.includes(j) ? `Actualisatie ${j}` : `Kader ${j}`;
        return (
          <div class={`r-kader${i > 0 ? ' r-nieuwe-pagina' : ''}`}>
            {i > 0 ? <p class="r-boven">Financiële kaders</p> : null}
            <KaderTabel tabel={{ ...model, titel }} kopNiveau={3} id={`kader-${j}`} afwijkingen={afwijkingen} />
          </div>
        );
      })}
      {metUitgaven.length > 0 ? (
        <p class="r-klein">
          De cijfers van het Zorginstituut zijn voorlopig: het gaat om ramingen van verzekeraars. Verschillen worden berekend op de bedragen met één decimaal en
          daarna afgerond; waar een publicatie een ander getal drukte, staat dat in het colofon.
        </p>
      ) : null}
    </Sectie>
  );
}
