// The fund page: budgets per year, allocation, doorbraakmiddelen and the ledger per plan. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, getal, LEEG } from '../../platform/formaat.js';
import { type Datum } from '../../domein/begrippen.js';
import type { Budgetverdeling, DoorbraakToets } from '../../domein/budget.js';
import { type FondsGrootboek } from '../../domein/transformatiemiddelen.js';
import type { DoorbraakclaimRij } from '../store/index.js';
import type { PlanVerwachting } from '../../domein/plan-impact.js';
import { Csrf } from '../../platform/web/formulier.js';
import {
  BASIS,
  Basis,
  Formulierfout,
  Foutsamenvatting,
  Melding,
  PeildatumKeuze,
  Subnav,
  Tabel,
  Tekstveld,
  Vinkje,
  Waarschuwingen,
  metPeildatum,
  waarde,
} from './onderdelen.js';

export function MiddelenPagina(
  p: Basis & {
    peildatum: Datum;
    grootboek: FondsGrootboek;
    titels: Map<string, string>;
    verdeling: Budgetverdeling;
    doorbraak: { claims: DoorbraakclaimRij[]; toets: DoorbraakToets };
    /** Expected fte impact per plan (plan_impact), beside the claims of a plan. */
    planImpact?: Map<string, PlanVerwachting>;
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
          kop={['Jaar', 'Omschrijving', 'Plan', 'Verwachte fte-impact van het plan', 'Sociaal domein', 'Bedrag']}
          getalKolommen={[5]}
          rijen={p.doorbraak.claims.map((c) => {
            const v = c.plan_id ? p.planImpact?.get(c.plan_id) : undefined;
            return [String(c.jaar), c.omschrijving, c.plan_id ?? LEEG, v ? `${getal(Math.round(v.fte), 0)} fte (${v.herkomst})` : 'niet vastgelegd', c.sociaal_domein ? 'ja' : 'nee', <span class="am-nowrap">{euro(c.bedrag_eur)}</span>];
          })}
        />
      ) : null}
      <p class="utrecht-paragraph">
        De lat voor wanneer een doorbraak impactvol is wordt hoog, met de impact op fte (arbeidsbesparing) leidend; het BO AZWA besluit nog over die lat
        (002 r. 6971-6985). Daarom staat bij elke claim op een plan de verwachte fte-impact van dat plan (vast te leggen op de pagina van het plan); een
        drempel toetst de monitor pas als de lat is vastgesteld.
      </p>
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
