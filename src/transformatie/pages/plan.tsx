// The detail page of a transformatieplan: properties, questions, NZa, ventiel, KPIs and timeline. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, LEEG } from '../../platform/formaat.js';
import { type Datum } from '../../domein/begrippen.js';
import { vragentermijnEinde, type PlanActie } from '../../domein/workflow.js';
import type { OverschrijdingsCheck } from '../../domein/budget.js';
import { MIDDELEN_DEFINITIES, type MiddelenWaarschuwing, type PlanGrootboek } from '../../domein/transformatiemiddelen.js';
import { KPI_ACTIE_LABELS, type KpiActie } from '../../domein/workflow.js';
import type { Handeling, KpiRij, LogRij, PlanStandRij, ToetsStand, Vraag } from '../store/index.js';
import { Csrf } from '../../platform/web/formulier.js';
import { PlanImpactSectie, type PlanImpactBeeld } from '../../impact/index.js';
import {
  ActieFormulier,
  BASIS,
  Basis,
  Eigenschappen,
  Formulierfout,
  Foutsamenvatting,
  Keuzelijst,
  Melding,
  PeildatumKeuze,
  Tabel,
  Tekstvak,
  Tekstveld,
  Tijdlijn,
  VerledenMelding,
  Vinkje,
  metPeildatum,
  waarde, Handelingen } from './onderdelen.js';

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
  /** The plan's expected fte impact (plan_impact) and whether this user may record it. */
  impact: PlanImpactBeeld;
  magImpact: boolean;
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
      {f && !p.acties.includes(f.formulier as PlanActie) && !/^(nza|ventiel|kpi|antwoord|impact)/.test(f.formulier) ? <Foutsamenvatting fout={f} /> : null}
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
        <Handelingen>
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
        </Handelingen>
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

      <PlanImpactSectie planId={x.id} href={href} csrf={p.csrf} beeld={p.impact} magWijzigen={actueel && p.magImpact} fout={f?.formulier === 'impact' ? f : undefined} />
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
