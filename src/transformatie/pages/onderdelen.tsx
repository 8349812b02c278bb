// Shared pieces of the transformation pages: form fields with their error next to them, alerts, the
// peildatum choice, figure tiles and status tables, the page frame (crumbs, subnav, chart block), list
// filters and the timeline and action forms of the detail pages. NL Design System (utrecht classes).
import type { ComponentChildren, VNode } from 'preact';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { type Kruimel } from '../../platform/web/pagina.js';
import { datum, euro, getal, LEEG } from '../../platform/formaat.js';
import { grafiekTabel, staafOptie, type StaafInvoer } from '../../platform/web/grafiek.js';
import { GrafiekBlok } from '../../platform/web/grafiekblok.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { type Datum } from '../../domein/begrippen.js';
import { ACTIE_LABELS, type PlanActie, type ToetsActie } from '../../domein/workflow.js';
import { type MiddelenWaarschuwing } from '../../domein/transformatiemiddelen.js';
import { KPI_ACTIE_LABELS } from '../../domein/workflow.js';
import { type GrafiekNaam, type Overzicht } from '../overzicht.js';
import type { Handeling, LogRij, Vraag } from '../store/index.js';
import { Csrf, FormulierFouten, Keuzelijst, Tekstveld, Tekstvak } from '../../platform/web/formulier.js';

export interface Formulierfout {
  /** Welk formulier op de pagina de fout betreft (bijv. 'goedkeuren', 'nza', 'kpi-K1-betalen'). */
  formulier: string;
  melding: string;
  velden?: Record<string, string>;
  /** Wat de gebruiker invulde, zodat niets verloren gaat. */
  waarden?: Record<string, string | string[]>;
}

export function Melding({ soort, children }: { soort: 'fout' | 'ok' | 'waarschuwing' | 'info'; children: ComponentChildren }): VNode {
  const klasse = soort === 'fout' ? 'error' : soort === 'ok' ? 'ok' : soort === 'waarschuwing' ? 'warning' : 'info';
  return (
    <div class={`utrecht-alert utrecht-alert--${klasse}`} role={soort === 'fout' ? 'alert' : 'status'}>
      <div class="utrecht-alert__message">{children}</div>
    </div>
  );
}

// The fields come from the shared form kit (platform/web/formulier.tsx).
export { Tekstveld, Tekstvak, Keuzelijst, Vinkjes, Vinkje } from '../../platform/web/formulier.js';

/** Samenvatting bovenaan een formulier met links naar de velden (WCAG 3.3.1). */
export function Foutsamenvatting({ fout, labels, voorvoegsel }: { fout: Formulierfout; labels?: Record<string, string>; voorvoegsel?: string }): VNode {
  return <FormulierFouten melding={fout.melding} velden={fout.velden} labels={labels} voorvoegsel={voorvoegsel} />;
}

/** GET-formulier om de peildatum te kiezen; werkt zonder JavaScript. */
export function PeildatumKeuze({ peildatum, actie, vandaag, extra }: { peildatum: string; actie: string; vandaag: string; extra?: Record<string, string> }): VNode {
  return (
    <form method="get" action={actie} class="am-peildatum">
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <div class="utrecht-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="peildatum">
            Peildatum
          </label>
        </div>
        <div class="utrecht-form-field-description" id="peildatum-uitleg">
          De stand zoals die op deze datum in de registratie stond.
        </div>
        <input class="utrecht-textbox" type="date" id="peildatum" name="peildatum" value={peildatum} max="2099-12-31" aria-describedby="peildatum-uitleg" />
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Toon stand
      </button>
      {peildatum !== vandaag ? (
        <a class="utrecht-link" href={actie}>
          Naar vandaag
        </a>
      ) : null}
    </form>
  );
}

export { Cijfer } from '../../platform/web/cijfer.js';

export function StatusTabel({ titel, perStatus, totaal, totaalLabel }: { titel: string; perStatus: Record<string, number>; totaal: number; totaalLabel?: string }): VNode {
  return (
    <DataTabel
      caption={titel}
      kop={['Status', 'Aantal']}
      rijen={Object.entries(perStatus)}
      kopKlasse={(i) => (i > 0 ? 'am-getal' : undefined)}
      celKlasse={() => 'utrecht-table__cell am-getal'}
      voet={
        <tr class="utrecht-table__row">
          <th scope="row" class="utrecht-table__header-cell">
            {totaalLabel ?? 'Totaal'}
          </th>
          <td class="utrecht-table__cell am-getal">
            <strong>{getal(totaal)}</strong>
          </td>
        </tr>
      }
    />
  );
}

