// The KPMG fte-impact model: measures per cluster in six columns, published against computed
// subtotals, the computed grand total, the flags, the part-time factors, reliability, preconditions
// and side effects per cluster, the records without figures and the code mapping.
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import { SCENARIOS, type ClusterTotaal, type Cijfers, type ImpactModel, type Signalering } from '../../domein/impact.js';
import { datum, getal } from '../../platform/formaat.js';
import { genummerdeBronnen, leesbareTekst, type Bron } from '../../domein/bronnen.js';
import { BronnenLijst } from '../../platform/web/bronnen.js';
import { Pagina } from '../../platform/web/pagina.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import { Bestandsveld, Csrf, Melding } from '../../platform/web/formulier.js';
import type { Probleem } from '../../kern/probleem.js';
import type { Codekoppeling } from '../store.js';
import { CodeLabel, NietGeverifieerdNoot, Signaleringen } from './onderdelen.js';

export interface ModelProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  model: ImpactModel;
  clusters: ClusterTotaal[];
  totaal: Cijfers;
  signaleringen: Signalering[];
  koppelingen: Codekoppeling[];
  /** Every document of the source list (the page cites them by number). */
  bronnen: Bron[];
  magImporteren: boolean;
  /** 'bestand': a problem with the chosen file itself, shown at the file field. */
  importMelding?: { soort: 'ok' | 'fout' | 'bestand'; tekst: string; problemen?: Probleem[] };
}

const BETROUWBAARHEID: Record<string, string> = { laag: 'laag', gemiddeld: 'gemiddeld', hoog: 'hoog' };

function zes(c: Cijfers): string[] {
  return [...SCENARIOS.map((s) => getal(c.werknemers[s])), ...SCENARIOS.map((s) => getal(c.fte[s]))];
}

