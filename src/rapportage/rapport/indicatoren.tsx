// Indicator sections: labour market and access to care.
import type { VNode } from 'preact';
import { datum, getal, LEEG } from '../../platform/formaat.js';
import { kleineVeelvoudenOptie, staafOptie, tijdreeksOptie, type GrafiekTabel, type KleineVeelvoudenInvoer, type StaafInvoer, type TijdreeksInvoer } from '../../platform/web/grafiek.js';
import { ReeksFiguur, reeksIn, RondeTekstBlok, RondeTeksten, tekstenIn } from '../publicatie.js';
import { HUISARTS_WACHTLIJST_KLASSEN, renderKaartSvg } from '../../platform/web/kaart.js';
import { probeerPeriode } from '../../domein/perioden.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { IndicatorDefinitie, IndicatorWaarde } from '../gegevens.js';
import { type Ctx, Grafiek, Melding, Sectie, TabelAlternatief, Toelichting } from './onderdelen.js';

export function periodeLabel(p: string): string {
  return probeerPeriode(p)?.label ?? p;
}

export function def(ctx: Ctx, code: string): IndicatorDefinitie | undefined {
  return ctx.g.indicatoren.definities.find((d) => d.code === code);
}
export function waarden(ctx: Ctx, code: string): IndicatorWaarde[] {
  return ctx.g.indicatoren.waarden.filter((w) => w.indicator === code);
}
export function bronDatum(ws: IndicatorWaarde[]): string | null {
  const d = ws.map((w) => w.bron_datum).filter((x): x is string => !!x).sort();
  return d.at(-1) ?? null;
}

export function GeenWaarnemingen({ naam }: { naam: string }): VNode {
  return <Melding>Er zijn (nog) geen waarnemingen van “{naam}” in de monitor; daarom is hier geen grafiek.</Melding>;
}

export function IndicatorReeks({ ctx, code, id }: { ctx: Ctx; code: string; id: string }): VNode | null {
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

export function Arbeidsmarkt({ ctx }: { ctx: Ctx }): VNode {
  const codes = ctx.g.indicatoren.definities.filter((d) => d.code.startsWith('azw_')).map((d) => d.code);
  const met = codes.filter((c) => waarden(ctx, c).length > 0);
  const zonder = codes.filter((c) => waarden(ctx, c).length === 0);
  return (
    <Sectie id="arbeidsmarkt" titel="Stand van zaken arbeidsmarkt">
      {tekstenIn(ctx.p, 'arbeidsmarkt', '').length ? (
        <RondeTeksten p={ctx.p} sectie="arbeidsmarkt" subsectie="" />
      ) : (
        <p>De bron van deze figuren is de monitor Arbeidsmarkt Zorg en Welzijn van het CBS, tenzij anders vermeld.</p>
      )}
      <Toelichting ctx={ctx} sectie="arbeidsmarkt" />
      {met.map((c) => (
        <IndicatorReeks ctx={ctx} code={c} id={`g-${c}`} />
      ))}
      {GEPUBLICEERD_ARBEIDSMARKT.filter(([r]) => reeksIn(ctx.p, r)).map(([r, sub]) => (
        <div class="r-blok">
          <ReeksFiguur p={ctx.p} reeks={reeksIn(ctx.p, r)!} id={`g-${r.replace(/_/g, '-')}`} modus={ctx.modus} />
          {tekstenIn(ctx.p, 'arbeidsmarkt', sub).map((t) => (
            <RondeTekstBlok tekst={t} zonderKop />
          ))}
        </div>
      ))}
      {zonder.length > 0 && !reeksIn(ctx.p, 'arbeidsmarkt_vacaturegraad') ? (
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

export function Toegankelijkheid({ ctx }: { ctx: Ctx }): VNode {
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
      <RondeTeksten p={ctx.p} sectie="toegankelijkheid" subsectie="algemeen" />
      <h3 class="utrecht-heading-3">Huisartsenzorg</h3>
      {tekstenIn(ctx.p, 'toegankelijkheid', 'huisartsenzorg').length ? (
        tekstenIn(ctx.p, 'toegankelijkheid', 'huisartsenzorg').map((t) => <RondeTekstBlok tekst={t} zonderKop />)
      ) : (
        <p class="r-klein">
          Het aantal mensen dat zich meldt voor zorgbemiddeling bij een zorgverzekeraar, als indicatie voor de vraag naar huisartsen in de regio. De cijfers geven
          niet het werkelijke aantal mensen zonder huisarts weer.
        </p>
      )}
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
      {kaart ?? <Gepubliceerd ctx={ctx} reeks="huisartsen_wachtlijst_gemeenten" anders={<GeenWaarnemingen naam={def(ctx, 'ha_wachtlijst')?.naam ?? 'Wachtenden voor een huisarts per gemeente'} />} />}
      <h3 class="utrecht-heading-3">Wachttijden msz</h3>
      {tekstenIn(ctx.p, 'toegankelijkheid', 'msz').map((t) => <RondeTekstBlok tekst={t} zonderKop />)}
      {mszGrafiek ?? <Gepubliceerd ctx={ctx} reeks="msz_wachttijden" anders={<GeenWaarnemingen naam="Wachttijden msz (behandeling, polikliniekbezoek, diagnostiek)" />} />}
      <h3 class="utrecht-heading-3">Wachtenden langdurige zorg (Wlz)</h3>
      {tekstenIn(ctx.p, 'toegankelijkheid', 'wlz').map((t) => <RondeTekstBlok tekst={t} zonderKop />)}
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
        <Gepubliceerd ctx={ctx} reeks="wlz_wachtenden" anders={<GeenWaarnemingen naam={def(ctx, 'wlz_wachtenden')?.naam ?? 'Wachtenden met een Wlz-indicatie'} />} />
      )}
      <h3 class="utrecht-heading-3">Wachttijden ggz</h3>
      {tekstenIn(ctx.p, 'toegankelijkheid', 'ggz').map((t) => <RondeTekstBlok tekst={t} zonderKop />)}
      {ggzGrafiek ?? (
        <>
          <GeenWaarnemingen naam="Wachttijden ggz per hoofddiagnosegroep (aanmeld-, behandel- en totale wachttijd)" />
          <Gepubliceerd ctx={ctx} reeks="ggz_wachttijden" anders={null} />
        </>
      )}
      <p class="r-klein">Treeknormen ggz: aanmelding 4 weken, behandeling 10 weken, totaal 14 weken.</p>
    </Sectie>
  );
}

/** The labour-market series of the published report and the sub-section of their texts. */
const GEPUBLICEERD_ARBEIDSMARKT: [string, string][] = [
  ['arbeidsmarkt_vacaturegraad', 'vacaturegraad'],
  ['arbeidsmarkt_ziekteverzuim', 'ziekteverzuim'],
  ['arbeidsmarkt_deeltijdfactor', 'deeltijdfactor'],
  ['arbeidsmarkt_aandeel_werknemers', 'verhouding_werknemers'],
  ['arbeidsmarkt_regeldruk', 'regeldruk'],
];

/** The published chart of a series where the monitor holds no observations; otherwise `anders`. */
function Gepubliceerd({ ctx, reeks, anders }: { ctx: Ctx; reeks: string; anders: VNode | null }): VNode | null {
  const r = reeksIn(ctx.p, reeks);
  return r ? <ReeksFiguur p={ctx.p} reeks={r} id={`g-${reeks.replace(/_/g, '-')}`} modus={ctx.modus} /> : anders;
}
