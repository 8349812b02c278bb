// The AZWA monitoring overview: status of the AZWA agreements per block A–E at the peildatum (the
// figures of report part 1), passed deadlines, the transition goals and the overdue commitments.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import type { AzwaDeel1 } from '../deel1.js';
import type { DoelRij } from '../store.js';
import { AzwaMenu, Cijfer, PeildatumFormulier, StatusLabel, streefTekst, ZONDER_STATUS } from '../weergave.js';

export interface OverzichtProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  gevraagd: string;
  /** Null: the reader may not see any status yet (no published round). */
  deel1: AzwaDeel1 | null;
  transitiedoelen: DoelRij[];
  verlopenToezeggingen: number | null;
}

function BlokTabel({ d }: { d: AzwaDeel1 }): VNode {
  const kolommen = [...ACTIE_STATUSSEN, ZONDER_STATUS, 'Totaal', 'Termijn verstreken', 'Afgerond sinds vorige ronde'];
  return (
    <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
      <table class="utrecht-table" id="blokken">
        <caption class="utrecht-table__caption">AZWA-deelafspraken per blok op {datum(d.peildatum)}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">
              Blok
            </th>
            {kolommen.map((k) => (
              <th scope="col" class="utrecht-table__header-cell am-getal">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {d.blokken.map((b) => (
            <tr class="utrecht-table__row" data-blok={b.blok}>
              <th scope="row" class="utrecht-table__header-cell">
                {b.blok} {b.naam}
              </th>
              {ACTIE_STATUSSEN.map((s) => (
                <td class="utrecht-table__cell am-getal">{getal(b.per_status[s])}</td>
              ))}
              <td class="utrecht-table__cell am-getal">{getal(b.zonder_status)}</td>
              <td class="utrecht-table__cell am-getal">{getal(b.totaal)}</td>
              <td class="utrecht-table__cell am-getal">{getal(b.verlopen)}</td>
              <td class="utrecht-table__cell am-getal">{b.afgerond_sinds_vorige === null ? '–' : getal(b.afgerond_sinds_vorige)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverzichtPagina(p: OverzichtProps): VNode {
  const d = p.deel1;
  return (
    <Pagina titel="AZWA-monitoring" actief="azwa" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring' }]}>
      <h1 class="utrecht-heading-1">AZWA-monitoring</h1>
      <AzwaMenu actief="overzicht" peildatum={p.gevraagd} />
      <p class="utrecht-paragraph">
        De voortgang van het Aanvullend Zorg- en Welzijnsakkoord (2025–2028): de status van de deelafspraken per blok, de
        transitiedoelen, de besluiten van het bestuurlijk overleg en de toezeggingen zonder afspraakcode.
      </p>
      <PeildatumFormulier actie="/azwa" peildatum={p.gevraagd} />
      {!d ? (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <div class="utrecht-alert__content">Er is nog geen gepubliceerde rapportage met de status van de AZWA-afspraken.</div>
        </div>
      ) : (
        <>
          {d.peildatum !== p.gevraagd ? (
            <p class="utrecht-paragraph">U ziet de stand van de laatst gepubliceerde rapportage: {datum(d.peildatum)}.</p>
          ) : null}
          <h2 class="utrecht-heading-2">Afspraken per blok</h2>
          <ul class="am-cijfers">
            <Cijfer label="AZWA-deelafspraken" waarde={getal(d.azwa_totaal)} bron={`stand op ${datum(d.peildatum)}`} />
            <Cijfer label="Termijn verstreken, niet afgerond" waarde={getal(d.verlopen.length)} />
            <Cijfer
              label="Afgerond sinds vorige ronde"
              waarde={d.afgerond_sinds_vorige === null ? '–' : getal(d.afgerond_sinds_vorige)}
              bron={d.vorige_peildatum ? `sinds ${datum(d.vorige_peildatum)}` : 'geen vastgestelde ronde ervoor'}
            />
            <Cijfer
              label="IZA-acties afgevoerd"
              waarde={getal(d.iza_afgevoerd)}
              bron={d.vorige_peildatum ? `al afgerond op ${datum(d.vorige_peildatum)}` : 'geen vastgestelde ronde ervoor'}
            />
          </ul>
          <BlokTabel d={d} />
          <p class="utrecht-paragraph">
            Statussen zijn zelfrapportage van de trekkers en secretarissen; per afspraak meldt u ze via{' '}
            <a class="utrecht-link" href="/acties/azwa">
              Acties → AZWA-afspraken
            </a>
            . IZA-acties die bij de vorige vastgestelde ronde al afgerond waren, vallen uit de rapportage (ontwikkelpunt 1, 002 r.
            7764-7766); in de gegevens blijven ze staan.
          </p>
          {d.verlopen.length > 0 ? (
            <details>
              <summary>Deelafspraken met een verstreken termijn ({getal(d.verlopen.length)})</summary>
              <ul>
                {d.verlopen.map((v) => (
                  <li>
                    <a class="utrecht-link" href={`/acties/actie/${encodeURIComponent(v.code)}`}>
                      {v.code}
                    </a>{' '}
                    {v.titel} — termijn “{v.deadline}” — <StatusLabel status={v.status} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
      <h2 class="utrecht-heading-2">Transitiedoelen</h2>
      <ul>
        {p.transitiedoelen.map((t) => (
          <li>
            <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(t.code)}`}>
              {t.code}: {t.titel}
            </a>{' '}
            — {streefTekst(t)}
          </li>
        ))}
      </ul>
      {p.verlopenToezeggingen !== null ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/azwa/bo?peildatum=${p.gevraagd}`}>
            Toezeggingen en BO-besluiten
          </a>
          : {getal(p.verlopenToezeggingen)} met een verstreken termijn.
        </p>
      ) : null}
    </Pagina>
  );
}
