// One decision or commitment: what, who, the deadline as written and as read, the linked agreements
// and goals, the history of status reports, and (bo.beheren) a form to report a new status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import type { DeadlineInterpretatie, DeadlineStatus } from '../../domein/deadline-datum.js';
import { datum } from '../../platform/formaat.js';
import { Csrf, FoutSamenvatting, Veld, type Fouten } from '../../platform/web/formulier.js';
import type { Toezegging, ToezeggingMelding } from '../store.js';
import { AzwaMenu, StatusLabel, Termijn, ZONDER_STATUS } from '../weergave.js';

export interface ToezeggingProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  t: Toezegging;
  termijn: DeadlineInterpretatie | null;
  stand: DeadlineStatus;
  historie: ToezeggingMelding[];
  formulier: { waarden: Record<string, string>; fouten: Fouten } | null;
  gemeld?: boolean;
}

export function ToezeggingPagina(p: ToezeggingProps): VNode {
  const t = p.t;
  const titel = t.titel ?? t.id;
  return (
    <Pagina
      titel={titel}
      actief="azwa"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'BO en toezeggingen', href: '/azwa/bo' }, { label: t.id }]}
    >
      <h1 class="utrecht-heading-1">{titel}</h1>
      <AzwaMenu actief="bo" peildatum={p.peildatum} />
      {p.gemeld ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">De status is vastgelegd.</div>
        </div>
      ) : null}
      <dl class="am-gegevens">
        <dt>Soort</dt>
        <dd>{t.soort === 'besluit' ? `Besluit van het bestuurlijk overleg (${t.bo_id})` : 'Toezegging zonder afspraakcode'}</dd>
        <dt>Eigenaar</dt>
        <dd>{t.eigenaar ?? '–'}</dd>
        {t.betrokken?.length ? (
          <>
            <dt>Betrokken</dt>
            <dd>{t.betrokken.join(', ')}</dd>
          </>
        ) : null}
        <dt>Termijn</dt>
        <dd>
          {t.deadline ?? 'geen termijn'} {p.termijn && p.termijn.omschrijving ? `(${p.termijn.omschrijving})` : ''} <Termijn stand={p.stand} />
        </dd>
        <dt>Status op {datum(p.peildatum)}</dt>
        <dd>
          <StatusLabel status={t.status} />
        </dd>
        {t.afspraken?.length ? (
          <>
            <dt>AZWA-afspraken</dt>
            <dd>
              {t.afspraken.map((a, i) => (
                <>
                  {i ? ', ' : ''}
                  <a class="utrecht-link" href={`/acties/azwa/${encodeURIComponent(a)}`}>
                    {a}
                  </a>
                </>
              ))}
            </dd>
          </>
        ) : null}
        {t.doelen?.length ? (
          <>
            <dt>Doelen</dt>
            <dd>
              {t.doelen.map((d, i) => (
                <>
                  {i ? ', ' : ''}
                  <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(d)}`}>
                    {d}
                  </a>
                </>
              ))}
            </dd>
          </>
        ) : null}
        <dt>Bron</dt>
        <dd>{t.bron ?? 'vastgelegd in het platform'}</dd>
      </dl>
      {t.toelichting ? <p class="utrecht-paragraph">{t.toelichting}</p> : null}
      <h2 class="utrecht-heading-2">Historie</h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
      <table class="utrecht-table" id="historie">
        <caption class="utrecht-table__caption">Meldingen, nieuwste eerst</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {['Datum', 'Status', 'Toelichting', 'Door'].map((k) => (
              <th scope="col" class="utrecht-table__header-cell">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {p.historie.map((h) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{datum(h.status_datum)}</td>
              <td class="utrecht-table__cell">{h.status ?? ZONDER_STATUS}</td>
              <td class="utrecht-table__cell">{h.toelichting ?? ''}</td>
              <td class="utrecht-table__cell">{h.door}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {p.formulier && p.csrf ? (
        <form method="post" action={`/azwa/toezeggingen/${encodeURIComponent(t.id)}/status`} class="am-formulier" novalidate>
          <h2 class="utrecht-heading-2">Status melden</h2>
          <FoutSamenvatting fouten={p.formulier.fouten} />
          <Csrf token={p.csrf} />
          <div class={`utrecht-form-field${p.formulier.fouten.status ? ' utrecht-form-field--invalid' : ''}`}>
            <label class="utrecht-form-label" for="veld-status">
              Status
            </label>
            {p.formulier.fouten.status ? (
              <div class="utrecht-form-field-error-message" id="veld-status-fout">
                {p.formulier.fouten.status}
              </div>
            ) : null}
            <select class="utrecht-select" id="veld-status" name="status" aria-describedby={p.formulier.fouten.status ? 'veld-status-fout' : undefined}>
              <option value="">Kies een status</option>
              {ACTIE_STATUSSEN.map((s) => (
                <option value={s} selected={p.formulier!.waarden.status === s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <Veld naam="status_datum" label="Statusdatum" type="date" waarde={p.formulier.waarden.status_datum} fouten={p.formulier.fouten} verplicht />
          <Veld
            naam="toelichting"
            label="Toelichting"
            hint="Verplicht bij een slechtere status of na een verstreken termijn."
            waarde={p.formulier.waarden.toelichting}
            fouten={p.formulier.fouten}
          />
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Status vastleggen
          </button>
        </form>
      ) : null}
    </Pagina>
  );
}
