// Pages of the actions register: overview per thematafel, onderdeel / AZWA agreement, one action,
// search, status forms (per action and per onderdeel) and the form for a new action.
// Server-rendered; work without JavaScript; errors next to the field.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina, type Kruimel } from '../platform/web/pagina.js';
import type { Gebruiker } from '../domein/beleid.js';
import { ACTIE_STATUSSEN, AZWA_BLOKKEN, type ActieStatus } from '../domein/begrippen.js';
import { datum, getal } from '../platform/formaat.js';
import { KLEUREN, staafOptie, STATUS_KLEUREN, type EChartsOption, type StaafInvoer } from '../platform/web/grafiek.js';
import { DataTabel, GrafiekFiguur } from '../platform/web/grafiekfiguur.js';
import type { VeldFouten } from '../domein/acties.js';
import { TERMIJN_LABELS, type ActieFilter, type ActieStand, type HistorieRij, type Onderdeel, type OnderdeelTekst } from './store.js';
import { termijnBereik, ZONDER_STATUS, type OnderdeelTelling } from './lijsten.js';

// ─── Gedeeld ───────────────────────────────────────────────────────────────────────────────────

export interface Basis {
  gebruiker: Gebruiker | null;
  csrf?: string;
  /** De peildatum waarvan de pagina de stand toont (null: niets zichtbaar voor deze lezer). */
  peildatum: string | null;
  /** De gevraagde peildatum (kan later zijn dan wat het publiek mag zien). */
  gevraagd: string;
  vandaag: string;
  rondes: { peildatum: string; titel: string; status: string }[];
  /** True when the reader sees the newest published round instead of the requested date. */
  beperkt: boolean;
}

export function qs(p: Record<string, string | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) u.set(k, v);
  const s = u.toString();
  return s ? `?${s}` : '';
}

function Kop({ children, niveau = 2, id }: { children: ComponentChildren; niveau?: 1 | 2 | 3; id?: string }): VNode {
  if (niveau === 1) return <h1 class="utrecht-heading-1" id={id}>{children}</h1>;
  if (niveau === 3) return <h3 class="utrecht-heading-3" id={id}>{children}</h3>;
  return <h2 class="utrecht-heading-2" id={id}>{children}</h2>;
}

function P({ children }: { children: ComponentChildren }): VNode {
  return <p class="utrecht-paragraph">{children}</p>;
}

export function StatusLabel({ status }: { status: string | null }): VNode {
  const kleur = status ? STATUS_KLEUREN[status as ActieStatus] : KLEUREN.grijs;
  return (
    <span class="am-status" style={`border-left: 0.5em solid ${kleur}; padding-left: 0.4em`}>
      {status ?? ZONDER_STATUS}
    </span>
  );
}

function TermijnLabel({ a }: { a: ActieStand }): VNode | null {
  if (a.termijnStatus === 'verlopen') return <strong class="am-label am-label--waarschuwing">Termijn verstreken</strong>;
  if (a.termijnStatus === 'binnenkort') return <strong class="am-label am-label--let-op">Binnenkort</strong>;
  return null;
}

function Termijn({ a }: { a: ActieStand }): VNode {
  if (!a.deadline) return <span>–</span>;
  return (
    <span>
      {a.deadline}
      <br />
      <small>
        {termijnBereik(a.termijn)}
        {a.termijn.tegenstrijdig ? ' (tegenstrijdige termijnen)' : ''}
      </small>{' '}
      <TermijnLabel a={a} />
    </span>
  );
}

/** Kiezer voor de peildatum (GET-formulier); behoudt de andere parameters van de pagina. */
export function PeildatumKiezer(p: { basis: Basis; actie: string; behoud?: Record<string, string | undefined> }): VNode {
  const b = p.basis;
  return (
    <form method="get" action={p.actie} class="am-peildatum" aria-label="Peildatum kiezen">
      {Object.entries(p.behoud ?? {}).map(([k, v]) => (v ? <input type="hidden" name={k} value={v} /> : null))}
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="peildatum">
          Stand op peildatum
        </label>
        <input class="utrecht-textbox" type="date" id="peildatum" name="peildatum" value={b.peildatum ?? b.gevraagd} max={b.vandaag} />{' '}
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Toon stand
        </button>
      </div>
      {b.rondes.length > 0 ? (
        <p class="utrecht-paragraph">
          Peildatums van rapportagerondes:{' '}
          {b.rondes.map((r, i) => (
            <span>
              {i > 0 ? ', ' : ''}
              <a class="utrecht-link" href={`${p.actie}${qs({ ...p.behoud, peildatum: r.peildatum })}`}>
                {datum(r.peildatum)}
              </a>{' '}
              ({r.status})
            </span>
          ))}
        </p>
      ) : null}
      {b.beperkt ? (
        <p class="utrecht-paragraph am-melding">
          {b.peildatum
            ? `U ziet de stand van de laatst gepubliceerde rapportage (peildatum ${datum(b.peildatum)}). Log in voor een latere stand.`
            : 'Er is nog geen gepubliceerde rapportage. Log in om de stand van de acties te zien.'}
        </p>
      ) : (
        <p class="utrecht-paragraph">
          U ziet wat op {datum(b.peildatum)} bekend was: de laatste statusmelding van elke actie met een datum tot en met die dag.
        </p>
      )}
    </form>
  );
}