function Kop(): VNode {
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        <th scope="col" rowSpan={2} class="utrecht-table__header-cell">
          Maatregel
        </th>
        <th scope="colgroup" colSpan={3} class="utrecht-table__header-cell am-getal">
          Werknemers
        </th>
        <th scope="colgroup" colSpan={3} class="utrecht-table__header-cell am-getal">
          Fte
        </th>
      </tr>
      <tr class="utrecht-table__row">
        {[...SCENARIOS, ...SCENARIOS].map((s) => (
          <th scope="col" class="utrecht-table__header-cell am-getal">
            {s}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function ClusterTabel({ t, signaleringen, koppelingen }: { t: ClusterTotaal; signaleringen: Signalering[]; koppelingen: Codekoppeling[] }): VNode {
  const gemarkeerd = (code: string, i: number) => {
    const s = SCENARIOS[i % 3];
    return signaleringen.some((x) => x.code === code && (x.scenario === null || x.scenario === s));
  };
  return (
    <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
      <table class="utrecht-table am-impact-tabel">
        <caption class="utrecht-table__caption">{t.cluster.titel}</caption>
        <Kop />
        <tbody class="utrecht-table__body">
          {t.maatregelen.map((m) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                <CodeLabel code={m.code} koppelingen={koppelingen} /> {m.titel}
              </th>
              {zes(m).map((w, i) =>
                gemarkeerd(m.code, i) ? (
                  <td class="utrecht-table__cell am-getal am-gesignaleerd">
                    <a href={`#signalering-${m.code}`} aria-label={`${w}, gesignaleerd: zie de toelichting`}>
                      {w}⚠
                    </a>
                  </td>
                ) : (
                  <td class="utrecht-table__cell am-getal">{w}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {t.gepubliceerd ? (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                Totaal (gepubliceerd)
              </th>
              {zes(t.gepubliceerd).map((w) => (
                <td class="utrecht-table__cell am-getal">{w}</td>
              ))}
            </tr>
          ) : null}
          <tr class="utrecht-table__row">
            <th scope="row" class="utrecht-table__header-cell">
              Som van de maatregelen (berekend){' '}
              {t.klopt === true ? <span class="am-code">– gelijk aan het gepubliceerde totaal</span> : t.klopt === false ? <strong>– wijkt af</strong> : null}
            </th>
            {zes(t.berekend).map((w) => (
              <td class="utrecht-table__cell am-getal">{w}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const KPMG_BRON = '002 r. 8607-9630';
const DEELTIJD_BRON = '002 r. 8890-8893';

export function ModelPagina(p: ModelProps): VNode {
  const kwalitatief = p.model.overig.filter((o) => o.soort === 'kwalitatief');
  const zonder = p.model.overig.filter((o) => o.soort === 'zonder_analyse');
  // Source keys become numbers of the list "Bronnen" at the end, in order of first citation on the page.
  const genummerd = genummerdeBronnen(
    [
      KPMG_BRON,
      ...p.signaleringen.map((s) => s.reden),
      ...p.model.clusters.flatMap((c) => [c.toelichting ?? '', c.bron ?? '']),
      DEELTIJD_BRON,
      ...p.model.overig.flatMap((o) => [o.toelichting ?? '', o.bron ?? '']),
      ...p.koppelingen.map((k) => k.bron),
    ],
    p.bronnen,
    datum,
  );
  const lees = (t: string | null) => leesbareTekst(t ?? '', p.bronnen, genummerd, datum);
  return (
    <Pagina titel="Fte-impact: het KPMG-model" actief="impact" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Home', href: '/' }, { label: 'Fte-impact' }]}>
      <h1 class="utrecht-heading-1">Fte-impact van het AZWA: het KPMG-model</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Transitiedoel 1 vraagt eind 2028 een arbeidsmarkttekort dat 100.000 personen lager uitkomt; het AZWA neemt daarvan minstens 40.000 voor
        zijn rekening. KPMG schatte per maatregel de besparing in drie scenario's.
      </p>
      <div class="am-bron">
        <p>
          Bron: KPMG, <em>Leveren de aanvullende IZA-/GALA-afspraken de gewenste fte-besparing op?</em>, op basis van de conceptafspraken versie
          0.6 van 21 januari 2025 ({lees(KPMG_BRON)}). Codes zijn die van de conceptversie.
        </p>
        <p>
          <a href="/impact/rekenhulp">Naar de rekenhulp</a> · <a href="/impact/model.xlsx">Download als Excel</a> ·{' '}
          <a href="/impact/model.csv">Download als CSV</a>
        </p>
      </div>
      <Signaleringen lijst={p.signaleringen} lees={lees} titel="Signaleringen in de gepubliceerde cijfers" />
      <h2 class="utrecht-heading-2">Besparing per maatregel en cluster</h2>
      {p.clusters.map((t) => (
        <ClusterTabel t={t} signaleringen={p.signaleringen} koppelingen={p.koppelingen} />
      ))}
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table am-impact-tabel">
          <caption class="utrecht-table__caption">Alle {p.model.maatregelen.length} doorgerekende maatregelen</caption>
          <Kop />
          <tbody class="utrecht-table__body">
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                Totaal (berekend; de bron drukt geen eindtotaal af)
              </th>
              {zes(p.totaal).map((w) => (
                <td class="utrecht-table__cell am-getal" data-totaal>
                  {w}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <NietGeverifieerdNoot />

      <h2 class="utrecht-heading-2">Betrouwbaarheid, randvoorwaarden en neveneffecten per cluster</h2>
      <ul class="am-kaartlijst">
        {p.model.clusters.map((c) => (
          <li class="am-kaart">
            <h3 class="utrecht-heading-3">{c.titel}</h3>
            <p>
              Betrouwbaarheid bronnen en aannames: <strong>{c.betrouwbaarheid ? BETROUWBAARHEID[c.betrouwbaarheid] : 'niet genoemd in de bron'}</strong>
            </p>
            {c.randvoorwaarden.length ? (
              <>
                <h4 class="utrecht-heading-4">Randvoorwaarden</h4>
                <ol>
                  {c.randvoorwaarden.map((r) => (
                    <li>{r}</li>
                  ))}
                </ol>
              </>
            ) : null}
            {c.neveneffecten_positief.length || c.neveneffecten_negatief.length ? (
              <>
                <h4 class="utrecht-heading-4">Neveneffecten</h4>
                <ul>
                  {c.neveneffecten_positief.map((r) => (
                    <li>+ {r}</li>
                  ))}
                  {c.neveneffecten_negatief.map((r) => (
                    <li>− {r}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {c.toelichting ? <p class="am-code">{lees(c.toelichting)}</p> : null}
            <p class="am-code">Bron: {lees(c.bron)}</p>
          </li>
        ))}
      </ul>

      <h2 class="utrecht-heading-2">Deeltijdfactoren</h2>
      <p class="utrecht-paragraph">
        Werknemers = fte ÷ deeltijdfactor ({lees(DEELTIJD_BRON)}):{' '}
        {p.model.factoren.map((f, i) => `${i ? '; ' : ''}${f.titel} ${getal(f.factor, 2)}`).join('')}.
      </p>

      <h2 class="utrecht-heading-2">Zonder cijfers</h2>
      <ul>
        {kwalitatief.map((o) => (
          <li>
            <strong>{o.aantal ?? ''} maatregelen alleen kwalitatief beschreven</strong> (geen fte-uitkomst). {lees(o.toelichting)} <span class="am-code">Bron: {lees(o.bron)}</span>
          </li>
        ))}
        {zonder.map((o) => (
          <li>
            <strong>AZWA {o.azwa_codes.join(', ')}: geen impactanalyse.</strong> {lees(o.toelichting)} <span class="am-code">Bron: {lees(o.bron)}</span>
          </li>
        ))}
      </ul>

      <h2 class="utrecht-heading-2">Codes: conceptversie 0.6 → definitief AZWA</h2>
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Koppeling van de KPMG-codes aan de AZWA-codes</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {['KPMG-code', 'AZWA-code', 'AZWA-titel', 'Status', 'Bron'].map((k) => (
                <th scope="col" class="utrecht-table__header-cell">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.koppelingen.map((k) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {k.code_van}
                </th>
                <td class="utrecht-table__cell">{k.code_naar}</td>
                <td class="utrecht-table__cell">{k.titel_naar}</td>
                <td class="utrecht-table__cell">{k.geverifieerd ? 'geverifieerd' : 'niet geverifieerd'}</td>
                <td class="utrecht-table__cell am-code">{lees(k.bron)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2" id="bronnen">
        Bronnen
      </h2>
      <BronnenLijst bronnen={genummerd} />

      {p.magImporteren && p.csrf ? (
        <section aria-labelledby="import-kop">
          <h2 class="utrecht-heading-2" id="import-kop">
            Model importeren
          </h2>
          {p.importMelding?.soort === 'ok' ? <Melding soort="ok">{p.importMelding.tekst}</Melding> : null}
          {p.importMelding?.soort === 'fout' ? (
            p.importMelding.problemen?.length ? (
              <ImportProblemen problemen={p.importMelding.problemen} />
            ) : (
              <div class="utrecht-alert utrecht-alert--error" role="alert">
                <div class="utrecht-alert__content">
                  <p class="utrecht-paragraph">{p.importMelding.tekst}</p>
                </div>
              </div>
            )
          ) : null}
          <form method="post" action={`/impact/import?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data" class="am-formulier">
            <Csrf token={p.csrf} />
            <Bestandsveld
              naam="bestand"
              label="Bestand (impact_maatregelen of impact_codekoppelingen, .csv of .xlsx)"
              beschrijving="De bestandsnaam, het werkblad of de kolommen bepalen het bestandstype. Alles of niets: bij een fout verandert er niets."
              accept=".csv,.xlsx"
              fout={p.importMelding?.soort === 'bestand' ? p.importMelding.tekst : undefined}
              verplicht
            />
            <div>
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                Importeren
              </button>
            </div>
          </form>
        </section>
      ) : null}
    </Pagina>
  );
}
