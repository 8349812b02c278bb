// Pieces of the MTR dossier shown both on its page and in the report's MTR section: the money of the
// plans and doorbraakmiddelen, and the four fallback options with their figures.
import type { VNode } from 'preact';
import { getal } from '../platform/formaat.js';
import { doorbraakTekst, type MtrDossier } from './mtr.js';

export function MtrPlannenEnDoorbraak({ d }: { d: MtrDossier }): VNode {
  return (
    <>
      <p class="utrecht-paragraph">
        Transformatieplannen: {getal(d.plannen.ingediend)} ingediend, {getal(d.plannen.goedgekeurd)} goedgekeurd. Aanvragen voor
        doorbraakmiddelen houdt het platform niet bij; wel het plafond en wat is toegekend:
      </p>
      <ul class="utrecht-unordered-list">
        {doorbraakTekst(d.doorbraak).map((t) => (
          <li>{t}</li>
        ))}
      </ul>
    </>
  );
}

export function MtrOpties({ d }: { d: MtrDossier }): VNode {
  return (
    <ol type="a">
      {d.opties.map((o) => (
        <li>
          <strong>{o.optie}</strong>
          <ul>
            {o.cijfers.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
