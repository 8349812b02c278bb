// The regioplan / ROAZ-plan register of one region on its regiobeeld: per kind the newest state on or
// before the peildatum with its date, mandaatgemeente and source; a plain empty state otherwise.
import type { VNode } from 'preact';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { datum } from '../../platform/formaat.js';
import { REGIOPLAN_SOORT_NAMEN, REGIOPLAN_STATUS_NAMEN, type RegioplanSoort } from '../../domein/regioplannen.js';
import type { RegioplanRegel } from '../store.js';

export function RegioplanRegister({ stand, gemeenteNaam }: { stand: RegioplanRegel[]; gemeenteNaam: (code: string) => string }): VNode {
  return (
    <section aria-labelledby="plannen-kop" class="am-blok" id="regioplannen">
      <h2 class="utrecht-heading-2" id="plannen-kop">
        Regioplan en ROAZ-plan
      </h2>
      {stand.length === 0 ? (
        <p class="utrecht-paragraph am-leeg">
          Voor deze regio is nog geen stand van regiobeeld, regioplan, AZWA-aanvulling 2026 of plan voor de basisfunctionaliteiten (D5) vastgelegd. Het AZWA
          spreekt af dat de regio- en ROAZ-plannen in 2026 worden aangevuld en dat de regionale plannen voor de basisfunctionaliteiten uiterlijk eind
          september 2026 worden opgeleverd, onder regie van de mandaatgemeente; de bronnen geven geen stand per regio. Die komt in het platform met een
          import van regioplannen. De beelden en plannen zelf staan op dejuistezorgopdejuisteplek.nl/regiobeelden.
        </p>
      ) : (
        <DataTabel
          caption="Stand van de plannen van deze regio"
          kop={['Plan', 'Status', 'Datum', 'Mandaatgemeente', 'Bron']}
          rijen={stand.map((r) => [
            REGIOPLAN_SOORT_NAMEN[r.soort as RegioplanSoort] ?? r.soort,
            REGIOPLAN_STATUS_NAMEN[r.status as keyof typeof REGIOPLAN_STATUS_NAMEN] ?? r.status,
            datum(r.datum),
            r.mandaatgemeente ? gemeenteNaam(r.mandaatgemeente) : '–',
            r.bron,
          ])}
        />
      )}
    </section>
  );
}
