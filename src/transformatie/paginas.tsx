// Pagina's van snelle toetsen, transformatieplannen, KPI's en het fonds. Server-side gerenderd met
// Preact; elke actie is een gewoon formulier (werkt zonder JavaScript) met CSRF-token, de versie en de
// status waarop het is gebaseerd.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina, type Kruimel } from '../platform/web/pagina.js';
import { datum, euro, getal, LEEG } from '../platform/formaat.js';
import { grafiekTabel, staafOptie, type StaafInvoer } from '../platform/web/grafiek.js';
import { GrafiekBlok, GRAFIEK_SCRIPTS } from '../platform/web/grafiekblok.js';
import type { Gebruiker } from '../domein/beleid.js';
import { PLAN_STATUSSEN, TOETS_SECTOREN, TOETS_STATUSSEN, type Datum } from '../domein/begrippen.js';
import { ACTIE_LABELS, vragentermijnEinde, type PlanActie, type ToetsActie } from '../domein/workflow.js';
import type { Budgetverdeling, DoorbraakToets, OverschrijdingsCheck } from '../domein/budget.js';
import { MIDDELEN_DEFINITIES, type FondsGrootboek, type MiddelenWaarschuwing, type PlanGrootboek } from '../domein/transformatiemiddelen.js';
import { KPI_ACTIE_LABELS, type KpiActie } from '../domein/workflow.js';
import { GRAFIEK_NAMEN, type GrafiekNaam, type Overzicht } from './overzicht.js';
import type { DoorbraakclaimRij, Handeling, KpiRij, LogRij, PlanStandRij, ToetsStand, Vraag } from './store/index.js';
import { Cijfer, Csrf, Foutsamenvatting, Keuzelijst, Melding, PeildatumKeuze, StatusTabel, Tabel, Tekstveld, Tekstvak, Vinkje, Vinkjes, type Formulierfout } from './onderdelen.js';

const BASIS: Kruimel[] = [
  { label: 'Dashboard', href: '/' },
  { label: 'Transformatie', href: '/transformatie' },
];

interface Basis {
  gebruiker: Gebruiker | null;
  csrf: string;
  vandaag: Datum;
}

function metPeildatum(href: string, peildatum: Datum, vandaag: Datum): string {
  if (peildatum === vandaag) return href;
  return `${href}${href.includes('?') ? '&' : '?'}peildatum=${peildatum}`;
}

function lijstTekst(l: string[] | null | undefined): string {
  return l && l.length ? l.join(', ') : LEEG;
}

function StatusLabel({ status }: { status: string | null }): VNode {
  return <span class="am-status">{status ?? 'zonder status'}</span>;
}

