// The mid-term review section of a report whose peildatum falls in 2027 (002 r. 7673-7727): per cluster
// and per agreement status and deadline adherence and fte impact, the money, and the four fallback
// options with their figures. It prints the MTR dossier (azwa/mtr.ts) as frozen with the round.
import type { VNode } from 'preact';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { datum, euroMln, getal } from '../../platform/formaat.js';
import { fteTekst, MtrOpties, MtrPlannenEnDoorbraak } from '../../azwa/index.js';
import { type Ctx, Melding, Sectie } from './onderdelen.js';

const getalKolom = (i: number, vanaf: number) => (i >= vanaf ? 'utrecht-table__cell r-getal' : 'utrecht-table__cell');

export function MidTermReview({ ctx }: { ctx: Ctx }): VNode | null {
  const d = ctx.g.mtr;
  if (!d) return null;
  const k2026 = d.kaders.filter((k) => k.jaar === 2026);
  const nietGeverifieerd = [...d.clusters, ...d.afspraken].some((x) => x.impact && !x.impact.geverifieerd);
  return (
    <Sectie id="mtr" titel="Mid-term review">
      <p class="utrecht-paragraph">
        Begin 2027 evalueren partijen het IZA en het AZWA tussentijds; over 2028 wordt vóór 1 juli 2027 besloten. Deze paragraaf geeft per
        cluster en per afspraak de nakoming, de impact volgens de KPMG-analyse, het geld en de terugvalopties, met de stand op{' '}
        {datum(d.peildatum)}.
      </p>
      <DataTabel
        klasse="r-tabel"
        caption="Nakoming en impact per cluster van het AZWA-aandeel in transitiedoel 1"
        kop={['Cluster', 'Ambitie', 'Deelafspraken', 'Afgerond', 'Termijn verstreken', 'Impact (KPMG)']}
        kopKlasse={(i) => (i > 1 ? 'r-getal' : undefined)}
        rijen={d.clusters.map((c) => [`${c.titel} (${c.afspraken.join(', ')})`, c.ambitie, getal(c.totaal), getal(c.afgerond), getal(c.verlopen), fteTekst(c.impact)])}
        celKlasse={(_, i) => getalKolom(i, 2)}
      />
      <DataTabel
        klasse="r-tabel"
        caption="Nakoming en impact per AZWA-afspraak"
        kop={['Afspraak', 'Doelen', 'Deelafspraken', 'Afgerond', 'Achter of niet gestart', 'Termijn verstreken', 'Impact (KPMG)']}
        kopKlasse={(i) => (i > 1 ? 'r-getal' : undefined)}
        rijen={d.afspraken.map((a) => [`${a.code}. ${a.naam}`, a.doelen.join(', ') || '–', getal(a.totaal), getal(a.afgerond), getal(a.achter), getal(a.verlopen), fteTekst(a.impact)])}
        celKlasse={(_, i) => getalKolom(i, 2)}
      />
      <p class="r-klein">
        Impact: fte-besparing volgens de KPMG-analyse (versie {d.impact_versie}), gemiddeld scenario met de bandbreedte laag–hoog, elke
        maatregel één keer geteld.
        {nietGeverifieerd ? ' "Niet geverifieerd": de bron noemt de koppeling van de maatregel aan de AZWA-afspraak niet; die is op titel gelegd.' : ''}
      </p>
      <h3 class="utrecht-heading-3">Geld</h3>
      {k2026.length ? (
        <DataTabel
          klasse="r-tabel"
          caption="Realisatie 2026 tegen de AZWA-kaders (€ miljoen, prijspeil 2025)"
          kop={['Sector', 'AZWA-kader 2026', 'Uitgaven 2026']}
          kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
          rijen={k2026.map((k) => [k.sector, euroMln(k.kader), k.uitgaven === null ? 'nog geen realisatie' : euroMln(k.uitgaven)])}
          celKlasse={(_, i) => getalKolom(i, 1)}
        />
      ) : (
        <Melding>Er zijn geen AZWA-kaders voor 2026 in het platform.</Melding>
      )}
      <MtrPlannenEnDoorbraak d={d} />
      <h3 class="utrecht-heading-3">Opties bij onvoldoende transitie</h3>
      <MtrOpties d={d} />
    </Sectie>
  );
}
