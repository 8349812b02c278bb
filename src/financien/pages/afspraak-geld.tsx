// One AZWA agreement's money: its Bijlage 2 lines per period, the realisation per year (entered here
// or imported), whether it is financed through contracting (Bijlage 3), and the envelopes it falls in.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { AfspraakBegroting, AfspraakRealisatie } from '../../domein/begrotingsafspraken.js';
import type { EnveloppeStand } from '../../domein/enveloppen.js';
import { datum, getal, procent } from '../../platform/formaat.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import type { Bron } from '../../domein/bronnen.js';
import { BronnenSectie, bronnenVanPagina } from '../../platform/web/bronnen.js';

export interface AfspraakGeldProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  code: string;
  naam: string;
  financiering: string[];
  begroting: AfspraakBegroting | null;
  perioden: string[];
  realisatie: AfspraakRealisatie | null;
  enveloppen: EnveloppeStand[];
  magBeheren: boolean;
  waarden?: Record<string, string>;
  fouten?: Fouten;
  melding?: string;
  /** The source list: sources cited by key become "[n]" and the list "Bronnen". */
  bronnen: readonly Bron[];
}

export function AfspraakGeldPagina(p: AfspraakGeldProps): VNode {
  const q = `peildatum=${p.peildatum}`;
  const b = p.begroting;
  const regels = b ? [...(b.eigen ? [b.eigen] : []), ...b.deelposten] : [];
  const viaContractering = p.financiering.includes('contractering (Bijlage 3)');
  const w = p.waarden ?? {};
  const { lees, genummerd } = bronnenVanPagina([b?.bron, ...p.enveloppen.map((e) => e.bron)], p.bronnen);
  return (
    <Pagina
      titel={`Geld voor ${p.code}`}
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[
        { label: 'Dashboard', href: '/' },
        { label: 'Financiën', href: `/financien?${q}` },
        { label: 'Geld per afspraak', href: `/financien/afspraken?${q}` },
        { label: p.code },
      ]}
    >
      <h1 class="utrecht-heading-1">
        [{p.code}] {p.naam}
      </h1>
      {p.melding ? (
        <Melding soort="ok">
          <p class="utrecht-paragraph">{p.melding}</p>
        </Melding>
      ) : null}
      <p class="utrecht-paragraph">
        Financiering: {p.financiering.length ? p.financiering.join(' en ') : 'geen eigen financiering in de bijlagen van het AZWA'}.
        {viaContractering ? ' Via contractering: verzekeraars en aanbieders maken er afspraken over binnen de financiële kaders (Bijlage 3).' : ''}
      </p>
      {b ? (
        <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
          <table class="utrecht-table" id="afspraak-begroting">
            <caption class="utrecht-table__caption">Via de VWS-begroting, € mln (Bijlage 2{b.bron ? `, ${lees(b.bron)}` : ''})</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  Regel
                </th>
                {p.perioden.map((x) => (
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {x === 'structureel' ? 'Struc.' : x}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {regels.map((r) => (
                <tr class="utrecht-table__row">
                  <th class={`utrecht-table__header-cell am-opbouw__regel${r.niveau === 'deelpost' ? ' am-opbouw__waarvan' : ''}`} scope="row">
                    {r.omschrijving}
                  </th>
                  {p.perioden.map((x) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(r.bedragen[x] ?? null)}</td>
                  ))}
                </tr>
              ))}
              {!b.eigen && b.deelposten.length > 1 ? (
                <tr class="utrecht-table__row am-opbouw__kader">
                  <th class="utrecht-table__header-cell" scope="row">
                    Totaal {p.code}
                  </th>
                  {p.perioden.map((x) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      <strong>{getal(b.bedragen[x] ?? null)}</strong>
                    </td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="utrecht-paragraph">Deze afspraak heeft geen regel in Bijlage 2 (via de VWS-begroting).</p>
      )}
      {b && p.realisatie ? (
        <>
          <h2 class="utrecht-heading-2" id="realisatie">
            Realisatie per jaar
          </h2>
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
            <table class="utrecht-table" id="afspraak-realisatie">
              <caption class="utrecht-table__caption">Begroot en gerealiseerd {p.code}, € mln, stand op {datum(p.peildatum)}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {['Jaar', 'Begroot', 'Gerealiseerd', 'Verschil', 'Deel van begroot', 'Stand', 'Toelichting'].map((k, i) => (
                    <th class={`utrecht-table__header-cell${i > 0 && i < 5 ? ' utrecht-table__header-cell--numeric' : ''}`} scope="col">
                      {k}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.realisatie.jaren.map((j) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {j.jaar}
                    </th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(j.begroot)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(j.realisatie)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(j.verschil)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{procent(j.pct)}</td>
                    <td class="utrecht-table__cell">{j.stand ? datum(j.stand) : '–'}</td>
                    <td class="utrecht-table__cell">{j.toelichting ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.realisatie.onbekend.length > 0 ? (
            <p class="utrecht-paragraph">
              Realisatie op regels die Bijlage 2 niet heeft: {p.realisatie.onbekend.map((r) => `${r.omschrijving} ${r.jaar}`).join('; ')}.
            </p>
          ) : null}
        </>
      ) : null}
      {p.enveloppen.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">Enveloppen</h2>
          <ul class="utrecht-unordered-list">
            {p.enveloppen.map((e) => (
              <li class="utrecht-unordered-list__item">
                {e.omschrijving} ({e.periode}): plafond € {getal(e.plafond)} mln, gebruikt {e.gebruikt === null ? 'onbekend' : `€ ${getal(e.gebruikt)} mln`}
                {e.boven_plafond ? ' — boven het plafond' : ''}
                {e.bron ? ` (${lees(e.bron)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {b && p.magBeheren ? (
        <form method="post" action={`/financien/afspraken/${p.code}/realisatie`} class="am-formulier" novalidate>
          <h2 class="utrecht-heading-2" id="invoeren">
            Realisatie invoeren
          </h2>
          {p.fouten ? <FoutSamenvatting fouten={p.fouten} /> : null}
          <Csrf token={p.csrf ?? ''} />
          <div class={`utrecht-form-field${p.fouten?.omschrijving ? ' utrecht-form-field--invalid' : ''}`}>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="veld-omschrijving">
                Regel
              </label>
            </div>
            {p.fouten?.omschrijving ? (
              <div class="utrecht-form-field-error-message" id="veld-omschrijving-fout">
                {p.fouten.omschrijving}
              </div>
            ) : null}
            <div class="utrecht-form-field__input">
              <select class="utrecht-select" id="veld-omschrijving" name="omschrijving" aria-describedby={p.fouten?.omschrijving ? 'veld-omschrijving-fout' : undefined}>
                {regels.map((r) => (
                  <option value={r.omschrijving} selected={w.omschrijving === r.omschrijving}>
                    {r.niveau === 'deelpost' ? `– ${r.omschrijving}` : r.omschrijving}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Veld naam="jaar" label="Jaar" waarde={w.jaar} fouten={p.fouten} hint="Bijvoorbeeld 2026." verplicht />
          <Veld naam="realisatie_mln" label="Gerealiseerd (€ mln)" waarde={w.realisatie_mln} fouten={p.fouten} hint="Miljoenen euro’s, hooguit twee decimalen, bijvoorbeeld 24,5." verplicht />
          <Veld naam="stand" label="Stand (datum van het cijfer)" type="date" waarde={w.stand} fouten={p.fouten} verplicht />
          <Veld naam="toelichting" label="Toelichting (optioneel)" waarde={w.toelichting} fouten={p.fouten} hint="Bijvoorbeeld de bron: jaarverslag VWS 2026." />
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Realisatie vastleggen
          </button>
        </form>
      ) : null}
      <BronnenSectie genummerd={genummerd} />
    </Pagina>
  );
}