/** Eenvoudige tabel met kop en rijen; de eerste kolom is de rijkop. */
export function Tabel({ titel, kop, rijen, getalKolommen = [] }: { titel: string; kop: string[]; rijen: ComponentChildren[][]; getalKolommen?: number[] }): VNode {
  const getalKlasse = (i: number) => (getalKolommen.includes(i) ? 'am-getal' : undefined);
  return (
    <DataTabel<ComponentChildren>
      caption={titel}
      kop={kop}
      rijen={rijen}
      omhulsel={{ klasse: 'am-tabel-scroll' }}
      kopKlasse={getalKlasse}
      celKlasse={(_, i) => `utrecht-table__cell${getalKolommen.includes(i) ? ' am-getal' : ''}`}
      tekst={(c) => c}
    />
  );
}

export const BASIS: Kruimel[] = [
  { label: 'Dashboard', href: '/' },
  { label: 'Transformatie', href: '/transformatie' },
];

export interface Basis {
  gebruiker: Gebruiker | null;
  csrf: string;
  vandaag: Datum;
}

export function metPeildatum(href: string, peildatum: Datum, vandaag: Datum): string {
  if (peildatum === vandaag) return href;
  return `${href}${href.includes('?') ? '&' : '?'}peildatum=${peildatum}`;
}

export function lijstTekst(l: string[] | null | undefined): string {
  return l && l.length ? l.join(', ') : LEEG;
}

export function StatusLabel({ status }: { status: string | null }): VNode {
  return <span class="am-status">{status ?? 'zonder status'}</span>;
}

