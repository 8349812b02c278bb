// One saved scenario: its outcome, its versions, who sees it (the owner may change that), exports.
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import type { Berekening, ImpactModel } from '../../domein/impact.js';
import { datum } from '../../platform/formaat.js';
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf, Melding } from '../../platform/web/formulier.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { ZICHTBAARHEID_TEKST, type Scenario } from '../store.js';
import { invullingenTekst, Uitkomst, ZichtbaarheidVeld } from './onderdelen.js';

export interface ScenarioProps {
  gebruiker: Gebruiker;
  csrf: string;
  scenario: Scenario;
  versies: { versie: number; door: string; opgeslagen_op: string; toelichting: string | null }[];
  berekening: Berekening;
  model: ImpactModel;
  isEigenaar: boolean;
  melding?: string;
}

export function ScenarioPagina(p: ScenarioProps): VNode {
  const s = p.scenario;
  const v = `?versie=${s.versie}`;
  return (
    <Pagina
      titel={`Scenario ${s.naam}`}
      actief="impact"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'Fte-impact', href: '/impact' }, { label: "Scenario's", href: '/impact/scenarios' }, { label: s.naam }]}
    >
      <h1 class="utrecht-heading-1">Scenario {s.naam}</h1>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <p class="utrecht-paragraph">
        Versie {s.versie}, opgeslagen op {datum(s.opgeslagen_op)} door {s.door}; van {s.organisatie_naam}, eigenaar {s.eigenaar_naam}; zichtbaar voor:{' '}
        {ZICHTBAARHEID_TEKST[s.zichtbaarheid].toLowerCase()}. Model: KPMG {s.model_versie}.
      </p>
      <p class="utrecht-paragraph">Invulling randvoorwaarden: {invullingenTekst(p.berekening)}.</p>
      {s.toelichting ? <p class="utrecht-paragraph">{s.toelichting}</p> : null}
      <p>
        <a href={`/impact/rekenhulp?scenario=${s.id}&versie=${s.versie}`}>Openen in de rekenhulp</a> ·{' '}
        <a href={`/impact/scenarios/${s.id}/export.xlsx${v}`}>Download als Excel</a> · <a href={`/impact/scenarios/${s.id}/export.csv${v}`}>Download als CSV</a>
      </p>
      <Uitkomst b={p.berekening} model={p.model} />
      <DataTabel
        caption="Versies"
        kop={['Versie', 'Opgeslagen', 'Door', 'Toelichting']}
        omhulsel={{ klasse: 'am-tabel-scroll' }}
        rijen={p.versies.map((x) => [x.versie, datum(x.opgeslagen_op), x.door, x.toelichting ?? ''])}
        tekst={(c, i) => (i === 0 ? <a href={`/impact/scenarios/${s.id}?versie=${c}`}>{`Versie ${c}`}</a> : String(c))}
      />
      {p.isEigenaar ? (
        <form method="post" action={`/impact/scenarios/${s.id}/zichtbaarheid`} class="am-filter">
          <Csrf token={p.csrf} />
          <ZichtbaarheidVeld waarde={s.zichtbaarheid} />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              Zichtbaarheid opslaan
            </button>
          </div>
        </form>
      ) : null}
    </Pagina>
  );
}
