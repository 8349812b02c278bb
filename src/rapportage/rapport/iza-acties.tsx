// The IZA action figures of the report in the AZWA term: IZA actions already completed at the previous
// fixed round leave the report (development point 1, 002 r. 7764-7766; rule in domein/azwa.ts, counted
// in azwa/deel1.ts). The IZA chapters take their counts from here and say how many were dropped.
import type { VNode } from 'preact';
import { datum, getal } from '../../platform/formaat.js';
import type { RapportGegevens } from '../gegevens.js';
import type { ActieCijfers, Ctx } from './onderdelen.js';

/**
 * The action counts for the IZA chapters: without the dropped IZA actions where the report has an AZWA
 * part (its IZA counts), with the AZWA agreements' own counts per onderdeel kept for the block chart.
 */
export function izaActieCijfers(g: RapportGegevens): ActieCijfers {
  const alle: ActieCijfers = g.cijfers.acties ?? {};
  if (!g.azwa) return alle;
  const azwaCodes = new Set(g.onderdelen.filter((o) => o.akkoord === 'AZWA').map((o) => o.code));
  const azwaPerOnderdeel = Object.fromEntries(Object.entries(alle.per_onderdeel ?? {}).filter(([code]) => azwaCodes.has(code)));
  const iza = g.azwa.iza;
  return {
    ...alle,
    totaal: iza.totaal,
    // no IZA action left: the chapter says there are no counts rather than a table of zeros
    per_status: iza.totaal > 0 ? iza.per_status : undefined,
    zonder_status: iza.zonder_status,
    afgerond_sinds_vorige: iza.afgerond_sinds_vorige,
    per_onderdeel: { ...iza.per_onderdeel, ...azwaPerOnderdeel },
  };
}

/** The sentence under the IZA status table: how many completed IZA actions left the report. */
export function IzaAfgevoerd({ ctx }: { ctx: Ctx }): VNode | null {
  const a = ctx.g.azwa;
  if (!a?.vorige_peildatum) return null;
  return (
    <p class="utrecht-paragraph" id="iza-afgevoerd">
      {a.iza_afgevoerd === 0
        ? `Geen IZA-acties vallen uit de rapportage: bij de vorige vastgestelde rapportage (${datum(a.vorige_peildatum)}) was er geen actie afgerond die nu nog afgerond is.`
        : `${getal(a.iza_afgevoerd)} ${a.iza_afgevoerd === 1 ? 'IZA-actie was' : 'IZA-acties waren'} bij de vorige vastgestelde rapportage (${datum(a.vorige_peildatum)}) al afgerond en ${a.iza_afgevoerd === 1 ? 'telt' : 'tellen'} hier niet meer mee.`}
    </p>
  );
}
