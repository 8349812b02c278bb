// Snelle toetsen, transformatieplannen, the NZa reading and the transformatiemiddelen.
import type { VNode } from 'preact';
import { PLAN_STATUSSEN, TOETS_STATUSSEN } from '../../domein/begrippen.js';
import { datum, euro, getal, euroMln } from '../../platform/formaat.js';
import { KLEUREN, staafOptie, verdelingStaaf, WORKFLOW_KLEUREN, type EChartsOption, type StaafInvoer } from '../../platform/web/grafiek.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { ReeksFiguur, reeksIn, RondeTekstBlok, RondeTeksten, tekstenIn } from '../publicatie.js';
import { type Ctx, GeenRecords, Grafiek, Melding, Sectie, StatusTabel, Toelichting, aantal, num, statusRijen, type Cijfers } from './onderdelen.js';
import { MIDDELEN_DEFINITIES } from '../../domein/transformatiemiddelen.js';

export function SnelleToetsen({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const st: NonNullable<Cijfers['snelle_toetsen']> = g.cijfers.snelle_toetsen ?? {};
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
      {tekstenIn(ctx.p, 'snelle_toetsen', 'overzicht').length ? (
        <>
          {tekstenIn(ctx.p, 'snelle_toetsen', 'overzicht').map((t) => (
            <RondeTekstBlok tekst={t} zonderKop />
          ))}
        </>
      ) : (
      <ul>
        <li>
          Op {datum(g.peildatum)} waren er <strong>{aantal(st.totaal)} aanvragen</strong> voor een snelle toets aangeleverd ({aantal(st.totaal)} snelle toetsen).
        </li>
        <li>
          Daarvan waren er <strong>{aantal(st.per_status?.Goedgekeurd)} goedgekeurd</strong> en {aantal(st.per_status?.Afgekeurd)} afgekeurd.
        </li>
        <li>Een deel van de afgekeurde snelle toetsen is voorlopig afgekeurd; indieners krijgen terug op welke punten het plan moet worden aangepast.</li>
      </ul>
      )}
      <Toelichting ctx={ctx} sectie="snelle_toetsen" />
      <StatusTabel titel={`Status van de ${aantal(st.totaal)} snelle toetsen`} rijen={statusRijen(TOETS_STATUSSEN, st.per_status)} totaal={aantal(st.totaal)} />
      {kwartaal ? (
        <Grafiek ctx={ctx} id="g-toetsen-kwartaal" invoer={kwartaal} optie={staafOptie(kwartaal)} breedte={960} hoogte={340} />
      ) : reeksIn(ctx.p, 'snelle_toetsen_per_kwartaal') ? (
        <GepubliceerdeGrafieken ctx={ctx} reeksen={[['snelle_toetsen_per_kwartaal', null], ['snelle_toetsen_per_sector', 'sectoren'], ['snelle_toetsen_per_thema', 'themas'], ['snelle_toetsen_per_regio', 'regios']]} sectie="snelle_toetsen" />
      ) : (
        <GeenRecords ctx={ctx} wat="de aantallen per kwartaal, sector, thema en regio" />
      )}
      {per('per_sector', 'sector', 'sectoren', 'g-toetsen-sector')}
      {per('per_thema', 'thema', 'thema’s', 'g-toetsen-thema')}
      {per('per_regio', 'regio', 'regio’s', 'g-toetsen-regio')}
    </Sectie>
  );
}

export function Transformatieplannen({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const tp: NonNullable<Cijfers['transformatieplannen']> = g.cijfers.transformatieplannen ?? {};
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
      {tekstenIn(ctx.p, 'transformatieplannen', 'overzicht').length ? (
        <RondeTekstBlok tekst={tekstenIn(ctx.p, 'transformatieplannen', 'overzicht')[0]} zonderKop />
      ) : (
      <ul>
        <li>
          Op {datum(g.peildatum)} stonden er <strong>{aantal(tp.goedgekeurde_snelle_toetsen)} goedgekeurde snelle toetsen</strong> in de database.
        </li>
        <li>
          Daarvan zijn <strong>{aantal(tp.in_uitwerking)} transformatieplannen in uitwerking</strong> en <strong>{aantal(tp.ingediend)} ingediende plannen</strong>{' '}
          (transformatieplannen ingediend).
        </li>
      </ul>
      )}
      <Toelichting ctx={ctx} sectie="transformatieplannen" />
      <StatusTabel titel={`Status van de ${aantal(tp.ingediend)} ingediende plannen`} rijen={statusRijen(PLAN_STATUSSEN, tp.per_status)} totaal={aantal(tp.ingediend)} />
      {kwartaal ? (
        <Grafiek ctx={ctx} id="g-plannen-kwartaal" invoer={kwartaal} optie={staafOptie(kwartaal)} breedte={960} hoogte={340} />
      ) : reeksIn(ctx.p, 'transformatieplannen_per_kwartaal') ? (
        <GepubliceerdeGrafieken ctx={ctx} reeksen={[['transformatieplannen_per_kwartaal', null]]} sectie="transformatieplannen" />
      ) : (
        <GeenRecords ctx={ctx} wat="de aantallen per kwartaal en de betrokkenheid van patiënten" />
      )}
      {betrokken ? (
        <>
          <Grafiek ctx={ctx} id="g-plannen-betrokkenheid" invoer={betrokken} optie={staafOptie(betrokken)} breedte={720} hoogte={200} />
          <p class="r-klein">De betrokkenheid van patiënten wordt geregistreerd sinds 18 oktober 2023; oudere plannen staan op "niet ingesteld".</p>
        </>
      ) : null}
    </Sectie>
  );
}

