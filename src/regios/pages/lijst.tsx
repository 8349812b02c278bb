// /regios: every region classification with its regions, each linking to its regiobeeld.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { INDELING_NAMEN, type Gebied, type Indeling } from '../../domein/regios.js';
import { KAART_BRON } from '../../platform/web/kaart.js';

export interface RegiosLijstProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  indelingen: { indeling: Indeling; regios: (Gebied & { gemeenten: number })[]; geldigVanaf: string | null }[];
}

export function RegiosLijstPagina(p: RegiosLijstProps): VNode {
  return (
    <Pagina titel="Regio’s" actief="regios" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'Regio’s' }]}>
      <h1 class="utrecht-heading-1">Regio’s</h1>
      <p class="utrecht-paragraph">
        De IZA en het AZWA werken met regio’s. Hier staan de regio-indelingen die het platform kent, met per regio een regiobeeld: de regio op de kaart, de
        snelle toetsen en plannen die de regio raken en de indicatoren. De IZA-regio’s zijn de zorgkantoorregio’s.
      </p>
      <p class="utrecht-paragraph utrecht-paragraph--small">
        Indeling van gemeenten naar regio’s: afgeleid van de gebiedsindelingen 2025 ({KAART_BRON.replace(/^Bron: /, '')}, CC BY 4.0). ROAZ-regio’s:
        lijst van de tien traumaregio’s, zonder vastgestelde gemeenten tot die zijn geïmporteerd.
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/regios/kaart">
          Een indicator op de kaart per regio-indeling
        </a>
      </p>
      {p.indelingen.map((i) => (
        <details class="am-regio-indeling" open={i.indeling === 'zorgkantoorregio'}>
          <summary>
            <strong>{INDELING_NAMEN[i.indeling]}</strong> ({i.regios.length})
          </summary>
          <DataTabel
            caption={`${INDELING_NAMEN[i.indeling]}${i.geldigVanaf ? `, geldig vanaf ${i.geldigVanaf}` : ''}`}
            kop={['Regio', 'Code', 'Gemeenten']}
            rijen={i.regios.map((r) => [r.naam, r.code, r.gemeenten] as const)}
            tekst={(c, k) =>
              k === 0 ? (
                <a class="utrecht-link" href={`/regios/${i.indeling}/${i.regios.find((r) => r.naam === c)?.code ?? ''}`}>
                  {String(c)}
                </a>
              ) : k === 2 && c === 0 ? (
                'niet bekend'
              ) : (
                String(c)
              )
            }
          />
        </details>
      ))}
    </Pagina>
  );
}
