// The published transformatie figures (a snapshot, never live records): the public /transformatie page,
// and the box the logged-in overview shows while its registers are empty (issue 14). Labels as report
// 000 prints them: "416 aanvragen aangeleverd", then the status of those 416 with their total.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro, getal } from '../../platform/formaat.js';
import { GepubliceerdeCijfersBlok } from '../../platform/web/bronnen.js';
import { MIDDELEN_DEFINITIES } from '../../domein/transformatiemiddelen.js';
import type { Bron } from '../../domein/bronnen.js';
import { PLAN_STATUSSEN, TOETS_STATUSSEN } from '../../domein/begrippen.js';
import type { KerncijfersBestand } from '../../kern/snapshots.js';
import { BASIS, type Basis, Cijfer, StatusTabel, Tabel } from './onderdelen.js';

export interface GepubliceerdeTransformatie {
  peildatum: string;
  /** Readable description of the publication. */
  bron: string;
  genummerd: Bron[];
  cijfers: KerncijfersBestand;
  /** True when the embargo rule left the money out for this reader. */
  middelenVerborgen: boolean;
}

/** Status counts in the order of the workflow (as the report prints them), whatever order they were stored in. */
function volgens(statussen: readonly string[], per: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(statussen.filter((s) => typeof per[s] === 'number').map((s) => [s, per[s]!]));
}

/** The published figures of snelle toetsen, transformatieplannen and transformatiemiddelen. */
export function GepubliceerdeFiguren({ g }: { g: GepubliceerdeTransformatie }): VNode {
  const st = g.cijfers.snelle_toetsen;
  const tp = g.cijfers.transformatieplannen;
  const m = g.cijfers.transformatiemiddelen as Record<string, number | undefined> | undefined;
  const P = datum(g.peildatum);
  return (
    <>
      <h3 class="utrecht-heading-3">Snelle toetsen</h3>
      {st && typeof st.totaal === 'number' ? (
        <>
          <ul class="am-cijfers">
            <Cijfer label="Aanvragen snelle toets aangeleverd (totaal)" waarde={getal(st.totaal)} bron={`tot en met ${P}`} />
          </ul>
          {st.per_status ? <StatusTabel titel={`Status van deze ${getal(st.totaal)} snelle toetsen op ${P}`} perStatus={volgens(TOETS_STATUSSEN, st.per_status)} totaal={st.totaal} /> : null}
        </>
      ) : (
        <p class="utrecht-paragraph">Deze publicatie noemt geen aantal snelle toetsen.</p>
      )}
      <h3 class="utrecht-heading-3">Transformatieplannen</h3>
      {tp ? (
        <>
          <p class="utrecht-paragraph">
            Op {P} stonden er <strong>{getal(tp.goedgekeurde_snelle_toetsen ?? 0)} goedgekeurde snelle toetsen</strong> in de database. Daarvan waren{' '}
            <strong>{getal(tp.in_uitwerking ?? 0)} transformatieplannen in uitwerking</strong> en <strong>{getal(tp.ingediend ?? 0)} transformatieplannen ingediend</strong>.
          </p>
          {tp.per_status && typeof tp.ingediend === 'number' ? (
            <StatusTabel titel={`Status van deze ${getal(tp.ingediend)} ingediende transformatieplannen`} perStatus={volgens(PLAN_STATUSSEN, tp.per_status)} totaal={tp.ingediend} />
          ) : null}
        </>
      ) : (
        <p class="utrecht-paragraph">Deze publicatie noemt geen aantallen transformatieplannen.</p>
      )}
      <h3 class="utrecht-heading-3">Transformatiemiddelen</h3>
      {g.middelenVerborgen ? (
        <p class="utrecht-paragraph am-embargo">De bedragen van deze peildatum staan nog onder embargo.</p>
      ) : m ? (
        <Tabel
          titel={`Transformatiemiddelen op ${P}`}
          kop={['Status', 'Bedrag']}
          getalKolommen={[1]}
          rijen={MIDDELEN_DEFINITIES.filter((d) => typeof m[d.sleutel] === 'number').map((d) => [d.label, <span class="am-nowrap">{euro(m[d.sleutel]!)}</span>])}
        />
      ) : (
        <p class="utrecht-paragraph">Deze publicatie noemt geen bedragen.</p>
      )}
    </>
  );
}

/** The public /transformatie: published figures only, with their source. */
export function PubliekeTransformatiePagina(p: Basis & { g: GepubliceerdeTransformatie | null }): VNode {
  return (
    <Pagina titel="Transformatie" actief="transformatie" kruimels={BASIS.slice(0, 1).concat({ label: 'Transformatie' })} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Snelle toetsen, transformatieplannen en transformatiemiddelen</h1>
      {p.g ? (
        <GepubliceerdeCijfersBlok id="gepubliceerd" titel="Gepubliceerde cijfers" peildatum={p.g.peildatum} bron={p.g.bron} genummerd={p.g.genummerd}>
          <GepubliceerdeFiguren g={p.g} />
        </GepubliceerdeCijfersBlok>
      ) : (
        <p class="utrecht-paragraph">Er zijn nog geen gepubliceerde cijfers over de transformatie.</p>
      )}
      <p class="utrecht-paragraph">
        De rapportages met toelichting staan onder{' '}
        <a class="utrecht-link" href="/rapportages">
          Rapportages
        </a>
        .
      </p>
    </Pagina>
  );
}
