// Opslag van de financiële kaders: lezen (met embargo) en een nieuwe stand vastleggen (één
// transactie, één auditregel). Rekenregels staan in domein/kaders.ts; het embargo per stand is van
// toegang/embargo.ts (tabel `embargo`, soort 'kader_stand'): wij lezen en zetten het via die functies.
import crypto from 'node:crypto';
import type { Db, Queryable } from '../platform/db.js';
import { kaderRijVanDb } from '../kern/kerncijfers.js';
import { nieuwsteStandPerJaarSector, type KaderRij } from '../domein/kaders.js';
import type { Datum, KaderSector } from '../domein/begrippen.js';
import { schrijfAudit } from '../kern/audit.js';
import type { Gebruiker } from '../domein/beleid.js';
import { alleEmbargos, embargoTot, zichtbaar as embargoZichtbaar } from '../kern/embargo.js';

/** Een rij van `financiele_kaders` met wie hem vastlegde en het embargo van zijn stand. */
export interface OpgeslagenKaderRij extends KaderRij {
  embargo_tot: Datum | null;
  door: string;
  import_id: number | null;
}

export interface Zicht {
  gebruiker: Gebruiker | null;
  /** De dag waarop het embargo wordt beoordeeld; standaard vandaag. */
  op?: Datum;
}

const KOLOMMEN = `f.jaar, f.sector, f.stand, f.stand_omschrijving, f.kwartalen_declaraties, f.kader_soort, f.uitgaven_mln, f.kader_mln,
  f.aanspraak_buiten_zvw_mln, f.covid_prestaties_mln, f.groei_dure_geneesmiddelen_pct, f.basis_dure_geneesmiddelen_mln,
  f.balanspost_pct, f.door, f.import_id`;

