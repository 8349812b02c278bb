// Two scenarios side by side: totals against the targets, per cluster and per measure, with B − A.
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import { DOEL_AZWA, invullingTekst, type Berekening, type ImpactModel } from '../../domein/impact.js';
import { getal, procent } from '../../platform/formaat.js';
import { Pagina } from '../../platform/web/pagina.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { Scenario } from '../store.js';
import { BandFiguur, heel } from './onderdelen.js';

export interface VergelijkProps {
  gebruiker: Gebruiker;
  csrf: string;
  model: ImpactModel;
  a: { scenario: Scenario; b: Berekening };
  b: { scenario: Scenario; b: Berekening };
}

const verschil = (x: number, y: number) => {
  const d = Math.round(y) - Math.round(x);
  return d > 0 ? `+${getal(d)}` : getal(d);
};

export function VergelijkPagina(p: VergelijkProps): VNode {
  const { a, b } = p;
  const naam = (s: Scenario) => `${s.naam} (v${s.versie})`;
  const getalKlasse = (_: unknown, i: number) => `utrecht-table__cell${i > 0 ? ' am-getal' : ''}`;
  const q = `a=${a.scenario.id}&av=${a.scenario.versie}&b=${b.scenario.id}&bv=${b.scenario.versie}`;
  return (
    <Pagina
      titel="Scenario's vergelijken"
      actief="impact"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'Fte-impact', href: '/impact' }, { label: "Scenario's", href: '/impact/scenarios' }, { label: 'Vergelijken' }]}
    >
      <h1 class="utrecht-heading-1">
        {naam(a.scenario)} en {naam(b.scenario)}
      </h1>
      <p>
        <a href={`/impact/vergelijk.xlsx?${q}`}>Download als Excel</a> · <a href={`/impact/vergelijk.csv?${q}`}>Download als CSV</a>
      </p>
      <div class="am-naast">
        {[a, b].map((x, i) => (
          <section aria-labelledby={`kop-${i}`}>
            <h2 class="utrecht-heading-2" id={`kop-${i}`}>
              {i === 0 ? 'A' : 'B'}: <a href={`/impact/scenarios/${x.scenario.id}?versie=${x.scenario.versie}`}>{naam(x.scenario)}</a>
            </h2>
            <ul class="am-cijfers">
              <li class="am-cijfer">
                <span class="am-cijfer__label">Werknemers</span>
                <span class="am-cijfer__waarde">{heel(x.b.totaal.werknemers)}</span>
                <span class="am-cijfer__bron">{procent(x.b.aandeelAzwa * 100, 0)} van het AZWA-doel ({getal(DOEL_AZWA)})</span>
              </li>
              <li class="am-cijfer">
                <span class="am-cijfer__label">Fte</span>
                <span class="am-cijfer__waarde">{heel(x.b.totaal.fte)}</span>
              </li>
            </ul>
            <BandFiguur b={x.b} />
          </section>
        ))}
      </div>
      <DataTabel
        caption="Per cluster (B − A)"
        kop={['Cluster', 'Werknemers A', 'Werknemers B', 'Verschil', 'Fte A', 'Fte B', 'Verschil']}
        omhulsel={{ klasse: 'am-tabel-scroll' }}
        celKlasse={getalKlasse}
        rijen={[
          ...p.model.clusters.map((c) => {
            const x = a.b.clusters.find((u) => u.code === c.code)!;
            const y = b.b.clusters.find((u) => u.code === c.code)!;
            return [c.titel, heel(x.werknemers), heel(y.werknemers), verschil(x.werknemers, y.werknemers), heel(x.fte), heel(y.fte), verschil(x.fte, y.fte)];
          }),
          [
            'Totaal (berekend)',
            heel(a.b.totaal.werknemers),
            heel(b.b.totaal.werknemers),
            verschil(a.b.totaal.werknemers, b.b.totaal.werknemers),
            heel(a.b.totaal.fte),
            heel(b.b.totaal.fte),
            verschil(a.b.totaal.fte, b.b.totaal.fte),
          ],
        ]}
      />
      <DataTabel
        caption="Per afspraak: invulling en besparing in werknemers"
        kop={['Afspraak', 'Invulling A', 'Invulling B', 'Werknemers A', 'Werknemers B', 'Verschil']}
        omhulsel={{ klasse: 'am-tabel-scroll' }}
        celKlasse={getalKlasse}
        rijen={p.model.maatregelen.map((m) => {
          const x = a.b.maatregelen.find((u) => u.code === m.code)!;
          const y = b.b.maatregelen.find((u) => u.code === m.code)!;
          return [`${m.code} ${m.titel}`, invullingTekst(x.invulling), invullingTekst(y.invulling), heel(x.werknemers), heel(y.werknemers), verschil(x.werknemers, y.werknemers)];
        })}
      />
    </Pagina>
  );
}
