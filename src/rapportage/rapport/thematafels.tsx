// Progress of the thematafels (IZA) and the AZWA agreements, with one page per onderdeel.
import type { ComponentChildren, VNode } from 'preact';
import { ACTIE_STATUSSEN, THEMATAFELS, AZWA_BLOKKEN } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import { KLEUREN, staafOptie, STATUS_KLEUREN, type EChartsOption, type StaafInvoer } from '../../platform/web/grafiek.js';
import { afgerondSindsVorige } from '../../domein/afgerond.js';
import { ReeksFiguur, reeksIn, RondeTekstBlok, RondeTeksten, tekstenIn } from '../publicatie.js';
import { izaActieCijfers, IzaAfgevoerd } from './iza-acties.js';
import { Alineas, type ActieCijfers, type Ctx, Grafiek, Lijst, Melding, Sectie, StatusTabel, Toelichting, aantal, num, type OnderdeelCijfers } from './onderdelen.js';


export function statusReeksen(perOnderdeel: [string, OnderdeelCijfers][]) {
  return ACTIE_STATUSSEN.map((s) => ({ naam: s, kleur: STATUS_KLEUREN[s], waarden: perOnderdeel.map(([, o]) => o.per_status?.[s] ?? 0) }));
}

export function Thematafels({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const acties: ActieCijfers = izaActieCijfers(g);
  const perOnderdeel = acties.per_onderdeel ?? {};
  const iza = g.onderdelen.filter((o) => o.akkoord === 'IZA');
  const azwa = g.onderdelen.filter((o) => o.akkoord === 'AZWA');
  const izaMetCijfers = iza.filter((o) => perOnderdeel[o.code]).map((o) => [o.code, perOnderdeel[o.code]] as [string, OnderdeelCijfers]);
  const izaZonder = iza.filter((o) => !perOnderdeel[o.code]).map((o) => o.code);
  const aantalTafels = num(g.cijfers.extra?.thematafels) ?? iza.length;
  const partijen = num(g.cijfers.extra?.iza_partijen);
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
      const perStatus = Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as Record<(typeof ACTIE_STATUSSEN)[number], number>;
      const som = { totaal: 0, per_status: perStatus };
      let gevonden = false;
      for (const c of codes) {
        const o = perOnderdeel[c];
        if (!o) continue;
        gevonden = true;
        som.totaal += o.totaal ?? 0;
        for (const s of ACTIE_STATUSSEN) perStatus[s] += o.per_status?.[s] ?? 0;
      }
      return gevonden ? ([b, som] as [string, OnderdeelCijfers]) : null;
    })
    .filter((x): x is [string, OnderdeelCijfers] => x !== null);
  const azwaMetCijfers = azwa.filter((o) => perOnderdeel[o.code] || heeftTekst(ctx, o.code));
  const izaMetInhoud = iza.filter((o) => perOnderdeel[o.code] || heeftTekst(ctx, o.code));
  const izaLeeg = iza.filter((o) => !izaMetInhoud.includes(o));
  const totaal = (o: OnderdeelCijfers) => o.totaal ?? ACTIE_STATUSSEN.reduce((s, st) => s + (o.per_status?.[st] ?? 0), 0);

  return (
    <>
      <Sectie id="thematafels" titel="Voortgang thematafels">
        {tekstenIn(ctx.p, 'thematafels').length ? (
          <RondeTeksten p={ctx.p} sectie="thematafels" />
        ) : (
          <p>
            De uitvoering van de acties uit het IZA vindt plaats in {getal(aantalTafels)} thematafels. De tafels houden zicht op de uitvoering van de
            acties en sturen bij indien nodig. Besluitvorming en bespreking van knelpunten vindt plaats op het Bestuurlijk overleg
            {partijen !== null ? `, met de bestuurders van de ${getal(partijen)} IZA-partijen` : ''}.
          </p>
        )}
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
        <IzaAfgevoerd ctx={ctx} />
        {afgerondSindsVorige({ acties }) !== null ? (
          <p class="r-callout">
            <strong>{getal(afgerondSindsVorige({ acties })!)} acties afgerond</strong> sinds {vorige ? `de vorige rapportage (peildatum ${datum(vorige.peildatum)})` : 'de vorige rapportage'}
          </p>
        ) : null}
        {izaMetCijfers.length > 1 || (izaMetCijfers.length > 0 && !reeksIn(ctx.p, 'acties_per_thematafel')) ? (
          <Grafiek ctx={ctx} id="g-thematafels" invoer={overzicht} optie={staafOptie(overzicht)} breedte={960} hoogte={Math.max(180, 60 + izaMetCijfers.length * 34)} />
        ) : null}
        {izaMetCijfers.length <= 1 && reeksIn(ctx.p, 'acties_per_thematafel') ? (
          <ReeksFiguur p={ctx.p} reeks={reeksIn(ctx.p, 'acties_per_thematafel')!} id="g-thematafels-gepubliceerd" modus={ctx.modus} />
        ) : izaZonder.length > 0 && izaMetCijfers.length > 0 ? (
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
                  { naam: 'Nog geen status', kleur: KLEUREN.grijs, waarden: blokken.map(([, o]) => totaal(o) - ACTIE_STATUSSEN.reduce((s, st) => s + (o.per_status?.[st] ?? 0), 0)) },
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
        <OnderdeelPagina ctx={ctx} code={o.code} naam={o.naam} cijfers={perOnderdeel[o.code]} nieuwePagina={i === 0 || (i % 2 === 0 && !tekstenIn(ctx.p, 'thematafel').length)} />
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

export function heeftTekst(ctx: Ctx, code: string): boolean {
  if (tekstenIn(ctx.p, 'thematafel', code).length) return true;
  return ['voortgang', 'mijlpalen', 'aandachtspunten'].some((s) => !!ctx.g.teksten[`onderdeel:${code}:${s}`]);
}

export function OnderdeelPagina({ ctx, code, naam, cijfers, nieuwePagina, kopNiveau = 2 }: { ctx: Ctx; code: string; naam: string; cijfers: OnderdeelCijfers | undefined; nieuwePagina: boolean; kopNiveau?: 2 | 3 }): VNode {
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
        reeksIn(ctx.p, 'acties_per_thematafel') ? null : <p class="r-klein">Geen aantallen per status voor dit onderdeel op deze peildatum.</p>
      )}
      {tekstenIn(ctx.p, 'thematafel', code).map((x) => (
        <RondeTekstBlok tekst={x} zonderKop />
      ))}
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