/** Alle standen van alle jaren (elke stand blijft bewaard), met hun embargo. */
export async function alleKaderRijen(db: Queryable, jaar?: number): Promise<OpgeslagenKaderRij[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT ${KOLOMMEN} FROM financiele_kaders f
      ${jaar === undefined ? '' : 'WHERE f.jaar = $1'} ORDER BY f.jaar, f.stand, f.sector`,
    jaar === undefined ? [] : [jaar],
  );
  const standen = [...new Set(rijen.map((r) => r.stand as string))];
  const tot = new Map(await Promise.all(standen.map(async (s) => [s, await embargoTot(db, { kaderStand: s })] as const)));
  return rijen.map((r) => ({
    ...kaderRijVanDb(r),
    embargo_tot: tot.get(r.stand as string) ?? null,
    door: r.door as string,
    import_id: r.import_id === null || r.import_id === undefined ? null : Number(r.import_id),
  }));
}

/**
 * De rijen die deze gebruiker mag zien: zonder `embargo.lezen` geen standen onder embargo. De regel
 * zelf staat in toegang/embargo.ts (`zichtbaar`), één keer per stand gevraagd.
 */
export async function zichtbareRijen<T extends KaderRij>(db: Queryable, rijen: readonly T[], zicht: Zicht): Promise<T[]> {
  const standen = [...new Set(rijen.map((r) => r.stand))];
  const mag = new Map(await Promise.all(standen.map(async (s) => [s, await embargoZichtbaar(db, zicht.gebruiker, { kaderStand: s }, zicht.op)] as const)));
  return rijen.filter((r) => mag.get(r.stand));
}

/**
 * Per jaar × sector de nieuwste zichtbare stand ≤ peildatum (contract §4, plus embargo): wie geen
 * embargo mag lezen, ziet de nieuwste stand die niet onder embargo staat.
 */
export async function zichtbareKaderRijenOp(db: Queryable, peildatum: Datum, zicht: Zicht): Promise<OpgeslagenKaderRij[]> {
  const rijen = await zichtbareRijen(db, await alleKaderRijen(db), zicht);
  return nieuwsteStandPerJaarSector(rijen, peildatum) as OpgeslagenKaderRij[];
}

/** De embargo's op standen van de kaders (ook voor standen die nog niet zijn ingevoerd). */
export async function kaderEmbargos(db: Queryable): Promise<{ stand: Datum; embargo_tot: Datum; door: string; versie: number }[]> {
  return (await alleEmbargos(db)).filter((e) => e.soort === 'kader_stand').map((e) => ({ stand: e.sleutel, embargo_tot: e.embargo_tot, door: e.door, versie: e.versie }));
}

/**
 * Vingerafdruk van alle kaderrijen. Een formulier neemt hem mee; verschilt hij bij het opslaan, dan
 * is er intussen iets gewijzigd (optimistische gelijktijdigheid) en slaan we niets op.
 */
export async function kaderVersie(db: Queryable): Promise<string> {
  const [r] = await db.query<{ k: string | null }>(`SELECT string_agg(f::text, ',' ORDER BY jaar, sector, stand) AS k FROM financiele_kaders f`);
  return crypto.createHash('sha256').update(r.k ?? '').digest('hex').slice(0, 32);
}

/** Vingerafdruk van de embargo's op kaderstanden (voor het embargoformulier). */
export async function embargoVersie(db: Queryable): Promise<string> {
  const e = (await kaderEmbargos(db)).map((x) => `${x.stand}:${x.embargo_tot}:${x.versie}`).join(',');
  return crypto.createHash('sha256').update(e).digest('hex').slice(0, 32);
}

export class KaderConflict extends Error {
  constructor(wat = 'de financiële kaders') {
    super(`Intussen zijn ${wat} door een ander gewijzigd. Er is niets opgeslagen; controleer de gegevens en sla opnieuw op.`);
    this.name = 'KaderConflict';
  }
}

export class StandBestaatAl extends Error {
  constructor(
    public readonly jaar: number,
    public readonly sector: KaderSector,
    public readonly stand: Datum,
  ) {
    super(`Voor ${sector} ${jaar} bestaat al een stand op deze datum.`);
    this.name = 'StandBestaatAl';
  }
}

/** Controle vooraf (zonder te schrijven): is het formulier nog actueel en is de stand nieuw? */
export async function controleerNieuweStand(db: Queryable, rij: KaderRij, versie: string): Promise<void> {
  if ((await kaderVersie(db)) !== versie) throw new KaderConflict();
  const bestaand = await db.query(`SELECT 1 FROM financiele_kaders WHERE jaar = $1 AND sector = $2 AND stand = $3`, [rij.jaar, rij.sector, rij.stand]);
  if (bestaand.length > 0) throw new StandBestaatAl(rij.jaar, rij.sector, rij.stand);
}

/**
 * Legt een nieuwe stand vast voor één jaar × sector, in één transactie met één auditregel. Een
 * bestaande stand wordt nooit overschreven; een verouderd formulier (andere versie) wijzigt niets.
 */
export async function legStandVast(db: Db, rij: KaderRij, opties: { door: string; versie: string }): Promise<void> {
  await db.transaction(async (tx) => {
    // Vergrendel de tabel, zodat twee gelijktijdige opslagen niet allebei de oude versie zien.
    await tx.query('LOCK TABLE financiele_kaders IN SHARE ROW EXCLUSIVE MODE');
    await controleerNieuweStand(tx, rij, opties.versie);
    const vorige = await tx.query<Record<string, unknown>>(
      `SELECT stand, uitgaven_mln, kader_mln FROM financiele_kaders WHERE jaar = $1 AND sector = $2 ORDER BY stand DESC LIMIT 1`,
      [rij.jaar, rij.sector],
    );
    await tx.query(
      `INSERT INTO financiele_kaders (jaar, sector, stand, stand_omschrijving, kwartalen_declaraties, kader_soort, uitgaven_mln, kader_mln,
         aanspraak_buiten_zvw_mln, covid_prestaties_mln, groei_dure_geneesmiddelen_pct, basis_dure_geneesmiddelen_mln, balanspost_pct, door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        rij.jaar,
        rij.sector,
        rij.stand,
        rij.stand_omschrijving,
        rij.kwartalen_declaraties,
        rij.kader_soort,
        rij.uitgaven_mln,
        rij.kader_mln,
        rij.aanspraak_buiten_zvw_mln,
        rij.covid_prestaties_mln,
        rij.groei_dure_geneesmiddelen_pct,
        rij.basis_dure_geneesmiddelen_mln,
        rij.balanspost_pct,
        opties.door,
      ],
    );
    await schrijfAudit(tx, {
      door: opties.door,
      actie: 'kader.stand_vastgelegd',
      object_soort: 'financiele_kaders',
      object_id: `${rij.jaar}|${rij.sector}|${rij.stand}`,
      voor: vorige[0] ? { vorige_stand: vorige[0].stand, uitgaven_mln: vorige[0].uitgaven_mln, kader_mln: vorige[0].kader_mln } : null,
      na: rij,
    });
  });
}
