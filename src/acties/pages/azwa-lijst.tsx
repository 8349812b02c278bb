// The list of AZWA agreements per block.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { AZWA_BLOKKEN } from '../../domein/begrippen.js';
import { getal } from '../../platform/formaat.js';
import { type Onderdeel } from '../store.js';
import { type OnderdeelTelling } from '../lijsten.js';
import { type Basis, Kop, P, PeildatumKiezer, Downloads, onderdeelHref, kruimelsBasis } from './onderdelen.js';
import { Schuifvlak } from '../../platform/web/schuifvlak.js';

export interface AzwaLijstProps extends Basis {
  afspraken: (Onderdeel & { telling: OnderdeelTelling | null; overkoepelend: boolean })[];
}

export function AzwaLijstPagina(p: AzwaLijstProps): VNode {
  const blokken = Object.entries(AZWA_BLOKKEN);
  return (
    <Pagina titel="AZWA-afspraken" actief="acties" kruimels={[...kruimelsBasis, { label: 'AZWA-afspraken' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>AZWA-afspraken</Kop>
      <P>
        Het Aanvullend Zorg- en Welzijnsakkoord (onderhandelaarsakkoord 3 juli 2025) heeft 30 afspraken in vijf blokken, met 31 codes (C3 bestaat uit C3a
        en C3b). Elke afspraak heeft deelafspraken met een eigen termijn.
      </P>
      <PeildatumKiezer basis={p} actie="/acties/azwa" />
      {blokken.map(([blok, naam]) => (
        <section aria-labelledby={`blok-${blok}`}>
          <Kop id={`blok-${blok}`}>
            Blok {blok}. {naam}
          </Kop>
          <Schuifvlak label={`Afspraken in blok ${blok}`}>
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">Afspraken in blok {blok}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">Code</th>
                  <th scope="col" class="utrecht-table__header-cell">Afspraak</th>
                  <th scope="col" class="utrecht-table__header-cell">Regeldrukeffect</th>
                  <th scope="col" class="utrecht-table__header-cell">Deelafspraken</th>
                  <th scope="col" class="utrecht-table__header-cell">Afgerond</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.afspraken
                  .filter((a) => a.blok === blok)
                  .map((a) => (
                    <tr class="utrecht-table__row" data-afspraak={a.overkoepelend ? undefined : a.code}>
                      <th scope="row" class="utrecht-table__header-cell">
                        <a class="utrecht-link" href={onderdeelHref('AZWA', a.code, p.peildatum)}>
                          {a.code}
                        </a>
                      </th>
                      <td class="utrecht-table__cell">
                        {a.naam}
                        {a.overkoepelend ? <small> (overkoepelende kop)</small> : null}
                      </td>
                      <td class="utrecht-table__cell">{a.regeldrukeffect ?? '–'}</td>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric">{a.telling ? getal(a.telling.totaal) : '–'}</td>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric">{a.telling ? getal(a.telling.per_status.Afgerond ?? 0) : '–'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </Schuifvlak>
        </section>
      ))}
      {p.peildatum ? <Downloads href="/acties/export" query={{ peildatum: p.peildatum, akkoord: 'AZWA' }} /> : null}
    </Pagina>
  );
}
