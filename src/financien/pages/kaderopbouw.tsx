// The build-up of the sector kaders (AZWA Bijlage 1): per sector a table with the years as columns,
// every line with its source line, every printed total that does not add up flagged next to it, the
// IZA and AZWA kader of a year side by side, and the sector totals the text prints elsewhere.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { KADER_SECTOREN } from '../../domein/begrippen.js';
import type { IzaAzwaVergelijking, Kaderopbouw, OpbouwControle, SectortotaalControle } from '../../domein/kaderopbouw.js';
import { datum, getal } from '../../platform/formaat.js';
import { genummerdeBronnen, leesbareTekst, type Bron } from '../../domein/bronnen.js';
import { BronnenLijst } from '../../platform/web/bronnen.js';

export interface KaderopbouwProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  opbouwen: Kaderopbouw[];
  izaAzwa: IzaAzwaVergelijking[];
  sectortotalen: SectortotaalControle[];
  magBeheren: boolean;
  /** Every document of the source list (the page cites them by number). */
  bronnen: Bron[];
}

type Lees = (t: string) => string;

const oordeelTekst = (c: { oordeel: string; verschil: number }) =>
  c.oordeel === 'klopt' ? 'klopt' : `${c.oordeel === 'afronding' ? 'afrondingsverschil' : 'wijkt af'} ${c.verschil > 0 ? '+' : ''}${getal(c.verschil)}`;

