// The BO register: meetings of the bestuurlijk overleg IZA/AZWA with their decisions and follow-ups,
// and the dated AZWA commitments without agreement code. A follow-up is overdue after its deadline
// unless Afgerond (domein/azwa.ts). VWS (bo.beheren) records meetings and decisions here.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { BO_SOORTEN } from '../../domein/azwa.js';
import type { DeadlineStatus } from '../../domein/deadline-datum.js';
import { datum, getal } from '../../platform/formaat.js';
import { Csrf, FoutSamenvatting, Veld, type Fouten } from '../../platform/web/formulier.js';
import type { Overleg, Toezegging } from '../store.js';
import { AzwaMenu, Cijfer, PeildatumFormulier, StatusLabel, Termijn } from '../weergave.js';

export type ToezeggingMetStand = Toezegging & { stand: DeadlineStatus };

export interface BoProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  overleggen: Overleg[];
  toezeggingen: ToezeggingMetStand[];
  magBeheren: boolean;
  overlegFormulier?: { waarden: Record<string, string>; fouten: Fouten };
  besluitFormulier?: { bo_id: string; waarden: Record<string, string>; fouten: Fouten };
  /** The meeting whose decision form is open (one form at a time, so field ids stay unique). */
  besluitVoor?: string;
  melding?: string;
}

