// The report of a refused import, the same on every upload page: that nothing changed, how many
// problems, and one line per problem in the wording the CLI prints.
import type { VNode } from 'preact';
import { probleemRegel, type ProbleemRegel } from '../probleemregel.js';

export interface ImportProblemenProps {
  problemen: readonly ProbleemRegel[];
  /** The file or form the problems belong to, named in the heading. */
  bestand?: string;
  /** All problems found, when only the first ones are passed. */
  totaal?: number;
}

export function ImportProblemen({ problemen, bestand, totaal }: ImportProblemenProps): VNode {
  const n = Math.max(totaal ?? 0, problemen.length);
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" id="importproblemen">
      <div class="utrecht-alert__content">
        <p class="utrecht-paragraph">
          <strong>Import geweigerd; er is niets gewijzigd.</strong> {n} {n === 1 ? 'probleem' : 'problemen'}
          {bestand ? ` in ${bestand}` : ''}
          {n > problemen.length ? `; de eerste ${problemen.length} staan hieronder` : ''}:
        </p>
        <ul class="utrecht-unordered-list">
          {problemen.map((p) => (
            <li class="utrecht-unordered-list__item">{probleemRegel(p)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