export function NzaDuiding({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const extra = g.cijfers.extra ?? {};
  const besch = num(extra.nza_beschikkingen);
  const beschMln = num(extra.nza_beschikkingen_bedrag_mln);
  const ventiel = num(extra.ventiel_plannen);
  const ventielMln = num(extra.ventiel_bedrag_ruim_mln);
  return (
    <Sectie id="nza" titel="Duiding NZa: voortgang impactvolle transformaties">
      <Toelichting ctx={ctx} sectie="nza_duiding" />
      {tekstenIn(ctx.p, 'nza_duiding').length ? (
        <>
          <RondeTeksten p={ctx.p} sectie="nza_duiding" />
          {besch !== null ? (
            <DataTabel
              klasse="r-tabel r-smal"
              caption={`Kerncijfers uit de duiding van de NZa (${datum(g.peildatum)})`}
              kop={['Route', 'Plannen', 'Bedrag']}
              kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
              rijen={[
                ['NZa-beschikking', getal(besch), beschMln !== null ? euroMln(beschMln) : '–'],
                ...(ventiel !== null ? [['Ventiel VWS', getal(ventiel), ventielMln !== null ? `ruim ${euroMln(ventielMln)}` : '–']] : []),
              ]}
              celKlasse={() => 'utrecht-table__cell r-getal'}
            />
          ) : null}
        </>
      ) : besch !== null ? (
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

type Middelen = NonNullable<Cijfers['transformatiemiddelen']>;

export function Transformatiemiddelen({ ctx }: { ctx: Ctx }): VNode {
  const m = ctx.g.cijfers.transformatiemiddelen ?? null;
  if (!m || Object.keys(m).length === 0) {
    return (
      <Sectie id="transformatiemiddelen" titel="Transformatiemiddelen">
        <Toelichting ctx={ctx} sectie="transformatiemiddelen" />
        <Melding>Er zijn geen bedragen van transformatiemiddelen voor deze peildatum.</Melding>
      </Sectie>
    );
  }
  const cats = ['Actueel beschikbaar gesteld', 'Raming', 'Definitief vrijgegeven', 'Nog vrij te geven', 'Mogelijk nog vrij te geven'];
  const w = (k: keyof Middelen) => m[k] ?? null;
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
    barWidth: '82%', // wide enough for a full amount inside the bar
    label: { show: true, position: 'inside', color: '#1a1a1a', textBorderColor: '#ffffff', textBorderWidth: 3, fontSize: 10, formatter: (p: { value: number | null }) => (p.value ? euro(p.value) : '') },
  }));
  optie.grid = { left: 110, right: 24, top: 56, bottom: 80 };
  optie.xAxis = { ...(optie.xAxis as Record<string, unknown>), axisLabel: { interval: 0, width: 90, overflow: 'break', fontSize: 11 } };
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
            rijen={MIDDELEN_DEFINITIES.map((d) => [d.label, euro(w(d.sleutel))])}
            celKlasse={() => 'utrecht-table__cell r-getal r-nowrap'}
          />
          {tekstenIn(ctx.p, 'transformatiemiddelen', 'toelichting').length ? (
            <RondeTeksten p={ctx.p} sectie="transformatiemiddelen" subsectie="toelichting" />
          ) : (
          <>
          <h3 class="utrecht-heading-3">Toelichting</h3>
          <dl class="r-definities">
            {MIDDELEN_DEFINITIES.map(({ label: t, definitie: d }) => (
              <>
                <dt>{t}</dt>
                <dd>= {d}</dd>
              </>
            ))}
          </dl>
          </>
          )}
        </div>
      </div>
    </Sectie>
  );
}

/** Charts of published series (rounds without records), each followed by its explanation text as published. */
function GepubliceerdeGrafieken({ ctx, reeksen, sectie }: { ctx: Ctx; reeksen: [string, string | null][]; sectie: string }): VNode {
  return (
    <>
      {reeksen.map(([naam, sub]) => {
        const reeks = reeksIn(ctx.p, naam);
        return (
          <div class="r-blok">
            {reeks ? <ReeksFiguur p={ctx.p} reeks={reeks} id={`g-${naam.replace(/_/g, '-')}`} modus={ctx.modus} /> : null}
            {sub ? <RondeTeksten p={ctx.p} sectie={sectie} subsectie={sub} kop={4} /> : null}
          </div>
        );
      })}
    </>
  );
}
