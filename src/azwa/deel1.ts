// Part 1 of the quarterly report for the AZWA term (002 r. 7742-7770): the AZWA agreements per block
// A–E and the IZA actions that stay in the report. The report part (rapportage) calls this through
// azwa/index.ts; the AZWA overview page shows the same figures.
import type { Queryable } from '../platform/db.js';
import type { Datum } from '../domein/begrippen.js';
import { isVerlopen, telAzwaPerBlok, voerAfgerondeIzaActiesAf, type BlokTelling } from '../domein/azwa.js';
import { telActies } from '../domein/kerncijfers.js';
import { actieStanden, afgerondOp, azwaAnker, vorigeVastgesteldePeildatum } from './store.js';

export interface VerlopenAfspraak {
  code: string;
  onderdeel: string;
  titel: string | null;
  deadline: string;
  status: string | null;
}

export interface AzwaDeel1 {
  peildatum: Datum;
  /** Peildatum of the newest fixed round before P (null: none; then nothing is dropped and afgerond_sinds_vorige is null). */
  vorige_peildatum: Datum | null;
  /** AZWA agreements per block A–E: status counts, passed deadlines, completed since the previous round. */
  blokken: BlokTelling[];
  azwa_totaal: number;
  afgerond_sinds_vorige: number | null;
  /** AZWA sub-agreements whose deadline passed at P without Afgerond, in code order. */
  verlopen: VerlopenAfspraak[];
  /** IZA actions dropped because they were Afgerond at the previous fixed round (and still are). */
  iza_afgevoerd: number;
  /** Counts of the IZA actions that stay (contract §3 shape, per thematafel). */
  iza: ReturnType<typeof telActies>;
}

/**
 * The figures of report part 1 at peildatum P. `sinds` overrides the previous peildatum (as the
 * kerncijfers API's ?sinds= does).
 */
export async function azwaDeel1(db: Queryable, peildatum: Datum, opties: { sinds?: Datum } = {}): Promise<AzwaDeel1> {
  const vorige = opties.sinds ?? (await vorigeVastgesteldePeildatum(db, peildatum));
  const [acties, anker, toen] = [await actieStanden(db, peildatum), await azwaAnker(db), vorige ? await afgerondOp(db, vorige) : null];
  const azwa = acties.filter((a) => a.akkoord === 'AZWA');
  const blokken = telAzwaPerBlok(azwa, peildatum, anker, toen);
  const verlopen = azwa
    .filter((a) => isVerlopen(a, peildatum, anker))
    .map((a) => ({ code: a.code, onderdeel: a.onderdeel, titel: a.titel, deadline: a.deadline!, status: a.status }))
    .sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true }));
  const iza = voerAfgerondeIzaActiesAf(acties, toen);
  return {
    peildatum,
    vorige_peildatum: vorige,
    blokken,
    azwa_totaal: azwa.length,
    afgerond_sinds_vorige: toen ? blokken.reduce((s, b) => s + (b.afgerond_sinds_vorige ?? 0), 0) : null,
    verlopen,
    iza_afgevoerd: iza.afgevoerd,
    iza: telActies(iza.blijven, toen),
  };
}
