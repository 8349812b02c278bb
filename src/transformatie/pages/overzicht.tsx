// The overview page /transformatie: kerncijfers, charts and the fund at peildatum P. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, getal } from '../../platform/formaat.js';
import { GRAFIEK_SCRIPTS } from '../../platform/web/grafiekblok.js';
import { MIDDELEN_DEFINITIES } from '../../domein/transformatiemiddelen.js';
import { aanvragenGrafiek, type Overzicht } from '../overzicht.js';
import type { ImpactVanPlannen } from '../../domein/plan-impact.js';
import { ImpactVanPlannenTabel } from '../../impact/index.js';
import { grafiekTabel, tijdreeksOptie } from '../../platform/web/grafiek.js';
import { GrafiekBlok } from '../../platform/web/grafiekblok.js';
import { BRON_OORMERK, LAATSTE_JAAR_SECTOROORMERK } from '../../domein/middelencontroles.js';
import { GepubliceerdeCijfersBlok } from '../../platform/web/bronnen.js';
import { metBronTitels, type Bron } from '../../domein/bronnen.js';
import { importeerbareTypen } from '../../domein/importrechten.js';
import { GepubliceerdeFiguren, type GepubliceerdeTransformatie } from './gepubliceerd.js';
import { BASIS, type Basis, Cijfer, Grafiek, PeildatumKeuze, StatusTabel, Subnav, Tabel, Waarschuwingen, metPeildatum, waarde } from './onderdelen.js';

