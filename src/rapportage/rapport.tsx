// The quarterly voortgangsrapportage from one set of components: the same markup is the HTML report
// (inline on the round page, or a standalone accessible page) and, printed by chromium, the PDF.
// It renders ONLY from RapportGegevens (gegevens.ts), so a fixed round's report is rebuilt from its
// frozen inputs. Charts are inline SVG (ECharts SSR) with a table alternative each.
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ACTIE_STATUSSEN, PLAN_STATUSSEN, THEMATAFELS, TOETS_STATUSSEN, AZWA_BLOKKEN } from '../domein/begrippen.js';
import { berekenKader, type KaderRij } from '../domein/kaders.js';
import { kaderTabel } from '../domein/kaders-tabel.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader } from '../domein/kaders-vergelijking.js';
import { KaderTabel } from '../financien/index.js';
import { datum, euro, getal, LEEG, euroMln } from '../platform/formaat.js';
import {
  grafiekTabel,
  KLEUREN,
  kleineVeelvoudenOptie,
  naarCsv,
  renderGrafiekSvg,
  staafOptie,
  STATUS_KLEUREN,
  tijdreeksOptie,
  verdelingStaaf,
  WORKFLOW_KLEUREN,
  type EChartsOption,
  type GrafiekTabel,
  type KleineVeelvoudenInvoer,
  type StaafInvoer,
  type TijdreeksInvoer,
} from '../platform/web/grafiek.js';
import { HUISARTS_WACHTLIJST_KLASSEN, renderKaartSvg } from '../platform/web/kaart.js';
import { probeerPeriode } from '../domein/perioden.js';
import { celTekst, DataTabel } from '../platform/web/grafiekfiguur.js';
import type { IndicatorDefinitie, IndicatorWaarde, RapportGegevens } from './gegevens.js';

export type RapportModus = 'html' | 'pdf';

interface Ctx {
  g: RapportGegevens;
  modus: RapportModus;
}

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────────

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
function pad(o: unknown, ...delen: string[]): unknown {
  let v = o;
  for (const d of delen) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[d];
  }
  return v;
}
const aantal = (v: unknown) => (typeof v === 'number' ? getal(v) : LEEG);

/** Free text → paragraphs (blank line between). */
function Alineas({ tekst }: { tekst: string | undefined }): VNode | null {
  if (!tekst) return null;
  return (
    <>
      {tekst
        .split(/\n\s*\n/)
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a) => (
          <p>{a}</p>
        ))}
    </>
  );
}
/** One item per line; leading bullets ("-", "•", "✓") are dropped. */
export function regels(tekst: string | undefined): string[] {
  return (tekst ?? '')
    .split('\n')
    .map((r) => r.replace(/^\s*([-•*✓]\s*)?/, '').trim())
    .filter(Boolean);
}

function Lijst({ tekst, klasse }: { tekst: string | undefined; klasse?: string }): VNode | null {
  const items = regels(tekst);
  if (items.length === 0) return null;
  return (
    <ul class={klasse}>
      {items.map((i) => (
        <li>{i}</li>
      ))}
    </ul>
  );
}

function Toelichting({ ctx, sectie }: { ctx: Ctx; sectie: string }): VNode | null {
  const t = ctx.g.teksten[`sectie:${sectie}:toelichting`];
  return t ? (
    <div class="r-toelichting">
      <Alineas tekst={t} />
    </div>
  ) : null;
}

/** A number as euro amount or count; no value as LEEG. */
function aantalOfBedrag(c: string | number | null, eenheid: 'aantal' | 'euro' = 'aantal'): string {
  return eenheid === 'euro' && typeof c === 'number' ? euro(c) : celTekst(c);
}

/** The table alternative of a chart, with a CSV download in the HTML report. */
function TabelAlternatief({ tabel, id, ctx, eenheid, open }: { tabel: GrafiekTabel; id: string; ctx: Ctx; eenheid?: 'aantal' | 'euro'; open?: boolean }): VNode {
  const t = (
    <DataTabel
      klasse="r-tabel"
      caption={tabel.titel ?? 'Cijfers bij de grafiek'}
      kop={tabel.kop}
      rijen={tabel.rijen}
      celKlasse={() => 'utrecht-table__cell r-getal'}
      tekst={(c, i) => aantalOfBedrag(c, i === 0 ? 'aantal' : eenheid)}
    />
  );
  if (ctx.modus === 'pdf') return <div class="r-alleen-scherm">{t}</div>;
  const csv = naarCsv(tabel, { bom: true });
  return (
    <details class="r-alternatief" open={open}>
      <summary>Tabel bij de grafiek{tabel.titel ? `: ${tabel.titel}` : ''}</summary>
      {t}
      <p>
        <a download={`${id}.csv`} href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}>
          Download de cijfers als CSV
        </a>
      </p>
      {(tabel.toelichting ?? []).map((r) => (
        <p class="r-klein">{r}</p>
      ))}
    </details>
  );
}

/** ECharts numbers its SVG classes per instance (zr0-, zr1-…); make them stable per chart id. */
function stabieleSvg(svg: string, id: string): string {
  // ECharts numbers classes and defs (zr3-cls-17, zr3-clip-2 …) with process-wide counters; renumber
  // them per chart in order of appearance, so the same input always gives the same SVG text.
  const nummers = new Map<string, string>();
  const perSoort = new Map<string, number>();
  return svg.replace(/\bzr\d+-([A-Za-z]+)-(\d+)\b/g, (hele, soort: string) => {
    let n = nummers.get(hele);
    if (n === undefined) {
      const i = perSoort.get(soort) ?? 0;
      perSoort.set(soort, i + 1);
      n = `${id}-${soort}-${i}`;
      nummers.set(hele, n);
    }
    return n;
  }).replace(/\bzr\d+-/g, `${id}-`);
}

interface GrafiekProps {
  ctx: Ctx;
  id: string;
  invoer: StaafInvoer | TijdreeksInvoer | KleineVeelvoudenInvoer;
  optie: EChartsOption;
  breedte: number;
  hoogte: number;
  eenheid?: 'aantal' | 'euro';
  bijschrift?: string;
}

function Grafiek(p: GrafiekProps): VNode {
  const svg = stabieleSvg(renderGrafiekSvg(p.optie, { breedte: p.breedte, hoogte: p.hoogte, titel: p.invoer.titel }), p.id);
  return (
    <figure class="r-grafiek" id={p.id}>
      <div class="r-svg" style={`max-width:${p.breedte}px`} dangerouslySetInnerHTML={{ __html: svg }} />
      {p.bijschrift ? <figcaption class="r-klein">{p.bijschrift}</figcaption> : null}
      <TabelAlternatief tabel={grafiekTabel(p.invoer)} id={p.id} ctx={p.ctx} eenheid={p.eenheid} />
    </figure>
  );
}

function Sectie({ id, titel, children, nieuwePagina = true }: { id: string; titel: string; children: ComponentChildren; nieuwePagina?: boolean }): VNode {
  return (
    <section class={`r-sectie${nieuwePagina ? ' r-nieuwe-pagina' : ''}`} id={id} aria-labelledby={`${id}-kop`}>
      <h2 class="utrecht-heading-2" id={`${id}-kop`}>
        {titel}
      </h2>
      {children}
    </section>
  );
}

function Melding({ children }: { children: ComponentChildren }): VNode {
  return <p class="r-melding">{children}</p>;
}

// ─── Sections ───────────────────────────────────────────────────────────────────────────────────

const INHOUD: { id: string; titel: string }[] = [
  { id: 'noemenswaardig', titel: 'Noemenswaardig' },
  { id: 'thematafels', titel: 'Voortgang thematafels' },
  { id: 'snelle-toetsen', titel: 'Voortgang snelle toetsen' },
  { id: 'transformatieplannen', titel: 'Voortgang transformatieplannen' },
  { id: 'nza', titel: 'Duiding NZa' },
  { id: 'transformatiemiddelen', titel: 'Transformatiemiddelen' },
  { id: 'kaders', titel: 'Financiële kaders' },
  { id: 'arbeidsmarkt', titel: 'Stand van zaken arbeidsmarkt' },
  { id: 'toegankelijkheid', titel: 'Toegankelijkheid van zorg' },
  { id: 'vergelijking', titel: 'Wat is er veranderd' },
  { id: 'colofon', titel: 'Colofon en bronnen' },
];

