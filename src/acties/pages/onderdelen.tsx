// Shared pieces of the action register pages: labels, the peildatum picker, the action table,
// the filter form, history, progress charts and the small form bits the status forms use.
import type { ComponentChildren, VNode } from 'preact';
import { type Kruimel } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ACTIE_STATUSSEN, type ActieStatus } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import { KLEUREN, staafOptie, STATUS_KLEUREN, type EChartsOption, type StaafInvoer } from '../../platform/web/grafiek.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { Schuifvlak } from '../../platform/web/schuifvlak.js';
import { TERMIJN_LABELS, type ActieFilter, type ActieStand, type HistorieRij } from '../store.js';
import { termijnBereik, ZONDER_STATUS, type OnderdeelTelling } from '../lijsten.js';

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

/** Actions per page of a list; a register of thousands of actions is read one page at a time. */
export const PER_PAGINA = 50;

/** One page of a filtered list: its rows, the total, and which page of how many. */
export interface Blad<T> {
  rijen: T[];
  totaal: number;
  pagina: number;
  paginas: number;
}

/** Page `pagina` (from 1; out of range or not a number: the nearest page) of `lijst`. */
export function bladVan<T>(lijst: readonly T[], pagina: number): Blad<T> {
  const paginas = Math.max(1, Math.ceil(lijst.length / PER_PAGINA));
  const p = Number.isFinite(pagina) ? Math.min(Math.max(1, Math.trunc(pagina)), paginas) : 1;
  return { rijen: lijst.slice((p - 1) * PER_PAGINA, p * PER_PAGINA), totaal: lijst.length, pagina: p, paginas };
}

/** "Acties 51 tot en met 100 van 2.630": what part of the list this page shows (nothing for one page). */
export function BladBereik({ blad, wat }: { blad: Blad<unknown>; wat: string }): VNode | null {
  if (blad.paginas <= 1) return null;
  const van = (blad.pagina - 1) * PER_PAGINA + 1;
  return (
    <P>
      {wat} {getal(van)} tot en met {getal(van + blad.rijen.length - 1)} van {getal(blad.totaal)} (pagina {getal(blad.pagina)} van {getal(blad.paginas)}).
    </P>
  );
}

/**
 * Links to the other pages of a list, as plain links that keep the page's query (filters, peildatum), so
 * they work without JavaScript: previous, the first and last page, the pages around this one, next.
 */
export function Paginering({ blad, href, label }: { blad: Blad<unknown>; href: (pagina: number) => string; label: string }): VNode | null {
  if (blad.paginas <= 1) return null;
  const { pagina, paginas } = blad;
  const nummers = [...new Set([1, pagina - 2, pagina - 1, pagina, pagina + 1, pagina + 2, paginas])].filter((n) => n >= 1 && n <= paginas).sort((a, b) => a - b);
  const delen: ComponentChildren[] = [];
  nummers.forEach((n, i) => {
    if (i > 0 && n - nummers[i - 1] > 1) delen.push(<li aria-hidden="true">…</li>);
    delen.push(
      <li>
        {n === pagina ? (
          <a class="utrecht-link" href={href(n)} aria-current="page">
            <strong>{getal(n)}</strong>
          </a>
        ) : (
          <a class="utrecht-link" href={href(n)} aria-label={`Pagina ${n}`}>
            {getal(n)}
          </a>
        )}
      </li>,
    );
  });
  return (
    // inline layout: the shared stylesheet's .am-paginering is a flex row; the numbers wrap at 390 px
    <nav class="am-paginering" aria-label={label} style="flex-wrap: wrap; align-items: baseline; gap: 0.75rem 1.5rem; margin: 1rem 0">
      {pagina > 1 ? (
        <a class="utrecht-link" href={href(pagina - 1)} rel="prev">
          Vorige
        </a>
      ) : null}
      <ul style="display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0">{delen}</ul>
      {pagina < paginas ? (
        <a class="utrecht-link" href={href(pagina + 1)} rel="next">
          Volgende
        </a>
      ) : null}
    </nav>
  );
}

export function Kop({ children, niveau = 2, id }: { children: ComponentChildren; niveau?: 1 | 2 | 3; id?: string }): VNode {
  if (niveau === 1) return <h1 class="utrecht-heading-1" id={id}>{children}</h1>;
  if (niveau === 3) return <h3 class="utrecht-heading-3" id={id}>{children}</h3>;
  return <h2 class="utrecht-heading-2" id={id}>{children}</h2>;
}

export function P({ children }: { children: ComponentChildren }): VNode {
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

export function TermijnLabel({ a }: { a: ActieStand }): VNode | null {
  if (a.termijnStatus === 'verlopen') return <strong class="am-label am-label--waarschuwing">Termijn verstreken</strong>;
  if (a.termijnStatus === 'binnenkort') return <strong class="am-label am-label--let-op">Binnenkort</strong>;
  return null;
}

export function Termijn({ a }: { a: ActieStand }): VNode {
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

export function Downloads({ href, query }: { href: string; query: Record<string, string | undefined | null> }): VNode {
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

export function FilterFormulier(p: { actie: string; filter: ActieFilter; partijen: string[]; peildatum: string; metZoekterm?: boolean; akkoord?: string }): VNode {
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

export function Historie(p: { rijen: readonly HistorieRij[]; caption: string; toonCode?: boolean; peildatum: string }): VNode {
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

export function StatusTelling({ telling, caption }: { telling: OnderdeelTelling; caption: string }): VNode {
  const zonder = telling.totaal - ACTIE_STATUSSEN.reduce((s, st) => s + (telling.per_status[st] ?? 0), 0);
  return (
    <Schuifvlak label={caption}>
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
    </Schuifvlak>
  );
}

export function Veld(p: { id: string; label: string; fout?: string; hint?: string; children: ComponentChildren }): VNode {
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

export function beschreven(id: string, fout?: string, hint?: string): Record<string, string | boolean | undefined> {
  const ids = [hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': fout ? 'true' : undefined };
}

export function Foutsamenvatting({ fouten, melding }: { fouten: { id: string; tekst: string }[]; melding?: string }): VNode | null {
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

export function Csrf({ csrf }: { csrf?: string }): VNode | null {
  return csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null;
}

export const kruimelsBasis: Kruimel[] = [{ label: 'Home', href: '/' }, { label: 'Acties', href: '/acties' }];