function SectorTabel({ sector, opbouwen, lees }: { sector: string; opbouwen: Kaderopbouw[]; lees: Lees }): VNode {
  const jaren = opbouwen.map((o) => o.jaar);
  // The lines of all years, in printed order (a line can be blank in a year).
  const regels = new Map<number, { regelnummer: string | null; omschrijving: string; soort: string; bronnen: Set<string> }>();
  for (const o of opbouwen) {
    for (const r of o.regels) {
      const x = regels.get(r.volgorde) ?? { regelnummer: r.regelnummer, omschrijving: r.omschrijving, soort: r.soort, bronnen: new Set<string>() };
      if (r.bron) x.bronnen.add(lees(r.bron));
      regels.set(r.volgorde, x);
    }
  }
  const controle = (o: Kaderopbouw, volgorde: number): OpbouwControle | undefined => o.controles.find((c) => c.volgorde === volgorde);
  const signalen = opbouwen.flatMap((o) => o.signalen);
  const id = `opbouw-${sector.toLowerCase()}`;
  return (
    <section aria-labelledby={`${id}-kop`}>
      <h2 class="utrecht-heading-2" id={`${id}-kop`}>
        {sector}
      </h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table am-opbouw" id={id}>
          <caption class="utrecht-table__caption">
            Opbouw kader {sector} {jaren[0]}–{jaren[jaren.length - 1]}, € mln, prijspeil 2025 (AZWA Bijlage 1)
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                Nr.
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                Regel
              </th>
              {jaren.map((j) => (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {j}
                </th>
              ))}
              <th class="utrecht-table__header-cell" scope="col">
                Bron
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {[...regels.entries()]
              .sort((a, b) => a[0] - b[0])
              .map(([volgorde, r]) => {
                const nadruk = r.soort === 'kader' || r.soort === 'subtotaal' || r.soort === 'iza_kader';
                return (
                  <tr class={`utrecht-table__row${r.soort === 'kader' ? ' am-opbouw__kader' : ''}`}>
                    <td class="utrecht-table__cell">{r.regelnummer ?? ''}</td>
                    <th class={`utrecht-table__header-cell am-opbouw__regel${r.soort === 'waarvan' ? ' am-opbouw__waarvan' : ''}`} scope="row">
                      {nadruk ? <strong>{r.omschrijving}</strong> : r.omschrijving}
                      {r.soort === 'iza_kader' ? <span class="am-label"> IZA-kader</span> : null}
                    </th>
                    {opbouwen.map((o) => {
                      const regel = o.regels.find((x) => x.volgorde === volgorde);
                      const c = controle(o, volgorde);
                      const afwijkend = c && c.oordeel !== 'klopt';
                      return (
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">
                          {regel ? nadruk ? <strong>{getal(regel.bedrag_mln)}</strong> : getal(regel.bedrag_mln) : ''}
                          {afwijkend ? (
                            <span class="am-opbouw__vlag" title={lees(c.melding)}>
                              {' '}
                              <span aria-hidden="true">⚠</span>
                              <span class="am-visueel-verborgen">{lees(c.melding)}</span>
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                    <td class="utrecht-table__cell">{[...r.bronnen].join(', ')}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      <p class="utrecht-paragraph">
        {opbouwen.map((o) => `${o.jaar}: kader ${getal(o.kader)}, som van alle posten ${getal(o.som_posten)} (${o.kader_uit_posten ? oordeelTekst(o.kader_uit_posten) : 'geen kaderregel'})`).join('; ')}.
      </p>
      {signalen.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <div class="utrecht-alert__content">
          <p class="utrecht-paragraph">
            <strong>Regels die niet optellen ({signalen.length}).</strong> De monitor rekent elke gedrukte tussenstand na uit de regel erboven en de posten
            ertussen; verschillen worden getoond, niet verbeterd.
          </p>
          <ul class="utrecht-unordered-list">
            {opbouwen.flatMap((o) => o.signalen.map((s) => <li class="utrecht-unordered-list__item">{lees(s.melding)} Bron: {lees(s.bron ?? '')}.</li>))}
          </ul>
          </div>
        </div>
      ) : (
        <p class="utrecht-paragraph">Alle tussenstanden en kaders tellen exact op.</p>
      )}
    </section>
  );
}

export function KaderopbouwPagina(p: KaderopbouwProps): VNode {
  const q = `peildatum=${p.peildatum}`;
  const sectoren = KADER_SECTOREN.filter((s) => p.opbouwen.some((o) => o.sector === s));
  // Source keys become numbers of the list "Bronnen" at the end, in order of first citation on the page.
  const genummerd = genummerdeBronnen(
    [
      ...p.opbouwen.flatMap((o) => [...o.regels.map((r) => r.bron ?? ''), ...o.controles.map((c) => c.melding), ...o.signalen.flatMap((s) => [s.melding, s.bron ?? ''])]),
      ...p.sectortotalen.flatMap((t) => [t.melding, t.toelichting]),
    ],
    p.bronnen,
    datum,
  );
  const lees = (t: string) => leesbareTekst(t, p.bronnen, genummerd, datum);
  const standen = [...new Set(p.opbouwen.map((o) => `${datum(o.stand)}${o.stand_omschrijving ? ` (${o.stand_omschrijving})` : ''}`))];
  return (
    <Pagina
      titel="Opbouw van de kaders"
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: `/financien?${q}` }, { label: 'Opbouw van de kaders' }]}
    >
      <h1 class="utrecht-heading-1">Opbouw van de kaders per sector</h1>
      <p class="utrecht-paragraph">
        Elk kader is de som van zijn regels: de begroting 2025, de loon- en prijsbijstelling, de aanpassing van het startniveau, de volumegroei, het remgeld
        en de overige regels van Bijlage 1 van het AZWA. Stand op peildatum <strong>{datum(p.peildatum)}</strong>: {standen.join('; ') || 'geen'}.
      </p>
      <p class="utrecht-paragraph">
        Download:{' '}
        <a class="utrecht-link" href={`/financien/azwa/kaderopbouw.csv?${q}`}>
          kaderopbouw (CSV, importformaat)
        </a>
        {' · '}
        <a class="utrecht-link" href={`/financien/afspraken?${q}`}>
          Geld per afspraak
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
      {p.opbouwen.length === 0 ? <p class="utrecht-paragraph">Er is op deze peildatum geen opbouw van de kaders vastgelegd.</p> : null}
      <nav aria-label="Sectoren">
        <ul class="utrecht-unordered-list">
          {sectoren.map((s) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`#opbouw-${s.toLowerCase()}-kop`}>
                {s}
              </a>
            </li>
          ))}
          {p.izaAzwa.length > 0 ? (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href="#iza-azwa">
                IZA- en AZWA-kader naast elkaar
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      {sectoren.map((s) => (
        <SectorTabel sector={s} opbouwen={p.opbouwen.filter((o) => o.sector === s)} lees={lees} />
      ))}
      {p.izaAzwa.length > 0 ? <IzaAzwa rijen={p.izaAzwa.filter((v) => v.jaar === Math.min(...p.izaAzwa.map((x) => x.jaar)))} /> : null}
      {p.sectortotalen.length > 0 ? (
        <section aria-labelledby="sectortotalen">
          <h2 class="utrecht-heading-2" id="sectortotalen">
            Totalen over de sectoren
          </h2>
          <p class="utrecht-paragraph">De financiële paragraaf drukt een aantal totalen over de vijf sectoren apart af; de monitor telt ze na uit de opbouw.</p>
          <ul class="utrecht-unordered-list">
            {p.sectortotalen.map((t) => (
              <li class="utrecht-unordered-list__item">
                {lees(t.melding)} ({lees(t.toelichting)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {genummerd.length ? (
        <section aria-labelledby="bronnen">
          <h2 class="utrecht-heading-2" id="bronnen">
            Bronnen
          </h2>
          <BronnenLijst bronnen={genummerd} />
        </section>
      ) : null}
    </Pagina>
  );
}

function IzaAzwa({ rijen }: { rijen: IzaAzwaVergelijking[] }): VNode {
  const jaar = rijen[0]?.jaar;
  return (
    <section aria-labelledby="iza-azwa">
      <h2 class="utrecht-heading-2" id="iza-azwa">
        IZA- en AZWA-kader {jaar}
      </h2>
      <p class="utrecht-paragraph">
        Voor {jaar} bestaan twee kaders: het kader uit het IZA (stand begroting 2025 met de groei {jaar} volgens het IZA, plus de loon- en prijsbijstelling
        2025) en het AZWA-kader. Het verschil zit in de regels ertussen.
      </p>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table" id="iza-azwa-tabel">
          <caption class="utrecht-table__caption">IZA- en AZWA-kader {jaar} per sector, € mln, prijspeil 2025</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                Sector
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                IZA-kader
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                AZWA-kader
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Verschil
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                Waardoor
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rijen.map((v) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {v.sector}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(v.iza_kader)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(v.azwa_kader)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">
                  {v.verschil > 0 ? '+' : ''}
                  {getal(v.verschil)}
                </td>
                <td class="utrecht-table__cell">
                  {v.verklaring.map((x) => `${x.omschrijving} ${x.bedrag_mln > 0 ? '+' : ''}${getal(x.bedrag_mln)}`).join('; ') || '–'}
                  {v.controle.oordeel !== 'klopt' ? ` (${oordeelTekst(v.controle)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