function ToezeggingTabel({ titel, id, lijst }: { titel: string; id: string; lijst: ToezeggingMetStand[] }): VNode {
  return (
    <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
      <table class="utrecht-table" id={id}>
        <caption class="utrecht-table__caption">{titel}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {['Wat', 'Eigenaar', 'Termijn', 'Status', 'Bron'].map((k) => (
              <th scope="col" class="utrecht-table__header-cell">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {lijst.map((t) => (
            <tr class="utrecht-table__row" data-toezegging={t.id} data-stand={t.stand}>
              <th scope="row" class="utrecht-table__header-cell">
                <a class="utrecht-link" href={`/azwa/toezeggingen/${encodeURIComponent(t.id)}`}>
                  {t.titel ?? t.id}
                </a>
              </th>
              <td class="utrecht-table__cell">{t.eigenaar ?? '–'}</td>
              <td class="utrecht-table__cell">
                {t.deadline ?? 'geen termijn'} <Termijn stand={t.stand} />
              </td>
              <td class="utrecht-table__cell">
                <StatusLabel status={t.status} />
              </td>
              <td class="utrecht-table__cell">{t.bron ?? (t.bo_id ? 'vastgelegd in het platform' : '–')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OverlegFormulier({ csrf, f }: { csrf: string; f: NonNullable<BoProps['overlegFormulier']> }): VNode {
  return (
    <form method="post" action="/azwa/bo" class="am-formulier" novalidate>
      <h2 class="utrecht-heading-2">Nieuw bestuurlijk overleg vastleggen</h2>
      <FoutSamenvatting fouten={f.fouten} />
      <Csrf token={csrf} />
      <Veld naam="datum" label="Datum" type="date" waarde={f.waarden.datum} fouten={f.fouten} verplicht />
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="veld-soort">
          Soort overleg
        </label>
        <select class="utrecht-select" id="veld-soort" name="soort">
          {BO_SOORTEN.map((s) => (
            <option value={s} selected={(f.waarden.soort ?? 'BO IZA/AZWA') === s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <Veld naam="titel" label="Titel" waarde={f.waarden.titel} fouten={f.fouten} verplicht />
      <Veld naam="agendapunten" label="Agendapunten" hint="Gescheiden door |, bijv. Voortgang AZWA|MTR" waarde={f.waarden.agendapunten} fouten={f.fouten} />
      <Veld naam="documenten" label="Documenten" hint="Gescheiden door |" waarde={f.waarden.documenten} fouten={f.fouten} />
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        Overleg vastleggen
      </button>
    </form>
  );
}

export function BesluitFormulier({ csrf, bo, f }: { csrf: string; bo: Overleg; f?: BoProps['besluitFormulier'] }): VNode {
  const w = f?.bo_id === bo.id ? f.waarden : {};
  const fouten = f?.bo_id === bo.id ? f.fouten : {};
  return (
    <form method="post" action={`/azwa/bo/${encodeURIComponent(bo.id)}/besluit`} class="am-formulier" id="besluitformulier" novalidate>
      <h4 class="utrecht-heading-4">Besluit met opvolging vastleggen</h4>
      <FoutSamenvatting fouten={fouten} />
      <Csrf token={csrf} />
      <Veld naam="besluit" label="Besluit" waarde={w.besluit} fouten={fouten} verplicht />
      <Veld naam="eigenaar" label="Eigenaar van de opvolging" waarde={w.eigenaar} fouten={fouten} verplicht />
      <Veld
        naam="deadline"
        label="Termijn"
        hint="Een datum (JJJJ-MM-DD) of zoals geschreven, bijv. Q1 2026 of vóór eind 2026"
        waarde={w.deadline}
        fouten={fouten}
      />
      <Veld naam="afspraken" label="AZWA-afspraken" hint="Codes gescheiden door |, bijv. C3a|C4" waarde={w.afspraken} fouten={fouten} />
      <Veld naam="doelen" label="Doelen" hint="Doelcodes gescheiden door |, bijv. TD2-GGZ" waarde={w.doelen} fouten={fouten} />
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        Besluit vastleggen
      </button>
    </form>
  );
}

export function BoPagina(p: BoProps): VNode {
  const besluiten = (bo: string) => p.toezeggingen.filter((t) => t.bo_id === bo);
  const losse = p.toezeggingen.filter((t) => !t.bo_id);
  const verlopen = p.toezeggingen.filter((t) => t.stand === 'verlopen').length;
  return (
    <Pagina
      titel="Bestuurlijk overleg en toezeggingen"
      actief="azwa"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'BO en toezeggingen' }]}
    >
      <h1 class="utrecht-heading-1">Bestuurlijk overleg en toezeggingen</h1>
      <AzwaMenu actief="bo" peildatum={p.peildatum} />
      {p.melding ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">{p.melding}</div>
        </div>
      ) : null}
      <PeildatumFormulier actie="/azwa/bo" peildatum={p.peildatum} />
      <ul class="am-cijfers">
        <Cijfer label="Overleggen" waarde={getal(p.overleggen.length)} />
        <Cijfer label="Besluiten en toezeggingen" waarde={getal(p.toezeggingen.length)} bron={`stand op ${datum(p.peildatum)}`} />
        <Cijfer label="Termijn verstreken" waarde={getal(verlopen)} bron="niet afgerond na de termijn" />
      </ul>
      <h2 class="utrecht-heading-2">Overleggen en besluiten</h2>
      {p.overleggen.map((o) => (
        <section class="am-overleg" aria-labelledby={`bo-${o.id}`} id={`overleg-${o.id}`}>
          <h3 class="utrecht-heading-3" id={`bo-${o.id}`}>
            {o.soort} van {datum(o.datum)}
          </h3>
          <p class="utrecht-paragraph">{o.titel}</p>
          {o.agendapunten.length ? <p class="utrecht-paragraph">Agenda: {o.agendapunten.join('; ')}.</p> : null}
          {o.documenten.length ? <p class="utrecht-paragraph">Stukken: {o.documenten.join('; ')}.</p> : null}
          {o.toelichting ? <p class="utrecht-paragraph">{o.toelichting}</p> : null}
          {besluiten(o.id).length ? (
            <ToezeggingTabel titel={`Besluiten van ${o.soort} ${datum(o.datum)}`} id={`besluiten-${o.id}`} lijst={besluiten(o.id)} />
          ) : (
            <p class="utrecht-paragraph">Nog geen besluiten vastgelegd.</p>
          )}
          {p.magBeheren && p.csrf ? (
            p.besluitVoor === o.id ? (
              <BesluitFormulier csrf={p.csrf} bo={o} f={p.besluitFormulier} />
            ) : (
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/azwa/bo?peildatum=${p.peildatum}&besluit=${encodeURIComponent(o.id)}#besluitformulier`}>
                  Besluit vastleggen bij {o.soort} van {datum(o.datum)}
                </a>
              </p>
            )
          ) : null}
        </section>
      ))}
      <h2 class="utrecht-heading-2">Toezeggingen zonder afspraakcode</h2>
      <p class="utrecht-paragraph">
        Gedateerde beloften uit het AZWA en de Kamerbrief die geen afspraakcode hebben: de werkafspraak monitoring, de mid-term review, de
        financiële toezeggingen en de werkagenda van team Rijksoverheid.
      </p>
      <ToezeggingTabel titel={`Toezeggingen op ${datum(p.peildatum)}`} id="toezeggingen" lijst={losse} />
      {p.magBeheren && p.csrf ? <OverlegFormulier csrf={p.csrf} f={p.overlegFormulier ?? { waarden: {}, fouten: {} }} /> : null}
    </Pagina>
  );
}
