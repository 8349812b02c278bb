// The dashboard (/): the kerncijfers at a peildatum with their source and data-quality notes, and
// the published figures over time as charts (server SVG, interactive in the browser, table, CSV).
import type { VNode } from 'preact';
import type { Gebruiker } from '../../domein/beleid.js';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, euroMln, getal, procent } from '../../platform/formaat.js';
import { ACTIE_STATUSSEN, PLAN_STATUSSEN, TOETS_STATUSSEN } from '../../domein/begrippen.js';
import { GrafiekBlok, GRAFIEK_SCRIPTS } from '../../platform/web/grafiekblok.js';
import { grafiek, waarde, type Cijfers, type Reeksen } from '../gegevens.js';
import { afgerondSindsVorige } from '../../domein/afgerond.js';
import { leesbareTekst, type Bron } from '../../domein/bronnen.js';
import { BronnenLijst } from '../../platform/web/bronnen.js';

export const NIET_GEPUBLICEERD = 'niet gepubliceerd';

export interface PeildatumKeuze {
  waarde: string;
  label: string;
}

export interface KaderWeergave {
  rijen: Record<string, unknown>[];
  /** Stand → embargo date, for stands the user may not see yet. */
  verborgen: { stand: string; tot: string }[];
}

export interface DashboardProps {
  gebruiker: Gebruiker | null;
  csrf: string;
  keuzes: PeildatumKeuze[];
  gekozen: string;
  cijfers: Cijfers | null;
  melding?: string;
  reeksen: Reeksen;
  kaders: KaderWeergave;
  middelenOnderEmbargo: string | null;
  /** The source list and the documents the figures cite, numbered ("[1]"). */
  bronnen: { alle: Bron[]; genummerd: Bron[] };
}

function Cijfer({ label, n, soort = 'getal', bron }: { label: string; n: number | null; soort?: 'getal' | 'euro'; bron: string }): VNode {
  return (
    <li class="am-cijfer">
      <span class="am-cijfer__label">{label}</span>
      <span class="am-cijfer__waarde">{n === null ? <span class="am-niet-gepubliceerd">{NIET_GEPUBLICEERD}</span> : soort === 'euro' ? euro(n) : getal(n)}</span>
      <span class="am-cijfer__bron">{bron}</span>
    </li>
  );
}

function BronVermelding({ c, lees }: { c: Cijfers; lees: (t: string) => string }): VNode {
  if (c.bron === 'vastgesteld') {
    return (
      <div class="am-bron">
        <p>
          <strong>Bron: vastgestelde cijfers</strong> (gepubliceerd, peildatum {datum(c.peildatum)}).
        </p>
        <p>{lees(String(c.publicatie ?? ''))}</p>
        <p>Cijfers die in deze publicatie niet voorkomen, staan hier als "{NIET_GEPUBLICEERD}"; ze zijn niet 0.</p>
      </div>
    );
  }
  return (
    <div class="am-bron">
      <p>
        <strong>Bron: berekend</strong> uit de gegevens in de Akkoordmonitor met de stand op {datum(c.peildatum)}. Deze cijfers zijn
        (nog) niet vastgesteld.
      </p>
    </div>
  );
}

