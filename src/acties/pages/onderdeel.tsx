// One onderdeel (IZA thematafel part or AZWA agreement) with its actions, texts and history.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { AZWA_BLOKKEN } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import { staafOptie, type EChartsOption, type StaafInvoer } from '../../platform/web/grafiek.js';
import { GrafiekFiguur } from '../../platform/web/grafiekfiguur.js';
import { type ActieFilter, type ActieStand, type HistorieRij, type Onderdeel, type OnderdeelTekst } from '../store.js';
import { type OnderdeelTelling } from '../lijsten.js';
import { type Basis, type Blad, qs, BladBereik, Paginering, Kop, P, PeildatumKiezer, Downloads, voortgangInvoer, ActieTabel, onderdeelHref, FilterFormulier, Historie, StatusTelling, kruimelsBasis } from './onderdelen.js';

export interface OnderdeelProps extends Basis {
  onderdeel: Onderdeel;
  /** Kop boven deelafspraken (C3): de afspraken eronder. */
  kinderen: Onderdeel[];
  verwant: Onderdeel[];
  telling: OnderdeelTelling;
  /** The page of (filtered) actions shown (?pagina=N). */
  acties: Blad<ActieStand>;
  aantalZonderFilter: number;
  filter: ActieFilter;
  partijen: string[];
  historie: HistorieRij[];
  teksten: OnderdeelTekst[];
  magMelden: boolean;
}

const TEKST_KOPPEN: Record<OnderdeelTekst['soort'], string> = {
  voortgang: 'Voortgang',
  mijlpalen: 'Behaalde mijlpalen',
  aandachtspunten: 'Aandachtspunten',
};

