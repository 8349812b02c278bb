// The calculator: per measure how far its preconditions are met (laag / gemiddeld / hoog or a
// percentage), the expected saving per measure, per cluster and in total against the targets.
// A form that posts (works without JavaScript); /assets/impact-rekenhulp.js updates it live.
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import type { Berekening, ImpactModel } from '../../domein/impact.js';
import { Pagina } from '../../platform/web/pagina.js';
import { Csrf, FoutSamenvatting, type Fouten } from '../../platform/web/formulier.js';
import type { Codekoppeling } from '../store.js';
import { CodeLabel, heel, NietGeverifieerdNoot, Uitkomst, ZichtbaarheidVeld } from './onderdelen.js';

/** What the form shows per measure: the choice and the percentage as typed. */
export type Keuzes = Record<string, { keuze: string; pct: string }>;

export interface RekenhulpProps {
  gebruiker: Gebruiker;
  csrf: string;
  model: ImpactModel;
  koppelingen: Codekoppeling[];
  keuzes: Keuzes;
  berekening: Berekening;
  fouten: Fouten;
  magOpslaan: boolean;
  opslaan: { naam: string; zichtbaarheid: string; toelichting: string };
  /** The scenario the form was loaded from, if any. */
  bron?: { id: number; naam: string; versie: number };
}

const KEUZES: [string, string][] = [
  ['laag', 'Laag (0%)'],
  ['gemiddeld', 'Gemiddeld (50%)'],
  ['hoog', 'Hoog (100%)'],
  ['pct', 'Eigen percentage'],
];

export function RekenhulpPagina(p: RekenhulpProps): VNode {
  return (
    <Pagina
      titel="Fte-rekenhulp"
      actief="impact"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      scripts={['/assets/impact-rekenhulp.js']}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'Fte-impact', href: '/impact' }, { label: 'Rekenhulp' }]}
    >
      <h1 class="utrecht-heading-1">Rekenhulp fte-impact</h1>
      <p class="utrecht-paragraph">
        Fte-impact = potentie × invulling randvoorwaarden (KPMG, 002 r. 8944–8961). Geef per afspraak aan in hoeverre de randvoorwaarden zijn
        ingevuld. Zonder randvoorwaarden blijft de impact laag, „ongeacht hoe veelbelovend een afspraak op papier lijkt”.
      </p>
      <p class="utrecht-paragraph">
        Laag: randvoorwaarden slechts minimaal voorzien (KPMG-scenario laag). Gemiddeld: in enige mate voorzien. Hoog: voorzien. Een eigen
        percentage ligt ertussen: 0 = laag, 50 = gemiddeld, 100 = hoog, daartussen lineair. Niet ingesteld = gemiddeld.
      </p>
      {p.bron ? (
        <p class="utrecht-paragraph">
          Geladen uit scenario <a href={`/impact/scenarios/${p.bron.id}`}>{p.bron.naam}</a> (versie {p.bron.versie}).
        </p>
      ) : null}
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/impact/rekenhulp" id="rekenhulp" novalidate>
        <Csrf token={p.csrf} />
        {p.model.clusters.map((c) => (
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
            <table class="utrecht-table am-rekenhulp-tabel">
              <caption class="utrecht-table__caption">{c.titel}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {['Afspraak', 'Invulling randvoorwaarden', 'Werknemers', 'Fte'].map((k, i) => (
                    <th scope="col" class={`utrecht-table__header-cell${i > 1 ? ' am-getal' : ''}`}>
                      {k}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.model.maatregelen
                  .filter((m) => m.cluster === c.code)
                  .map((m) => {
                    const k = p.keuzes[m.code] ?? { keuze: 'gemiddeld', pct: '' };
                    const u = p.berekening.maatregelen.find((x) => x.code === m.code)!;
                    const fout = p.fouten[`inv_${m.code}`];
                    return (
                      <tr class={`utrecht-table__row${fout ? ' am-rij-fout' : ''}`}>
                        <th scope="row" class="utrecht-table__header-cell">
                          <CodeLabel code={m.code} koppelingen={p.koppelingen} /> <span id={`titel-${m.code}`}>{m.titel}</span>
                        </th>
                        <td class="utrecht-table__cell am-invulling">
                          {fout ? (
                            <div class="utrecht-form-field-error-message" id={`fout-${m.code}`}>
                              {fout}
                            </div>
                          ) : null}
                          <label class="am-visueel-verborgen" for={`veld-inv_${m.code}`}>
                            Invulling randvoorwaarden {m.code}
                          </label>
                          <select
                            class="utrecht-select"
                            id={`veld-inv_${m.code}`}
                            name={`inv_${m.code}`}
                            aria-describedby={`titel-${m.code}${fout ? ` fout-${m.code}` : ''}`}
                          >
                            {KEUZES.map(([w, t]) => (
                              <option value={w} selected={k.keuze === w}>
                                {t}
                              </option>
                            ))}
                          </select>
                          <label class="am-pct">
                            <span>Percentage</span>
                            <input
                              class="utrecht-textbox"
                              type="number"
                              inputMode="decimal"
                              min="0"
                              max="100"
                              step="any"
                              name={`pct_${m.code}`}
                              value={k.pct}
                              aria-label={`Percentage invulling ${m.code}`}
                              aria-invalid={fout ? 'true' : undefined}
                            />
                            <span aria-hidden="true">%</span>
                          </label>
                        </td>
                        <td class="utrecht-table__cell am-getal" data-rij={`${m.code}-werknemers`}>
                          {heel(u.werknemers)}
                        </td>
                        <td class="utrecht-table__cell am-getal" data-rij={`${m.code}-fte`}>
                          {heel(u.fte)}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        ))}
        <NietGeverifieerdNoot />
        <p>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Bereken
          </button>
        </p>
        <Uitkomst b={p.berekening} model={p.model} />
        {p.magOpslaan ? (
          <fieldset class="am-formulier am-opslaan">
            <legend class="utrecht-heading-2">Opslaan als scenario</legend>
            <p class="am-code">Een bestaande naam van uzelf krijgt een nieuwe versie; eerdere versies blijven bewaard.</p>
            <div class={`utrecht-form-field${p.fouten.naam ? ' utrecht-form-field--invalid' : ''}`}>
              <label class="utrecht-form-label" for="veld-naam">
                Naam van het scenario
              </label>
              {p.fouten.naam ? (
                <div class="utrecht-form-field-error-message" id="veld-naam-fout">
                  {p.fouten.naam}
                </div>
              ) : null}
              <input
                class="utrecht-textbox"
                id="veld-naam"
                name="naam"
                value={p.opslaan.naam}
                maxLength={120}
                aria-invalid={p.fouten.naam ? 'true' : undefined}
                aria-describedby={p.fouten.naam ? 'veld-naam-fout' : undefined}
              />
            </div>
            <ZichtbaarheidVeld waarde={p.opslaan.zichtbaarheid} />
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for="veld-toelichting">
                Toelichting (optioneel)
              </label>
              <textarea class="utrecht-textbox" id="veld-toelichting" name="toelichting" rows={2}>
                {p.opslaan.toelichting}
              </textarea>
            </div>
            <div>
              <button type="submit" class="utrecht-button utrecht-button--secondary-action" formAction="/impact/scenarios">
                Scenario opslaan
              </button>
            </div>
          </fieldset>
        ) : null}
      </form>
      <p>
        <a href="/impact/scenarios">Opgeslagen scenario's en vergelijken</a>
      </p>
    </Pagina>
  );
}
