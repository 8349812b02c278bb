// The comparison with the previous round on its own page.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { RAPPORT_CSS, VergelijkingInhoud } from '../rapport.js';
import type { RapportGegevens } from '../gegevens.js';

export function VergelijkingPagina(p: { gebruiker: Gebruiker | null; csrf: string; gegevens: RapportGegevens }): VNode {
  const g = p.gegevens;
  return (
    <Pagina
      titel={`Wat is er veranderd, peildatum ${datum(g.peildatum)}`}
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: datum(g.peildatum), href: `/rapportages/${g.peildatum}` }, { label: 'Wat is er veranderd' }]}
    >
      <style dangerouslySetInnerHTML={{ __html: RAPPORT_CSS }} />
      <div class="rapport">
        <h1 class="utrecht-heading-1">Wat is er veranderd sinds de vorige rapportage</h1>
        <p>
          {g.titel}, peildatum {datum(g.peildatum)}.
        </p>
        <VergelijkingInhoud g={g} />
      </div>
    </Pagina>
  );
}
