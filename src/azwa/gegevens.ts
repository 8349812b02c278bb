// Gathers what the goal page shows: the goal in its tree, its measurements, the related indicators,
// the contributing agreements with their status at the peildatum the reader may see, and the
// commitments about it. Rules from domein/doelen.ts; SQL from store.ts.
import type { Db } from '../platform/db.js';
import type { Datum } from '../domein/begrippen.js';
import { clusterSommen, laatsteMeting, metingen, padWaarde, splitsIndicatoren, voortgang } from '../domein/doelen.js';
import { telActies } from '../domein/kerncijfers.js';
import * as store from './store.js';
import type { DoelProps } from './pages/doel.js';

export type DoelGegevens = Omit<DoelProps, 'gebruiker' | 'csrf' | 'peildatum' | 'bronnen'>;

/**
 * @param peildatum the date of the measurements and commitments shown
 * @param statusPeildatum the date whose action statuses the reader may see (null: none)
 * @param intern whether the reader sees commitments (internal readers)
 */
export async function doelGegevens(db: Db, doel: store.DoelRij, peildatum: Datum, statusPeildatum: Datum | null, intern = false): Promise<DoelGegevens> {
  const alle = await store.leesDoelen(db);
  const defs = await store.definities(db, doel.indicatoren);
  const { meten, verwant } = splitsIndicatoren(doel, defs);
  const waarn = await store.waarnemingen(db, doel.indicatoren);
  const lijst = metingen(waarn, meten, peildatum);
  const laatste = laatsteMeting(lijst);
  const namen = new Map((await store.afspraken(db)).map((a) => [a.code, a.naam]));
  let telling: ReturnType<typeof telActies>['per_onderdeel'] = {};
  if (statusPeildatum) telling = telActies(await store.actieStanden(db, statusPeildatum, 'AZWA'), null).per_onderdeel;
  const alleActies = statusPeildatum ? null : await store.actieStanden(db, peildatum, 'AZWA');
  return {
    doel,
    ouder: alle.find((d) => d.code === doel.bovenliggend) ?? null,
    // in the order of the source's split: largest share first
    kinderen: alle.filter((d) => d.bovenliggend === doel.code).sort((a, b) => b.streefwaarde - a.streefwaarde || a.code.localeCompare(b.code)),
    som: clusterSommen(alle).find((s) => s.ouder === doel.code) ?? null,
    metingen: lijst,
    laatste,
    voortgang: voortgang(doel, laatste),
    padBijLaatste: laatste ? padWaarde(doel, laatste.datum) : null,
    meetDefinities: defs.filter((d) => meten.includes(d.code)),
    verwant: defs
      .filter((d) => verwant.includes(d.code))
      .map((d) => ({ ...d, laatste: laatsteMeting(metingen(waarn, [d.code], peildatum)) })),
    afspraken: doel.afspraken.map((code) => {
      const t = telling[code];
      return {
        code,
        naam: namen.get(code) ?? code,
        per_status: statusPeildatum ? (t?.per_status ?? {}) : null,
        zonder_status: t ? t.totaal - Object.values(t.per_status).reduce((s, n) => s + n, 0) : 0,
        totaal: t?.totaal ?? alleActies?.filter((a) => a.onderdeel === code).length ?? 0,
      };
    }),
    toezeggingen: intern ? (await store.toezeggingenOp(db, peildatum)).filter((t) => t.doelen?.includes(doel.code)) : [],
  };
}