export function Subnav({ actief, peildatum, vandaag }: { actief: string; peildatum: Datum; vandaag: Datum }): VNode {
  const items = [
    { sleutel: 'overzicht', label: 'Overzicht', href: '/transformatie' },
    { sleutel: 'toetsen', label: 'Snelle toetsen', href: '/transformatie/toetsen' },
    { sleutel: 'plannen', label: 'Transformatieplannen', href: '/transformatie/plannen' },
    { sleutel: 'middelen', label: 'Middelen en budget', href: '/transformatie/middelen' },
  ];
  return (
    <nav aria-label="Transformatie" class="am-subnav">
      <ul class="am-filter" style="list-style:none;padding:0;margin:0.5rem 0 1rem">
        {items.map((i) => (
          <li>
            <a class="utrecht-link" href={metPeildatum(i.href, peildatum, vandaag)} aria-current={i.sleutel === actief ? 'page' : undefined}>
              {i.sleutel === actief ? <strong>{i.label}</strong> : i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Grafiek({ naam, invoer, peildatum, toelichting, hoogte }: { naam: GrafiekNaam; invoer: StaafInvoer; peildatum: Datum; toelichting?: string; hoogte?: number }): VNode {
  const titel = invoer.titel ?? naam;
  const zonderTitel = { ...invoer, titel: undefined };
  const h = hoogte ?? (invoer.horizontaal ? Math.max(240, 60 + invoer.categorieen.length * 26) : 360);
  if (invoer.categorieen.length === 0) {
    return (
      <section aria-labelledby={`leeg-${naam}`}>
        <h3 class="utrecht-heading-3" id={`leeg-${naam}`}>
          {titel}
        </h3>
        <p class="utrecht-paragraph">Er zijn op deze peildatum nog geen gegevens voor deze grafiek.</p>
      </section>
    );
  }
  return (
    <GrafiekBlok
      id={naam}
      titel={titel}
      optie={staafOptie(zonderTitel)}
      tabel={{ ...grafiekTabel(invoer), titel }}
      csvHref={`/transformatie/grafieken/${naam}.csv?peildatum=${peildatum}`}
      leeg="–"
      hoogte={h}
      breedte={900}
      toelichting={toelichting}
    />
  );
}

export function Waarschuwingen({ lijst }: { lijst: MiddelenWaarschuwing[] }): VNode | null {
  if (lijst.length === 0) return null;
  return (
    <details>
      <summary>
        {getal(lijst.length)} {lijst.length === 1 ? 'melding' : 'meldingen'} bij de gegevens (niet gecorrigeerd, wel gemeld)
      </summary>
      <ul>
        {lijst.slice(0, 200).map((w) => (
          <li>{w.melding}</li>
        ))}
      </ul>
    </details>
  );
}

export interface LijstFilter {
  status: string;
  zoek: string;
}

export function LijstFilterFormulier({ actie, filter, statussen, peildatum }: { actie: string; filter: LijstFilter; statussen: readonly string[]; peildatum: Datum }): VNode {
  return (
    <form method="get" action={actie} class="am-filter">
      <input type="hidden" name="peildatum" value={peildatum} />
      <Keuzelijst naam="status" label="Status" waarde={filter.status} opties={[{ waarde: '', label: 'Alle statussen' }, ...statussen.map((s) => ({ waarde: s, label: s }))]} />
      <Tekstveld naam="zoek" label="Zoek in id, titel of regio" waarde={filter.zoek} type="search" />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Filter
      </button>
    </form>
  );
}

export function csvLink(basis: string, peildatum: Datum, filter: LijstFilter): string {
  const q = new URLSearchParams({ peildatum, formaat: 'csv' });
  if (filter.status) q.set('status', filter.status);
  if (filter.zoek) q.set('zoek', filter.zoek);
  return `${basis}?${q}`;
}

export const TOETS_LABELS: Record<string, string> = {
  titel: 'Titel',
  omschrijving: 'Omschrijving',
  regios: "Regio's",
  sectoren: 'Sectoren',
  themas: "Thema's",
  gevraagd_bedrag_eur: 'Gevraagd bedrag',
  coordinerend_verzekeraar: 'Coördinerend zorgverzekeraar',
  uitzondering: 'Uitzondering',
};

export function waarde(f: Formulierfout | undefined, naam: string): string {
  const w = f?.waarden?.[naam];
  return Array.isArray(w) ? w.join(', ') : (w ?? '');
}
export function waarden(f: Formulierfout | undefined, naam: string): string[] {
  const w = f?.waarden?.[naam];
  return Array.isArray(w) ? w : w ? [w] : [];
}

export function Tijdlijn({ log, handelingen, peildatum, soort }: { log: LogRij[]; handelingen: Handeling[]; peildatum: Datum; soort: 'toets' | 'plan' }): VNode {
  return (
    <>
      <h2 class="utrecht-heading-2">Statusverloop</h2>
      <Tabel
        titel={`Rijen in het eventlog van ${soort === 'toets' ? 'de snelle toets' : 'het plan'} (rijen na de peildatum gemarkeerd)`}
        kop={['Datum', 'Status', 'Bron', 'Door']}
        rijen={log.map((r) => [
          <span class="am-nowrap">
            {datum(r.status_datum)}
            {r.status_datum > peildatum ? ' (na peildatum)' : ''}
          </span>,
          r.status ?? LEEG,
          r.import_id ? `import ${r.import_id}` : 'applicatie',
          r.door,
        ])}
      />
      {handelingen.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">Handelingen en toelichtingen</h2>
          <ol class="am-tijdlijn">
            {handelingen.map((h) => (
              <li>
                <strong>{datum(h.datum)}</strong>: {HANDELING_LABELS[h.actie] ?? h.actie}
                {h.van_status !== h.naar_status && h.naar_status ? ` (${h.van_status ?? 'nieuw'} → ${h.naar_status})` : ''} door {h.door_naam ?? h.door}
                {h.door_organisatie ? ` (${h.door_organisatie})` : ''}
                {h.soort === 'kpi' ? `, KPI ${h.item_id.split('/')[1]}` : ''}
                {h.tekst ? <blockquote class="utrecht-blockquote">{h.tekst}</blockquote> : null}
                {h.details && Object.keys(h.details).length ? <span> {detailTekst(h.details)}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

export const HANDELING_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ACTIE_LABELS).map(([k, v]) => [k, v])),
  ...KPI_ACTIE_LABELS,
  vraag_beantwoorden: 'Vraag beantwoord',
  nza_beschikking: 'NZa-beschikking vastgelegd',
  ventiel: 'Ventielroute gewijzigd',
  kpi_toevoegen: 'KPI vastgelegd',
};

export function detailTekst(d: Record<string, unknown>): string {
  return Object.entries(d)
    .filter(([, w]) => w !== null && w !== undefined)
    .map(([k, w]) => `${k.replace(/_/g, ' ')}: ${typeof w === 'number' && /eur/.test(k) ? euro(w) : typeof w === 'boolean' ? (w ? 'ja' : 'nee') : String(w)}`)
    .join('; ');
}

/** Welke tekst een actie vraagt in het formulier (de regels zelf staan in domein/workflow.ts). */
export const ACTIE_TEKST: Partial<Record<ToetsActie | PlanActie, { veld: 'reden' | 'toelichting'; label: string; verplicht: boolean }>> = {
  informatie_opvragen: { veld: 'reden', label: 'Welke extra informatie is nodig?', verplicht: true },
  afkeuren: { veld: 'reden', label: 'Reden van afkeuren (de indiener ziet deze terugkoppeling)', verplicht: true },
  heropenen: { veld: 'toelichting', label: 'Wat is aangepast na de terugkoppeling?', verplicht: true },
  vraag_stellen: { veld: 'toelichting', label: 'Uw vraag', verplicht: true },
  opnieuw_indienen: { veld: 'toelichting', label: 'Wat heeft u aangevuld? (optioneel)', verplicht: false },
  goedkeuren: { veld: 'toelichting', label: 'Toelichting (optioneel)', verplicht: false },
  beoordeling_starten: { veld: 'toelichting', label: 'Toelichting (optioneel)', verplicht: false },
};

export function ActieFormulier(p: {
  actie: ToetsActie | PlanActie;
  route: string;
  csrf: string;
  versie: number;
  status: string | null;
  fout?: Formulierfout;
  extra?: ComponentChildren;
  knopSoort?: 'primary' | 'secondary';
}): VNode {
  const tekst = ACTIE_TEKST[p.actie];
  const eigenFout = p.fout?.formulier === p.actie ? p.fout : undefined;
  return (
    <form method="post" action={p.route} class="am-formulier am-actie" aria-labelledby={`actie-${p.actie}`}>
      <h3 class="utrecht-heading-3" id={`actie-${p.actie}`}>
        {ACTIE_LABELS[p.actie]}
      </h3>
      {eigenFout ? <Foutsamenvatting fout={eigenFout} voorvoegsel={p.actie} /> : null}
      <Csrf token={p.csrf} />
      <input type="hidden" name="actie" value={p.actie} />
      <input type="hidden" name="versie" value={String(p.versie)} />
      <input type="hidden" name="status" value={p.status ?? ''} />
      {p.extra}
      {tekst ? <Tekstvak voorvoegsel={p.actie} naam={tekst.veld} label={tekst.label} waarde={waarde(eigenFout, tekst.veld)} fout={eigenFout?.velden?.[tekst.veld]} verplicht={tekst.verplicht} rijen={3} /> : null}
      <div>
        <button type="submit" class={`utrecht-button utrecht-button--${p.knopSoort === 'secondary' || p.actie === 'afkeuren' ? 'secondary' : 'primary'}-action`}>
          {ACTIE_LABELS[p.actie]}
        </button>
      </div>
    </form>
  );
}

export function Eigenschappen({ rijen }: { rijen: [string, ComponentChildren][] }): VNode {
  return (
    <dl class="am-eigenschappen">
      {rijen.map(([k, w]) => (
        <>
          <dt>
            <strong>{k}</strong>
          </dt>
          <dd>{w}</dd>
        </>
      ))}
    </dl>
  );
}

export function VerledenMelding({ peildatum, vandaag, href }: { peildatum: Datum; vandaag: Datum; href: string }): VNode | null {
  if (peildatum === vandaag) return null;
  return (
    <Melding soort="info">
      U bekijkt de stand op {datum(peildatum)}. Handelingen zijn alleen mogelijk op de actuele stand: <a href={href}>naar vandaag</a>.
    </Melding>
  );
}

/** The section with the actions the user can take on the item now (one form per action). */
export function Handelingen({ children }: { children: ComponentChildren }): VNode {
  return (
    <section aria-labelledby="handelingen-kop">
      <h2 class="utrecht-heading-2" id="handelingen-kop">
        Wat u nu kunt doen
      </h2>
      {children}
    </section>
  );
}
