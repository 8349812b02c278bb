// Colophon and sources, with the data-quality notes.
import type { VNode } from 'preact';
import { datum } from '../../platform/formaat.js';
import { type Ctx, Sectie, statusLabel } from './onderdelen.js';
import { BronnenLijst, leesbaar } from '../publicatie.js';

export function Colofon({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const bronnen = [...new Set(g.indicatoren.definities.filter((d) => g.indicatoren.waarden.some((w) => w.indicator === d.code)).map((d) => d.bron).filter((b): b is string => !!b))];
  return (
    <Sectie id="colofon" titel="Colofon en bronnen">
      <dl class="r-kern">
        <dt>Titel</dt>
        <dd>{g.titel}</dd>
        <dt>Peildatum</dt>
        <dd>{datum(g.peildatum)}</dd>
        <dt>Status</dt>
        <dd>{statusLabel(g)}</dd>
        <dt>Kerncijfers</dt>
        <dd>
          {g.cijfers_herkomst.soort === 'snapshot'
            ? g.cijfers_herkomst.herkomst === 'import'
              ? `Gepubliceerde cijfers (vastgestelde snapshot): ${leesbaar(ctx.p, g.cijfers_herkomst.publicatie ?? '')}`
              : `Vastgesteld bij de rapportageronde: ${g.cijfers_herkomst.publicatie}`
            : 'Berekend uit de records op de peildatum (datacontract §3).'}
        </dd>
        <dt>Acties, toetsen en plannen</dt>
        <dd>Actieregister (zelfrapportage thematafels); database van Zorgverzekeraars Nederland (snelle toetsen, transformatieplannen, KPI’s).</dd>
        <dt>Financiële kaders</dt>
        <dd>Zorginstituut Nederland (Q4-cijfers), bewerkt door VWS.</dd>
        <dt>Indicatoren</dt>
        <dd>
          {bronnen.length > 0 ? leesbaar(ctx.p, bronnen.join('; ')) : 'Geen indicatorwaarnemingen in dit rapport.'}
          {g.soort === 'gepubliceerde-cijfers' ? '' : ` Stand van de waarnemingen: ${datum(g.indicatoren.kennisdatum)}.`}
        </dd>
      </dl>
      {g.alleen_totalen ? (
        <p>
          Voor deze peildatum zijn alleen de gepubliceerde totalen beschikbaar, niet de records erachter. Grafieken staan daarom zoals ze gepubliceerd zijn
          (gepubliceerd aggregaat); waar de gepubliceerde grafiek geen leesbare getallen heeft, zegt de grafiek dat.
        </p>
      ) : null}
      {ctx.p.genummerd.length ? (
        <>
          <h3 class="utrecht-heading-3">Bronnen</h3>
          <BronnenLijst p={ctx.p} />
        </>
      ) : null}
      <h3 class="utrecht-heading-3">Opmerkingen over de datakwaliteit</h3>
      {g.opmerkingen.length > 0 ? (
        <ol class="r-opmerkingen">
          {g.opmerkingen.map((o) => (
            <li>{leesbaar(ctx.p, o)}</li>
          ))}
        </ol>
      ) : (
        <p>Geen opmerkingen.</p>
      )}
      <p class="r-klein">Gemaakt met de Akkoordmonitor. Getallen in Nederlandse notatie; bedragen in euro’s, kaders in miljoenen euro’s.</p>
    </Sectie>
  );
}
