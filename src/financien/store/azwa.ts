// SQL of the AZWA financial framework: the Bijlage 1 build-up, the Bijlage 2 money per agreement and
// its realisation, the envelopes and their use (tables of migration 0013). Rules are in domein/
// (kaderopbouw.ts, begrotingsafspraken.ts, enveloppen.ts); this file only reads and writes.
import type { Db, Queryable } from '../../platform/db.js';
import { schrijfAudit } from '../../kern/audit.js';
import type { Datum, KaderSector } from '../../domein/begrippen.js';
import type { OpbouwRegel, OpbouwSoort } from '../../domein/kaderopbouw.js';
import type { BegrotingNiveau, BegrotingsRegel, RealisatieRegel } from '../../domein/begrotingsafspraken.js';
import type { Enveloppe, EnveloppeGebruik } from '../../domein/enveloppen.js';

const datumSql = (k: string) => `to_char(${k}, 'YYYY-MM-DD') AS ${k}`;
const num = (v: unknown): number => Number(v);

export async function opbouwRegels(db: Queryable): Promise<OpbouwRegel[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT ${datumSql('stand')}, stand_omschrijving, sector, jaar, volgorde, regelnummer, omschrijving, soort, bedrag_mln, bron
       FROM kaderopbouw ORDER BY stand, jaar, sector, volgorde`,
  );
  return rijen.map((r) => ({
    stand: r.stand as Datum,
    stand_omschrijving: (r.stand_omschrijving as string | null) ?? null,
    sector: r.sector as KaderSector,
    jaar: num(r.jaar),
    volgorde: num(r.volgorde),
    regelnummer: (r.regelnummer as string | null) ?? null,
    omschrijving: r.omschrijving as string,
    soort: r.soort as OpbouwSoort,
    bedrag_mln: num(r.bedrag_mln),
    bron: (r.bron as string | null) ?? null,
  }));
}

export async function begrotingsRegels(db: Queryable): Promise<BegrotingsRegel[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT ${datumSql('stand')}, stand_omschrijving, afspraak, volgorde, niveau, omschrijving, periode, bedrag_mln, bron
       FROM begrotingsafspraken ORDER BY stand, volgorde, periode`,
  );
  return rijen.map((r) => ({
    stand: r.stand as Datum,
    stand_omschrijving: (r.stand_omschrijving as string | null) ?? null,
    afspraak: (r.afspraak as string | null) ?? null,
    volgorde: num(r.volgorde),
    niveau: r.niveau as BegrotingNiveau,
    omschrijving: r.omschrijving as string,
    periode: r.periode as string,
    bedrag_mln: num(r.bedrag_mln),
    bron: (r.bron as string | null) ?? null,
  }));
}

export async function realisatieRegels(db: Queryable): Promise<(RealisatieRegel & { door: string })[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT afspraak, omschrijving, jaar, ${datumSql('stand')}, realisatie_mln, toelichting, door
       FROM begrotingsrealisatie ORDER BY jaar, omschrijving, stand`,
  );
  return rijen.map((r) => ({
    afspraak: (r.afspraak as string | null) ?? null,
    omschrijving: r.omschrijving as string,
    jaar: num(r.jaar),
    stand: r.stand as Datum,
    realisatie_mln: num(r.realisatie_mln),
    toelichting: (r.toelichting as string | null) ?? null,
    door: r.door as string,
  }));
}

export async function enveloppen(db: Queryable): Promise<Enveloppe[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT enveloppe, omschrijving, periode, plafond_mln, binnen, afspraken, bron FROM enveloppen ORDER BY enveloppe, periode`,
  );
  return rijen.map((r) => ({
    enveloppe: r.enveloppe as string,
    omschrijving: r.omschrijving as string,
    periode: r.periode as string,
    plafond_mln: num(r.plafond_mln),
    binnen: (r.binnen as string | null) ?? null,
    afspraken: (r.afspraken as string[] | null) ?? [],
    bron: (r.bron as string | null) ?? null,
  }));
}

export async function enveloppeGebruik(db: Queryable): Promise<EnveloppeGebruik[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT enveloppe, jaar, ${datumSql('stand')}, bedrag_mln, toelichting FROM enveloppe_gebruik ORDER BY enveloppe, jaar, stand`,
  );
  return rijen.map((r) => ({
    enveloppe: r.enveloppe as string,
    jaar: num(r.jaar),
    stand: r.stand as Datum,
    bedrag_mln: num(r.bedrag_mln),
    toelichting: (r.toelichting as string | null) ?? null,
  }));
}

export interface RealisatieInvoer {
  afspraak: string | null;
  omschrijving: string;
  jaar: number;
  stand: Datum;
  realisatie_mln: number;
  toelichting: string | null;
}

/** Records (or corrects, same line × jaar × stand) one realisation figure, with an audit entry. */
export async function legRealisatieVast(db: Db, invoer: RealisatieInvoer, door: string): Promise<'nieuw' | 'gewijzigd'> {
  return db.transaction(async (tx) => {
    const [voor] = await tx.query<Record<string, unknown>>(
      `SELECT realisatie_mln, toelichting FROM begrotingsrealisatie WHERE omschrijving = $1 AND jaar = $2 AND stand = $3 FOR UPDATE`,
      [invoer.omschrijving, invoer.jaar, invoer.stand],
    );
    await tx.query(
      `INSERT INTO begrotingsrealisatie (afspraak, omschrijving, jaar, stand, realisatie_mln, toelichting, door)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (omschrijving, jaar, stand) DO UPDATE SET afspraak = EXCLUDED.afspraak, realisatie_mln = EXCLUDED.realisatie_mln,
         toelichting = EXCLUDED.toelichting, door = EXCLUDED.door, import_id = NULL`,
      [invoer.afspraak, invoer.omschrijving, invoer.jaar, invoer.stand, invoer.realisatie_mln, invoer.toelichting, door],
    );
    await schrijfAudit(tx, {
      door,
      actie: voor ? 'wijzigen' : 'aanmaken',
      object_soort: 'begrotingsrealisatie',
      object_id: `${invoer.omschrijving}|${invoer.jaar}|${invoer.stand}`,
      voor: voor ? { realisatie_mln: num(voor.realisatie_mln), toelichting: voor.toelichting } : undefined,
      na: invoer,
    });
    return voor ? 'gewijzigd' : 'nieuw';
  });
}

/** The AZWA agreements (reference data) with their financing route (Bijlage 2 and/or 3). */
export async function azwaAfspraken(db: Queryable): Promise<{ code: string; naam: string; financiering: string[] }[]> {
  const rijen = await db.query<{ code: string; naam: string; financiering: string[] | null }>(
    `SELECT code, naam, financiering FROM onderdelen WHERE akkoord = 'AZWA' ORDER BY code`,
  );
  return rijen.map((r) => ({ code: r.code, naam: r.naam, financiering: r.financiering ?? [] }));
}