function Subnav({ actief, peildatum, vandaag }: { actief: string; peildatum: Datum; vandaag: Datum }): VNode {
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

function Grafiek({ naam, invoer, peildatum, toelichting, hoogte }: { naam: GrafiekNaam; invoer: StaafInvoer; peildatum: Datum; toelichting?: string; hoogte?: number }): VNode {
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

// ---------------------------------------------------------------------------------------------
// Overzicht

export function OverzichtPagina(p: Basis & { o: Overzicht }): VNode {
  const { o } = p;
  const kc = o.kerncijfers;
  const m = kc.transformatiemiddelen;
  return (
    <Pagina titel="Transformatie" actief="transformatie" kruimels={BASIS.slice(0, 1).concat({ label: 'Transformatie' })} gebruiker={p.gebruiker} csrf={p.csrf} scripts={GRAFIEK_SCRIPTS}>
      <h1 class="utrecht-heading-1">Snelle toetsen, transformatieplannen en transformatiemiddelen</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">Stand op {datum(o.peildatum)}. De aantallen zijn dezelfde als in de kerncijfers-API voor deze peildatum.</p>
      <Subnav actief="overzicht" peildatum={o.peildatum} vandaag={p.vandaag} />
      <PeildatumKeuze peildatum={o.peildatum} actie="/transformatie" vandaag={p.vandaag} />

      <h2 class="utrecht-heading-2">Snelle toetsen</h2>
      <ul class="am-cijfers">
        <Cijfer label="Aanvragen snelle toets" waarde={getal(kc.snelle_toetsen.totaal)} bron={`ingediend tot en met ${datum(o.peildatum)}`} />
        <Cijfer label="Goedgekeurd" waarde={getal(kc.snelle_toetsen.per_status.Goedgekeurd)} />
        <Cijfer label="Afgekeurd" waarde={getal(kc.snelle_toetsen.per_status.Afgekeurd)} />
      </ul>
      <StatusTabel titel={`Status snelle toetsen op ${datum(o.peildatum)}`} perStatus={kc.snelle_toetsen.per_status} totaal={kc.snelle_toetsen.totaal} />
      <p class="utrecht-paragraph">Een deel van de afgekeurde snelle toetsen is voorlopig afgekeurd: de indiener krijgt terugkoppeling en kan de toets heropenen.</p>
      <Grafiek naam="toetsen-per-kwartaal" invoer={o.grafieken['toetsen-per-kwartaal']} peildatum={o.peildatum} />
      <Grafiek
        naam="toetsen-per-sector"
        invoer={o.grafieken['toetsen-per-sector']}
        peildatum={o.peildatum}
        toelichting="Het aantal goed- of afgekeurde snelle toetsen per sector. Een snelle toets kan meerdere sectoren raken; de aantallen kunnen dus overlap bevatten."
      />
      <Grafiek
        naam="toetsen-per-thema"
        invoer={o.grafieken['toetsen-per-thema']}
        peildatum={o.peildatum}
        toelichting="Een snelle toets raakt bijna altijd meerdere thema's (hooguit 8); de aantallen kunnen overlap bevatten."
      />
      <Grafiek
        naam="toetsen-per-regio"
        invoer={o.grafieken['toetsen-per-regio']}
        peildatum={o.peildatum}
        toelichting="Een snelle toets kan meerdere regio's raken; de aantallen kunnen overlap bevatten. Regio's die nog niet geraakt zijn door goed- of afgekeurde snelle toetsen staan er niet in."
      />

      <h2 class="utrecht-heading-2">Transformatieplannen</h2>
      <p class="utrecht-paragraph">
        Op {datum(o.peildatum)} stonden er <strong>{getal(kc.transformatieplannen.goedgekeurde_snelle_toetsen)} goedgekeurde snelle toetsen</strong> in de registratie. Daarvan zijn{' '}
        <strong>{getal(kc.transformatieplannen.in_uitwerking)} transformatieplannen in uitwerking</strong> en <strong>{getal(kc.transformatieplannen.ingediend)} ingediend</strong>.
      </p>
      <StatusTabel titel="Status ingediende transformatieplannen" perStatus={kc.transformatieplannen.per_status} totaal={kc.transformatieplannen.ingediend} />
      <Grafiek naam="plannen-per-kwartaal" invoer={o.grafieken['plannen-per-kwartaal']} peildatum={o.peildatum} />
      <Grafiek
        naam="betrokkenheid-patienten"
        invoer={o.grafieken['betrokkenheid-patienten']}
        peildatum={o.peildatum}
        toelichting="Of patiënten bij het plan betrokken zijn wordt geregistreerd sinds 18 oktober 2023; eerder ingediende plannen staan op 'niet ingesteld'."
        hoogte={300}
      />

      <h2 class="utrecht-heading-2">NZa-beschikkingen en ventiel</h2>
      <ul class="am-cijfers">
        <Cijfer label="Plannen met NZa-beschikking" waarde={getal(o.nza.aantal)} bron={`samen ${euro(o.nza.bedrag_eur)}`} />
        <Cijfer label="Plannen via het VWS-ventiel" waarde={getal(o.ventiel.aantal)} bron={`beschikbaar gesteld ${euro(o.ventiel.bedrag_eur)}`} />
      </ul>
      <p class="utrecht-paragraph">
        De registratie van de verzekeraars (ZN) en die van de NZa tellen verschillend: beide staan hier naast elkaar. Plannen via het ventiel tellen in alle cijfers mee zoals elk ander plan.
      </p>

      <h2 class="utrecht-heading-2">Transformatiemiddelen</h2>
      <Grafiek naam="transformatiemiddelen" invoer={o.grafieken.transformatiemiddelen} peildatum={o.peildatum} hoogte={380} />
      <Tabel
        titel="Transformatiemiddelen op de peildatum"
        kop={['Status', 'Bedrag']}
        getalKolommen={[1]}
        rijen={MIDDELEN_DEFINITIES.map((d) => [d.label, <span class="am-nowrap">{euro(m[d.sleutel])}</span>])}
      />
      <h3 class="utrecht-heading-3">Definities</h3>
      <dl>
        {MIDDELEN_DEFINITIES.map((d) => (
          <>
            <dt>
              <strong>{d.label}</strong>
            </dt>
            <dd>= {d.definitie}</dd>
          </>
        ))}
      </dl>
      <Waarschuwingen lijst={o.grootboek.waarschuwingen} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={metPeildatum('/transformatie/middelen', o.peildatum, p.vandaag)}>
          Grootboek per plan, budget per jaar en doorbraakmiddelen
        </a>
      </p>
    </Pagina>
  );
}

function Waarschuwingen({ lijst }: { lijst: MiddelenWaarschuwing[] }): VNode | null {
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

// ---------------------------------------------------------------------------------------------
// Lijsten

export interface LijstFilter {
  status: string;
  zoek: string;
}

function LijstFilterFormulier({ actie, filter, statussen, peildatum }: { actie: string; filter: LijstFilter; statussen: readonly string[]; peildatum: Datum }): VNode {
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

function csvLink(basis: string, peildatum: Datum, filter: LijstFilter): string {
  const q = new URLSearchParams({ peildatum, formaat: 'csv' });
  if (filter.status) q.set('status', filter.status);
  if (filter.zoek) q.set('zoek', filter.zoek);
  return `${basis}?${q}`;
}

export function ToetsenLijstPagina(p: Basis & { peildatum: Datum; toetsen: ToetsStand[]; filter: LijstFilter; magIndienen: boolean; gesloten: boolean; sluiting: Datum }): VNode {
  return (
    <Pagina titel="Snelle toetsen" actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Snelle toetsen</h1>
      <Subnav actief="toetsen" peildatum={p.peildatum} vandaag={p.vandaag} />
      {p.gesloten ? (
        <Melding soort="info">
          Vanaf {datum(p.sluiting)} worden geen nieuwe snelle toetsen meer aangenomen, behalve als de coördinerend zorgverzekeraar is gemeld dat een plan bijna af is.
        </Melding>
      ) : null}
      {p.magIndienen ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action" href="/transformatie/toetsen/nieuw">
            Nieuwe snelle toets indienen
          </a>
        </p>
      ) : null}
      <PeildatumKeuze peildatum={p.peildatum} actie="/transformatie/toetsen" vandaag={p.vandaag} extra={p.filter.status ? { status: p.filter.status } : undefined} />
      <LijstFilterFormulier actie="/transformatie/toetsen" filter={p.filter} statussen={TOETS_STATUSSEN} peildatum={p.peildatum} />
      <p class="utrecht-paragraph">
        {getal(p.toetsen.length)} snelle {p.toetsen.length === 1 ? 'toets' : 'toetsen'}.{' '}
        <a class="utrecht-link" href={csvLink('/transformatie/toetsen', p.peildatum, p.filter)} download>
          Download deze lijst als CSV
        </a>
      </p>
      <Tabel
        titel={`Snelle toetsen op ${datum(p.peildatum)}`}
        kop={['Id', 'Titel', 'Status', 'Status sinds', 'Ingediend op', 'Sectoren', 'Regio’s', 'Coördinerend verzekeraar']}
        rijen={p.toetsen.map((t) => [
          <a href={metPeildatum(`/transformatie/toetsen/${encodeURIComponent(t.id)}`, p.peildatum, p.vandaag)}>{t.id}</a>,
          t.titel ?? LEEG,
          <StatusLabel status={t.status} />,
          <span class="am-nowrap">{datum(t.status_datum)}</span>,
          <span class="am-nowrap">{datum(t.ingediend_op)}</span>,
          lijstTekst(t.sectoren),
          lijstTekst(t.regios),
          t.coordinerend_verzekeraar ?? LEEG,
        ])}
      />
    </Pagina>
  );
}

export function PlannenLijstPagina(p: Basis & { peildatum: Datum; plannen: PlanStandRij[]; filter: LijstFilter }): VNode {
  return (
    <Pagina titel="Transformatieplannen" actief="transformatie" kruimels={[...BASIS, { label: 'Transformatieplannen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Transformatieplannen</h1>
      <Subnav actief="plannen" peildatum={p.peildatum} vandaag={p.vandaag} />
      <p class="utrecht-paragraph">Een plan dient u in vanaf de pagina van een goedgekeurde snelle toets van uw organisatie.</p>
      <PeildatumKeuze peildatum={p.peildatum} actie="/transformatie/plannen" vandaag={p.vandaag} />
      <LijstFilterFormulier actie="/transformatie/plannen" filter={p.filter} statussen={PLAN_STATUSSEN} peildatum={p.peildatum} />
      <p class="utrecht-paragraph">
        {getal(p.plannen.length)} {p.plannen.length === 1 ? 'plan' : 'plannen'}.{' '}
        <a class="utrecht-link" href={csvLink('/transformatie/plannen', p.peildatum, p.filter)} download>
          Download deze lijst als CSV
        </a>
      </p>
      <Tabel
        titel={`Transformatieplannen op ${datum(p.peildatum)}`}
        kop={['Id', 'Titel', 'Status', 'Status sinds', 'Snelle toets', 'Aangevraagd', 'Beschikbaar gesteld', 'NZa-beschikking', 'Ventiel']}
        getalKolommen={[5, 6]}
        rijen={p.plannen.map((x) => [
          <a href={metPeildatum(`/transformatie/plannen/${encodeURIComponent(x.id)}`, p.peildatum, p.vandaag)}>{x.id}</a>,
          x.titel ?? LEEG,
          <StatusLabel status={x.status} />,
          <span class="am-nowrap">{datum(x.status_datum)}</span>,
          x.snelle_toets_id ? <a href={metPeildatum(`/transformatie/toetsen/${encodeURIComponent(x.snelle_toets_id)}`, p.peildatum, p.vandaag)}>{x.snelle_toets_id}</a> : LEEG,
          <span class="am-nowrap">{euro(x.bedrag_aangevraagd_eur)}</span>,
          <span class="am-nowrap">{euro(x.bedrag_beschikbaar_gesteld_eur)}</span>,
          x.nza_beschikking_datum ? <span class="am-nowrap">{`${datum(x.nza_beschikking_datum)}, ${euro(x.nza_bedrag_eur)}`}</span> : LEEG,
          x.ventiel ? 'ja' : LEEG,
        ])}
      />
    </Pagina>
  );
}

// ---------------------------------------------------------------------------------------------
// Formulieren: nieuwe toets, nieuw plan

const TOETS_LABELS: Record<string, string> = {
  titel: 'Titel',
  omschrijving: 'Omschrijving',
  regios: "Regio's",
  sectoren: 'Sectoren',
  themas: "Thema's",
  gevraagd_bedrag_eur: 'Gevraagd bedrag',
  coordinerend_verzekeraar: 'Coördinerend zorgverzekeraar',
  uitzondering: 'Uitzondering',
};

function waarde(f: Formulierfout | undefined, naam: string): string {
  const w = f?.waarden?.[naam];
  return Array.isArray(w) ? w.join(', ') : (w ?? '');
}
function waarden(f: Formulierfout | undefined, naam: string): string[] {
  const w = f?.waarden?.[naam];
  return Array.isArray(w) ? w : w ? [w] : [];
}

export function ToetsFormulierPagina(
  p: Basis & { fout?: Formulierfout; verzekeraars: string[]; regios: string[]; themas: string[]; sluiting: Datum },
): VNode {
  const f = p.fout;
  const v = f?.velden ?? {};
  const gesloten = p.vandaag >= p.sluiting;
  return (
    <Pagina titel="Snelle toets indienen" actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen', href: '/transformatie/toetsen' }, { label: 'Indienen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Snelle toets indienen</h1>
      <p class="utrecht-paragraph">
        U dient de snelle toets in namens {p.gebruiker?.organisatie_naam}. De coördinerend zorgverzekeraar beoordeelt hem; na goedkeuring werkt u hem uit tot een transformatieplan.
      </p>
      {gesloten ? (
        <Melding soort="waarschuwing">
          Vanaf {datum(p.sluiting)} worden geen nieuwe snelle toetsen meer aangenomen. Alleen als de coördinerend zorgverzekeraar is gemeld dat een plan in de afrondende fase is, kunt u nog indienen: vink dan de
          uitzondering aan en licht die toe.
        </Melding>
      ) : null}
      {f ? <Foutsamenvatting fout={f} labels={TOETS_LABELS} /> : null}
      <form method="post" action="/transformatie/toetsen" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <Tekstveld naam="titel" label="Titel" waarde={waarde(f, 'titel')} fout={v.titel} verplicht />
        <Tekstvak naam="omschrijving" label="Omschrijving" beschrijving="Wat verandert er, voor wie, en welke impact verwacht u?" waarde={waarde(f, 'omschrijving')} fout={v.omschrijving} verplicht rijen={6} />
        <Keuzelijst
          naam="coordinerend_verzekeraar"
          label="Coördinerend zorgverzekeraar"
          beschrijving="De zorgverzekeraar die de beoordeling coördineert (meestal de marktleider in uw regio)."
          waarde={waarde(f, 'coordinerend_verzekeraar')}
          fout={v.coordinerend_verzekeraar}
          opties={[{ waarde: '', label: 'Kies een zorgverzekeraar' }, ...p.verzekeraars.map((n) => ({ waarde: n, label: n }))]}
          verplicht
        />
        <Vinkjes naam="sectoren" label="Sectoren" beschrijving="Een snelle toets kan meerdere sectoren raken." opties={[...TOETS_SECTOREN]} gekozen={waarden(f, 'sectoren')} fout={v.sectoren} />
        <Tekstveld
          naam="regios"
          label="Regio's"
          beschrijving={`IZA-regio's (zorgkantoorregio's), gescheiden door komma's. Bijvoorbeeld: ${p.regios.slice(0, 3).join(', ')}.`}
          waarde={waarde(f, 'regios')}
          fout={v.regios}
          verplicht
        />
        <Tekstveld
          naam="themas"
          label="Thema's"
          beschrijving={`Hooguit 8, gescheiden door komma's.${p.themas.length ? ` Veel gebruikt: ${p.themas.slice(0, 6).join(', ')}.` : ''}`}
          waarde={waarde(f, 'themas')}
          fout={v.themas}
          verplicht
        />
        <Tekstveld naam="gevraagd_bedrag_eur" label="Gevraagd bedrag (euro, optioneel)" beschrijving="Hele euro's, bijvoorbeeld 1.250.000." waarde={waarde(f, 'gevraagd_bedrag_eur')} fout={v.gevraagd_bedrag_eur} inputmode="numeric" />
        {gesloten ? (
          <>
            <Vinkje naam="uitzondering" label="De coördinerend zorgverzekeraar is gemeld dat een plan bijna af is" aan={waarde(f, 'uitzondering') === 'ja'} fout={v.uitzondering} />
            <Tekstvak naam="toelichting" label="Toelichting op de uitzondering" beschrijving="Wanneer en aan wie is het gemeld?" waarde={waarde(f, 'toelichting')} />
          </>
        ) : null}
        <div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Snelle toets indienen
          </button>
        </div>
      </form>
    </Pagina>
  );
}

export function PlanFormulierPagina(p: Basis & { toets: ToetsStand; fout?: Formulierfout }): VNode {
  const f = p.fout;
  const v = f?.velden ?? {};
  return (
    <Pagina
      titel="Transformatieplan indienen"
      actief="transformatie"
      kruimels={[...BASIS, { label: 'Snelle toetsen', href: '/transformatie/toetsen' }, { label: p.toets.id, href: `/transformatie/toetsen/${encodeURIComponent(p.toets.id)}` }, { label: 'Plan indienen' }]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      <h1 class="utrecht-heading-1">Transformatieplan indienen</h1>
      <p class="utrecht-paragraph">
        Het plan werkt snelle toets <strong>{p.toets.id}</strong> ({p.toets.titel}) uit. Coördinerend zorgverzekeraar: {p.toets.coordinerend_verzekeraar ?? LEEG}.
      </p>
      {f ? <Foutsamenvatting fout={f} labels={{ titel: 'Titel', omschrijving: 'Omschrijving', betrokkenheid_patienten: 'Betrokkenheid patiënten', bedrag_aangevraagd_eur: 'Aangevraagd bedrag' }} /> : null}
      <form method="post" action="/transformatie/plannen" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="snelle_toets_id" value={p.toets.id} />
        <Tekstveld naam="titel" label="Titel" waarde={waarde(f, 'titel') || `Transformatieplan ${p.toets.titel ?? ''}`.trim()} fout={v.titel} verplicht />
        <Tekstvak naam="omschrijving" label="Omschrijving" waarde={waarde(f, 'omschrijving')} fout={v.omschrijving} verplicht rijen={6} />
        <Keuzelijst
          naam="betrokkenheid_patienten"
          label="Zijn patiënten bij het plan betrokken?"
          waarde={waarde(f, 'betrokkenheid_patienten')}
          fout={v.betrokkenheid_patienten}
          opties={[
            { waarde: '', label: 'Kies ja of nee' },
            { waarde: 'ja', label: 'Ja' },
            { waarde: 'nee', label: 'Nee' },
          ]}
          verplicht
        />
        <Tekstveld
          naam="bedrag_aangevraagd_eur"
          label="Aangevraagd bedrag (euro)"
          beschrijving="Hele euro's. Het bedrag van de eerste indiening; bij goedkeuring stelt de verzekeraar het beschikbare bedrag vast."
          waarde={waarde(f, 'bedrag_aangevraagd_eur')}
          fout={v.bedrag_aangevraagd_eur}
          inputmode="numeric"
          verplicht
        />
        <div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Plan indienen
          </button>
        </div>
      </form>
    </Pagina>
  );
}

// ---------------------------------------------------------------------------------------------
// Detail: tijdlijn en actieformulieren

function Tijdlijn({ log, handelingen, peildatum, soort }: { log: LogRij[]; handelingen: Handeling[]; peildatum: Datum; soort: 'toets' | 'plan' }): VNode {
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

const HANDELING_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ACTIE_LABELS).map(([k, v]) => [k, v])),
  ...KPI_ACTIE_LABELS,
  vraag_beantwoorden: 'Vraag beantwoord',
  nza_beschikking: 'NZa-beschikking vastgelegd',
  ventiel: 'Ventielroute gewijzigd',
  kpi_toevoegen: 'KPI vastgelegd',
};

function detailTekst(d: Record<string, unknown>): string {
  return Object.entries(d)
    .filter(([, w]) => w !== null && w !== undefined)
    .map(([k, w]) => `${k.replace(/_/g, ' ')}: ${typeof w === 'number' && /eur/.test(k) ? euro(w) : typeof w === 'boolean' ? (w ? 'ja' : 'nee') : String(w)}`)
    .join('; ');
}

/** Welke tekst een actie vraagt in het formulier (de regels zelf staan in domein/workflow.ts). */
const ACTIE_TEKST: Partial<Record<ToetsActie | PlanActie, { veld: 'reden' | 'toelichting'; label: string; verplicht: boolean }>> = {
  informatie_opvragen: { veld: 'reden', label: 'Welke extra informatie is nodig?', verplicht: true },
  afkeuren: { veld: 'reden', label: 'Reden van afkeuren (de indiener ziet deze terugkoppeling)', verplicht: true },
  heropenen: { veld: 'toelichting', label: 'Wat is aangepast na de terugkoppeling?', verplicht: true },
  vraag_stellen: { veld: 'toelichting', label: 'Uw vraag', verplicht: true },
  opnieuw_indienen: { veld: 'toelichting', label: 'Wat heeft u aangevuld? (optioneel)', verplicht: false },
  goedkeuren: { veld: 'toelichting', label: 'Toelichting (optioneel)', verplicht: false },
  beoordeling_starten: { veld: 'toelichting', label: 'Toelichting (optioneel)', verplicht: false },
};

function ActieFormulier(p: {
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

function Eigenschappen({ rijen }: { rijen: [string, ComponentChildren][] }): VNode {
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

function VerledenMelding({ peildatum, vandaag, href }: { peildatum: Datum; vandaag: Datum; href: string }): VNode | null {
  if (peildatum === vandaag) return null;
  return (
    <Melding soort="info">
      U bekijkt de stand op {datum(peildatum)}. Handelingen zijn alleen mogelijk op de actuele stand: <a href={href}>naar vandaag</a>.
    </Melding>
  );
}

export function ToetsDetailPagina(
  p: Basis & {
    toets: ToetsStand;
    peildatum: Datum;
    acties: ToetsActie[];
    log: LogRij[];
    handelingen: Handeling[];
    plannen: PlanStandRij[];
    magPlan: boolean;
    fout?: Formulierfout;
    melding?: string;
  },
): VNode {
  const t = p.toets;
  const href = `/transformatie/toetsen/${encodeURIComponent(t.id)}`;
  const actueel = p.peildatum === p.vandaag;
  const indienerActies: string[] = ['opnieuw_indienen', 'heropenen'];
  return (
    <Pagina titel={`Snelle toets ${t.id}`} actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen', href: '/transformatie/toetsen' }, { label: t.id }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">
        Snelle toets {t.id}: {t.titel}
      </h1>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      {p.fout && !p.acties.includes(p.fout.formulier as ToetsActie) ? <Foutsamenvatting fout={p.fout} /> : null}
      <VerledenMelding peildatum={p.peildatum} vandaag={p.vandaag} href={href} />
      <PeildatumKeuze peildatum={p.peildatum} actie={href} vandaag={p.vandaag} />
      <Eigenschappen
        rijen={[
          ['Status', <>{t.status ?? 'zonder status'} (sinds {datum(t.status_datum)})</>],
          ['Ingediend op', datum(t.ingediend_op)],
          ['Indiener', t.indiener_organisatie_naam ?? 'onbekend (geïmporteerd)'],
          ['Coördinerend zorgverzekeraar', t.coordinerend_verzekeraar ?? LEEG],
          ['Sectoren', lijstTekst(t.sectoren)],
          ['Regio’s', lijstTekst(t.regios)],
          ['Thema’s', lijstTekst(t.themas)],
          ['Gevraagd bedrag', euro(t.gevraagd_bedrag_eur)],
          ...(t.omschrijving ? ([['Omschrijving', t.omschrijving]] as [string, ComponentChildren][]) : []),
          ...(t.uitzondering_toelichting ? ([['Ingediend na de sluiting, uitzondering', t.uitzondering_toelichting]] as [string, ComponentChildren][]) : []),
        ]}
      />
      {p.plannen.length > 0 ? (
        <p class="utrecht-paragraph">
          Transformatieplan:{' '}
          {p.plannen.map((x) => (
            <a href={metPeildatum(`/transformatie/plannen/${encodeURIComponent(x.id)}`, p.peildatum, p.vandaag)}>
              {x.id} ({x.status})
            </a>
          ))}
        </p>
      ) : t.status === 'Goedgekeurd' ? (
        <p class="utrecht-paragraph">Deze goedgekeurde snelle toets is in uitwerking: er is nog geen transformatieplan ingediend.</p>
      ) : null}
      {actueel && p.magPlan && p.plannen.every((x) => x.status === 'Afgekeurd') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button utrecht-button--primary-action" href={`/transformatie/plannen/nieuw?toets=${encodeURIComponent(t.id)}`}>
            Transformatieplan indienen
          </a>
        </p>
      ) : null}
      {actueel && p.acties.length > 0 ? (
        <section aria-labelledby="handelingen-kop">
          <h2 class="utrecht-heading-2" id="handelingen-kop">
            Wat u nu kunt doen
          </h2>
          {p.acties.map((a) => (
            <ActieFormulier actie={a} route={`${href}/${indienerActies.includes(a) ? 'indiener' : 'beoordeling'}`} csrf={p.csrf} versie={t.versie} status={t.status} fout={p.fout} />
          ))}
        </section>
      ) : null}
      <Tijdlijn log={p.log} handelingen={p.handelingen} peildatum={p.peildatum} soort="toets" />
    </Pagina>
  );
}

export interface PlanDetailProps extends Basis {
  plan: PlanStandRij;
  toets: ToetsStand | null;
  peildatum: Datum;
  acties: PlanActie[];
  log: LogRij[];
  handelingen: Handeling[];
  vragen: Vraag[];
  kpis: KpiRij[];
  kpiActies: Record<string, KpiActie[]>;
  grootboek: PlanGrootboek | null;
  waarschuwingen: MiddelenWaarschuwing[];
  voorgenomenOp: Datum | null;
  termijnDagen: number;
  budgetCheck: (OverschrijdingsCheck & { jaar: number }) | null;
  magNza: boolean;
  magVentiel: boolean;
  magKpis: boolean;
  magAntwoorden: boolean;
  fout?: Formulierfout;
  melding?: string;
}

export function PlanDetailPagina(p: PlanDetailProps): VNode {
  const x = p.plan;
  const href = `/transformatie/plannen/${encodeURIComponent(x.id)}`;
  const actueel = p.peildatum === p.vandaag;
  const einde = p.voorgenomenOp ? vragentermijnEinde(p.voorgenomenOp, p.termijnDagen) : null;
  const groep = (a: PlanActie) => (a === 'opnieuw_indienen' ? 'indiener' : a === 'vraag_stellen' ? 'vragen' : 'beoordeling');
  const f = p.fout;
  const fv = f?.velden ?? {};
  return (
    <Pagina titel={`Transformatieplan ${x.id}`} actief="transformatie" kruimels={[...BASIS, { label: 'Transformatieplannen', href: '/transformatie/plannen' }, { label: x.id }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">
        Transformatieplan {x.id}: {x.titel}
      </h1>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      {f && !p.acties.includes(f.formulier as PlanActie) && !/^(nza|ventiel|kpi|antwoord)/.test(f.formulier) ? <Foutsamenvatting fout={f} /> : null}
      <VerledenMelding peildatum={p.peildatum} vandaag={p.vandaag} href={href} />
      <PeildatumKeuze peildatum={p.peildatum} actie={href} vandaag={p.vandaag} />
      {x.status === 'Voorgenomen besluit' && p.voorgenomenOp && einde ? (
        <Melding soort={p.peildatum <= einde ? 'info' : 'waarschuwing'}>
          Voorgenomen besluit van {datum(p.voorgenomenOp)}.{' '}
          {p.peildatum <= einde
            ? `De vragentermijn voor de overige verzekeraars loopt tot en met ${datum(einde)}.`
            : `De vragentermijn is gesloten sinds ${datum(einde)}; het plan kan worden goedgekeurd.`}
        </Melding>
      ) : null}
      <Eigenschappen
        rijen={[
          ['Status', <>{x.status ?? 'zonder status'} (sinds {datum(x.status_datum)})</>],
          ['Ingediend op', datum(x.ingediend_op)],
          ['Snelle toets', x.snelle_toets_id ? <a href={metPeildatum(`/transformatie/toetsen/${encodeURIComponent(x.snelle_toets_id)}`, p.peildatum, p.vandaag)}>{x.snelle_toets_id}</a> : LEEG],
          ['Indiener', x.indiener_organisatie_naam ?? p.toets?.indiener_organisatie_naam ?? 'onbekend (geïmporteerd)'],
          ['Coördinerend zorgverzekeraar', p.toets?.coordinerend_verzekeraar ?? LEEG],
          ...(x.tweede_verzekeraar ? ([['Tweede verzekeraar (instemming)', x.tweede_verzekeraar]] as [string, ComponentChildren][]) : []),
          ['Betrokkenheid patiënten', x.betrokkenheid_patienten ?? 'niet ingesteld'],
          ['Aangevraagd bedrag', euro(x.bedrag_aangevraagd_eur)],
          ['Beschikbaar gesteld', euro(x.bedrag_beschikbaar_gesteld_eur)],
          ['NZa-beschikking', x.nza_beschikking_datum ? `${datum(x.nza_beschikking_datum)}, ${euro(x.nza_bedrag_eur)}` : 'nog niet'],
          ['VWS-ventiel', x.ventiel ? 'ja, gefinancierd via het ventiel' : 'nee'],
          ...(x.omschrijving ? ([['Omschrijving', x.omschrijving]] as [string, ComponentChildren][]) : []),
        ]}
      />

      {p.vragen.length > 0 || x.status === 'Voorgenomen besluit' ? (
        <section aria-labelledby="vragen-kop">
          <h2 class="utrecht-heading-2" id="vragen-kop">
            Vragen in de vragentermijn
          </h2>
          {p.vragen.length === 0 ? <p class="utrecht-paragraph">Er zijn (nog) geen vragen gesteld.</p> : null}
          <ol>
            {p.vragen.map((v) => (
              <li>
                <strong>{datum(v.gesteld_op)}</strong>, {v.door_organisatie ?? v.door}: {v.vraag}
                {v.antwoord ? (
                  <p class="utrecht-paragraph">
                    Antwoord ({datum(v.beantwoord_op)}): {v.antwoord}
                  </p>
                ) : actueel && p.magAntwoorden ? (
                  <form method="post" action={`${href}/vragen/${v.id}/antwoord`} class="am-formulier">
                    <Csrf token={p.csrf} />
                    <Tekstvak voorvoegsel={`antwoord-${v.id}`} naam="antwoord" label="Antwoord" fout={f?.formulier === `antwoord-${v.id}` ? (fv.antwoord ?? f.melding) : undefined} rijen={2} verplicht />
                    <div>
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        Antwoord opslaan
                      </button>
                    </div>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {actueel && p.acties.length > 0 ? (
        <section aria-labelledby="handelingen-kop">
          <h2 class="utrecht-heading-2" id="handelingen-kop">
            Wat u nu kunt doen
          </h2>
          {p.acties.map((a) => (
            <ActieFormulier
              actie={a}
              route={`${href}/${groep(a)}`}
              csrf={p.csrf}
              versie={x.versie}
              status={x.status}
              fout={f}
              extra={
                a === 'besluit_voornemen' ? (
                  <>
                    <Tekstveld voorvoegsel={a} naam="tweede_verzekeraar" label="Tweede verzekeraar (marktleider in de regio)" waarde={f?.formulier === a ? waarde(f, 'tweede_verzekeraar') : ''} fout={f?.formulier === a ? fv.tweede_verzekeraar : undefined} />
                    <Vinkje voorvoegsel={a} naam="akkoord_tweede_verzekeraar" label="De tweede verzekeraar stemt in met het voorgenomen besluit" fout={f?.formulier === a ? fv.akkoord_tweede_verzekeraar : undefined} />
                    <p class="utrecht-paragraph">Na het voorgenomen besluit hebben de overige verzekeraars {p.termijnDagen} dagen voor vragen; daarna sluit de termijn vanzelf.</p>
                  </>
                ) : a === 'goedkeuren' ? (
                  <>
                    {p.budgetCheck ? (
                      <Melding soort={p.budgetCheck.overschrijdt ? 'waarschuwing' : 'info'}>
                        Resterend budget {p.budgetCheck.jaar} (wie het eerst komt, die het eerst maalt): {euro(p.budgetCheck.resterend_eur)}.{' '}
                        {p.budgetCheck.melding ? `Het aangevraagde bedrag: ${p.budgetCheck.melding}` : 'Het aangevraagde bedrag past.'}
                      </Melding>
                    ) : null}
                    <Tekstveld
                      voorvoegsel={a}
                      naam="bedrag"
                      label="Beschikbaar gesteld bedrag (euro)"
                      beschrijving="Hele euro's."
                      waarde={f?.formulier === a ? waarde(f, 'bedrag') : x.bedrag_aangevraagd_eur !== null ? String(x.bedrag_aangevraagd_eur) : ''}
                      fout={f?.formulier === a ? fv.bedrag : undefined}
                      inputmode="numeric"
                      verplicht
                    />
                  </>
                ) : undefined
              }
            />
          ))}
        </section>
      ) : null}

      {actueel && p.magNza && x.status === 'Goedgekeurd' ? (
        <form method="post" action={`${href}/nza`} class="am-formulier" aria-labelledby="nza-kop">
          <h2 class="utrecht-heading-2" id="nza-kop">
            NZa-beschikking vastleggen
          </h2>
          {f?.formulier === 'nza' ? <Foutsamenvatting fout={f} voorvoegsel="nza" /> : null}
          <Csrf token={p.csrf} />
          <input type="hidden" name="versie" value={String(x.versie)} />
          <input type="hidden" name="status" value={x.status ?? ''} />
          <Tekstveld voorvoegsel="nza" naam="nza_beschikking_datum" label="Datum van de beschikking" type="date" waarde={f?.formulier === 'nza' ? waarde(f, 'nza_beschikking_datum') : p.vandaag} fout={f?.formulier === 'nza' ? fv.nza_beschikking_datum : undefined} verplicht />
          <Tekstveld voorvoegsel="nza" naam="nza_bedrag_eur" label="Bedrag (euro)" waarde={f?.formulier === 'nza' ? waarde(f, 'nza_bedrag_eur') : x.bedrag_beschikbaar_gesteld_eur !== null ? String(x.bedrag_beschikbaar_gesteld_eur) : ''} fout={f?.formulier === 'nza' ? fv.nza_bedrag_eur : undefined} inputmode="numeric" verplicht />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Beschikking vastleggen
            </button>
          </div>
        </form>
      ) : null}

      {actueel && p.magVentiel && x.status !== 'Afgekeurd' ? (
        <form method="post" action={`${href}/ventiel`} class="am-formulier" aria-labelledby="ventiel-kop">
          <h2 class="utrecht-heading-2" id="ventiel-kop">
            VWS-ventiel
          </h2>
          {f?.formulier === 'ventiel' ? <Foutsamenvatting fout={f} /> : null}
          <Csrf token={p.csrf} />
          <input type="hidden" name="versie" value={String(x.versie)} />
          <input type="hidden" name="status" value={x.status ?? ''} />
          <input type="hidden" name="ventiel" value={x.ventiel ? 'nee' : 'ja'} />
          <p class="utrecht-paragraph">Plannen met betrokkenheid van het sociaal domein kunnen via het ventiel van VWS lopen. Het is alleen een route: het plan telt overal mee zoals elk ander plan.</p>
          <div>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {x.ventiel ? 'Niet meer via het ventiel' : 'Markeren als gefinancierd via het ventiel'}
            </button>
          </div>
        </form>
      ) : null}

      <KpiSectie {...p} href={href} />
      <Tijdlijn log={p.log} handelingen={p.handelingen} peildatum={p.peildatum} soort="plan" />
    </Pagina>
  );
}

function KpiSectie(p: PlanDetailProps & { href: string }): VNode {
  const actueel = p.peildatum === p.vandaag;
  const f = p.fout;
  const g = p.grootboek;
  return (
    <section aria-labelledby="kpi-kop">
      <h2 class="utrecht-heading-2" id="kpi-kop">
        KPI's en betalingen
      </h2>
      {p.kpis.length === 0 ? <p class="utrecht-paragraph">Er zijn (nog) geen KPI's vastgelegd.</p> : null}
      {p.kpis.length > 0 ? (
        <Tabel
          titel={`KPI's op ${datum(p.peildatum)}`}
          kop={['KPI', 'Omschrijving', 'Jaar', 'Bedrag', 'Resultaat', 'Definitief', 'Betaalstatus', 'Vrijgave']}
          getalKolommen={[3, 5]}
          rijen={p.kpis.map((k) => [
            k.kpi_id,
            k.omschrijving ?? LEEG,
            k.jaar !== null ? String(k.jaar) : LEEG,
            <span class="am-nowrap">{euro(k.bedrag_eur)}</span>,
            k.resultaat ?? 'open',
            <span class="am-nowrap">{euro(k.bedrag_definitief_eur)}</span>,
            k.betaalstatus ?? 'open',
            k.vrijgave ?? LEEG,
          ])}
        />
      ) : null}
      {g ? (
        <Tabel
          titel="Grootboek van dit plan (contract §3)"
          kop={['Status', 'Bedrag']}
          getalKolommen={[1]}
          rijen={MIDDELEN_DEFINITIES.map((d) => [d.label, <span class="am-nowrap">{euro(g[d.sleutel])}</span>])}
        />
      ) : p.plan.status !== 'Goedgekeurd' && p.kpis.length > 0 ? (
        <p class="utrecht-paragraph">Deze KPI's tellen nog niet mee in de transformatiemiddelen: alleen KPI's van goedgekeurde plannen tellen.</p>
      ) : null}
      {p.waarschuwingen.length ? (
        <Melding soort="waarschuwing">
          <ul>
            {p.waarschuwingen.map((w) => (
              <li>{w.melding}</li>
            ))}
          </ul>
        </Melding>
      ) : null}
      {actueel && p.magKpis
        ? p.kpis.flatMap((k) =>
            (p.kpiActies[k.kpi_id] ?? []).map((a) => {
              const naam = `kpi-${k.kpi_id}-${a}`;
              const eigen = f?.formulier === naam ? f : undefined;
              return (
                <form method="post" action={`${p.href}/kpis/${encodeURIComponent(k.kpi_id)}`} class="am-formulier" aria-label={`${KPI_ACTIE_LABELS[a]}: KPI ${k.kpi_id}`}>
                  <h3 class="utrecht-heading-3">
                    KPI {k.kpi_id}: {KPI_ACTIE_LABELS[a].toLowerCase()}
                  </h3>
                  {eigen ? <Foutsamenvatting fout={eigen} voorvoegsel={naam} /> : null}
                  <Csrf token={p.csrf} />
                  <input type="hidden" name="actie" value={a} />
                  <input type="hidden" name="versie" value={String(k.versie)} />
                  {a === 'resultaat_vastleggen' ? (
                    <>
                      <Keuzelijst
                        voorvoegsel={naam}
                        naam="resultaat"
                        label="Resultaat"
                        waarde={waarde(eigen, 'resultaat')}
                        fout={eigen?.velden?.resultaat}
                        opties={[
                          { waarde: '', label: 'Kies het resultaat' },
                          { waarde: 'behaald', label: 'Behaald' },
                          { waarde: 'deels behaald', label: 'Deels behaald' },
                          { waarde: 'niet behaald', label: 'Niet behaald' },
                        ]}
                      />
                      <Tekstveld
                        voorvoegsel={naam}
                        naam="bedrag_definitief_eur"
                        label="Definitief bedrag bij deels behaald (euro)"
                        beschrijving={`Bij behaald is dit het KPI-bedrag (${euro(k.bedrag_eur)}), bij niet behaald € 0.`}
                        waarde={waarde(eigen, 'bedrag_definitief_eur')}
                        fout={eigen?.velden?.bedrag_definitief_eur}
                        inputmode="numeric"
                      />
                    </>
                  ) : null}
                  <div>
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {KPI_ACTIE_LABELS[a]}
                    </button>
                  </div>
                </form>
              );
            }),
          )
        : null}
      {actueel && p.magKpis && (p.plan.status === 'Voorgenomen besluit' || p.plan.status === 'Goedgekeurd') ? (
        <form method="post" action={`${p.href}/kpis`} class="am-formulier" aria-labelledby="kpi-nieuw-kop">
          <h3 class="utrecht-heading-3" id="kpi-nieuw-kop">
            KPI toevoegen
          </h3>
          {f?.formulier === 'kpi-nieuw' ? <Foutsamenvatting fout={f} voorvoegsel="kpi-nieuw" /> : null}
          <Csrf token={p.csrf} />
          <Tekstveld voorvoegsel="kpi-nieuw" naam="omschrijving" label="Wat moet bereikt worden?" waarde={f?.formulier === 'kpi-nieuw' ? waarde(f, 'omschrijving') : ''} fout={f?.formulier === 'kpi-nieuw' ? f.velden?.omschrijving : undefined} verplicht />
          <Tekstveld voorvoegsel="kpi-nieuw" naam="jaar" label="Jaar" inputmode="numeric" waarde={f?.formulier === 'kpi-nieuw' ? waarde(f, 'jaar') : p.vandaag.slice(0, 4)} fout={f?.formulier === 'kpi-nieuw' ? f.velden?.jaar : undefined} verplicht />
          <Tekstveld voorvoegsel="kpi-nieuw" naam="bedrag_eur" label="Bedrag (euro)" inputmode="numeric" waarde={f?.formulier === 'kpi-nieuw' ? waarde(f, 'bedrag_eur') : ''} fout={f?.formulier === 'kpi-nieuw' ? f.velden?.bedrag_eur : undefined} verplicht />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              KPI toevoegen
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Middelen: grootboek per plan, budget per jaar, doorbraakmiddelen

export function MiddelenPagina(
  p: Basis & {
    peildatum: Datum;
    grootboek: FondsGrootboek;
    titels: Map<string, string>;
    verdeling: Budgetverdeling;
    doorbraak: { claims: DoorbraakclaimRij[]; toets: DoorbraakToets };
    magBudget: boolean;
    magClaims: boolean;
    fout?: Formulierfout;
    melding?: string;
  },
): VNode {
  const f = p.fout;
  const t = p.grootboek.totaal;
  return (
    <Pagina titel="Middelen en budget" actief="transformatie" kruimels={[...BASIS, { label: 'Middelen en budget' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Transformatiemiddelen: grootboek, budget per jaar en doorbraakmiddelen</h1>
      <Subnav actief="middelen" peildatum={p.peildatum} vandaag={p.vandaag} />
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <PeildatumKeuze peildatum={p.peildatum} actie="/transformatie/middelen" vandaag={p.vandaag} />

      <h2 class="utrecht-heading-2">Budget per jaar: wie het eerst komt, die het eerst maalt</h2>
      <p class="utrecht-paragraph">
        Goedgekeurde plannen drukken op het budget van het jaar van hun KPI's (wat niet aan een KPI hangt: het jaar van goedkeuring), op volgorde van goedkeuring. Niet gebruikt geld vervalt na afloop van het jaar
        (use it or lose it); het fonds loopt tot en met 2028.
      </p>
      {p.verdeling.jaren.length === 0 ? <p class="utrecht-paragraph">Er zijn nog geen jaarbudgetten vastgelegd.</p> : null}
      {p.verdeling.jaren.length > 0 ? (
        <Tabel
          titel={`Budget per jaar op ${datum(p.peildatum)}`}
          kop={['Jaar', 'Budget', 'Toegekend', 'Resterend', 'Overschrijding', 'Vervallen (use it or lose it)']}
          getalKolommen={[1, 2, 3, 4, 5]}
          rijen={p.verdeling.jaren.map((j) => [
            String(j.jaar),
            <span class="am-nowrap">{euro(j.budget_eur)}</span>,
            <span class="am-nowrap">{euro(j.toegekend_eur)}</span>,
            <span class="am-nowrap">{euro(j.resterend_eur)}</span>,
            <span class="am-nowrap">{euro(j.overschrijding_eur)}</span>,
            j.afgelopen ? <span class="am-nowrap">{euro(j.vervallen_eur)}</span> : 'jaar loopt nog',
          ])}
        />
      ) : null}
      {[...new Set(p.verdeling.toekenningen.filter((x) => x.overschrijdt).map((x) => x.jaar))].map((jaar) => {
        const te = p.verdeling.toekenningen.filter((x) => x.overschrijdt && x.jaar === jaar);
        return (
          <Melding soort="waarschuwing">
            In {jaar} past het budget niet meer vanaf plan <strong>{te[0].plan_id}</strong> (goedgekeurd op {datum(te[0].goedgekeurd_op)}, {euro(te[0].bedrag_eur)}): {getal(te.length)}{' '}
            {te.length === 1 ? 'toekenning valt' : 'toekenningen vallen'} buiten het budget.
            <details>
              <summary>Welke plannen</summary>
              <ul>
                {te.map((x) => (
                  <li>
                    {x.plan_id}: {euro(x.bedrag_eur)}, goedgekeurd op {datum(x.goedgekeurd_op)}
                  </li>
                ))}
              </ul>
            </details>
          </Melding>
        );
      })}
      {p.magBudget ? (
        <form method="post" action="/transformatie/budget" class="am-formulier am-filter" aria-labelledby="budget-kop">
          <h3 class="utrecht-heading-3" id="budget-kop">
            Jaarbudget vastleggen
          </h3>
          {f?.formulier === 'budget' ? <Foutsamenvatting fout={f} voorvoegsel="budget" /> : null}
          <Csrf token={p.csrf} />
          <Tekstveld voorvoegsel="budget" naam="jaar" label="Jaar" inputmode="numeric" waarde={f?.formulier === 'budget' ? waarde(f, 'jaar') : ''} fout={f?.formulier === 'budget' ? f.velden?.jaar : undefined} verplicht />
          <Tekstveld voorvoegsel="budget" naam="bedrag_eur" label="Budget (euro)" inputmode="numeric" waarde={f?.formulier === 'budget' ? waarde(f, 'bedrag_eur') : ''} fout={f?.formulier === 'budget' ? f.velden?.bedrag_eur : undefined} verplicht />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              Budget opslaan
            </button>
          </div>
        </form>
      ) : null}

      <h2 class="utrecht-heading-2">AZWA-doorbraakmiddelen</h2>
      <p class="utrecht-paragraph">
        € 400 mln per jaar in 2027 en 2028, bovenop de transformatiemiddelen, waarvan € 100 mln voor het sociaal domein via plannen van de mandaatgemeente. Claims lopen via een aparte prestatie; de NZa toetst het
        jaartotaal.
      </p>
      <Tabel
        titel="Doorbraakclaims per jaar tegen het plafond"
        kop={['Jaar', 'Geclaimd', 'Plafond', 'Sociaal domein', 'Plafond sociaal domein', 'Meldingen']}
        getalKolommen={[1, 2, 3, 4]}
        rijen={p.doorbraak.toets.jaren.map((j) => [
          String(j.jaar),
          <span class="am-nowrap">{euro(j.totaal_eur)}</span>,
          <span class="am-nowrap">{euro(j.plafond_eur)}</span>,
          <span class="am-nowrap">{euro(j.sociaal_domein_eur)}</span>,
          <span class="am-nowrap">{euro(j.sociaal_domein_plafond_eur)}</span>,
          j.meldingen.length ? j.meldingen.join(' ') : 'in orde',
        ])}
      />
      {p.doorbraak.claims.length > 0 ? (
        <Tabel
          titel="Doorbraakclaims"
          kop={['Jaar', 'Omschrijving', 'Plan', 'Sociaal domein', 'Bedrag']}
          getalKolommen={[4]}
          rijen={p.doorbraak.claims.map((c) => [String(c.jaar), c.omschrijving, c.plan_id ?? LEEG, c.sociaal_domein ? 'ja' : 'nee', <span class="am-nowrap">{euro(c.bedrag_eur)}</span>])}
        />
      ) : null}
      {p.magClaims ? (
        <form method="post" action="/transformatie/doorbraakclaims" class="am-formulier" aria-labelledby="claim-kop">
          <h3 class="utrecht-heading-3" id="claim-kop">
            Doorbraakclaim registreren
          </h3>
          {f?.formulier === 'claim' ? <Foutsamenvatting fout={f} voorvoegsel="claim" /> : null}
          <Csrf token={p.csrf} />
          <Tekstveld voorvoegsel="claim" naam="jaar" label="Jaar" inputmode="numeric" waarde={f?.formulier === 'claim' ? waarde(f, 'jaar') : '2027'} fout={f?.formulier === 'claim' ? f.velden?.jaar : undefined} verplicht />
          <Tekstveld voorvoegsel="claim" naam="omschrijving" label="Omschrijving" waarde={f?.formulier === 'claim' ? waarde(f, 'omschrijving') : ''} fout={f?.formulier === 'claim' ? f.velden?.omschrijving : undefined} verplicht />
          <Tekstveld voorvoegsel="claim" naam="plan_id" label="Transformatieplan (optioneel)" waarde={f?.formulier === 'claim' ? waarde(f, 'plan_id') : ''} fout={f?.formulier === 'claim' ? f.velden?.plan_id : undefined} />
          <Tekstveld voorvoegsel="claim" naam="bedrag_eur" label="Bedrag (euro)" inputmode="numeric" waarde={f?.formulier === 'claim' ? waarde(f, 'bedrag_eur') : ''} fout={f?.formulier === 'claim' ? f.velden?.bedrag_eur : undefined} verplicht />
          <Vinkje voorvoegsel="claim" naam="sociaal_domein" label="Via een plan van de mandaatgemeente (sociaal domein)" aan={f?.formulier === 'claim' && waarde(f, 'sociaal_domein') === 'ja'} />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              Claim registreren
            </button>
          </div>
        </form>
      ) : null}

      <h2 class="utrecht-heading-2">Grootboek per goedgekeurd plan</h2>
      <Tabel
        titel={`Transformatiemiddelen per plan op ${datum(p.peildatum)} (totaal: beschikbaar gesteld ${euro(t.beschikbaar_gesteld)}, raming ${euro(t.raming)})`}
        kop={['Plan', 'Titel', 'Beschikbaar gesteld', 'Verwacht', 'Betaalbaar en betaald', 'Raming', 'Nog vrij te geven', 'Definitief vrijgegeven', 'Mogelijk nog vrij te geven']}
        getalKolommen={[2, 3, 4, 5, 6, 7, 8]}
        rijen={[
          ...p.grootboek.plannen.map((r) => [
            <a href={metPeildatum(`/transformatie/plannen/${encodeURIComponent(r.plan_id)}`, p.peildatum, p.vandaag)}>{r.plan_id}</a>,
            p.titels.get(r.plan_id) ?? LEEG,
            ...(['beschikbaar_gesteld', 'verwacht', 'betaalbaar_en_betaald', 'raming', 'nog_vrij_te_geven', 'definitief_vrijgegeven', 'mogelijk_nog_vrij_te_geven'] as const).map((k) => <span class="am-nowrap">{euro(r[k])}</span>),
          ]),
          [
            <strong>Totaal</strong>,
            '',
            ...(['beschikbaar_gesteld', 'verwacht', 'betaalbaar_en_betaald', 'raming', 'nog_vrij_te_geven', 'definitief_vrijgegeven', 'mogelijk_nog_vrij_te_geven'] as const).map((k) => (
              <strong class="am-nowrap">{euro(t[k])}</strong>
            )),
          ],
        ]}
      />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/transformatie/middelen?peildatum=${p.peildatum}&formaat=csv`} download>
          Download het grootboek als CSV
        </a>
      </p>
      <Waarschuwingen lijst={p.grootboek.waarschuwingen} />
    </Pagina>
  );
}

export { GRAFIEK_NAMEN };
