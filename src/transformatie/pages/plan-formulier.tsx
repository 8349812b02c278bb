// The form for a new transformatieplan on an approved toets. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { euro, LEEG } from '../../platform/formaat.js';
import type { ToetsStand } from '../store/index.js';
import { Csrf } from '../../platform/web/formulier.js';
import { BASIS, type Basis, type Formulierfout, Foutsamenvatting, Keuzelijst, Tekstvak, Tekstveld, waarde } from './onderdelen.js';

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