function statusLabel(g: RapportGegevens): string {
  switch (g.soort) {
    case 'concept':
      return 'Concept: nog niet vastgesteld';
    case 'vastgesteld':
    case 'gepubliceerd':
      return g.vastgesteld_op ? `Vastgesteld op ${datum(g.vastgesteld_op)}` : 'Vastgesteld';
    case 'gepubliceerde-cijfers':
      return 'Gebaseerd op gepubliceerde cijfers';
    default:
      return 'Berekend uit de gegevens; niet vastgesteld';
  }
}

function Omslag({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  return (
    <section class="r-omslag" aria-labelledby="r-titel">
      <div class="r-lint" aria-hidden="true" />
      <p class="r-akkoord">Integraal Zorgakkoord · Aanvullend Zorg- en Welzijnsakkoord</p>
      <h1 class="utrecht-heading-1" id="r-titel">
        Voortgangsrapportage
      </h1>
      <p class="r-ondertitel">t.b.v. Bestuurlijk overleg IZA/AZWA{g.bo_datum ? ` van ${datum(g.bo_datum)}` : ''}</p>
      <p class="r-rondetitel">{g.titel}</p>
      <dl class="r-kern">
        <dt>Peildatum</dt>
        <dd>{datum(g.peildatum)}</dd>
        {g.bo_datum ? (
          <>
            <dt>Bestuurlijk overleg</dt>
            <dd>{datum(g.bo_datum)}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{statusLabel(g)}</dd>
      </dl>
      {g.alleen_totalen ? (
        <Melding>
          Voor deze peildatum zijn alleen de gepubliceerde totalen beschikbaar ({g.cijfers_herkomst.publicatie}). Verdelingen die records nodig hebben,
          ontbreken; dat staat bij elk onderdeel vermeld.
        </Melding>
      ) : null}
      <nav class="r-inhoud" aria-label="Inhoud van de rapportage">
        <h2 class="utrecht-heading-2">In deze rapportage</h2>
        <ol>
          {INHOUD.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.titel}</a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

function Noemenswaardig({ ctx }: { ctx: Ctx }): VNode {
  const c = ctx.g.cijfers;
  const items = regels(ctx.g.teksten.noemenswaardig);
  const tegels: [string, string][] = [];
  const afgerondSinds = num(pad(c, 'acties', 'afgerond_sinds_vorige'));
  if (afgerondSinds !== null) tegels.push([getal(afgerondSinds), 'acties afgerond sinds de vorige rapportage']);
  if (num(pad(c, 'snelle_toetsen', 'totaal')) !== null) tegels.push([aantal(pad(c, 'snelle_toetsen', 'totaal')), 'snelle toetsen aangeleverd']);
  if (num(pad(c, 'transformatieplannen', 'ingediend')) !== null) tegels.push([aantal(pad(c, 'transformatieplannen', 'ingediend')), 'transformatieplannen ingediend']);
  if (num(pad(c, 'transformatiemiddelen', 'beschikbaar_gesteld')) !== null)
    tegels.push([euro(num(pad(c, 'transformatiemiddelen', 'beschikbaar_gesteld'))), 'beschikbaar gesteld voor goedgekeurde plannen']);
  return (
    <Sectie id="noemenswaardig" titel="Noemenswaardig">
      {items.length > 0 ? (
        <ul class="r-vinkjes">
          {items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : (
        <Melding>Voor deze rapportage zijn (nog) geen noemenswaardige punten vastgelegd.</Melding>
      )}
      {tegels.length > 0 ? (
        <ul class="r-tegels" aria-label="Kerncijfers op de peildatum">
          {tegels.map(([w, l]) => (
            <li>
              <strong>{w}</strong> <span>{l}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Sectie>
  );
}

type PerStatus = Record<string, number>;
interface OnderdeelCijfers {
  totaal?: number;
  per_status?: PerStatus;
}

function statusReeksen(perOnderdeel: [string, OnderdeelCijfers][]) {
  return ACTIE_STATUSSEN.map((s) => ({ naam: s, kleur: STATUS_KLEUREN[s], waarden: perOnderdeel.map(([, o]) => num(o.per_status?.[s]) ?? 0) }));
}

function Thematafels({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const acties = (g.cijfers.acties ?? {}) as { totaal?: number; per_status?: PerStatus; zonder_status?: number; afgerond_sinds_vorige?: number | null; per_onderdeel?: Record<string, OnderdeelCijfers> };
  const perOnderdeel = acties.per_onderdeel ?? {};
  const iza = g.onderdelen.filter((o) => o.akkoord === 'IZA');
  const azwa = g.onderdelen.filter((o) => o.akkoord === 'AZWA');
  const izaMetCijfers = iza.filter((o) => perOnderdeel[o.code]).map((o) => [o.code, perOnderdeel[o.code]] as [string, OnderdeelCijfers]);
  const izaZonder = iza.filter((o) => !perOnderdeel[o.code]).map((o) => o.code);
  const aantalTafels = num(pad(g.cijfers, 'extra', 'thematafels')) ?? iza.length;
  const partijen = num(pad(g.cijfers, 'extra', 'iza_partijen'));
  const vorige = g.vergelijking?.vorige;
  const overzicht: StaafInvoer = {
    titel: 'Voortgang acties per thematafel',
    categorieen: izaMetCijfers.map(([c]) => `${c}. ${THEMATAFELS[c] ?? c}`),
    reeksen: statusReeksen(izaMetCijfers),
    gestapeld: true,
    horizontaal: true,
    eenheid: 'acties',
    xNaam: 'Thematafel',
  };
  // AZWA: one bar per block (A–E), summed over its agreements
  const blokken = Object.keys(AZWA_BLOKKEN)
    .map((b) => {
      const codes = azwa.filter((o) => (o.blok ?? o.code[0]) === b).map((o) => o.code);
      const som: OnderdeelCijfers = { totaal: 0, per_status: Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) };
      let gevonden = false;
      for (const c of codes) {
        const o = perOnderdeel[c];
        if (!o) continue;
        gevonden = true;
        som.totaal! += o.totaal ?? 0;
        for (const s of ACTIE_STATUSSEN) som.per_status![s] += num(o.per_status?.[s]) ?? 0;
      }
      return gevonden ? ([b, som] as [string, OnderdeelCijfers]) : null;
    })
    .filter((x): x is [string, OnderdeelCijfers] => x !== null);
  const azwaMetCijfers = azwa.filter((o) => perOnderdeel[o.code] || heeftTekst(ctx, o.code));
  const izaMetInhoud = iza.filter((o) => perOnderdeel[o.code] || heeftTekst(ctx, o.code));
  const izaLeeg = iza.filter((o) => !izaMetInhoud.includes(o));
  const totaal = (o: OnderdeelCijfers) => o.totaal ?? ACTIE_STATUSSEN.reduce((s, st) => s + (num(o.per_status?.[st]) ?? 0), 0);

  return (
    <>
      <Sectie id="thematafels" titel="Voortgang thematafels">
        <p>
          De uitvoering van de acties uit het IZA vindt plaats in {getal(aantalTafels)} thematafels. De tafels houden zicht op de uitvoering van de
          acties en sturen bij indien nodig. Besluitvorming en bespreking van knelpunten vindt plaats op het Bestuurlijk overleg
          {partijen !== null ? `, met de bestuurders van de ${getal(partijen)} IZA-partijen` : ''}.
        </p>
        <Toelichting ctx={ctx} sectie="voortgang_thematafels" />
        {acties.per_status ? (
          <StatusTabel
            titel={`Status van de acties op ${datum(g.peildatum)}`}
            rijen={[
              ...ACTIE_STATUSSEN.map((s): [ComponentChildren, string] => [
                <>
                  <span class="r-bol" style={`background:${STATUS_KLEUREN[s]}`} aria-hidden="true" /> {s}
                </>,
                aantal(acties.per_status![s]),
              ]),
              ...(acties.zonder_status ? [['Nog geen status gerapporteerd', getal(acties.zonder_status)] as [ComponentChildren, string]] : []),
            ]}
            totaal={aantal(acties.totaal)}
          />
        ) : (
          <Melding>Er zijn geen actie-aantallen voor deze peildatum.</Melding>
        )}
        {typeof acties.afgerond_sinds_vorige === 'number' ? (
          <p class="r-callout">
            <strong>{getal(acties.afgerond_sinds_vorige)} acties afgerond</strong> sinds {vorige ? `de vorige rapportage (peildatum ${datum(vorige.peildatum)})` : 'de vorige rapportage'}
          </p>
        ) : null}
        {izaMetCijfers.length > 0 ? (
          <Grafiek ctx={ctx} id="g-thematafels" invoer={overzicht} optie={staafOptie(overzicht)} breedte={960} hoogte={Math.max(180, 60 + izaMetCijfers.length * 34)} />
        ) : null}
        {izaZonder.length > 0 && izaMetCijfers.length > 0 ? (
          <Melding>
            Voor thematafel {izaZonder.join(', ')} zijn op deze peildatum geen aantallen per status beschikbaar
            {g.alleen_totalen ? ' (de publicatie geeft ze niet betrouwbaar; zie het colofon)' : ''}.
          </Melding>
        ) : izaMetCijfers.length === 0 ? (
          <Melding>Er zijn geen aantallen per thematafel beschikbaar op deze peildatum.</Melding>
        ) : null}
        {blokken.length > 0 ? (
          <>
            <h3 class="utrecht-heading-3">AZWA-afspraken per blok</h3>
            {(() => {
              const inv: StaafInvoer = {
                titel: 'Voortgang AZWA-afspraken per blok',
                categorieen: blokken.map(([b]) => `${b}. ${AZWA_BLOKKEN[b]}`),
                reeksen: [
                  ...statusReeksen(blokken),
                  { naam: 'Nog geen status', kleur: KLEUREN.grijs, waarden: blokken.map(([, o]) => totaal(o) - ACTIE_STATUSSEN.reduce((s, st) => s + (num(o.per_status?.[st]) ?? 0), 0)) },
                ],
                gestapeld: true,
                horizontaal: true,
                eenheid: 'afspraken',
                xNaam: 'Blok',
              };
              return <Grafiek ctx={ctx} id="g-azwa-blokken" invoer={inv} optie={staafOptie(inv)} breedte={960} hoogte={60 + blokken.length * 40} />;
            })()}
          </>
        ) : null}
      </Sectie>
      {izaMetInhoud.map((o, i) => (
        <OnderdeelPagina ctx={ctx} code={o.code} naam={o.naam} cijfers={perOnderdeel[o.code]} nieuwePagina={i % 2 === 0} />
      ))}
      {izaLeeg.length > 0 ? (
        <p class="r-klein">
          Voor onderdeel {izaLeeg.map((o) => o.code).join(', ')} zijn in deze rapportage geen tekst en geen aantallen per status beschikbaar; daarom hebben zij geen eigen
          pagina.
        </p>
      ) : null}
      {azwaMetCijfers.some((o) => heeftTekst(ctx, o.code)) ? (
        <section class="r-sectie r-nieuwe-pagina" aria-labelledby="azwa-teksten-kop">
          <h2 class="utrecht-heading-2" id="azwa-teksten-kop">
            Voortgang AZWA-afspraken
          </h2>
          {azwaMetCijfers
            .filter((o) => heeftTekst(ctx, o.code))
            .map((o) => (
              <OnderdeelPagina ctx={ctx} code={o.code} naam={o.naam} cijfers={perOnderdeel[o.code]} nieuwePagina={false} kopNiveau={3} />
            ))}
        </section>
      ) : null}
    </>
  );
}

function heeftTekst(ctx: Ctx, code: string): boolean {
  return ['voortgang', 'mijlpalen', 'aandachtspunten'].some((s) => !!ctx.g.teksten[`onderdeel:${code}:${s}`]);
}

function OnderdeelPagina({ ctx, code, naam, cijfers, nieuwePagina, kopNiveau = 2 }: { ctx: Ctx; code: string; naam: string; cijfers: OnderdeelCijfers | undefined; nieuwePagina: boolean; kopNiveau?: 2 | 3 }): VNode {
  const t = (s: string) => ctx.g.teksten[`onderdeel:${code}:${s}`];
  const id = `onderdeel-${code.replace(/[^A-Za-z0-9]/g, '')}`;
  const inv: StaafInvoer | null = cijfers
    ? {
        titel: `Acties ${code}. ${naam}`,
        categorieen: [code],
        reeksen: statusReeksen([[code, cijfers]]),
        gestapeld: true,
        horizontaal: true,
        eenheid: 'acties',
        xNaam: 'Onderdeel',
      }
    : null;
  const Kop = kopNiveau === 2 ? 'h2' : 'h3';
  return (
    <section class={`r-onderdeel${nieuwePagina ? ' r-nieuwe-pagina' : ''}`} id={id} aria-labelledby={`${id}-kop`}>
      {nieuwePagina && kopNiveau === 2 ? <p class="r-boven">Voortgang thematafels</p> : null}
      <Kop class={kopNiveau === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'} id={`${id}-kop`}>
        Onderdeel {code}. {naam}
      </Kop>
      {inv ? (
        <Grafiek ctx={ctx} id={`g-${id}`} invoer={inv} optie={{ ...staafOptie(inv), title: undefined, grid: { left: 40, right: 24, top: 8, bottom: 40 } } as EChartsOption} breedte={720} hoogte={110} />
      ) : (
        <p class="r-klein">Geen aantallen per status voor dit onderdeel op deze peildatum.</p>
      )}
      <Alineas tekst={t('voortgang')} />
      {t('mijlpalen') ? (
        <>
          <h4 class="utrecht-heading-4">Behaalde mijlpalen</h4>
          <Lijst tekst={t('mijlpalen')} />
        </>
      ) : null}
      {t('aandachtspunten') ? (
        <>
          <h4 class="utrecht-heading-4">Aandachtspunten voor de komende tijd</h4>
          <Lijst tekst={t('aandachtspunten')} />
        </>
      ) : null}
      {!heeftTekst(ctx, code) ? <p class="r-klein">Voor dit onderdeel is in deze ronde geen tekst aangeleverd.</p> : null}
      <p class="r-voet">Bron: zelfrapportage van de thematafel{cijfers ? '; aantallen uit het actieregister op de peildatum' : ''}.</p>
    </section>
  );
}

/** Counts per status with a total row, as in the printed report. */
function StatusTabel({ titel, rijen, totaal }: { titel: string; rijen: [ComponentChildren, string][]; totaal: string }): VNode {
  return (
    <DataTabel<ComponentChildren>
      klasse="r-tabel r-smal"
      caption={titel}
      kop={['Status', 'Aantal']}
      kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
      rijen={[...rijen, ['Totaal', totaal]]}
      rijKlasse={(_, r) => (r === rijen.length ? 'r-totaal' : undefined)}
      celKlasse={() => 'utrecht-table__cell r-getal'}
      tekst={(c) => c}
    />
  );
}

const statusRijen = (statussen: readonly string[], perStatus: PerStatus | undefined): [ComponentChildren, string][] => statussen.map((s) => [s, aantal(perStatus?.[s])]);

function GeenRecords({ ctx, wat }: { ctx: Ctx; wat: string }): VNode {
  return (
    <Melding>
      {ctx.g.alleen_totalen
        ? `Voor deze peildatum zijn alleen de gepubliceerde totalen beschikbaar; ${wat} zijn niet gepubliceerd en kunnen niet uit records worden berekend.`
        : `Er zijn geen records op deze peildatum; ${wat} ontbreken.`}
    </Melding>
  );
}

function SnelleToetsen({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const st = (g.cijfers.snelle_toetsen ?? {}) as { totaal?: number; per_status?: PerStatus };
  const v = g.toetsen;
  const per = (soort: 'per_sector' | 'per_thema' | 'per_regio', naam: string, meervoud: string, id: string) => {
    if (!v || v[soort].categorieen.length === 0) return null;
    const inv = verdelingStaaf(v[soort], `Goed- of afgekeurde snelle toetsen per ${naam} (kan overlap bevatten)`, { kleuren: WORKFLOW_KLEUREN, gestapeld: true, horizontaal: true, xNaam: naam[0].toUpperCase() + naam.slice(1) });
    return (
      <>
        <Grafiek ctx={ctx} id={id} invoer={inv} optie={staafOptie(inv)} breedte={960} hoogte={Math.min(900, 90 + v[soort].categorieen.length * 26)} />
        <ul class="r-klein">
          <li>De aantallen betreffen goed- of afgekeurde snelle toetsen per {naam}.</li>
          <li>Een snelle toets kan meerdere {meervoud} raken{soort === 'per_thema' ? ' (tot 8 thema’s per toets)' : ''}.</li>
          {soort === 'per_regio' ? <li>Regio’s die niet zijn weergegeven, zijn nog niet geraakt door goed- of afgekeurde snelle toetsen.</li> : null}
        </ul>
      </>
    );
  };
  const kwartaal = v ? verdelingStaaf(v.per_kwartaal, 'Snelle toetsen per kwartaal van indienen, naar status op de peildatum', { kleuren: WORKFLOW_KLEUREN, gestapeld: true, xNaam: 'Kwartaal' }) : null;
  return (
    <Sectie id="snelle-toetsen" titel="Voortgang snelle toetsen">
      <p class="r-boven">Overzicht voortgang snelle toetsen (peildatum {datum(g.peildatum)})</p>
      <ul>
        <li>
          Op {datum(g.peildatum)} waren er <strong>{aantal(st.totaal)} aanvragen</strong> voor een snelle toets aangeleverd ({aantal(st.totaal)} snelle toetsen).
        </li>
        <li>
          Daarvan waren er <strong>{aantal(st.per_status?.Goedgekeurd)} goedgekeurd</strong> en {aantal(st.per_status?.Afgekeurd)} afgekeurd.
        </li>
        <li>Een deel van de afgekeurde snelle toetsen is voorlopig afgekeurd; indieners krijgen terug op welke punten het plan moet worden aangepast.</li>
      </ul>
      <Toelichting ctx={ctx} sectie="snelle_toetsen" />
      <StatusTabel titel="Status snelle toetsen" rijen={statusRijen(TOETS_STATUSSEN, st.per_status)} totaal={aantal(st.totaal)} />
      {kwartaal ? <Grafiek ctx={ctx} id="g-toetsen-kwartaal" invoer={kwartaal} optie={staafOptie(kwartaal)} breedte={960} hoogte={340} /> : <GeenRecords ctx={ctx} wat="de aantallen per kwartaal, sector, thema en regio" />}
      {per('per_sector', 'sector', 'sectoren', 'g-toetsen-sector')}
      {per('per_thema', 'thema', 'thema’s', 'g-toetsen-thema')}
      {per('per_regio', 'regio', 'regio’s', 'g-toetsen-regio')}
    </Sectie>
  );
}

function Transformatieplannen({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const tp = (g.cijfers.transformatieplannen ?? {}) as { goedgekeurde_snelle_toetsen?: number; in_uitwerking?: number; ingediend?: number; per_status?: PerStatus };
  const v = g.plannen;
  const kwartaal = v ? verdelingStaaf(v.per_kwartaal, 'Transformatieplannen per kwartaal van indienen, naar status op de peildatum', { kleuren: WORKFLOW_KLEUREN, gestapeld: true, xNaam: 'Kwartaal' }) : null;
  const betrokken: StaafInvoer | null = v
    ? {
        titel: 'Betrokkenheid van patiënten bij ingediende transformatieplannen',
        categorieen: ['Ja', 'Nee', 'Niet ingesteld'],
        reeksen: [{ naam: 'Plannen', waarden: [v.betrokkenheid.ja, v.betrokkenheid.nee, v.betrokkenheid.niet_ingesteld] }],
        horizontaal: true,
        eenheid: 'plannen',
        xNaam: 'Betrokkenheid patiënten',
      }
    : null;
  return (
    <Sectie id="transformatieplannen" titel="Voortgang transformatieplannen">
      <p class="r-boven">Status transformatieplannen (peildatum {datum(g.peildatum)})</p>
      <ul>
        <li>
          Op {datum(g.peildatum)} stonden er <strong>{aantal(tp.goedgekeurde_snelle_toetsen)} goedgekeurde snelle toetsen</strong> in de database.
        </li>
        <li>
          Daarvan zijn <strong>{aantal(tp.in_uitwerking)} transformatieplannen in uitwerking</strong> en <strong>{aantal(tp.ingediend)} ingediende plannen</strong>{' '}
          (transformatieplannen ingediend).
        </li>
      </ul>
      <Toelichting ctx={ctx} sectie="transformatieplannen" />
      <StatusTabel titel="Status ingediende transformatieplannen" rijen={statusRijen(PLAN_STATUSSEN, tp.per_status)} totaal={aantal(tp.ingediend)} />
      {kwartaal ? <Grafiek ctx={ctx} id="g-plannen-kwartaal" invoer={kwartaal} optie={staafOptie(kwartaal)} breedte={960} hoogte={340} /> : <GeenRecords ctx={ctx} wat="de aantallen per kwartaal en de betrokkenheid van patiënten" />}
      {betrokken ? (
        <>
          <Grafiek ctx={ctx} id="g-plannen-betrokkenheid" invoer={betrokken} optie={staafOptie(betrokken)} breedte={720} hoogte={200} />
          <p class="r-klein">De betrokkenheid van patiënten wordt geregistreerd sinds 18 oktober 2023; oudere plannen staan op "niet ingesteld".</p>
        </>
      ) : null}
    </Sectie>
  );
}

function NzaDuiding({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const extra = (g.cijfers.extra ?? {}) as Record<string, unknown>;
  const besch = num(extra.nza_beschikkingen);
  const beschMln = num(extra.nza_beschikkingen_bedrag_mln);
  const ventiel = num(extra.ventiel_plannen);
  const ventielMln = num(extra.ventiel_bedrag_ruim_mln);
  return (
    <Sectie id="nza" titel="Duiding NZa: voortgang impactvolle transformaties">
      <Toelichting ctx={ctx} sectie="nza_duiding" />
      {besch !== null ? (
        <ul>
          <li>
            Op {datum(g.peildatum)} heeft de NZa voor <strong>{getal(besch)} transformatieplannen beschikkingen</strong> afgegeven
            {beschMln !== null ? (
              <>
                {' '}
                voor in totaal <strong>{euroMln(beschMln)}</strong>
              </>
            ) : null}
            .
          </li>
          {ventiel !== null ? (
            <li>
              Daarnaast loopt bij {getal(ventiel)} transformatieplannen {ventielMln !== null ? `ruim ${euroMln(ventielMln)}` : 'geld'} via het ventiel van het ministerie
              van VWS, vanwege de betrokkenheid van het sociaal domein.
            </li>
          ) : null}
        </ul>
      ) : null}
      {g.nza ? (
        <DataTabel
          klasse="r-tabel r-smal"
          caption="Goedgekeurde plannen met een NZa-beschikking of via het ventiel, volgens de records op de peildatum"
          kop={['Route', 'Plannen', 'Bedrag']}
          kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
          rijen={[
            ['NZa-beschikking', getal(g.nza.beschikkingen), euro(g.nza.beschikt_bedrag)],
            ['Ventiel VWS', getal(g.nza.ventiel), euro(g.nza.ventiel_bedrag)],
          ]}
          celKlasse={() => 'utrecht-table__cell r-getal'}
        />
      ) : null}
      {besch === null && !g.nza ? <Melding>Er zijn voor deze peildatum geen cijfers van de NZa over beschikkingen.</Melding> : null}
      <p class="r-klein">
        De NZa telt beschikkingen; de monitor van Zorgverzekeraars Nederland telt goedgekeurde plannen en beschikbaar gestelde bedragen. Dat zijn verschillende
        bronnen met een verschillende telling; beide worden getoond.
      </p>
    </Sectie>
  );
}

const MIDDELEN_DEFINITIES: [string, string][] = [
  ['Actueel beschikbaar gesteld', 'het totaal aangevraagde bedrag van alle goedgekeurde transformatieplannen.'],
  ['Verwacht', "het totale verwachte bedrag van KPI's die nog niet betaalbaar gesteld of betaald zijn."],
  ['Betaalbaar en betaald', "het totale definitieve bedrag van KPI's die betaalbaar gesteld of betaald zijn."],
  ['Raming', 'verwacht + betaalbaar en betaald.'],
  ['Definitief vrijgegeven bedrag', 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en definitief is vrijgegeven.'],
  ['Nog vrij te geven bedrag', 'het totale bedrag dat niet is uitgekeerd (door het niet (volledig) behalen van een KPI) en nog niet is vrijgegeven.'],
  ['Mogelijk nog vrij te geven', "het verschil tussen het beschikbare bedrag en het bedrag van de KPI's van de plannen."],
];

function Transformatiemiddelen({ ctx }: { ctx: Ctx }): VNode {
  const m = (ctx.g.cijfers.transformatiemiddelen ?? null) as Record<string, number> | null;
  if (!m || Object.keys(m).length === 0) {
    return (
      <Sectie id="transformatiemiddelen" titel="Transformatiemiddelen">
        <Toelichting ctx={ctx} sectie="transformatiemiddelen" />
        <Melding>Er zijn geen bedragen van transformatiemiddelen voor deze peildatum.</Melding>
      </Sectie>
    );
  }
  const cats = ['Actueel beschikbaar gesteld', 'Raming', 'Definitief vrijgegeven', 'Nog vrij te geven', 'Mogelijk nog vrij te geven'];
  const w = (k: string) => num(m[k]);
  const inv: StaafInvoer = {
    titel: 'Bedragen van goedgekeurde transformatieplannen per status',
    categorieen: cats,
    reeksen: [
      { naam: 'Beschikbaar gesteld', kleur: KLEUREN.donkerblauw, waarden: [w('beschikbaar_gesteld'), null, null, null, null] },
      { naam: 'Verwacht', kleur: KLEUREN.lintblauw, waarden: [null, w('verwacht'), null, null, null] },
      { naam: 'Betaalbaar en betaald', kleur: KLEUREN.groen, waarden: [null, w('betaalbaar_en_betaald'), null, null, null] },
      { naam: 'Vrij te geven', kleur: KLEUREN.oranje, waarden: [null, null, w('definitief_vrijgegeven'), w('nog_vrij_te_geven'), w('mogelijk_nog_vrij_te_geven')] },
    ],
    gestapeld: true,
    eenheid: '€',
    xNaam: 'Status',
  };
  const optie = staafOptie(inv) as Record<string, unknown>;
  // amounts on the bars, in Dutch notation
  optie.series = (optie.series as Record<string, unknown>[]).map((s) => ({
    ...s,
    label: { show: true, position: 'inside', color: '#ffffff', fontSize: 9, formatter: (p: { value: number | null }) => (p.value ? euro(p.value) : '') },
  }));
  optie.grid = { left: 110, right: 24, top: 56, bottom: 80 };
  optie.xAxis = { ...(optie.xAxis as Record<string, unknown>), axisLabel: { interval: 0, width: 90, overflow: 'break', fontSize: 11 } };
  const rijen: [string, string][] = [
    ['Actueel beschikbaar gesteld', 'beschikbaar_gesteld'],
    ['Verwacht', 'verwacht'],
    ['Betaalbaar en betaald', 'betaalbaar_en_betaald'],
    ['Raming', 'raming'],
    ['Definitief vrijgegeven bedrag', 'definitief_vrijgegeven'],
    ['Nog vrij te geven bedrag', 'nog_vrij_te_geven'],
    ['Mogelijk nog vrij te geven', 'mogelijk_nog_vrij_te_geven'],
  ];
  return (
    <Sectie id="transformatiemiddelen" titel="Transformatiemiddelen">
      <p class="r-boven">Totaaloverzicht bedragen goedgekeurde transformatieplannen</p>
      <Toelichting ctx={ctx} sectie="transformatiemiddelen" />
      <div class="r-twee">
        <Grafiek ctx={ctx} id="g-middelen" invoer={inv} optie={optie as EChartsOption} breedte={620} hoogte={340} eenheid="euro" />
        <div>
          <DataTabel
            klasse="r-tabel"
            caption={`Transformatiemiddelen op ${datum(ctx.g.peildatum)}`}
            kop={['Status', 'Bedrag']}
            kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
            rijen={rijen.map(([l, k]) => [l, euro(w(k))])}
            celKlasse={() => 'utrecht-table__cell r-getal r-nowrap'}
          />
          <h3 class="utrecht-heading-3">Toelichting</h3>
          <dl class="r-definities">
            {MIDDELEN_DEFINITIES.map(([t, d]) => (
              <>
                <dt>{t}</dt>
                <dd>= {d}</dd>
              </>
            ))}
          </dl>
        </div>
      </div>
    </Sectie>
  );
}

function FinancieleKaders({ ctx }: { ctx: Ctx }): VNode {
  const perJaar = new Map<number, KaderRij[]>();
  for (const r of ctx.g.kaders) perJaar.set(r.jaar, [...(perJaar.get(r.jaar) ?? []), r]);
  const jaren = [...perJaar.keys()];
  const metUitgaven = jaren.filter((j) => perJaar.get(j)!.some((r) => r.uitgaven_mln !== null)).sort((a, b) => b - a);
  const alleenKader = jaren.filter((j) => !metUitgaven.includes(j)).sort((a, b) => a - b);
  // where the report rests on published figures, cells that differ by more than 1 show both values
  const gepubliceerd = ctx.g.cijfers_herkomst.herkomst === 'import' ? ((ctx.g.cijfers.financiele_kaders as GepubliceerdKader[] | undefined) ?? []) : [];
  const afwijkingen = gepubliceerd.length > 0 ? vergelijkMetGepubliceerd(ctx.g.kaders.map((k) => berekenKader(k)), gepubliceerd) : [];
  return (
    <Sectie id="kaders" titel="Financiële kaders">
      <Toelichting ctx={ctx} sectie="financiele_kaders" />
      {jaren.length === 0 ? <Melding>Er zijn geen financiële kaders met een stand op of vóór de peildatum.</Melding> : null}
      {[...metUitgaven, ...alleenKader].map((j, i) => {
        const model = kaderTabel(perJaar.get(j)!);
        const titel = metUitgaven.includes(j) ? `Actualisatie ${j}` : `Kader ${j}`;
        return (
          <div class={`r-kader${i > 0 ? ' r-nieuwe-pagina' : ''}`}>
            {i > 0 ? <p class="r-boven">Financiële kaders</p> : null}
            <KaderTabel tabel={{ ...model, titel }} kopNiveau={3} id={`kader-${j}`} afwijkingen={afwijkingen} />
          </div>
        );
      })}
      {metUitgaven.length > 0 ? (
        <p class="r-klein">
          De cijfers van het Zorginstituut zijn voorlopig: het gaat om ramingen van verzekeraars. Verschillen worden berekend op de bedragen met één decimaal en
          daarna afgerond; waar een publicatie een ander getal drukte, staat dat in het colofon.
        </p>
      ) : null}
    </Sectie>
  );
}

// ─── Indicators ────────────────────────────────────────────────────────────────────────────────

function periodeLabel(p: string): string {
  return probeerPeriode(p)?.label ?? p;
}

function def(ctx: Ctx, code: string): IndicatorDefinitie | undefined {
  return ctx.g.indicatoren.definities.find((d) => d.code === code);
}
function waarden(ctx: Ctx, code: string): IndicatorWaarde[] {
  return ctx.g.indicatoren.waarden.filter((w) => w.indicator === code);
}
function bronDatum(ws: IndicatorWaarde[]): string | null {
  const d = ws.map((w) => w.bron_datum).filter((x): x is string => !!x).sort();
  return d.at(-1) ?? null;
}

function GeenWaarnemingen({ naam }: { naam: string }): VNode {
  return <Melding>Er zijn (nog) geen waarnemingen van “{naam}” in de monitor; daarom is hier geen grafiek.</Melding>;
}

function IndicatorReeks({ ctx, code, id }: { ctx: Ctx; code: string; id: string }): VNode | null {
  const d = def(ctx, code);
  if (!d) return null;
  const ws = waarden(ctx, code).filter((w) => w.gebied === 'NL');
  const dims = [...new Set(ws.map((w) => w.dimensie))];
  const inv: TijdreeksInvoer = {
    titel: d.naam,
    reeksen: dims.map((dim) => ({ naam: dim || d.naam, punten: ws.filter((w) => w.dimensie === dim).map((w) => ({ x: periodeLabel(w.periode), y: w.waarde })) })),
    eenheid: d.eenheid ?? '',
    norm: d.norm !== null ? { waarde: d.norm, label: d.norm_omschrijving ?? `Norm ${getal(d.norm)}` } : undefined,
  };
  const bd = bronDatum(ws);
  return (
    <div class="r-indicator">
      <h3 class="utrecht-heading-3">{d.naam}</h3>
      {d.definitie ? <p class="r-klein">{d.definitie}</p> : null}
      {ws.length > 0 ? (
        <Grafiek ctx={ctx} id={id} invoer={inv} optie={tijdreeksOptie(inv)} breedte={900} hoogte={300} bijschrift={`Bron: ${d.bron ?? 'onbekend'}${bd ? `; data t/m ${datum(bd)}` : ''}`} />
      ) : (
        <GeenWaarnemingen naam={d.naam} />
      )}
    </div>
  );
}

function Arbeidsmarkt({ ctx }: { ctx: Ctx }): VNode {
  const codes = ctx.g.indicatoren.definities.filter((d) => d.code.startsWith('azw_')).map((d) => d.code);
  const met = codes.filter((c) => waarden(ctx, c).length > 0);
  const zonder = codes.filter((c) => waarden(ctx, c).length === 0);
  return (
    <Sectie id="arbeidsmarkt" titel="Stand van zaken arbeidsmarkt">
      <p>De bron van deze figuren is de monitor Arbeidsmarkt Zorg en Welzijn van het CBS, tenzij anders vermeld.</p>
      <Toelichting ctx={ctx} sectie="arbeidsmarkt" />
      {met.map((c) => (
        <IndicatorReeks ctx={ctx} code={c} id={`g-${c}`} />
      ))}
      {zonder.length > 0 ? (
        <>
          <Melding>Van de volgende arbeidsmarktindicatoren zijn (nog) geen waarnemingen in de monitor; daarom staan er geen grafieken bij.</Melding>
          <DataTabel
            klasse="r-tabel"
            caption="Arbeidsmarktindicatoren zonder waarnemingen"
            kop={['Indicator', 'Eenheid', 'Norm']}
            rijen={zonder.map((c) => {
              const d = def(ctx, c)!;
              return [d.naam, d.eenheid || LEEG, d.norm !== null ? `${getal(d.norm)}${d.eenheid === '%' ? '%' : ''}` : LEEG];
            })}
            celKlasse={() => 'utrecht-table__cell'}
          />
        </>
      ) : null}
    </Sectie>
  );
}

function Toegankelijkheid({ ctx }: { ctx: Ctx }): VNode {
  const ha = waarden(ctx, 'ha_wachtlijst');
  const mutatie = waarden(ctx, 'ha_wachtlijst_mutatie').filter((w) => w.gebied === 'NL' && w.waarde !== null);
  const laatsteMutatie = mutatie.at(-1);
  // GP waiting list map (newest period, per gemeente)
  let kaart: VNode | null = null;
  if (ha.length > 0) {
    const periode = ha[0].periode;
    const perGemeente = new Map(ha.filter((w) => /^GM\d{4}$/.test(w.gebied)).map((w) => [w.gebied, w.waarde] as [string, number | null]));
    const k = renderKaartSvg({
      laag: 'gemeente',
      waarden: perGemeente,
      klassen: HUISARTS_WACHTLIJST_KLASSEN,
      titel: `Wachtenden voor een huisarts per gemeente, ${periodeLabel(periode)}`,
      breedte: 520,
      hoogte: 600,
      legendaTitel: 'Wachtenden',
      id: 'kaart-ha',
    });
    const top = [...perGemeente].filter(([, w]) => w !== null).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    const tabel: GrafiekTabel = { titel: `Wachtenden per gemeente, ${periodeLabel(periode)} (hoogste eerst)`, kop: ['Gemeente (CBS-code)', 'Wachtenden'], rijen: top.map(([c, w]) => [c, w]) };
    kaart = (
      <figure class="r-grafiek" id="g-ha-kaart">
        <div class="r-svg" style="max-width:520px" dangerouslySetInnerHTML={{ __html: k.svg }} />
        {k.onbekendeCodes.length > 0 ? <figcaption class="r-klein">Niet op de kaart (onbekende gemeentecode): {k.onbekendeCodes.join(', ')}.</figcaption> : null}
        <TabelAlternatief tabel={tabel} id="g-ha-kaart" ctx={ctx} />
      </figure>
    );
  }
  // msz waiting times per region: newest period, three kinds
  const mszCodes: [string, string][] = [
    ['msz_wachttijd_behandeling', 'Behandeling'],
    ['msz_wachttijd_polikliniekbezoek', 'Polikliniekbezoek'],
    ['msz_wachttijd_diagnostiek', 'Diagnostiek'],
  ];
  const msz = mszCodes.map(([c]) => waarden(ctx, c)).flat();
  let mszGrafiek: VNode | null = null;
  if (msz.length > 0) {
    const periodes = [...new Set(msz.map((w) => w.periode))];
    const laatste = periodes.sort((a, b) => ((probeerPeriode(a)?.van ?? a) < (probeerPeriode(b)?.van ?? b) ? -1 : 1)).at(-1)!;
    const regios = [...new Set(msz.filter((w) => w.periode === laatste && w.gebied !== 'NL').map((w) => w.gebied))].sort((a, b) => a.localeCompare(b, 'nl'));
    const inv: StaafInvoer = {
      titel: `Wachttijden msz per regio, ${periodeLabel(laatste)}`,
      categorieen: regios,
      reeksen: mszCodes.map(([c, naam]) => ({ naam, waarden: regios.map((r) => msz.find((w) => w.indicator === c && w.gebied === r && w.periode === laatste)?.waarde ?? null) })),
      eenheid: 'weken',
      xNaam: 'Regio',
    };
    mszGrafiek = <Grafiek ctx={ctx} id="g-msz" invoer={inv} optie={staafOptie(inv)} breedte={960} hoogte={380} bijschrift={`Bron: NZa${bronDatum(msz) ? `; data t/m ${datum(bronDatum(msz))}` : ''}`} />;
  }
  // Wlz: one chart per sector
  const wlz = waarden(ctx, 'wlz_wachtenden').filter((w) => w.gebied === 'NL');
  const wlzSectoren = [...new Set(wlz.map((w) => w.dimensie))];
  // ggz small multiples: groups × (aanmeld, behandel, totaal) vs Treeknormen
  const ggzCodes: [string, string][] = [
    ['ggz_aanmeldwachttijd', 'Aanmeldwachttijd'],
    ['ggz_behandelwachttijd', 'Behandelwachttijd'],
    ['ggz_totale_wachttijd', 'Totale wachttijd'],
  ];
  const ggz = ggzCodes.map(([c]) => waarden(ctx, c).filter((w) => w.gebied === 'NL')).flat();
  let ggzGrafiek: VNode | null = null;
  if (ggz.length > 0) {
    const groepen = [...new Set(ggz.map((w) => w.dimensie))].sort((a, b) => a.localeCompare(b, 'nl'));
    const inv: KleineVeelvoudenInvoer = {
      titel: 'Gemiddelde landelijke wachttijden ggz per hoofddiagnosegroep',
      panelen: groepen.map((gr) => ({
        titel: gr || 'Alle groepen',
        reeksen: ggzCodes.map(([c, naam]) => ({ naam, punten: ggz.filter((w) => w.indicator === c && w.dimensie === gr).map((w) => ({ x: periodeLabel(w.periode), y: w.waarde })) })),
      })),
      normen: ggzCodes
        .map(([c, naam]) => {
          const d = def(ctx, c);
          return d && d.norm !== null ? { reeks: naam, waarde: d.norm, label: `Treeknorm ${getal(d.norm)} weken` } : null;
        })
        .filter((n): n is NonNullable<typeof n> => n !== null),
      eenheid: 'weken',
      tekenBreedte: 1000,
    };
    ggzGrafiek = (
      <Grafiek ctx={ctx} id="g-ggz" invoer={inv} optie={kleineVeelvoudenOptie(inv)} breedte={1000} hoogte={Math.max(400, 160 * Math.ceil(groepen.length / 4) + 60)} bijschrift={`Bron: NZa${bronDatum(ggz) ? `; data t/m ${datum(bronDatum(ggz))}` : ''}`} />
    );
  }
  return (
    <Sectie id="toegankelijkheid" titel="Toegankelijkheid van zorg">
      <Toelichting ctx={ctx} sectie="toegankelijkheid" />
      <h3 class="utrecht-heading-3">Huisartsenzorg</h3>
      <p class="r-klein">
        Het aantal mensen dat zich meldt voor zorgbemiddeling bij een zorgverzekeraar, als indicatie voor de vraag naar huisartsen in de regio. De cijfers geven
        niet het werkelijke aantal mensen zonder huisarts weer.
      </p>
      {laatsteMutatie ? (
        <p>
          Landelijk veranderde het aantal wachtenden voor een (nieuwe) huisarts in {periodeLabel(laatsteMutatie.periode)} met{' '}
          <strong>
            {laatsteMutatie.waarde! > 0 ? '+' : ''}
            {getal(laatsteMutatie.waarde)}
          </strong>{' '}
          personen ten opzichte van december {Number(laatsteMutatie.periode.slice(0, 4)) - 1}
          {laatsteMutatie.bron_datum ? ` (bron ${datum(laatsteMutatie.bron_datum)})` : ''}.
        </p>
      ) : null}
      {kaart ?? <GeenWaarnemingen naam={def(ctx, 'ha_wachtlijst')?.naam ?? 'Wachtenden voor een huisarts per gemeente'} />}
      <h3 class="utrecht-heading-3">Wachttijden medisch-specialistische zorg</h3>
      {mszGrafiek ?? <GeenWaarnemingen naam="Wachttijden msz (behandeling, polikliniekbezoek, diagnostiek)" />}
      <h3 class="utrecht-heading-3">Wachtenden langdurige zorg (Wlz)</h3>
      {wlzSectoren.length > 0 ? (
        <div class="r-drie">
          {wlzSectoren.map((s, i) => {
            const inv: TijdreeksInvoer = {
              titel: `Wachtenden ${s}`,
              reeksen: [{ naam: s, punten: wlz.filter((w) => w.dimensie === s).map((w) => ({ x: periodeLabel(w.periode), y: w.waarde })) }],
              eenheid: 'personen',
            };
            return <Grafiek ctx={ctx} id={`g-wlz-${i}`} invoer={inv} optie={tijdreeksOptie(inv)} breedte={320} hoogte={240} />;
          })}
          <p class="r-klein">Bron: ZINL{bronDatum(wlz) ? `; data t/m ${datum(bronDatum(wlz))}` : ''}.</p>
        </div>
      ) : (
        <GeenWaarnemingen naam={def(ctx, 'wlz_wachtenden')?.naam ?? 'Wachtenden met een Wlz-indicatie'} />
      )}
      <h3 class="utrecht-heading-3">Wachttijden ggz</h3>
      {ggzGrafiek ?? <GeenWaarnemingen naam="Wachttijden ggz per hoofddiagnosegroep (aanmeld-, behandel- en totale wachttijd)" />}
      <p class="r-klein">Treeknormen ggz: aanmelding 4 weken, behandeling 10 weken, totaal 14 weken.</p>
    </Sectie>
  );
}

function teken(n: number | null, eenheid: 'aantal' | 'euro'): string {
  if (n === null) return LEEG;
  if (n === 0) return '0';
  const t = eenheid === 'euro' ? euro(Math.abs(n)) : getal(Math.abs(n));
  return `${n > 0 ? '+' : '-'}${t}`;
}

function Vergelijking({ ctx }: { ctx: Ctx }): VNode {
  return (
    <Sectie id="vergelijking" titel="Wat is er veranderd sinds de vorige rapportage">
      <VergelijkingInhoud g={ctx.g} />
    </Sectie>
  );
}

const MAX_ITEMS = 40;

/** The comparison with the previous round; also used on its own page. */
export function VergelijkingInhoud({ g }: { g: RapportGegevens }): VNode {
  const v = g.vergelijking;
  if (!v) return <Melding>Er is geen eerdere vastgestelde rapportage of publicatie om mee te vergelijken.</Melding>;
  const items = (titel: string, w: NonNullable<typeof v.acties> | null, eind: string) => {
    if (!w) return null;
    return (
      <div class="r-items">
        <h3 class="utrecht-heading-3">{titel}</h3>
        <p>
          {getal(w.nieuw.length)} nieuw, {getal(w.verschoven.length)} van status veranderd, {getal(w.afgerond.length)} {eind}.
        </p>
        {w.verschoven.length > 0 ? (
          <DataTabel
            klasse="r-tabel"
            caption={
              <>
                {titel}: statuswijzigingen sinds {datum(v.vorige.peildatum)}
                {w.verschoven.length > MAX_ITEMS ? ` (eerste ${MAX_ITEMS} van ${getal(w.verschoven.length)})` : ''}
              </>
            }
            kop={['Code', 'Titel', 'Was', 'Is nu']}
            rijen={w.verschoven.slice(0, MAX_ITEMS).map((i) => [i.id, i.titel ?? LEEG, i.van ?? 'geen status', i.naar ?? 'geen status'])}
            celKlasse={() => 'utrecht-table__cell'}
          />
        ) : null}
      </div>
    );
  };
  return (
    <>
      <p>
        Vergeleken met {v.vorige.soort === 'ronde' ? `de vorige vastgestelde rapportageronde "${v.vorige.titel}"` : 'de vorige publicatie'} met peildatum{' '}
        {datum(v.vorige.peildatum)}{v.vorige.soort === 'publicatie' ? ` (${v.vorige.titel})` : ''}.
      </p>
      {v.cijfers.some((c) => c.verschil === null) ? (
        <p class="r-klein">
          {getal(v.cijfers.filter((c) => c.verschil === null).length)} kengetallen staan maar op één van beide peildata ({v.cijfers
            .filter((c) => c.verschil === null)
            .map((c) => c.label)
            .join(', ')}
          ) en zijn daarom niet te vergelijken.
        </p>
      ) : null}
      {v.cijfers.some((c) => c.verschil !== null) ? (
        <table class="utrecht-table r-tabel">
          <caption class="utrecht-table__caption">
            Kerncijfers op {datum(v.vorige.peildatum)} en {datum(g.peildatum)}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                Kengetal
              </th>
              <th scope="col" class="utrecht-table__header-cell r-getal">
                {datum(v.vorige.peildatum)}
              </th>
              <th scope="col" class="utrecht-table__header-cell r-getal">
                {datum(g.peildatum)}
              </th>
              <th scope="col" class="utrecht-table__header-cell r-getal">
                Verschil
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {v.cijfers.filter((c) => c.verschil !== null).map((c) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {c.label}
                </th>
                <td class="utrecht-table__cell r-getal r-nowrap">{aantalOfBedrag(c.vorige, c.eenheid)}</td>
                <td class="utrecht-table__cell r-getal r-nowrap">{aantalOfBedrag(c.nu, c.eenheid)}</td>
                <td class={`utrecht-table__cell r-getal r-nowrap ${c.verschil && c.verschil > 0 ? 'r-op' : c.verschil && c.verschil < 0 ? 'r-neer' : ''}`}>
                  {c.verschil === null ? 'niet te vergelijken' : `${teken(c.verschil, c.eenheid)}${c.verschil > 0 ? ' ▲' : c.verschil < 0 ? ' ▼' : ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {items('Acties', v.acties, 'afgerond')}
      {items('Snelle toetsen', v.toetsen, 'goed- of afgekeurd')}
      {items('Transformatieplannen', v.plannen, 'goed- of afgekeurd')}
      {!v.acties && !v.toetsen && !v.plannen ? <Melding>Er zijn geen records op deze peildata; alleen de totalen zijn te vergelijken.</Melding> : null}
    </>
  );
}

function Colofon({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const bronnen = [...new Set(g.indicatoren.definities.filter((d) => g.indicatoren.waarden.some((w) => w.indicator === d.code)).map((d) => d.bron).filter((b): b is string => !!b))];
  return (
    <Sectie id="colofon" titel="Colofon en bronnen">
      <dl class="r-kern">
        <dt>Titel</dt>
        <dd>{g.titel}</dd>
        <dt>Peildatum</dt>
        <dd>{datum(g.peildatum)}</dd>
        <dt>Status</dt>
        <dd>{statusLabel(g)}</dd>
        <dt>Kerncijfers</dt>
        <dd>
          {g.cijfers_herkomst.soort === 'snapshot'
            ? g.cijfers_herkomst.herkomst === 'import'
              ? `Gepubliceerde cijfers (vastgestelde snapshot): ${g.cijfers_herkomst.publicatie}`
              : `Vastgesteld bij de rapportageronde: ${g.cijfers_herkomst.publicatie}`
            : 'Berekend uit de records op de peildatum (datacontract §3).'}
        </dd>
        <dt>Acties, toetsen en plannen</dt>
        <dd>Actieregister (zelfrapportage thematafels); database van Zorgverzekeraars Nederland (snelle toetsen, transformatieplannen, KPI’s).</dd>
        <dt>Financiële kaders</dt>
        <dd>Zorginstituut Nederland (Q4-cijfers), bewerkt door VWS.</dd>
        <dt>Indicatoren</dt>
        <dd>{bronnen.length > 0 ? bronnen.join('; ') : 'Geen indicatorwaarnemingen in dit rapport.'} Stand van de waarnemingen: {datum(g.indicatoren.kennisdatum)}.</dd>
      </dl>
      <h3 class="utrecht-heading-3">Opmerkingen over de datakwaliteit</h3>
      {g.opmerkingen.length > 0 ? (
        <ol class="r-opmerkingen">
          {g.opmerkingen.map((o) => (
            <li>{o}</li>
          ))}
        </ol>
      ) : (
        <p>Geen opmerkingen.</p>
      )}
      <p class="r-klein">Gemaakt met de Akkoordmonitor. Getallen in Nederlandse notatie; bedragen in euro’s, kaders in miljoenen euro’s.</p>
    </Sectie>
  );
}

// ─── Document ──────────────────────────────────────────────────────────────────────────────────

export function RapportInhoud({ g, modus }: { g: RapportGegevens; modus: RapportModus }): VNode {
  const ctx: Ctx = { g, modus };
  return (
    <article class={`rapport rapport--${modus}`} lang="nl" aria-labelledby="r-titel">
      <Omslag ctx={ctx} />
      <Noemenswaardig ctx={ctx} />
      <Thematafels ctx={ctx} />
      <SnelleToetsen ctx={ctx} />
      <Transformatieplannen ctx={ctx} />
      <NzaDuiding ctx={ctx} />
      <Transformatiemiddelen ctx={ctx} />
      <FinancieleKaders ctx={ctx} />
      <Arbeidsmarkt ctx={ctx} />
      <Toegankelijkheid ctx={ctx} />
      <Vergelijking ctx={ctx} />
      <Colofon ctx={ctx} />
    </article>
  );
}

export const RAPPORT_CSS = `
.rapport{font-family:RijksoverheidSansWebText,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#000;line-height:1.45;font-size:15px}
.rapport h1,.rapport h2,.rapport h3,.rapport h4{color:#154273;line-height:1.2}
.rapport h1{font-size:2.4rem;margin:.2em 0}
.rapport h2{font-size:1.6rem;margin:1.2em 0 .5em;border-bottom:3px solid #01689b;padding-bottom:.15em}
.rapport h3{font-size:1.2rem;margin:1em 0 .4em}
.rapport h4{font-size:1rem;margin:.8em 0 .3em}
.rapport .r-omslag{padding:1rem 0 2rem}
.rapport .r-lint{width:44px;height:90px;background:#154273;margin-bottom:1rem}
.rapport .r-akkoord{font-size:1.1rem;color:#154273;margin:0}
.rapport .r-ondertitel{font-size:1.3rem;margin:.2em 0}
.rapport .r-rondetitel{font-size:1.1rem;font-weight:bold;margin:.2em 0 1em}
.rapport .r-kern{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1.5em;margin:1em 0}
.rapport .r-kern dt{font-weight:bold}
.rapport .r-kern dd{margin:0}
.rapport .r-inhoud ol{columns:2;padding-left:1.4em}
.rapport .r-boven{color:#01689b;font-weight:bold;margin:0 0 .2em;text-transform:none}
.rapport .r-melding{border-left:4px solid #e17000;background:#fdf6ee;padding:.5em .8em;margin:.8em 0}
.rapport .r-callout{display:inline-block;border:2px solid #39870c;padding:.4em .8em;border-radius:4px}
.rapport .r-toelichting{background:#f3f7fb;padding:.2em .9em;border-left:4px solid #01689b;margin:.6em 0}
.rapport .r-vinkjes{list-style:none;padding-left:0}
.rapport .r-vinkjes li{padding-left:1.8em;position:relative;margin:.4em 0}
.rapport .r-vinkjes li::before{content:"✓";position:absolute;left:0;color:#39870c;font-weight:bold;font-size:1.2em}
.rapport .r-tegels{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:1.2em 0}
.rapport .r-tegels li{border:1px solid #cad6e4;border-top:4px solid #01689b;padding:.6em .9em;min-width:12em;flex:1}
.rapport .r-tegels strong{display:block;font-size:1.6rem;color:#154273}
.rapport .r-tabel{border-collapse:collapse;margin:.8em 0;min-width:50%}
.rapport .r-tabel.r-smal{min-width:24em}
.rapport .r-tabel caption{text-align:left;font-weight:bold;padding:.3em 0;color:#154273}
.rapport .r-tabel th,.rapport .r-tabel td{border-bottom:1px solid #cad6e4;padding:.25em .7em;text-align:left;vertical-align:top}
.rapport .r-tabel thead th{border-bottom:2px solid #154273}
.rapport .r-getal{text-align:right !important;font-variant-numeric:tabular-nums}
.rapport .r-nowrap{white-space:nowrap}
.rapport .r-totaal th,.rapport .r-totaal td{font-weight:bold;border-top:2px solid #154273}
.rapport .am-kadertabel__tabel{width:100%;border-collapse:collapse;margin:.6em 0}
.rapport .am-kadertabel__tabel caption{text-align:left;font-weight:bold;padding:.3em 0;color:#154273}
.rapport .am-kadertabel__tabel th,.rapport .am-kadertabel__tabel td{border-bottom:1px solid #cad6e4;padding:.25em .6em;text-align:left;vertical-align:top}
.rapport .am-kadertabel__tabel thead th{border-bottom:2px solid #154273}
.rapport .am-kadertabel__tabel .utrecht-table__cell--numeric,.rapport .am-kadertabel__tabel .utrecht-table__header-cell--numeric{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.rapport .am-kadertabel__tabel sup{font-size:.7em;margin-left:.2em}
.rapport .am-voetnoten{font-size:.85rem}
.rapport .am-visueel-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.rapport .am-afwijking__label{font-size:.8em;color:#a90061}
.rapport .r-voetnoten,.rapport .r-opmerkingen{font-size:.85rem}
.rapport .r-klein,.rapport .r-voet{font-size:.85rem;color:#333}
.rapport .r-voet{border-top:1px solid #cad6e4;padding-top:.3em;margin-top:1em}
.rapport .r-grafiek{margin:1em 0}
.rapport .r-svg svg{width:100%;height:auto;display:block}
.rapport .r-alternatief summary{cursor:pointer;color:#01689b;text-decoration:underline}
.rapport .r-twee{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.rapport .r-drie{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem}
.rapport .r-definities{font-size:.85rem}
.rapport .r-definities dt{font-weight:bold}
.rapport .r-definities dd{margin:0 0 .4em}
.rapport .r-bol{display:inline-block;width:.8em;height:.8em;border-radius:50%;vertical-align:middle}
.rapport .r-op{color:#275937}
.rapport .r-neer{color:#a90061}
.rapport .r-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.rapport .r-onderdeel{margin-top:1.5em}
.rapport a{color:#01689b}
.rapport--pdf{font-size:12.5px}
.rapport--pdf .r-alleen-scherm{display:none}
.rapport--pdf .r-definities{font-size:.75rem}
.rapport--pdf .r-definities dd{margin:0 0 .15em}
.rapport--pdf .r-nieuwe-pagina{break-before:page}
.rapport--pdf .r-grafiek,.rapport--pdf .r-tabel,.rapport--pdf .r-kader table,.rapport--pdf .am-kadertabel__tabel,.rapport--pdf .r-tegels{break-inside:avoid}
.rapport--pdf h2,.rapport--pdf h3,.rapport--pdf h4{break-after:avoid}
@media print{.rapport .r-alternatief{display:none}.rapport .r-nieuwe-pagina{break-before:page}}
`;

/** The standalone report page (also the input of the PDF). */
export function RapportDocument({ g, modus }: { g: RapportGegevens; modus: RapportModus }): VNode {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${g.titel}: voortgangsrapportage peildatum ${datum(g.peildatum)}`}</title>
        <style dangerouslySetInnerHTML={{ __html: `body{margin:0;padding:${modus === 'pdf' ? '0' : '1.5rem'};background:#fff}${modus === 'html' ? 'main{max-width:1100px;margin:0 auto}' : ''}${RAPPORT_CSS}` }} />
      </head>
      <body>
        <main>
          <RapportInhoud g={g} modus={modus} />
        </main>
      </body>
    </html>
  );
}

export function renderRapportHtml(g: RapportGegevens, modus: RapportModus = 'html'): string {
  return `<!doctype html>${renderToString(<RapportDocument g={g} modus={modus} />)}`;
}


