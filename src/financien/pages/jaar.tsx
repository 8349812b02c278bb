// One year of the financial frameworks (/financien/:jaar).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { type KaderCijfers } from '../../domein/kaders.js';
import { type KaderTabel as KaderTabelModel } from '../../domein/kaders-tabel.js';
import { type KaderAfwijking } from '../../domein/kaders-vergelijking.js';
import { datum } from '../../platform/formaat.js';
import type { EChartsOption, TijdreeksInvoer } from '../../platform/web/grafiek.js';
import { KaderAfwijkingen, KaderTabel } from '../tabel.js';
import type { HistorieRegel, SnapshotVergelijking } from '../overzicht.js';
import { mln, GrafiekBlok, EmbargoLabel } from './onderdelen.js';

export interface JaarProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  jaar: number;
  peildatum: string;
  tabel: KaderTabelModel | null;
  embargoInTabel: { stand: string; embargo_tot: string }[];
  historie: HistorieRegel[];
  grafieken: { sector: string; invoer: TijdreeksInvoer; optie: EChartsOption }[];
  vergelijkingen: SnapshotVergelijking[];
  afwijkingenTabel: KaderAfwijking[];
  magBeheren: boolean;
  /** The macro-control section (AZWA §6-§7) for the stand in view. */
  macro?: VNode;
}

