// All goals, grouped by transition goal, as a tree (TD1 → AZWA share → clusters → sub-targets).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { Meting } from '../../domein/doelen.js';
import { datum } from '../../platform/formaat.js';
import type { DoelRij } from '../store.js';
import { AzwaMenu, streefTekst, waardeTekst } from '../weergave.js';

export interface DoelenProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  doelen: (DoelRij & { laatste: Meting | null })[];
}

function Boom({ doelen, ouder }: { doelen: DoelenProps['doelen']; ouder: string | null }): VNode | null {
  const hier = doelen.filter((d) => d.bovenliggend === ouder);
  if (hier.length === 0) return null;
  return (
    <ul>
      {hier.map((d) => (
        <li>
          <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(d.code)}`}>
            {d.code}: {d.titel}
          </a>
          <br />
          {streefTekst(d)} — laatste meting:{' '}
          {d.laatste ? `${waardeTekst(d.laatste.waarde, d.eenheid)} (${d.laatste.periode})` : <em>nog geen meting</em>}
          <Boom doelen={doelen} ouder={d.code} />
        </li>
      ))}
    </ul>
  );
}

export function DoelenPagina(p: DoelenProps): VNode {
  const codes = new Set(p.doelen.map((d) => d.code));
  // a goal whose parent is not in the list is shown at the top level
  const lijst = p.doelen.map((d) => (d.bovenliggend && !codes.has(d.bovenliggend) ? { ...d, bovenliggend: null } : d));
  const groepen: [string, string][] = [
    ['TD1', 'Transitiedoel 1: het afwenden van het onbeheersbare arbeidsmarkttekort'],
    ['TD2', 'Transitiedoel 2: gelijkwaardigere toegang'],
  ];
  return (
    <Pagina
      titel="Transitiedoelen en andere AZWA-doelen"
      actief="azwa"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'Transitiedoelen' }]}
    >
      <h1 class="utrecht-heading-1">Transitiedoelen en andere AZWA-doelen</h1>
      <AzwaMenu actief="doelen" peildatum={p.peildatum} />
      <p class="utrecht-paragraph">
        Elk doel met zijn streefwaarde en de laatste meting op {datum(p.peildatum)}. De doelen komen uit het AZWA-onderhandelaarsakkoord van
        3 juli 2025; op de pagina van een doel staan de bronregels, het pad naar de streefwaarde en de bijdragende afspraken.
      </p>
      {groepen.map(([td, titel]) => (
        <section aria-labelledby={`groep-${td}`}>
          <h2 class="utrecht-heading-2" id={`groep-${td}`}>
            {titel}
          </h2>
          <Boom doelen={lijst.filter((d) => d.transitiedoel === td)} ouder={null} />
        </section>
      ))}
      {lijst.some((d) => !d.transitiedoel) ? (
        <section aria-labelledby="groep-overig">
          <h2 class="utrecht-heading-2" id="groep-overig">
            Overige doelen
          </h2>
          <Boom doelen={lijst.filter((d) => !d.transitiedoel)} ouder={null} />
        </section>
      ) : null}
      <p class="utrecht-paragraph">
        De doelen staan in het contractbestand <code>doelen</code> (import en export via Beheer of de commandoregel).
      </p>
    </Pagina>
  );
}