export function OnderdeelPagina(p: OnderdeelProps): VNode {
  const o = p.onderdeel;
  const azwa = o.akkoord === 'AZWA';
  const P_ = p.peildatum;
  const pad = azwa ? `/acties/azwa/${encodeURIComponent(o.code)}` : `/acties/onderdeel/${encodeURIComponent(o.code)}`;
  const titel = azwa ? `AZWA ${o.code}. ${o.naam}` : `Onderdeel ${o.code}. ${o.naam}`;
  const invoer: StaafInvoer = {
    ...voortgangInvoer(`Status van de acties van ${azwa ? 'afspraak' : 'onderdeel'} ${o.code}`, [{ label: '', telling: p.telling }], false),
  };
  // één staaf per status (zoals de G-pagina van de rapportage, 002 r. 9897-9929)
  const perStatus: StaafInvoer = {
    titel: invoer.titel,
    categorieen: invoer.reeksen.map((r) => r.naam),
    reeksen: [{ naam: 'Aantal acties', waarden: invoer.reeksen.map((r) => r.waarden[0]) }],
    eenheid: 'acties',
    xNaam: 'Status',
  };
  const optie = staafOptie(perStatus) as EChartsOption & { series: Record<string, unknown>[] };
  optie.series = optie.series.map((s) => ({
    ...s,
    label: { show: true, position: 'top' },
    data: (s.data as number[]).map((v, i) => ({ value: v, itemStyle: { color: invoer.reeksen[i].kleur } })),
  }));
  (optie as Record<string, unknown>).legend = { show: false };
  const teksten = groepeerTeksten(p.teksten);
  return (
    <Pagina
      titel={titel}
      actief="acties"
      kruimels={[...kruimelsBasis, ...(azwa ? [{ label: 'AZWA-afspraken', href: `/acties/azwa${qs({ peildatum: P_ })}` }] : []), { label: titel }]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      <Kop niveau={1}>{titel}</Kop>
      {azwa ? (
        <dl class="am-eigenschappen">
          <dt>Blok</dt>
          <dd>
            {o.blok}. {AZWA_BLOKKEN[o.blok ?? ''] ?? ''}
          </dd>
          <dt>Regeldrukeffect</dt>
          <dd>{o.regeldrukeffect ?? 'niet genoemd in de fiche'}</dd>
          <dt>Financiering</dt>
          <dd>
            {o.financiering.length ? o.financiering.join('; ') : 'niet genoemd in de bijlagen'}
            {o.financiering.length ? (
              <>
                {' · '}
                <a class="utrecht-link" href={`/financien/afspraken/${o.code}${qs({ peildatum: P_ })}`}>
                  geld en realisatie van {o.code}
                </a>
              </>
            ) : null}
          </dd>
          {o.bron ? (
            <>
              <dt>Bron</dt>
              <dd>{o.bron}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {p.kinderen.length ? (
        <P>
          Dit is een overkoepelende kop; de afspraken staan onder{' '}
          {p.kinderen.map((k, i) => (
            <span>
              {i > 0 ? ' en ' : ''}
              <a class="utrecht-link" href={onderdeelHref('AZWA', k.code, P_)}>
                {k.code}. {k.naam}
              </a>
            </span>
          ))}
          .
        </P>
      ) : null}
      <PeildatumKiezer basis={p} actie={pad} behoud={{ status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn }} />
      {P_ === null ? null : (
        <>
          <GrafiekFiguur id="grafiek-onderdeel" invoer={perStatus} optie={optie} csv={`/acties/voortgang.csv${qs({ peildatum: P_, onderdeel: o.code })}`} breedte={720} hoogte={300} />
          <StatusTelling telling={p.telling} caption={`Aantal acties per status op ${datum(P_)}`} />
          {p.magMelden && P_ === p.vandaag ? (
            <P>
              <a class="utrecht-button-link utrecht-button-link--primary-action" href={`${pad}/status`}>
                Status melden voor alle acties van {o.code}
              </a>
            </P>
          ) : p.magMelden ? (
            <P>
              U kunt de status melden vanuit <a class="utrecht-link" href={pad}>de stand van vandaag</a>.
            </P>
          ) : null}
          <section aria-labelledby="acties-kop">
            <Kop id="acties-kop">
              {azwa ? 'Deelafspraken' : 'Acties'} ({getal(p.acties.totaal)}
              {p.acties.totaal !== p.aantalZonderFilter ? ` van ${getal(p.aantalZonderFilter)}` : ''})
            </Kop>
            <FilterFormulier actie={pad} filter={p.filter} partijen={p.partijen} peildatum={P_} />
            <BladBereik blad={p.acties} wat={azwa ? 'Deelafspraken' : 'Acties'} />
            <ActieTabel lijst={p.acties.rijen} caption={`${azwa ? 'Deelafspraken' : 'Acties'} van ${o.code} op ${datum(P_)}`} peildatum={P_} />
            <Paginering
              blad={p.acties}
              label={`Pagina's met ${azwa ? 'deelafspraken' : 'acties'} van ${o.code}`}
              href={(n) => `${pad}${qs({ peildatum: P_, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, pagina: n > 1 ? String(n) : undefined })}#acties-kop`}
            />
            <Downloads href="/acties/export" query={{ peildatum: P_, onderdeel: o.code, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn }} />
          </section>
          {teksten.length > 0 ? (
            <section aria-labelledby="teksten-kop">
              <Kop id="teksten-kop">Uit de rapportages</Kop>
              {teksten.map((r) => (
                <article>
                  <Kop niveau={3}>
                    {r.titel} (peildatum {datum(r.peildatum)}
                    {r.status !== 'gepubliceerd' ? `, ${r.status === 'open' ? 'concept' : 'vastgesteld, nog niet gepubliceerd'}` : ''})
                  </Kop>
                  {r.teksten.map((t) => (
                    <>
                      <h4 class="utrecht-heading-4">{TEKST_KOPPEN[t.soort]}</h4>
                      {t.soort === 'voortgang' ? (
                        t.tekst.split(/\n\s*\n/).map((alinea) => <P>{alinea}</P>)
                      ) : (
                        <ul class="utrecht-unordered-list">
                          {t.tekst
                            .split('\n')
                            .map((r) => r.trim())
                            .filter(Boolean)
                            .map((r) => (
                              <li>{r}</li>
                            ))}
                        </ul>
                      )}
                    </>
                  ))}
                  <p class="utrecht-paragraph">
                    <small>Zelfrapportage van de thematafel.</small>
                  </p>
                </article>
              ))}
            </section>
          ) : null}
          <section aria-labelledby="historie-kop">
            <Kop id="historie-kop">Historie</Kop>
            <Historie rijen={p.historie.slice(0, 100)} caption={`Statusmeldingen van ${o.code} tot en met ${datum(P_)}, nieuwste eerst${p.historie.length > 100 ? ' (eerste 100)' : ''}`} toonCode peildatum={P_} />
            <Downloads href="/acties/historie" query={{ peildatum: P_, onderdeel: o.code }} />
          </section>
        </>
      )}
      {p.verwant.length > 0 ? (
        <section aria-labelledby="verwant-kop">
          <Kop id="verwant-kop">Andere afspraken in blok {o.blok}</Kop>
          <ul class="utrecht-unordered-list">
            {p.verwant.map((v) => (
              <li>
                <a class="utrecht-link" href={onderdeelHref('AZWA', v.code, P_)}>
                  {v.code}. {v.naam}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Pagina>
  );
}

function groepeerTeksten(t: OnderdeelTekst[]): { titel: string; peildatum: string; status: string; teksten: OnderdeelTekst[] }[] {
  const uit: { titel: string; peildatum: string; status: string; teksten: OnderdeelTekst[] }[] = [];
  for (const x of t) {
    const laatste = uit[uit.length - 1];
    if (laatste && laatste.peildatum === x.peildatum) laatste.teksten.push(x);
    else uit.push({ titel: x.ronde_titel, peildatum: x.peildatum, status: x.ronde_status, teksten: [x] });
  }
  return uit;
}