function Downloads({ href, query }: { href: string; query: Record<string, string | undefined | null> }): VNode {
  return (
    <p class="utrecht-paragraph">
      Download deze lijst:{' '}
      <a class="utrecht-link" href={`${href}.csv${qs(query)}`} download>
        CSV
      </a>{' '}
      ·{' '}
      <a class="utrecht-link" href={`${href}.xlsx${qs(query)}`} download>
        Excel (XLSX)
      </a>
    </p>
  );
}

/** Gestapelde staaf per onderdeel naar status, zoals "Voortgang afspraken per thematafel" (002 r. 9668-9725). */
export function voortgangInvoer(titel: string, rijen: { label: string; telling: OnderdeelTelling }[], horizontaal = true): StaafInvoer {
  const zonder = rijen.map((r) => r.telling.totaal - ACTIE_STATUSSEN.reduce((s, st) => s + (r.telling.per_status[st] ?? 0), 0));
  return {
    titel,
    categorieen: rijen.map((r) => r.label),
    reeksen: [
      ...ACTIE_STATUSSEN.map((s) => ({ naam: s, waarden: rijen.map((r) => r.telling.per_status[s] ?? 0), kleur: STATUS_KLEUREN[s] })),
      ...(zonder.some((z) => z > 0) ? [{ naam: ZONDER_STATUS, waarden: zonder, kleur: KLEUREN.grijs }] : []),
    ],
    gestapeld: true,
    horizontaal,
    eenheid: 'acties',
    xNaam: 'Onderdeel',
  };
}

/** De staafoptie met labels op de segmenten die niet nul zijn, zoals in de rapportage. */
export function voortgangOptie(invoer: StaafInvoer): EChartsOption {
  const optie = staafOptie(invoer) as EChartsOption & { series: Record<string, unknown>[] };
  optie.series = optie.series.map((s) => ({
    ...s,
    data: (s.data as (number | null)[]).map((v) => (v === 0 ? null : v)),
    label: { show: true, position: 'inside', color: '#ffffff', fontWeight: 'bold' },
  }));
  if (invoer.horizontaal) (optie as Record<string, unknown>).grid = { left: 260, right: 32, top: 56, bottom: 64 };
  return optie;
}

export function ActieTabel(p: { lijst: readonly ActieStand[]; caption: string; toonOnderdeel?: boolean; peildatum: string }): VNode {
  if (p.lijst.length === 0) return <P>Geen acties gevonden.</P>;
  const onderdeel = <T,>(x: T): T[] => (p.toonOnderdeel ? [x] : []);
  return (
    <DataTabel<ComponentChildren>
      caption={p.caption}
      kop={['Code', ...onderdeel('Onderdeel'), 'Titel', 'Trekker en betrokken', 'Termijn', 'Status']}
      rijen={p.lijst.map((a) => [
        <a class="utrecht-link" href={`/acties/actie/${encodeURIComponent(a.code)}${qs({ peildatum: p.peildatum })}`}>
          {a.code}
        </a>,
        ...onderdeel(
          <a class="utrecht-link" href={onderdeelHref(a.akkoord, a.onderdeel, p.peildatum)}>
            {a.onderdeel}
          </a>,
        ),
        a.titel,
        <>
          {a.trekker ? <strong>{a.trekker}</strong> : '–'}
          {a.betrokken?.length ? <span> · {a.betrokken.join(', ')}</span> : null}
        </>,
        <Termijn a={a} />,
        <>
          <StatusLabel status={a.status} />
          <br />
          <small>sinds {datum(a.status_datum)}</small>
        </>,
      ])}
      omhulsel={{ klasse: 'am-tabel-scroll' }}
      celKlasse={() => 'utrecht-table__cell'}
      tekst={(c) => c}
    />
  );
}

export function onderdeelHref(akkoord: string, code: string, peildatum?: string | null): string {
  return `/acties/${akkoord === 'AZWA' ? 'azwa' : 'onderdeel'}/${encodeURIComponent(code)}${qs({ peildatum: peildatum ?? undefined })}`;
}