export function DashboardPagina(p: DashboardProps): VNode {
  const c = p.cijfers;
  const bronKort = c ? (c.bron === 'vastgesteld' ? `Vastgesteld, ${datum(c.peildatum)}` : `Berekend, ${datum(c.peildatum)}`) : '';
  const w = (pad: string) => waarde(c, pad);
  const lees = (t: string) => leesbareTekst(t, p.bronnen.alle, p.bronnen.genummerd, datum);
  const st = grafiek(p.reeksen.snelleToetsen);
  const pl = grafiek(p.reeksen.plannen);
  return (
    <Pagina titel="Dashboard" actief="dashboard" gebruiker={p.gebruiker} csrf={p.csrf} scripts={GRAFIEK_SCRIPTS} kruimels={[{ label: 'Home', href: '/' }, { label: 'Dashboard' }]}>
      <h1 class="utrecht-heading-1">Dashboard Akkoordmonitor</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        De kerncijfers van de monitoring van het Integraal Zorgakkoord (IZA) en het Aanvullend Zorg- en Welzijnsakkoord (AZWA).
      </p>
      <form method="get" action="/" class="am-peildatum">
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="peildatum">
              Peildatum
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="peildatum" name="peildatum">
              {p.keuzes.map((k) => (
                <option value={k.waarde} selected={k.waarde === p.gekozen}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Toon cijfers
        </button>
      </form>
      {p.melding ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <div class="utrecht-alert__content">{p.melding}</div>
        </div>
      ) : null}
      {c ? (
        <>
          <h2 class="utrecht-heading-2" id="kerncijfers">
            Kerncijfers op {datum(c.peildatum)}
          </h2>
          <BronVermelding c={c} lees={lees} />

          <h3 class="utrecht-heading-3">Acties</h3>
          <ul class="am-cijfers">
            <Cijfer label="IZA-acties (totaal)" n={w('acties.totaal')} bron={bronKort} />
            <Cijfer label="Afgerond sinds de vorige rapportage" n={afgerondSindsVorige(c as Parameters<typeof afgerondSindsVorige>[0])} bron={bronKort} />
          </ul>
          <StatusKop n={w('acties.totaal')} wat="acties" />
          <ul class="am-cijfers" aria-label="Acties naar status">
            {ACTIE_STATUSSEN.map((s) => (
              <Cijfer label={s} n={w(`acties.per_status.${s}`)} bron={bronKort} />
            ))}
          </ul>

          <h3 class="utrecht-heading-3">Snelle toetsen</h3>
          <ul class="am-cijfers">
            <Cijfer label="Aanvragen snelle toets (totaal aangeleverd)" n={w('snelle_toetsen.totaal')} bron={bronKort} />
          </ul>
          <StatusKop n={w('snelle_toetsen.totaal')} wat="snelle toetsen" />
          <ul class="am-cijfers" aria-label="Snelle toetsen naar status">
            {TOETS_STATUSSEN.map((s) => (
              <Cijfer label={s} n={w(`snelle_toetsen.per_status.${s}`)} bron={bronKort} />
            ))}
          </ul>

          <h3 class="utrecht-heading-3">Transformatieplannen</h3>
          <ul class="am-cijfers">
            <Cijfer label="Goedgekeurde snelle toetsen" n={w('transformatieplannen.goedgekeurde_snelle_toetsen')} bron={bronKort} />
            <Cijfer label="Transformatieplannen in uitwerking" n={w('transformatieplannen.in_uitwerking')} bron={bronKort} />
            <Cijfer label="Transformatieplannen ingediend (totaal)" n={w('transformatieplannen.ingediend')} bron={bronKort} />
          </ul>
          <StatusKop n={w('transformatieplannen.ingediend')} wat="ingediende transformatieplannen" />
          <ul class="am-cijfers" aria-label="Ingediende transformatieplannen naar status">
            {PLAN_STATUSSEN.map((s) => (
              <Cijfer label={s} n={w(`transformatieplannen.per_status.${s}`)} bron={bronKort} />
            ))}
          </ul>

          <h3 class="utrecht-heading-3">Transformatiemiddelen</h3>
          {p.middelenOnderEmbargo ? (
            <p class="utrecht-paragraph am-embargo">Deze bedragen staan onder embargo tot {datum(p.middelenOnderEmbargo)}.</p>
          ) : (
            <ul class="am-cijfers">
              <Cijfer label="Beschikbaar gesteld" n={w('transformatiemiddelen.beschikbaar_gesteld')} soort="euro" bron={bronKort} />
              <Cijfer label="Verwacht" n={w('transformatiemiddelen.verwacht')} soort="euro" bron={bronKort} />
              <Cijfer label="Betaalbaar gesteld en betaald" n={w('transformatiemiddelen.betaalbaar_en_betaald')} soort="euro" bron={bronKort} />
              <Cijfer label="Nog vrij te geven" n={w('transformatiemiddelen.nog_vrij_te_geven')} soort="euro" bron={bronKort} />
            </ul>
          )}

          <h3 class="utrecht-heading-3">Financiële kaders</h3>
          <Kaders k={p.kaders} />

          <h3 class="utrecht-heading-3" id="opmerkingen">
            Opmerkingen over de datakwaliteit
          </h3>
          {c.opmerkingen && c.opmerkingen.length > 0 ? (
            <ul class="am-opmerkingen">
              {c.opmerkingen.map((o) => (
                <li>{lees(o)}</li>
              ))}
            </ul>
          ) : (
            <p class="utrecht-paragraph">Bij deze cijfers zijn geen opmerkingen vastgelegd.</p>
          )}
          {p.bronnen.genummerd.length ? (
            <>
              <h3 class="utrecht-heading-3" id="bronnen">
                Bronnen
              </h3>
              <BronnenLijst bronnen={p.bronnen.genummerd} />
            </>
          ) : null}
        </>
      ) : null}

      <h2 class="utrecht-heading-2" id="verloop">
        Gepubliceerde cijfers door de tijd
      </h2>
      <p class="utrecht-paragraph">
        Elk punt is een gepubliceerde stand. Waar een publicatie een cijfer niet noemt, ontbreekt het punt ("{NIET_GEPUBLICEERD}").
      </p>
      <GrafiekBlok id="snelle-toetsen" titel={p.reeksen.snelleToetsen.titel} optie={st.optie} tabel={st.tabel} csvHref="/dashboard/grafiek/snelle-toetsen.csv" />
      <GrafiekBlok id="transformatieplannen" titel={p.reeksen.plannen.titel} optie={pl.optie} tabel={pl.tabel} csvHref="/dashboard/grafiek/transformatieplannen.csv" />
    </Pagina>
  );
}

/** The heading of a status breakdown, as report 000 prints it: "Status van deze 416 snelle toetsen". */
function StatusKop({ n, wat }: { n: number | null; wat: string }): VNode {
  return <h4 class="utrecht-heading-4">{n === null ? `Status van de ${wat}` : `Status van deze ${getal(n)} ${wat}`}</h4>;
}

function Kaders({ k }: { k: KaderWeergave }): VNode {
  return (
    <>
      {k.verborgen.map((v) => (
        <p class="utrecht-paragraph am-embargo">
          De financiële kaders met stand {datum(v.stand)} staan onder embargo tot {datum(v.tot)}.
        </p>
      ))}
      {k.rijen.length === 0 ? (
        k.verborgen.length === 0 ? (
          <p class="utrecht-paragraph am-niet-gepubliceerd">{NIET_GEPUBLICEERD}</p>
        ) : null
      ) : (
        <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">Uitgaven tegenover het kader per jaar en sector (bedragen in miljoenen euro's)</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">Jaar en sector</th>
                <th scope="col" class="utrecht-table__header-cell">Stand</th>
                <th scope="col" class="utrecht-table__header-cell am-getal">Uitgaven</th>
                <th scope="col" class="utrecht-table__header-cell am-getal">Kader</th>
                <th scope="col" class="utrecht-table__header-cell am-getal">Resterend verschil</th>
                <th scope="col" class="utrecht-table__header-cell am-getal">Balanspost</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {k.rijen.map((r) => {
                const n = (x: unknown) => (typeof x === 'number' ? x : null);
                const toon = (x: unknown, f: (v: number) => string) => (n(x) === null ? <span class="am-niet-gepubliceerd">{NIET_GEPUBLICEERD}</span> : f(n(x)!));
                return (
                  <tr class="utrecht-table__row">
                    <th scope="row" class="utrecht-table__header-cell">
                      {String(r.jaar)} {String(r.sector)}
                    </th>
                    <td class="utrecht-table__cell">{typeof r.stand === 'string' ? datum(r.stand) : NIET_GEPUBLICEERD}</td>
                    <td class="utrecht-table__cell am-getal">{toon(r.uitgaven, (v) => euroMln(v))}</td>
                    <td class="utrecht-table__cell am-getal">{toon(r.kader, (v) => euroMln(v))}</td>
                    <td class="utrecht-table__cell am-getal">{toon(r.resterend_verschil, (v) => euroMln(v))}</td>
                    <td class="utrecht-table__cell am-getal">{toon(r.balanspost_pct, (v) => procent(v))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