export function JaarPagina(p: JaarProps): VNode {
  const q = `peildatum=${p.peildatum}`;
  const standen = [...new Set(p.historie.map((h) => h.stand))];
  // Kolommen die voor geen enkele stand iets bevatten, laten we weg (zoals de tabel regels weglaat).
  const heeft = (v: keyof KaderCijfers) => p.historie.some((h) => (h.cijfers[v] ?? 0) !== 0);
  const kolommen: { kop: string; veld: keyof KaderCijfers; nulIsLeeg?: boolean }[] = [
    { kop: 'Stand', veld: 'stand' },
    { kop: 'Sector', veld: 'sector' },
    { kop: 'Uitgaven', veld: 'uitgaven' },
    { kop: 'Kader', veld: 'kader' },
    ...(heeft('aanspraak_buiten_zvw') ? [{ kop: 'Aanspraak buiten Zvw', veld: 'aanspraak_buiten_zvw' as const, nulIsLeeg: true }] : []),
    ...(heeft('covid_prestaties') ? [{ kop: 'Covid prestaties', veld: 'covid_prestaties' as const, nulIsLeeg: true }] : []),
    { kop: 'Verschil excl. covid', veld: 'verschil_excl_covid' },
    ...(heeft('correctie_dure_geneesmiddelen') ? [{ kop: 'Correctie dure geneesmiddelen', veld: 'correctie_dure_geneesmiddelen' as const, nulIsLeeg: true }] : []),
    { kop: 'Resterend verschil', veld: 'resterend_verschil' },
    { kop: 'Balanspost', veld: 'balanspost_pct' },
  ];
  return (
    <Pagina
      titel={`Financiële kaders ${p.jaar}`}
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: `/financien?${q}` }, { label: String(p.jaar) }]}
    >
      <h1 class="utrecht-heading-1">Financiële kaders {p.jaar}</h1>
      <p class="utrecht-paragraph">
        De nieuwste stand op peildatum <strong>{datum(p.peildatum)}</strong>, en daaronder elke stand die van {p.jaar} is vastgelegd: een nieuwe stand
        vervangt niets.
      </p>
      <p class="utrecht-paragraph">
        Download:{' '}
        <a class="utrecht-link" href={`/financien/export.csv?${q}&jaar=${p.jaar}`}>
          tabel (CSV)
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/export.xlsx?${q}&jaar=${p.jaar}`}>
          tabel (Excel)
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/financien/${p.jaar}/historie.csv?${q}`}>
          alle standen (CSV)
        </a>
        {p.magBeheren ? (
          <>
            {' '}
            ·{' '}
            <a class="utrecht-link" href={`/financien/invoer?jaar=${p.jaar}`}>
              Nieuwe stand voor {p.jaar} invoeren
            </a>
          </>
        ) : null}
      </p>
      {p.embargoInTabel.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <p class="utrecht-paragraph">
            De tabel bevat cijfers onder embargo ({p.embargoInTabel.map((e) => `stand ${datum(e.stand)} tot ${datum(e.embargo_tot)}`).join('; ')}).
          </p>
        </div>
      ) : null}
      {p.tabel ? <KaderTabel tabel={p.tabel} kopNiveau={2} afwijkingen={p.afwijkingenTabel} /> : <p class="utrecht-paragraph">Er is voor {p.jaar} geen stand op deze peildatum.</p>}
      {p.macro ?? null}

      <h2 class="utrecht-heading-2" id="standen">
        Alle standen van {p.jaar}
      </h2>
      {p.historie.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen standen.</p>
      ) : (
        <>
          <ul class="utrecht-unordered-list" id="standen-lijst">
            {standen.map((s) => {
              const h = p.historie.find((x) => x.stand === s)!;
              return (
                <li class="utrecht-unordered-list__item">
                  {datum(s)}
                  {h.stand_omschrijving ? `: ${h.stand_omschrijving}` : ''}
                  {h.embargo_tot ? (
                    <>
                      {' '}
                      <EmbargoLabel tot={h.embargo_tot} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
            <table class="utrecht-table" id="historie-tabel">
              <caption class="utrecht-table__caption">
                Cijfers {p.jaar} per stand en sector, € mln ({standen.length} {standen.length === 1 ? 'stand' : 'standen'})
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {kolommen.map((k, i) => (
                    <th scope="col" class={`utrecht-table__header-cell${i >= 2 ? ' utrecht-table__header-cell--numeric' : ''}`}>
                      {k.kop}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.historie.map((h) => (
                  <tr class="utrecht-table__row" data-stand={h.stand} data-sector={h.sector}>
                    <th scope="row" class="utrecht-table__header-cell am-nowrap">
                      {datum(h.stand)}
                      {h.embargo_tot ? <span class="am-visueel-verborgen"> (onder embargo tot {datum(h.embargo_tot)})</span> : null}
                    </th>
                    <td class="utrecht-table__cell">
                      {h.sector} <span class="am-klein">({h.cijfers.kader_soort})</span>
                    </td>
                    {kolommen.slice(2).map((k) =>
                      k.veld === 'balanspost_pct' ? (
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{h.cijfers.balanspost_pct === null ? '–' : `${h.cijfers.balanspost_pct}%`}</td>
                      ) : (
                        <Num v={(h.cijfers[k.veld] as number | null) || (k.nulIsLeeg ? null : (h.cijfers[k.veld] as number | null))} veld={k.veld} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2 class="utrecht-heading-2" id="gepubliceerd">
        Gepubliceerde cijfers
      </h2>
      {p.vergelijkingen.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen gepubliceerde kerncijfers met kaders voor {p.jaar}.</p>
      ) : (
        p.vergelijkingen.map((v) => (
          <KaderAfwijkingen bron={`de kerncijfers van ${datum(v.peildatum)} (${v.bron})`} afwijkingen={v.afwijkingen} vergeleken={v.vergeleken} />
        ))
      )}

      <h2 class="utrecht-heading-2" id="grafieken">
        Verloop per sector
      </h2>
      <div class="am-grafieken">
        {p.grafieken.map((g) => (
          <GrafiekBlok
            id={`grafiek-${g.sector.toLowerCase()}`}
            invoer={g.invoer}
            optie={g.optie}
            csv={`/financien/${p.jaar}/historie.csv?${q}&sector=${encodeURIComponent(g.sector)}`}
            breedte={640}
            hoogte={300}
          />
        ))}
      </div>
    </Pagina>
  );
}

function Num({ v, veld }: { v: number | null; veld: string }): VNode {
  return (
    <td class="utrecht-table__cell utrecht-table__cell--numeric am-nowrap" data-veld={veld}>
      {mln(v)}
    </td>
  );
}
