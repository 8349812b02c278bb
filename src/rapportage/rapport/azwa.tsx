// Part 1 of the report for the AZWA term (002 r. 7742-7770): the AZWA agreements per block A–E with
// their status, passed deadlines and what was completed since the previous fixed round; IZA actions
// already completed at that round are no longer reported, and the section says how many.
import type { VNode } from 'preact';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { datum, getal } from '../../platform/formaat.js';
import { type Ctx, Melding, Sectie } from './onderdelen.js';

export function AzwaAfspraken({ ctx }: { ctx: Ctx }): VNode | null {
  const a = ctx.g.azwa;
  if (!a) return null;
  const sinds = a.vorige_peildatum ? `sinds ${datum(a.vorige_peildatum)}` : 'sinds vorige peildatum';
  const kop = ['Blok', ...ACTIE_STATUSSEN, 'Zonder status', 'Totaal', 'Deadline verstreken', `Afgerond ${sinds}`];
  const rijen = a.blokken.map((b) => [
    `${b.blok}. ${b.naam}`,
    ...ACTIE_STATUSSEN.map((s) => getal(b.per_status[s])),
    getal(b.zonder_status),
    getal(b.totaal),
    getal(b.verlopen),
    b.afgerond_sinds_vorige === null ? '–' : getal(b.afgerond_sinds_vorige),
  ]);
  return (
    <Sectie id="azwa-afspraken" titel="AZWA-afspraken per blok">
      <p class="utrecht-paragraph">
        Stand van de {getal(a.azwa_totaal)} AZWA-deelafspraken op {datum(a.peildatum)}, per blok van het akkoord.
        {a.afgerond_sinds_vorige !== null ? ` ${getal(a.afgerond_sinds_vorige)} deelafspraken zijn afgerond ${sinds}.` : ''}
      </p>
      <DataTabel
        klasse="r-tabel"
        caption={`AZWA-deelafspraken per blok op ${datum(a.peildatum)}`}
        kop={kop}
        kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
        rijen={rijen}
        celKlasse={(_, i) => (i > 0 ? 'utrecht-table__cell r-getal' : 'utrecht-table__cell')}
      />
      {a.verlopen.length === 0 ? (
        <Melding>Geen deelafspraak heeft een verstreken deadline zonder afgerond te zijn.</Melding>
      ) : (
        <p class="utrecht-paragraph">
          Deadline verstreken zonder afronding: {a.verlopen.map((v) => `${v.code} (${v.deadline})`).join(', ')}.
        </p>
      )}
      <p class="utrecht-paragraph">
        {a.vorige_peildatum
          ? `${getal(a.iza_afgevoerd)} IZA-acties waren bij de vorige vastgestelde rapportage (${datum(a.vorige_peildatum)}) al afgerond en worden niet meer gerapporteerd.`
          : 'Er is nog geen eerder vastgestelde rapportage; er vallen daarom nog geen afgeronde IZA-acties uit de rapportage.'}
      </p>
    </Sectie>
  );
}
