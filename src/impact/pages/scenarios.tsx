// The saved scenarios the user may see, and the form to compare two of them.
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { Pagina } from '../../platform/web/pagina.js';
import { Melding } from '../../platform/web/formulier.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { ZICHTBAARHEID_TEKST, type Scenario } from '../store.js';
import { heel } from './onderdelen.js';

export interface ScenariosProps {
  gebruiker: Gebruiker;
  csrf: string;
  scenarios: (Scenario & { werknemers: number; fte: number })[];
  melding?: string;
}

export function ScenariosPagina(p: ScenariosProps): VNode {
  return (
    <Pagina
      titel="Scenario's fte-impact"
      actief="impact"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'Fte-impact', href: '/impact' }, { label: "Scenario's" }]}
    >
      <h1 class="utrecht-heading-1">Scenario's van de rekenhulp</h1>
      {p.melding ? <Melding soort="info">{p.melding}</Melding> : null}
      <p class="utrecht-paragraph">
        U ziet uw eigen scenario's, die van uw organisatie die daarvoor zijn opengezet en die voor alle ingelogde gebruikers.{' '}
        <a href="/impact/rekenhulp">Nieuw scenario in de rekenhulp</a>
      </p>
      {p.scenarios.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn nog geen scenario's die u kunt zien.</p>
      ) : (
        <>
          <DataTabel
            caption="Zichtbare scenario's (nieuwste versie)"
            kop={['Scenario', 'Organisatie', 'Eigenaar', 'Zichtbaar voor', 'Versie', 'Opgeslagen', 'Werknemers', 'Fte']}
            omhulsel={{ klasse: 'am-tabel-scroll' }}
            rijen={p.scenarios.map((s) => [s.id, s.organisatie_naam, s.eigenaar_naam, ZICHTBAARHEID_TEKST[s.zichtbaarheid], s.versie, datum(s.opgeslagen_op), heel(s.werknemers), heel(s.fte)])}
            tekst={(c, i) => {
              if (i !== 0) return String(c);
              const s = p.scenarios.find((x) => x.id === c)!;
              return <a href={`/impact/scenarios/${s.id}`}>{s.naam}</a>;
            }}
            celKlasse={(_, i) => `utrecht-table__cell${i >= 4 ? ' am-getal' : ''}`}
          />
          <form method="get" action="/impact/vergelijk" class="am-filter" aria-labelledby="vergelijk-kop">
            <h2 class="utrecht-heading-2" id="vergelijk-kop" style="flex-basis:100%">
              Twee scenario's vergelijken
            </h2>
            {(['a', 'b'] as const).map((k, i) => (
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for={`veld-${k}`}>
                  Scenario {k.toUpperCase()}
                </label>
                <select class="utrecht-select" id={`veld-${k}`} name={k}>
                  {p.scenarios.map((s, j) => (
                    <option value={String(s.id)} selected={j === Math.min(i, p.scenarios.length - 1)}>
                      {s.naam} ({s.organisatie_naam})
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div>
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                Vergelijk
              </button>
            </div>
          </form>
        </>
      )}
    </Pagina>
  );
}
