// The financial frameworks (kaders) per year.
import type { VNode } from 'preact';
import { berekenKader, type KaderRij } from '../../domein/kaders.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader } from '../../domein/kaders-vergelijking.js';
import { kaderTabel } from '../../domein/kaders-tabel.js';
import { KaderTabel } from '../../financien/index.js';
import { type Ctx, Melding, Sectie, Toelichting } from './onderdelen.js';
import { alsGepubliceerd } from '../../domein/kaders-gepubliceerd.js';
import { platteTekst } from '../../domein/markdown.js';
import { euroMln, getal, procent } from '../../platform/formaat.js';
import { RondeTeksten, tekstenIn } from '../publicatie.js';

export function FinancieleKaders({ ctx }: { ctx: Ctx }): VNode {
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
        const berekend = kaderTabel(perJaar.get(j)!);
        const titel = metUitgaven.includes(j) ? `Actualisatie ${j}` : `Kader ${j}`;
        // a published round prints the table as published; the computation from its rows is a note
        const gedrukt = gepubliceerd.length ? alsGepubliceerd(berekend, gepubliceerd, (n, e) => (e === 'pct' ? procent(n) : `€ ${getal(n)}`)) : null;
        const model = gedrukt?.tabel ?? berekend;
        const inleiding = tekstenIn(ctx.p, 'financiele_kaders', `actualisatie_${j}`)[0];
        const noten = tekstenIn(ctx.p, 'financiele_kaders', `toelichting_tabel_${j}`)[0]?.blokken.find((b) => b.soort === 'lijst');
        const voetnoten = noten?.soort === 'lijst' ? noten.items.map((it, n) => ({ nummer: n + 1, tekst: it.inhoud.map((d) => d.tekst).join('') })) : model.voetnoten;
        return (
          <div class={`r-kader${i > 0 && !gedrukt ? ' r-nieuwe-pagina' : ''}`}>
            {i > 0 && !gedrukt ? <p class="r-boven">Financiële kaders</p> : null}
            <KaderTabel
              tabel={{ ...model, titel, inleiding: inleiding ? platteTekst(inleiding.blokken) : model.inleiding, voetnoten }}
              kopNiveau={3}
              id={`kader-${j}`}
              afwijkingen={gedrukt ? [] : afwijkingen}
            />
            {gedrukt?.verschillen.length ? (
              <p class="r-klein r-noot">
                Gedrukt zoals gepubliceerd. Berekend uit de regels erboven:{' '}
                {gedrukt.verschillen
                  .map((v) => `${v.sector} regel ${v.nummer} ${v.eenheid === 'pct' ? procent(v.berekend) : `€ ${getal(v.berekend)}`} (gepubliceerd ${v.eenheid === 'pct' ? procent(v.gepubliceerd) : `€ ${getal(v.gepubliceerd)}`})`)
                  .join('; ')}
                ; het verschil is een afronding in de bron.
              </p>
            ) : null}
            {gedrukt && perJaar.get(j)!.some((r) => r.covid_prestaties_mln) ? (
              <p class="r-klein r-noot">
                Afgeleid, niet gepubliceerd: het verschil excl. covid voor {perJaar.get(j)!.filter((r) => r.covid_prestaties_mln).map((r) => r.sector).join(', ')} is alleen te
                verklaren met covidmeerkosten van ca. {perJaar.get(j)!.filter((r) => r.covid_prestaties_mln).map((r) => euroMln(r.covid_prestaties_mln)).join(', ')}; dat bedrag
                staat niet in de gepubliceerde tabel.
              </p>
            ) : null}
            {j === metUitgaven[0] ? <RondeTeksten p={ctx.p} sectie="financiele_kaders" subsectie={`toelichting_q4`} /> : null}
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
