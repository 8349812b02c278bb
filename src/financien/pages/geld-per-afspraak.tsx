// Money per agreement through the VWS budget (AZWA Bijlage 2) with what was realised per year, the
// agreements financed through contracting (Bijlage 3), and the envelopes tracked against their caps.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { AfspraakRealisatie, Begrotingsoverzicht } from '../../domein/begrotingsafspraken.js';
import type { EnveloppeStand } from '../../domein/enveloppen.js';
import { datum, getal, procent } from '../../platform/formaat.js';
import type { Bron } from '../../domein/bronnen.js';
import { BronnenSectie, bronnenVanPagina } from '../../platform/web/bronnen.js';

/** Where the AZWA names the agreements through contracting (Bijlage 3). */
const CONTRACTERING = '002 r. 7541-7571';

export interface GeldPerAfspraakProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  overzicht: Begrotingsoverzicht | null;
  realisatie: AfspraakRealisatie[];
  totaleRealisatie: Record<number, number>;
  contractering: { code: string; naam: string }[];
  enveloppen: EnveloppeStand[];
  enveloppeSignalen: string[];
  magBeheren: boolean;
  /** The source list: sources cited by key become "[n]" and the list "Bronnen". */
  bronnen: readonly Bron[];
}

const periodeKop = (p: string) => (p === 'structureel' ? 'Struc.' : p);
const afspraakLink = (code: string | null, q: string) => (code ? `/financien/afspraken/${code}?${q}` : null);