function FilterFormulier(p: { actie: string; filter: ActieFilter; partijen: string[]; peildatum: string; metZoekterm?: boolean; akkoord?: string }): VNode {
  return (
    <form method="get" action={p.actie} class="am-filters" aria-label="Acties filteren">
      <input type="hidden" name="peildatum" value={p.peildatum} />
      {p.metZoekterm ? (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="q">
            Zoek in code, titel, partijen, termijn en toelichting
          </label>
          <input class="utrecht-textbox" type="search" id="q" name="q" value={p.filter.q ?? ''} />
        </div>
      ) : null}
      {p.metZoekterm ? (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="akkoord">
            Akkoord
          </label>
          <select class="utrecht-select" id="akkoord" name="akkoord">
            <option value="">IZA en AZWA</option>
            {['IZA', 'AZWA'].map((a) => (
              <option value={a} selected={p.akkoord === a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="status">
          Status
        </label>
        <select class="utrecht-select" id="status" name="status">
          <option value="">Alle statussen</option>
          {ACTIE_STATUSSEN.map((s) => (
            <option value={s} selected={p.filter.status === s}>
              {s}
            </option>
          ))}
          <option value="zonder" selected={p.filter.status === 'zonder'}>
            {ZONDER_STATUS}
          </option>
        </select>
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="partij">
          Partij (trekker of betrokken)
        </label>
        <select class="utrecht-select" id="partij" name="partij">
          <option value="">Alle partijen</option>
          {p.partijen.map((x) => (
            <option value={x} selected={p.filter.partij === x}>
              {x}
            </option>
          ))}
        </select>
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="termijn">
          Termijn
        </label>
        <select class="utrecht-select" id="termijn" name="termijn">
          <option value="">Alle termijnen</option>
          {Object.entries(TERMIJN_LABELS).map(([k, v]) => (
            <option value={k} selected={p.filter.termijn === k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Filter
      </button>
    </form>
  );
}

function Historie(p: { rijen: readonly HistorieRij[]; caption: string; toonCode?: boolean; peildatum: string }): VNode {
  if (p.rijen.length === 0) return <P>Geen meldingen tot en met deze peildatum.</P>;
  const code = <T,>(x: T): T[] => (p.toonCode ? [x] : []);
  return (
    <DataTabel<ComponentChildren>
      caption={p.caption}
      kop={['Statusdatum', ...code('Actie'), 'Status', 'Toelichting', 'Gemeld door']}
      rijen={p.rijen.map((r) => [
        datum(r.status_datum),
        ...code(
          <a class="utrecht-link" href={`/acties/actie/${encodeURIComponent(r.code)}${qs({ peildatum: p.peildatum })}`}>
            {r.code}
          </a>,
        ),
        <StatusLabel status={r.status} />,
        r.toelichting ?? '–',
        r.import_id ? `${r.door} (import)` : r.door,
      ])}
      omhulsel={{ klasse: 'am-tabel-scroll' }}
      celKlasse={() => 'utrecht-table__cell'}
      tekst={(c) => c}
    />
  );
}

function StatusTelling({ telling, caption }: { telling: OnderdeelTelling; caption: string }): VNode {
  const zonder = telling.totaal - ACTIE_STATUSSEN.reduce((s, st) => s + (telling.per_status[st] ?? 0), 0);
  return (
    <table class="utrecht-table am-telling">
      <caption class="utrecht-table__caption">{caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {[...ACTIE_STATUSSEN, ZONDER_STATUS, 'Totaal'].map((s) => (
            <th scope="col" class="utrecht-table__header-cell">
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        <tr class="utrecht-table__row">
          {ACTIE_STATUSSEN.map((s) => (
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(telling.per_status[s] ?? 0)}</td>
          ))}
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(zonder)}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal(telling.totaal)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Veld(p: { id: string; label: string; fout?: string; hint?: string; children: ComponentChildren }): VNode {
  return (
    <div class={`utrecht-form-field${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={p.id}>
        {p.label}
      </label>
      {p.hint ? (
        <p class="utrecht-form-field-description" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.fout ? (
        <p class="utrecht-form-field-error-message" id={`${p.id}-fout`}>
          <span class="am-visueel-verborgen">Fout: </span>
          {p.fout}
        </p>
      ) : null}
      {p.children}
    </div>
  );
}

function beschreven(id: string, fout?: string, hint?: string): Record<string, string | boolean | undefined> {
  const ids = [hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': fout ? 'true' : undefined };
}

function Foutsamenvatting({ fouten, melding }: { fouten: { id: string; tekst: string }[]; melding?: string }): VNode | null {
  if (fouten.length === 0 && !melding) return null;
  return (
    <div class="am-foutsamenvatting utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1}>
      <Kop niveau={2}>Er is iets niet goed</Kop>
      {melding ? <P>{melding}</P> : null}
      {fouten.length ? (
        <ul class="utrecht-unordered-list">
          {fouten.map((f) => (
            <li>
              <a class="utrecht-link" href={`#${f.id}`}>
                {f.tekst}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Csrf({ csrf }: { csrf?: string }): VNode | null {
  return csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null;
}

const kruimelsBasis: Kruimel[] = [{ label: 'Home', href: '/' }, { label: 'Acties', href: '/acties' }];

// ─── Overzicht ────────────────────────────────────────────────────────────────────────────────

export interface OverzichtProps extends Basis {
  iza: { rijen: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  azwa: { blokken: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  totaal: { totaal: number; per_status: Record<string, number>; zonder_status: number; afgerond_sinds_vorige: number | null };
  sinds: string | null;
  verlopen: ActieStand[];
  binnenkort: ActieStand[];
  gepubliceerd: { bron: string; totaal: number | null; per_status: Record<string, number> | null; afgerond_sinds_vorige: number | null } | null;
  magNieuw: boolean;
}

export function OverzichtPagina(p: OverzichtProps): VNode {
  const P_ = p.peildatum;
  const izaInvoer = voortgangInvoer('Voortgang afspraken per thematafel', p.iza.rijen);
  const azwaInvoer = voortgangInvoer('Voortgang AZWA-afspraken per blok', p.azwa.blokken);
  return (
    <Pagina titel="Acties: voortgang per thematafel" actief="acties" kruimels={[kruimelsBasis[0], { label: 'Acties' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>Voortgang afspraken per thematafel</Kop>
      <PeildatumKiezer basis={p} actie="/acties" />
      {P_ === null ? null : (
        <>
          <div class="am-callout" role="note">
            <p class="utrecht-paragraph">
              <strong>
                {p.totaal.afgerond_sinds_vorige === null
                  ? 'Geen vorige peildatum'
                  : `${getal(p.totaal.afgerond_sinds_vorige)} ${p.totaal.afgerond_sinds_vorige === 1 ? 'actie' : 'acties'} afgerond sinds vorige peildatum`}
              </strong>
              {p.sinds ? ` (${datum(p.sinds)})` : ': er is geen vastgestelde rapportageronde vóór deze peildatum.'}
            </p>
            <p class="utrecht-paragraph">
              In totaal {getal(p.totaal.totaal)} acties: {ACTIE_STATUSSEN.map((s) => `${getal(p.totaal.per_status[s] ?? 0)} ${s.toLowerCase()}`).join(', ')} en{' '}
              {getal(p.totaal.zonder_status)} zonder status. Deze cijfers zijn gelijk aan{' '}
              <a class="utrecht-link" href={`/api/v1/kerncijfers${qs({ peildatum: P_, bron: 'berekend', sinds: p.sinds ?? undefined })}`}>
                de kerncijfers-API
              </a>{' '}
              voor dezelfde peildatum.
            </p>
          </div>
          {p.gepubliceerd ? (
            <div class="am-melding" role="note">
              <p class="utrecht-paragraph">
                Voor deze peildatum zijn vastgestelde kerncijfers gepubliceerd ({p.gepubliceerd.bron}):{' '}
                {p.gepubliceerd.totaal !== null ? `${getal(p.gepubliceerd.totaal)} acties` : 'geen totaal'}
                {p.gepubliceerd.per_status ? ` (${ACTIE_STATUSSEN.map((s) => `${getal(p.gepubliceerd!.per_status![s] ?? 0)} ${s.toLowerCase()}`).join(', ')})` : ''}
                {p.gepubliceerd.afgerond_sinds_vorige !== null ? `, waarvan ${getal(p.gepubliceerd.afgerond_sinds_vorige)} afgerond sinds de vorige peildatum` : ''}. De
                grafieken hieronder tellen de acties die in het register staan.
              </p>
            </div>
          ) : null}
          <section aria-labelledby="iza-kop">
            <Kop id="iza-kop">IZA: {getal(p.iza.totaal)} acties in 10 thematafels</Kop>
            {p.iza.totaal === 0 ? <P>Er staan op deze peildatum nog geen IZA-acties in het register. Ze komen binnen via een import of het formulier voor een nieuwe actie.</P> : null}
            <GrafiekFiguur id="grafiek-iza" invoer={izaInvoer} optie={voortgangOptie(izaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'IZA' })}`} breedte={960} hoogte={460} />
            <ul class="utrecht-unordered-list am-kolommen">
              {p.iza.rijen.map((r) => (
                <li>
                  <a class="utrecht-link" href={onderdeelHref('IZA', r.code, P_)}>
                    {r.label}
                  </a>{' '}
                  ({getal(r.telling.totaal)})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="azwa-kop">
            <Kop id="azwa-kop">AZWA: {getal(p.azwa.totaal)} deelafspraken in 5 blokken</Kop>
            <GrafiekFiguur id="grafiek-azwa" invoer={azwaInvoer} optie={voortgangOptie(azwaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'AZWA' })}`} breedte={960} hoogte={320} />
            <P>
              <a class="utrecht-link" href={`/acties/azwa${qs({ peildatum: P_ })}`}>
                Alle AZWA-afspraken (A1 tot en met E6)
              </a>
            </P>
          </section>
          <section aria-labelledby="termijnen-kop">
            <Kop id="termijnen-kop">Termijnen</Kop>
            <Kop niveau={3}>Termijn verstreken, niet afgerond ({getal(p.verlopen.length)})</Kop>
            <ActieTabel lijst={p.verlopen.slice(0, 15)} caption="Acties met een verstreken termijn (eerste 15)" toonOnderdeel peildatum={P_} />
            <P>
              <a class="utrecht-link" href={`/acties/zoeken${qs({ peildatum: P_, termijn: 'verlopen' })}`}>
                Alle {getal(p.verlopen.length)} acties met een verstreken termijn
              </a>
            </P>
            <Kop niveau={3}>Termijn binnen 30 dagen ({getal(p.binnenkort.length)})</Kop>
            <ActieTabel lijst={p.binnenkort.slice(0, 15)} caption="Acties waarvan de termijn binnen 30 dagen verstrijkt (eerste 15)" toonOnderdeel peildatum={P_} />
            <P>
              <a class="utrecht-link" href={`/acties/zoeken${qs({ peildatum: P_, termijn: 'binnenkort' })}`}>
                Alle acties met een termijn binnen 30 dagen
              </a>
            </P>
          </section>
          <section aria-labelledby="meer-kop">
            <Kop id="meer-kop">Zoeken en downloaden</Kop>
            <form method="get" action="/acties/zoeken" role="search">
              <input type="hidden" name="peildatum" value={P_} />
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="zoek-q">
                  Zoek een actie
                </label>
                <input class="utrecht-textbox" type="search" id="zoek-q" name="q" />{' '}
                <button class="utrecht-button utrecht-button--primary-action" type="submit">
                  Zoeken
                </button>
              </div>
            </form>
            <Downloads href="/acties/export" query={{ peildatum: P_ }} />
            <P>
              Telling per onderdeel:{' '}
              <a class="utrecht-link" href={`/acties/voortgang.csv${qs({ peildatum: P_ })}`} download>
                CSV
              </a>{' '}
              ·{' '}
              <a class="utrecht-link" href={`/acties/voortgang.xlsx${qs({ peildatum: P_ })}`} download>
                Excel (XLSX)
              </a>
            </P>
            {p.magNieuw ? (
              <P>
                <a class="utrecht-link" href="/acties/nieuw">
                  Nieuwe actie registreren
                </a>{' '}
                ·{' '}
                <a class="utrecht-link" href="/acties/instellingen">
                  Ankermoment voor termijnen
                </a>
              </P>
            ) : null}
          </section>
        </>
      )}
    </Pagina>
  );
}

// ─── Onderdeel (IZA-thematafel of AZWA-afspraak) ──────────────────────────────────────────────

export interface OnderdeelProps extends Basis {
  onderdeel: Onderdeel;
  /** Kop boven deelafspraken (C3): de afspraken eronder. */
  kinderen: Onderdeel[];
  verwant: Onderdeel[];
  telling: OnderdeelTelling;
  acties: ActieStand[];
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
          <dd>{o.financiering.length ? o.financiering.join('; ') : 'niet genoemd in de bijlagen'}</dd>
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
              {azwa ? 'Deelafspraken' : 'Acties'} ({getal(p.acties.length)}
              {p.acties.length !== p.aantalZonderFilter ? ` van ${getal(p.aantalZonderFilter)}` : ''})
            </Kop>
            <FilterFormulier actie={pad} filter={p.filter} partijen={p.partijen} peildatum={P_} />
            <ActieTabel lijst={p.acties} caption={`${azwa ? 'Deelafspraken' : 'Acties'} van ${o.code} op ${datum(P_)}`} peildatum={P_} />
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

// ─── AZWA-afspraken ────────────────────────────────────────────────────────────────────────────

export interface AzwaLijstProps extends Basis {
  afspraken: (Onderdeel & { telling: OnderdeelTelling | null; overkoepelend: boolean })[];
}

export function AzwaLijstPagina(p: AzwaLijstProps): VNode {
  const blokken = Object.entries(AZWA_BLOKKEN);
  return (
    <Pagina titel="AZWA-afspraken" actief="acties" kruimels={[...kruimelsBasis, { label: 'AZWA-afspraken' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>AZWA-afspraken</Kop>
      <P>
        Het Aanvullend Zorg- en Welzijnsakkoord (onderhandelaarsakkoord 3 juli 2025) heeft 30 afspraken in vijf blokken, met 31 codes (C3 bestaat uit C3a
        en C3b). Elke afspraak heeft deelafspraken met een eigen termijn.
      </P>
      <PeildatumKiezer basis={p} actie="/acties/azwa" />
      {blokken.map(([blok, naam]) => (
        <section aria-labelledby={`blok-${blok}`}>
          <Kop id={`blok-${blok}`}>
            Blok {blok}. {naam}
          </Kop>
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">Afspraken in blok {blok}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">Code</th>
                <th scope="col" class="utrecht-table__header-cell">Afspraak</th>
                <th scope="col" class="utrecht-table__header-cell">Regeldrukeffect</th>
                <th scope="col" class="utrecht-table__header-cell">Deelafspraken</th>
                <th scope="col" class="utrecht-table__header-cell">Afgerond</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.afspraken
                .filter((a) => a.blok === blok)
                .map((a) => (
                  <tr class="utrecht-table__row" data-afspraak={a.overkoepelend ? undefined : a.code}>
                    <th scope="row" class="utrecht-table__header-cell">
                      <a class="utrecht-link" href={onderdeelHref('AZWA', a.code, p.peildatum)}>
                        {a.code}
                      </a>
                    </th>
                    <td class="utrecht-table__cell">
                      {a.naam}
                      {a.overkoepelend ? <small> (overkoepelende kop)</small> : null}
                    </td>
                    <td class="utrecht-table__cell">{a.regeldrukeffect ?? '–'}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{a.telling ? getal(a.telling.totaal) : '–'}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{a.telling ? getal(a.telling.per_status.Afgerond ?? 0) : '–'}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      {p.peildatum ? <Downloads href="/acties/export" query={{ peildatum: p.peildatum, akkoord: 'AZWA' }} /> : null}
    </Pagina>
  );
}

// ─── Eén actie ─────────────────────────────────────────────────────────────────────────────────

export interface StatusFormulierWaarden {
  status: string;
  status_datum: string;
  toelichting: string;
  volgnr: number;
}

export interface ActieProps extends Basis {
  actie: ActieStand;
  onderdeel: Onderdeel | null;
  historie: HistorieRij[];
  laterAantal: number;
  formulier: { waarden: StatusFormulierWaarden; fouten: VeldFouten; melding?: string } | null;
  gemeld?: boolean;
}

export function ActiePagina(p: ActieProps): VNode {
  const a = p.actie;
  const P_ = p.peildatum!;
  const t = a.termijn;
  return (
    <Pagina
      titel={`Actie ${a.code}`}
      actief="acties"
      kruimels={[
        ...kruimelsBasis,
        { label: a.akkoord === 'AZWA' ? `AZWA ${a.onderdeel}` : `Onderdeel ${a.onderdeel}`, href: onderdeelHref(a.akkoord, a.onderdeel, P_) },
        { label: a.code },
      ]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      {p.formulier ? (
        <Foutsamenvatting
          melding={p.formulier.melding}
          fouten={Object.entries(p.formulier.fouten).map(([veld, tekst]) => ({ id: veld === 'status_datum' ? 'status_datum' : veld, tekst: tekst! }))}
        />
      ) : null}
      {p.gemeld ? (
        <div class="utrecht-alert utrecht-alert--ok am-melding" role="status">
          <P>De statusmelding is opgeslagen.</P>
        </div>
      ) : null}
      <Kop niveau={1}>
        {a.code}. {a.titel}
      </Kop>
      <PeildatumKiezer basis={p} actie={`/acties/actie/${encodeURIComponent(a.code)}`} />
      <dl class="am-eigenschappen">
        <dt>Akkoord en onderdeel</dt>
        <dd>
          {a.akkoord},{' '}
          <a class="utrecht-link" href={onderdeelHref(a.akkoord, a.onderdeel, P_)}>
            {a.onderdeel}
            {p.onderdeel ? `. ${p.onderdeel.naam}` : ''}
          </a>
        </dd>
        <dt>Status op {datum(P_)}</dt>
        <dd>
          <StatusLabel status={a.status} /> (gemeld per {datum(a.status_datum)})
        </dd>
        <dt>Trekker</dt>
        <dd>{a.trekker ?? '–'}</dd>
        <dt>Betrokken</dt>
        <dd>{a.betrokken?.length ? a.betrokken.join(', ') : '–'}</dd>
        <dt>Termijn</dt>
        <dd>
          {a.deadline ?? 'geen termijn'} <TermijnLabel a={a} />
          {a.deadline ? (
            <ul class="utrecht-unordered-list">
              <li>Bereik: {termijnBereik(t)}</li>
              <li>Uitleg: {t.omschrijving}</li>
              <li>Precisie: {t.precisie}; soort: {t.soort}</li>
              {t.tegenstrijdig ? <li><strong>Let op: de tekst noemt elkaar tegensprekende termijnen.</strong></li> : null}
              {t.mijlpalen.length > 1
                ? t.mijlpalen.map((m) => (
                    <li>
                      Mijlpaal "{m.tekst}": {termijnBereik(m)}
                    </li>
                  ))
                : null}
            </ul>
          ) : null}
        </dd>
        <dt>Geregistreerd</dt>
        <dd>{datum(a.eerste_datum)}</dd>
        {a.toelichting ? (
          <>
            <dt>Toelichting</dt>
            <dd>{a.toelichting}</dd>
          </>
        ) : null}
      </dl>
      {p.formulier ? <StatusFormulier code={a.code} csrf={p.csrf} f={p.formulier} /> : null}
      <section aria-labelledby="historie-kop">
        <Kop id="historie-kop">Historie</Kop>
        <Historie rijen={p.historie} caption={`Alle meldingen van ${a.code} tot en met ${datum(P_)}, nieuwste eerst`} peildatum={P_} />
        {p.laterAantal > 0 ? (
          <P>
            Na deze peildatum {p.laterAantal === 1 ? 'is nog 1 melding' : `zijn nog ${p.laterAantal} meldingen`} gedaan;{' '}
            <a class="utrecht-link" href={`/acties/actie/${encodeURIComponent(a.code)}`}>
              bekijk de stand van vandaag
            </a>
            .
          </P>
        ) : null}
        <Downloads href="/acties/historie" query={{ peildatum: P_, code: a.code }} />
      </section>
    </Pagina>
  );
}

function StatusFormulier(p: { code: string; csrf?: string; f: NonNullable<ActieProps['formulier']> }): VNode {
  const { waarden: w, fouten } = p.f;
  return (
    <section aria-labelledby="status-kop">
      <Kop id="status-kop">Status melden</Kop>
      <P>
        Een slechtere status (volgorde: Afgerond, Loopt voor, Loopt op schema, Loopt achter, Nog niet gestart) of een verstreken termijn vraagt een
        toelichting. Een actie zonder status geldt als "Loopt op schema".
      </P>
      <form method="post" action={`/acties/actie/${encodeURIComponent(p.code)}/status`} novalidate>
        <Csrf csrf={p.csrf} />
        <input type="hidden" name="volgnr" value={String(w.volgnr)} />
        <Veld id="status" label="Nieuwe status" fout={fouten.status}>
          <select class="utrecht-select" id="status" name="status" {...beschreven('status', fouten.status)}>
            <option value="">Kies een status</option>
            {ACTIE_STATUSSEN.map((s) => (
              <option value={s} selected={w.status === s}>
                {s}
              </option>
            ))}
          </select>
        </Veld>
        <Veld id="status_datum" label="Statusdatum" fout={fouten.status_datum} hint="De dag waarop deze status geldt; standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={w.status_datum} {...beschreven('status_datum', fouten.status_datum, 'x')} />
        </Veld>
        <Veld id="toelichting" label="Toelichting" fout={fouten.toelichting} hint="Verplicht bij een slechtere status of een verstreken termijn.">
          <textarea class="utrecht-textarea" id="toelichting" name="toelichting" rows={4} {...beschreven('toelichting', fouten.toelichting, 'x')}>
            {w.toelichting}
          </textarea>
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Status opslaan
        </button>
      </form>
    </section>
  );
}

// ─── Statusmelding per onderdeel ─────────────────────────────────────────────────────────────

export interface BulkProps extends Basis {
  onderdeel: Onderdeel;
  acties: ActieStand[];
  volgnrs: Map<string, number>;
  waarden: { status_datum: string; per: Record<string, { status: string; toelichting: string }> };
  fouten: Record<string, VeldFouten>;
  melding?: string;
}

export function veldId(code: string, veld: string): string {
  return `${veld}-${code.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

export function BulkPagina(p: BulkProps): VNode {
  const o = p.onderdeel;
  const pad = `/acties/${o.akkoord === 'AZWA' ? 'azwa' : 'onderdeel'}/${encodeURIComponent(o.code)}`;
  const samenvatting: { id: string; tekst: string }[] = [];
  for (const [code, f] of Object.entries(p.fouten)) {
    for (const [veld, tekst] of Object.entries(f)) {
      samenvatting.push({ id: veld === 'status_datum' ? 'status_datum' : veldId(code, veld), tekst: `${code}: ${tekst}` });
    }
  }
  const datumFout = Object.values(p.fouten).map((f) => f.status_datum).find(Boolean);
  return (
    <Pagina
      titel={`Status melden: ${o.code}`}
      actief="acties"
      kruimels={[...kruimelsBasis, { label: `${o.code}. ${o.naam}`, href: pad }, { label: 'Status melden' }]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      <Foutsamenvatting fouten={samenvatting} melding={p.melding} />
      <Kop niveau={1}>
        Status melden voor {o.code}. {o.naam}
      </Kop>
      <P>
        Kies alleen bij de acties waarvan u de status meldt een nieuwe status; de andere blijven ongewijzigd. Alles wordt in één keer opgeslagen, of niets
        als er iets niet klopt. Een slechtere status of een verstreken termijn vraagt een toelichting.
      </P>
      <form method="post" action={`${pad}/status`} novalidate>
        <Csrf csrf={p.csrf} />
        <Veld id="status_datum" label="Statusdatum van deze melding" fout={datumFout} hint="Standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={p.waarden.status_datum} {...beschreven('status_datum', datumFout, 'x')} />
        </Veld>
        <div class="am-tabel-scroll">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">Acties van {o.code}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">Actie</th>
                <th scope="col" class="utrecht-table__header-cell">Huidige status en termijn</th>
                <th scope="col" class="utrecht-table__header-cell">Nieuwe status</th>
                <th scope="col" class="utrecht-table__header-cell">Toelichting</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.acties.map((a) => {
                const f = p.fouten[a.code] ?? {};
                const w = p.waarden.per[a.code] ?? { status: '', toelichting: '' };
                const sId = veldId(a.code, 'status');
                const tId = veldId(a.code, 'toelichting');
                return (
                  <tr class="utrecht-table__row">
                    <th scope="row" class="utrecht-table__header-cell">
                      {a.code}
                      <br />
                      <small>{a.titel}</small>
                      <input type="hidden" name={`volgnr__${a.code}`} value={String(p.volgnrs.get(a.code) ?? '')} />
                    </th>
                    <td class="utrecht-table__cell">
                      <StatusLabel status={a.status} />
                      <br />
                      <Termijn a={a} />
                    </td>
                    <td class="utrecht-table__cell">
                      <div class={`utrecht-form-field${f.status ? ' utrecht-form-field--invalid' : ''}`}>
                        <label class="utrecht-form-label am-visueel-verborgen" for={sId}>
                          Nieuwe status van {a.code}
                        </label>
                        {f.status ? (
                          <p class="utrecht-form-field-error-message" id={`${sId}-fout`}>
                            {f.status}
                          </p>
                        ) : null}
                        <select class="utrecht-select" id={sId} name={`status__${a.code}`} {...beschreven(sId, f.status)}>
                          <option value="">Ongewijzigd</option>
                          {ACTIE_STATUSSEN.map((s) => (
                            <option value={s} selected={w.status === s}>
                              {s}
                            </option>
                          ))}
                        </select>
                      </div>
                    </td>
                    <td class="utrecht-table__cell">
                      <div class={`utrecht-form-field${f.toelichting ? ' utrecht-form-field--invalid' : ''}`}>
                        <label class="utrecht-form-label am-visueel-verborgen" for={tId}>
                          Toelichting bij {a.code}
                        </label>
                        {f.toelichting ? (
                          <p class="utrecht-form-field-error-message" id={`${tId}-fout`}>
                            {f.toelichting}
                          </p>
                        ) : null}
                        <textarea class="utrecht-textarea" id={tId} name={`toelichting__${a.code}`} rows={2} {...beschreven(tId, f.toelichting)}>
                          {w.toelichting}
                        </textarea>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Meldingen opslaan
        </button>
      </form>
    </Pagina>
  );
}

// ─── Zoeken ────────────────────────────────────────────────────────────────────────────────────

export interface ZoekProps extends Basis {
  filter: ActieFilter;
  akkoord?: string;
  partijen: string[];
  resultaten: ActieStand[];
  gezocht: boolean;
}

export function ZoekPagina(p: ZoekProps): VNode {
  return (
    <Pagina titel="Acties zoeken" actief="acties" kruimels={[...kruimelsBasis, { label: 'Zoeken' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>Acties zoeken</Kop>
      <PeildatumKiezer basis={p} actie="/acties/zoeken" behoud={{ q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord }} />
      {p.peildatum ? (
        <>
          <FilterFormulier actie="/acties/zoeken" filter={p.filter} partijen={p.partijen} peildatum={p.peildatum} metZoekterm akkoord={p.akkoord} />
          <Kop id="resultaten">
            {getal(p.resultaten.length)} {p.resultaten.length === 1 ? 'actie' : 'acties'} gevonden
          </Kop>
          <ActieTabel lijst={p.resultaten} caption={`Zoekresultaten op ${datum(p.peildatum)}`} toonOnderdeel peildatum={p.peildatum} />
          <Downloads href="/acties/export" query={{ peildatum: p.peildatum, q: p.filter.q, status: p.filter.status, partij: p.filter.partij, termijn: p.filter.termijn, akkoord: p.akkoord }} />
        </>
      ) : null}
    </Pagina>
  );
}

// ─── Nieuwe actie en instellingen (beheerder) ─────────────────────────────────────────────────

export interface NieuwProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  onderdelen: Onderdeel[];
  waarden: Record<string, string>;
  fouten: Record<string, string>;
  vandaag: string;
}

export function NieuwPagina(p: NieuwProps): VNode {
  const w = p.waarden;
  const f = p.fouten;
  const LABELS: Record<string, string> = {
    code: 'Code',
    onderdeel: 'Onderdeel',
    titel: 'Titel',
    trekker: 'Trekker',
    betrokken: 'Betrokken partijen',
    deadline: 'Termijn',
    status: 'Status',
    status_datum: 'Datum van registratie',
    toelichting: 'Toelichting',
  };
  const tekstveld = (naam: string, hint?: string) => (
    <Veld id={naam} label={LABELS[naam]} fout={f[naam]} hint={hint}>
      <input class="utrecht-textbox" type="text" id={naam} name={naam} value={w[naam] ?? ''} {...beschreven(naam, f[naam], hint)} />
    </Veld>
  );
  return (
    <Pagina titel="Nieuwe actie" actief="acties" kruimels={[...kruimelsBasis, { label: 'Nieuwe actie' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Foutsamenvatting fouten={Object.entries(f).map(([id, tekst]) => ({ id, tekst: `${LABELS[id] ?? id}: ${tekst}` }))} />
      <Kop niveau={1}>Nieuwe actie registreren</Kop>
      <P>Voor IZA-acties die niet via een import binnenkomen. Na het opslaan is de actie te vinden onder haar onderdeel.</P>
      <form method="post" action="/acties/nieuw" novalidate>
        <Csrf csrf={p.csrf} />
        {tekstveld('code', 'Bijvoorbeeld A.12 (IZA) of AZWA-C3a.20.')}
        <Veld id="onderdeel" label="Onderdeel" fout={f.onderdeel}>
          <select class="utrecht-select" id="onderdeel" name="onderdeel" {...beschreven('onderdeel', f.onderdeel)}>
            <option value="">Kies een thematafel of afspraak</option>
            <optgroup label="IZA-thematafels">
              {p.onderdelen
                .filter((o) => o.akkoord === 'IZA')
                .map((o) => (
                  <option value={`IZA:${o.code}`} selected={w.onderdeel === `IZA:${o.code}`}>
                    {o.code}. {o.naam}
                  </option>
                ))}
            </optgroup>
            <optgroup label="AZWA-afspraken">
              {p.onderdelen
                .filter((o) => o.akkoord === 'AZWA')
                .map((o) => (
                  <option value={`AZWA:${o.code}`} selected={w.onderdeel === `AZWA:${o.code}`}>
                    {o.code}. {o.naam.length > 80 ? `${o.naam.slice(0, 80)}…` : o.naam}
                  </option>
                ))}
            </optgroup>
          </select>
        </Veld>
        {tekstveld('titel')}
        {tekstveld('trekker', 'De partij die de actie trekt.')}
        {tekstveld('betrokken', 'Scheid partijen met | of een komma.')}
        {tekstveld('deadline', 'Zoals in het akkoord, bijvoorbeeld "Q3 2025", "uiterlijk 1/1/26" of "binnen 6 maanden".')}
        <Veld id="status" label="Status" fout={f.status} hint="Leeg: geregistreerd, nog geen status gemeld.">
          <select class="utrecht-select" id="status" name="status" {...beschreven('status', f.status, 'x')}>
            <option value="">Zonder status</option>
            {ACTIE_STATUSSEN.map((s) => (
              <option value={s} selected={w.status === s}>
                {s}
              </option>
            ))}
          </select>
        </Veld>
        <Veld id="status_datum" label={LABELS.status_datum} fout={f.status_datum} hint="Standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={w.status_datum ?? p.vandaag} {...beschreven('status_datum', f.status_datum, 'x')} />
        </Veld>
        <Veld id="toelichting" label="Toelichting" fout={f.toelichting}>
          <textarea class="utrecht-textarea" id="toelichting" name="toelichting" rows={3}>
            {w.toelichting ?? ''}
          </textarea>
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Actie registreren
        </button>
      </form>
    </Pagina>
  );
}

export function InstellingenPagina(p: { gebruiker: Gebruiker | null; csrf?: string; azwa: string | null; iza: string | null; fouten: Record<string, string>; opgeslagen?: boolean }): VNode {
  return (
    <Pagina titel="Ankermoment voor termijnen" actief="acties" kruimels={[...kruimelsBasis, { label: 'Ankermoment' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Foutsamenvatting fouten={Object.entries(p.fouten).map(([id, tekst]) => ({ id, tekst }))} />
      {p.opgeslagen ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <P>Opgeslagen.</P>
        </div>
      ) : null}
      <Kop niveau={1}>Ankermoment voor termijnen</Kop>
      <P>
        Termijnen als "binnen 6 maanden" tellen vanaf een ankermoment (bijvoorbeeld de ondertekening). Zonder anker hebben ze geen datum en kunnen ze niet
        verlopen.
      </P>
      <form method="post" action="/acties/instellingen" novalidate>
        <Csrf csrf={p.csrf} />
        <Veld id="azwa_anker" label="Anker AZWA" fout={p.fouten.azwa_anker} hint="Standaard 3 juli 2025, het onderhandelaarsakkoord. Leeg = onbekend.">
          <input class="utrecht-textbox" type="date" id="azwa_anker" name="azwa_anker" value={p.azwa ?? ''} {...beschreven('azwa_anker', p.fouten.azwa_anker, 'x')} />
        </Veld>
        <Veld id="iza_anker" label="Anker IZA" fout={p.fouten.iza_anker} hint="Leeg = onbekend.">
          <input class="utrecht-textbox" type="date" id="iza_anker" name="iza_anker" value={p.iza ?? ''} {...beschreven('iza_anker', p.fouten.iza_anker, 'x')} />
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
    </Pagina>
  );
}