export function OverzichtPagina(p: Basis & { o: Overzicht; impact?: ImpactVanPlannen; gepubliceerd: GepubliceerdeTransformatie | null; bronnen: Bron[] }): VNode {
  const { o } = p;
  const kc = o.kerncijfers;
  const m = kc.transformatiemiddelen;
  // registers without records: the published figures first, and how to fill the registers (issue 14)
  const leeg = kc.snelle_toetsen.totaal === 0 && kc.transformatieplannen.ingediend === 0 && o.plannen.length === 0;
  const lees = (t: string) => metBronTitels(t, p.bronnen, datum);
  return (
    <Pagina titel="Transformatie" actief="transformatie" kruimels={BASIS.slice(0, 1).concat({ label: 'Transformatie' })} gebruiker={p.gebruiker} csrf={p.csrf} scripts={GRAFIEK_SCRIPTS}>
      <h1 class="utrecht-heading-1">Snelle toetsen, transformatieplannen en transformatiemiddelen</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">Stand op {datum(o.peildatum)}. De aantallen zijn dezelfde als in de kerncijfers-API voor deze peildatum.</p>
      <Subnav actief="overzicht" peildatum={o.peildatum} vandaag={p.vandaag} />
      <PeildatumKeuze peildatum={o.peildatum} actie="/transformatie" vandaag={p.vandaag} />
      {leeg && p.gepubliceerd ? (
        <GepubliceerdeCijfersBlok
          id="gepubliceerd"
          titel="Gepubliceerde cijfers"
          peildatum={p.gepubliceerd.peildatum}
          bron={p.gepubliceerd.bron}
          genummerd={p.gepubliceerd.genummerd}
          leegRegister={
            <>
              <p class="utrecht-paragraph">
                <strong>De registers van snelle toetsen en transformatieplannen zijn leeg.</strong> De aantallen en grafieken hieronder tellen die registers en
                staan daarom op 0; de cijfers hierboven zijn de laatst gepubliceerde.
              </p>
              <p class="utrecht-paragraph">
                Vul de registers met de bestanden met snelle toetsen en transformatieplannen (zie de handleiding bij de contractbestanden)
                {importeerbareTypen(p.gebruiker).some((t) => t.type === 'snelle_toetsen') ? (
                  <>
                    {' '}
                    op de pagina{' '}
                    <a class="utrecht-link" href="/importeren">
                      Bestanden importeren
                    </a>
                  </>
                ) : null}
                , op de server met <code>npm run cli -- import &lt;map met snelle_toetsen.csv en transformatieplannen.csv&gt;</code>, of dien een snelle toets in
                met{' '}
                <a class="utrecht-link" href="/transformatie/toetsen/nieuw">
                  het formulier
                </a>
                .
              </p>
            </>
          }
        >
          <GepubliceerdeFiguren g={p.gepubliceerd} />
        </GepubliceerdeCijfersBlok>
      ) : null}
      <h2 class="utrecht-heading-2">In de registers op {datum(o.peildatum)}</h2>

      <h3 class="utrecht-heading-3">Snelle toetsen</h3>
      <ul class="am-cijfers">
        <Cijfer label="Aanvragen snelle toets in het register (totaal)" waarde={getal(kc.snelle_toetsen.totaal)} bron={`ingediend tot en met ${datum(o.peildatum)}`} />
        <Cijfer label="Goedgekeurd" waarde={getal(kc.snelle_toetsen.per_status.Goedgekeurd)} />
        <Cijfer label="Afgekeurd" waarde={getal(kc.snelle_toetsen.per_status.Afgekeurd)} />
      </ul>
      <StatusTabel titel={`Status van deze ${getal(kc.snelle_toetsen.totaal)} snelle toetsen in het register op ${datum(o.peildatum)}`} perStatus={kc.snelle_toetsen.per_status} totaal={kc.snelle_toetsen.totaal} />
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

      <h3 class="utrecht-heading-3">Transformatieplannen</h3>
      <p class="utrecht-paragraph">
        Op {datum(o.peildatum)} stonden er <strong>{getal(kc.transformatieplannen.goedgekeurde_snelle_toetsen)} goedgekeurde snelle toetsen</strong> in de registratie. Daarvan zijn{' '}
        <strong>{getal(kc.transformatieplannen.in_uitwerking)} transformatieplannen in uitwerking</strong> en <strong>{getal(kc.transformatieplannen.ingediend)} ingediend</strong>.
      </p>
      <StatusTabel titel={`Status van deze ${getal(kc.transformatieplannen.ingediend)} ingediende transformatieplannen in het register`} perStatus={kc.transformatieplannen.per_status} totaal={kc.transformatieplannen.ingediend} />
      <Grafiek naam="plannen-per-kwartaal" invoer={o.grafieken['plannen-per-kwartaal']} peildatum={o.peildatum} />
      <Grafiek
        naam="betrokkenheid-patienten"
        invoer={o.grafieken['betrokkenheid-patienten']}
        peildatum={o.peildatum}
        toelichting="Of patiënten bij het plan betrokken zijn wordt geregistreerd sinds 18 oktober 2023; eerder ingediende plannen staan op 'niet ingesteld'."
        hoogte={300}
      />
      {p.impact ? <ImpactVanPlannenTabel d={p.impact} id="fte-impact" kopNiveau={3} /> : null}

      <h3 class="utrecht-heading-3">NZa-beschikkingen en ventiel</h3>
      <ul class="am-cijfers">
        <Cijfer label="Plannen met NZa-beschikking" waarde={getal(o.nza.aantal)} bron={`samen ${euro(o.nza.bedrag_eur)}`} />
        <Cijfer label="Plannen via het VWS-ventiel" waarde={getal(o.ventiel.aantal)} bron={`beschikbaar gesteld ${euro(o.ventiel.bedrag_eur)}`} />
      </ul>
      <p class="utrecht-paragraph">
        De registratie van de verzekeraars (ZN) en die van de NZa tellen verschillend: beide staan hier naast elkaar. Plannen via het ventiel tellen in alle cijfers mee zoals elk ander plan.
      </p>

      <AanvragenSectie o={o} lees={lees} />

      <h3 class="utrecht-heading-3">Transformatiemiddelen</h3>
      <Grafiek naam="transformatiemiddelen" invoer={o.grafieken.transformatiemiddelen} peildatum={o.peildatum} hoogte={380} />
      <Tabel
        titel="Transformatiemiddelen op de peildatum"
        kop={['Status', 'Bedrag']}
        getalKolommen={[1]}
        rijen={MIDDELEN_DEFINITIES.map((d) => [d.label, <span class="am-nowrap">{euro(m[d.sleutel])}</span>])}
      />
      <h4 class="utrecht-heading-4">Definities</h4>
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

/** Requested against the € 2,4 bn, toetsen after the cut-off and the sector earmark (issue 17). */
function AanvragenSectie({ o, lees }: { o: Overzicht; lees: (t: string) => string }): VNode {
  const a = o.aanvragen;
  const invoer = aanvragenGrafiek(a);
  return (
    <section aria-labelledby="aanvragen-plafond">
      <h3 class="utrecht-heading-3" id="aanvragen-plafond">
        Aanvragen tegen € 2,4 miljard
      </h3>
      <p class="utrecht-paragraph">{lees(a.melding)}</p>
      {a.punten.length > 0 ? (
        <GrafiekBlok
          id="aanvragen-cumulatief"
          titel={invoer.titel}
          optie={tijdreeksOptie({ ...invoer, titel: '' })}
          tabel={{ ...grafiekTabel(invoer), titel: invoer.titel }}
          csvHref={`/transformatie/grafieken/aanvragen-cumulatief.csv?peildatum=${o.peildatum}`}
          leeg="–"
          hoogte={340}
          breedte={900}
        />
      ) : null}
      <p class="utrecht-paragraph">
        Sinds {datum(o.sluiting)} worden geen nieuwe snelle toetsen meer aangenomen, behalve als de coördinerend zorgverzekeraar wist dat een toets in de
        afrondende fase was ({lees('002 r. 309-316')}).{' '}
        {o.naSluiting.length === 0
          ? 'Er zijn geen toetsen op of na die datum ingediend.'
          : `${getal(o.naSluiting.length)} ${o.naSluiting.length === 1 ? 'toets is' : 'toetsen zijn'} op of na die datum ingediend: ${o.naSluiting.map((t) => `${t.id} (${datum(t.ingediend_op)})`).join(', ')}.`}
      </p>
      <p class="utrecht-paragraph">
        De oormerking van de transformatiemiddelen per sector geldt tot en met {LAATSTE_JAAR_SECTOROORMERK} en wordt niet verlengd; het fonds loopt tot en met
        2028 ({lees(BRON_OORMERK)}).
      </p>
    </section>
  );
}