export function GeldPerAfspraakPagina(p: GeldPerAfspraakProps): VNode {
  const { lees, genummerd } = bronnenVanPagina([...p.enveloppen.map((e) => e.bron), CONTRACTERING], p.bronnen);
  const q = `peildatum=${p.peildatum}`;
  const o = p.overzicht;
  const realisatieJaren = [...new Set(p.realisatie.flatMap((a) => a.jaren.filter((j) => j.realisatie !== null).map((j) => j.jaar)))].sort();
  return (
    <Pagina
      titel="Geld per afspraak"
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: `/financien?${q}` }, { label: 'Geld per afspraak' }]}
    >
      <h1 class="utrecht-heading-1">Geld per afspraak</h1>
      <p class="utrecht-paragraph">
        Afspraken van het AZWA die via de VWS-begroting lopen (Bijlage 2), met wat per jaar is gerealiseerd. Peildatum <strong>{datum(p.peildatum)}</strong>
        {o ? `, stand ${datum(o.stand)}` : ''}.
      </p>
      <p class="utrecht-paragraph">
        Download:{' '}
        <a class="utrecht-link" href={`/financien/azwa/begrotingsafspraken.csv?${q}`}>
          begrotingsafspraken (CSV)
        </a>
        {' · '}
        <a class="utrecht-link" href={`/financien/azwa/begrotingsrealisatie.csv?${q}`}>
          realisatie (CSV)
        </a>
        {' · '}
        <a class="utrecht-link" href={`/financien/azwa/enveloppen.csv?${q}`}>
          enveloppen (CSV)
        </a>
        {' · '}
        <a class="utrecht-link" href={`/financien/opbouw?${q}`}>
          Opbouw van de kaders
        </a>
        {p.magBeheren ? (
          <>
            {' · '}
            <a class="utrecht-link" href="/financien/azwa/invoer">
              Bestanden importeren
            </a>
          </>
        ) : null}
      </p>
      {!o ? (
        <p class="utrecht-paragraph">Er zijn op deze peildatum geen begrotingsafspraken vastgelegd.</p>
      ) : (
        <>
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
            <table class="utrecht-table" id="begroting-tabel">
              <caption class="utrecht-table__caption">Afspraken via de VWS-begroting, € mln (AZWA Bijlage 2)</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    Afspraak
                  </th>
                  {o.perioden.map((x) => (
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                      {periodeKop(x)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {o.afspraken.map((a) => {
                  const link = afspraakLink(a.afspraak, q);
                  const titel = a.afspraak ? `[${a.afspraak}] ${a.omschrijving}` : a.omschrijving;
                  return (
                    <>
                      <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell am-opbouw__regel" scope="row">
                          {link ? (
                            <a class="utrecht-link" href={link}>
                              {titel}
                            </a>
                          ) : (
                            titel
                          )}
                          {a.eigen === null && a.deelposten.length > 0 ? ' (som van de deelposten)' : ''}
                        </th>
                        {o.perioden.map((x) => (
                          <td class="utrecht-table__cell utrecht-table__cell--numeric">
                            <strong>{getal(a.bedragen[x] ?? null)}</strong>
                          </td>
                        ))}
                      </tr>
                      {a.deelposten.map((d) => (
                        <tr class="utrecht-table__row">
                          <th class="utrecht-table__header-cell am-opbouw__regel am-opbouw__waarvan" scope="row">
                            {d.omschrijving}
                          </th>
                          {o.perioden.map((x) => (
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(d.bedragen[x] ?? null)}</td>
                          ))}
                        </tr>
                      ))}
                    </>
                  );
                })}
                <tr class="utrecht-table__row am-opbouw__kader">
                  <th class="utrecht-table__header-cell" scope="row">
                    Totaal via begroting VWS (gedrukt)
                  </th>
                  {o.perioden.map((x) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      <strong>{getal(o.totaal_gedrukt[x] ?? null)}</strong>
                    </td>
                  ))}
                </tr>
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell am-opbouw__regel" scope="row">
                    Som van de regels (nagerekend)
                  </th>
                  {o.perioden.map((x) => {
                    const c = o.totaal_controles.find((t) => t.periode === x);
                    return <td class="utrecht-table__cell utrecht-table__cell--numeric">{c ? getal(c.berekend) : '–'}</td>;
                  })}
                </tr>
              </tbody>
            </table>
          </div>
          {o.signalen.length > 0 ? (
            <div class="utrecht-alert utrecht-alert--warning" role="note">
              <div class="utrecht-alert__content">
              <p class="utrecht-paragraph">
                <strong>Totalen die niet precies optellen ({o.signalen.length}).</strong> Getoond zoals gedrukt en nagerekend; niet verbeterd.
              </p>
              <ul class="utrecht-unordered-list">
                {o.signalen.map((s) => (
                  <li class="utrecht-unordered-list__item">{s}</li>
                ))}
              </ul>
              </div>
            </div>
          ) : null}
          <h2 class="utrecht-heading-2" id="realisatie">
            Realisatie per jaar
          </h2>
          {realisatieJaren.length === 0 ? (
            <p class="utrecht-paragraph">Er is nog geen realisatie ingevoerd of geïmporteerd.</p>
          ) : (
            <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
              <table class="utrecht-table" id="realisatie-tabel">
                <caption class="utrecht-table__caption">Begroot en gerealiseerd per afspraak, € mln</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">
                      Afspraak
                    </th>
                    {realisatieJaren.map((j) => (
                      <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                        {j}: begroot / gerealiseerd
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  {p.realisatie.map((a) => (
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell am-opbouw__regel" scope="row">
                        {a.afspraak ?? a.omschrijving}
                      </th>
                      {realisatieJaren.map((j) => {
                        const r = a.jaren.find((x) => x.jaar === j);
                        return (
                          <td class="utrecht-table__cell utrecht-table__cell--numeric">
                            {getal(r?.begroot ?? null)} / {getal(r?.realisatie ?? null)}
                            {r?.pct !== null && r?.pct !== undefined ? ` (${procent(r.pct)})` : ''}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr class="utrecht-table__row am-opbouw__kader">
                    <th class="utrecht-table__header-cell" scope="row">
                      Totaal gerealiseerd
                    </th>
                    {realisatieJaren.map((j) => (
                      <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(p.totaleRealisatie[j] ?? null)}</td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <h2 class="utrecht-heading-2" id="enveloppen">
        Enveloppen met een eigen plafond
      </h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table" id="enveloppen-tabel">
          <caption class="utrecht-table__caption">Enveloppen tegen hun plafond, € mln</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                Enveloppe
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                Periode
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Plafond
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Gebruikt
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Resterend
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                Binnen · bron
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.enveloppen.map((e) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell am-opbouw__regel" scope="row">
                  {e.omschrijving}
                  {e.afspraken.length ? ` (${e.afspraken.join(', ')})` : ''}
                </th>
                <td class="utrecht-table__cell">{e.periode}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(e.plafond)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">
                  {getal(e.gebruikt)}
                  {e.boven_plafond ? <strong class="am-opbouw__vlag"> boven plafond</strong> : null}
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(e.resterend)}</td>
                <td class="utrecht-table__cell">
                  {e.binnen ?? '–'}
                  {e.bron ? ` · ${lees(e.bron)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.enveloppeSignalen.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <div class="utrecht-alert__content">
          <ul class="utrecht-unordered-list">
            {p.enveloppeSignalen.map((s) => (
              <li class="utrecht-unordered-list__item">{s}</li>
            ))}
          </ul>
          </div>
        </div>
      ) : null}
      <h2 class="utrecht-heading-2" id="contractering">
        Afspraken via contractering (Bijlage 3)
      </h2>
      <p class="utrecht-paragraph">
        Deze afspraken kunnen financiële gevolgen hebben; zorgaanbieders en zorgverzekeraars maken er in de contractering afspraken over, binnen de
        financiële kaders ({lees(CONTRACTERING)}). Ze hebben geen eigen budget in de monitor.
      </p>
      <ul class="utrecht-unordered-list" id="contractering-lijst">
        {p.contractering.map((c) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/financien/afspraken/${c.code}?${q}`}>
              [{c.code}] {c.naam}
            </a>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">Bedragen in miljoenen euro’s, zoals gedrukt in het AZWA.</p>
      <BronnenSectie genummerd={genummerd} />
    </Pagina>
  );
}
