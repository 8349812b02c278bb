// De tabel "Financiële kaders – Actualisatie <jaar>" zoals de voortgangsrapportage hem drukt
// (000 r. 370-428): regels per sector, genummerde toelichtingen uit de gegevens. Herbruikbaar in
// pagina's en in het rapport: alleen het model van `kaderTabel(...)` erin, geen paginazaken.
import type { VNode } from 'preact';
import type { KaderCijfers } from '../domein/kaders.js';
import type { KaderTabel as KaderTabelModel, KaderTabelRijSoort } from '../domein/kaders-tabel.js';
import type { KaderAfwijking } from '../domein/kaders-vergelijking.js';
import { afgerond, formatMln } from '../domein/kaders.js';

/** Welk API-veld hoort bij een tabelregel (om gemelde afwijkingen in de cel te tonen). */
const VELD_VAN_REGEL: Record<KaderTabelRijSoort, (keyof KaderCijfers)[]> = {
  uitgaven: ['uitgaven'],
  kader: ['kader'],
  aanspraak_buiten_zvw: ['aanspraak_buiten_zvw'],
  verschil: ['verschil_excl_covid', 'verschil_incl_covid'],
  verschil_incl_covid: ['verschil_incl_covid'],
  covid_prestaties: ['covid_prestaties'],
  verschil_excl_covid: ['verschil_excl_covid'],
  correctie_dure_geneesmiddelen: ['correctie_dure_geneesmiddelen'],
  resterend_verschil: ['resterend_verschil'],
  balanspost: ['balanspost_pct'],
};

function getalTekst(n: number | null, pct: boolean): string {
  if (n === null) return '–';
  return pct ? `${String(n).replace('.', ',')}%` : formatMln(afgerond(n));
}

export interface KaderTabelProps {
  tabel: KaderTabelModel;
  /** Kopniveau van de titel "Actualisatie <jaar>" (standaard 2); de toelichting krijgt niveau + 1. */
  kopNiveau?: 2 | 3 | 4;
  /** Uniek voorvoegsel voor ids (voetnootankers); standaard `kaders-<jaar>`. */
  id?: string;
  /** Gemelde afwijkingen (> 1) met gepubliceerde cijfers: de cel toont dan beide waarden. */
  afwijkingen?: readonly KaderAfwijking[];
}

export function KaderTabel({ tabel, kopNiveau = 2, id, afwijkingen = [] }: KaderTabelProps): VNode {
  const basis = id ?? `kaders-${tabel.jaar}`;
  const Kop = `h${kopNiveau}` as 'h2';
  const SubKop = `h${kopNiveau + 1}` as 'h3';
  const eigen = afwijkingen.filter((a) => a.jaar === tabel.jaar);
  const afwijkingVan = (soort: KaderTabelRijSoort, sector: string) =>
    eigen.find((a) => a.sector === sector && VELD_VAN_REGEL[soort].includes(a.veld as keyof KaderCijfers));
  return (
    <section class="am-kadertabel" aria-labelledby={`${basis}-titel`} data-jaar={tabel.jaar}>
      <Kop id={`${basis}-titel`} class={`utrecht-heading-${kopNiveau}`}>
        {tabel.titel}
      </Kop>
      {tabel.inleiding ? <p class="utrecht-paragraph">{tabel.inleiding}</p> : null}
      <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
        <table class="utrecht-table am-kadertabel__tabel">
          <caption class="utrecht-table__caption">
            Financiële kaders {tabel.jaar}, € miljoen per sector
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                <span class="am-visueel-verborgen">Regel</span>
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                <span class="am-visueel-verborgen">Omschrijving</span>
              </th>
              {tabel.kolommen.map((s) => (
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tabel.rijen.map((r) => (
              <tr class="utrecht-table__row" data-soort={r.soort}>
                <td class="utrecht-table__cell">{r.nummer}</td>
                <th scope="row" class="utrecht-table__header-cell">
                  {r.label}
                  <sup>
                    <a href={`#${basis}-noot-${r.nummer}`} aria-label={`toelichting ${r.nummer}`}>
                      {r.nummer}
                    </a>
                  </sup>
                </th>
                {tabel.kolommen.map((s) => {
                  const afw = afwijkingVan(r.soort, s);
                  return (
                    <td
                      class={`utrecht-table__cell utrecht-table__cell--numeric am-nowrap${afw ? ' am-afwijking' : ''}`}
                      data-sector={s}
                      data-waarde={r.afgerond[s] === null ? '' : String(r.afgerond[s])}
                    >
                      {r.tekst[s]}
                      {afw ? (
                        <span class="am-afwijking__label">
                          {' '}
                          (gepubliceerd {getalTekst(afw.gepubliceerd, r.eenheid === 'pct')})
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubKop class={`utrecht-heading-${kopNiveau + 1}`}>Toelichting tabel</SubKop>
      <ol class="utrecht-ordered-list am-voetnoten">
        {tabel.voetnoten.map((v) => (
          <li id={`${basis}-noot-${v.nummer}`} value={v.nummer} class="utrecht-ordered-list__item">
            {v.tekst}
          </li>
        ))}
      </ol>
      {tabel.signalen.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <ul>
            {tabel.signalen.map((s) => (
              <li>{s.melding}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export interface AfwijkingenProps {
  /** Waarmee is vergeleken, bijv. "Kerncijfers 20 mei 2025 (IZA voortgangsrapportage …)". */
  bron: string;
  afwijkingen: readonly KaderAfwijking[];
  vergeleken: number;
}

/** Gemelde afwijkingen met gepubliceerde cijfers, elk met beide waarden; nooit verborgen. */
export function KaderAfwijkingen({ bron, afwijkingen, vergeleken }: AfwijkingenProps): VNode {
  if (afwijkingen.length === 0) {
    return (
      <p class="utrecht-paragraph am-vergelijking" data-afwijkingen="0">
        Vergeleken met {bron}: {vergeleken} gepubliceerde {vergeleken === 1 ? 'regel' : 'regels'}, geen verschillen groter dan € 1 miljoen
        (verschillen van 1 zijn afronding).
      </p>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning am-vergelijking" role="note" data-afwijkingen={afwijkingen.length}>
      <p class="utrecht-paragraph">
        Vergeleken met {bron}: {afwijkingen.length} {afwijkingen.length === 1 ? 'verschil' : 'verschillen'} groter dan € 1 miljoen tussen
        gepubliceerd en berekend.
      </p>
      <ul class="utrecht-unordered-list">
        {afwijkingen.map((a) => (
          <li class="utrecht-unordered-list__item" data-veld={a.veld} data-sector={a.sector} data-jaar={a.jaar}>
            {a.sector} {a.jaar}, {VELDNAMEN[a.veld] ?? a.veld}: gepubliceerd {getalTekst(a.gepubliceerd, a.veld === 'balanspost_pct')}, berekend{' '}
            {getalTekst(a.berekend === null ? null : a.berekend, a.veld === 'balanspost_pct')}
            {a.verschil !== null ? ` (verschil ${String(a.verschil).replace('.', ',')})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const VELDNAMEN: Record<string, string> = {
  rij: 'hele regel ontbreekt',
  uitgaven: 'uitgaven',
  kader: 'kader',
  aanspraak_buiten_zvw: 'aanspraak buiten Zvw',
  covid_prestaties: 'covid prestaties',
  verschil_incl_covid: 'verschil incl. covid',
  verschil_excl_covid: 'verschil excl. covid',
  correctie_dure_geneesmiddelen: 'correctie dure geneesmiddelen',
  resterend_verschil: 'resterend verschil',
  balanspost_pct: 'balanspost',
};
