// Readers for what a published round carries besides its figures: its texts (rondeteksten), the
// published chart series (gepubliceerde_reeksen) and the documents behind source keys (bronnen).
// Plain rows in the shapes of src/domein; the report gathers them into its data object.
import type { Queryable } from '../platform/db.js';
import type { RondeTekst } from '../domein/rondeteksten.js';
import type { ReeksRij } from '../domein/gepubliceerde-reeksen.js';
import { genummerdeBronnen, type Bron } from '../domein/bronnen.js';
import type { Gebruiker } from '../domein/beleid.js';
import { gepubliceerdeSnapshots, type KerncijfersBestand } from './snapshots.js';
import { verbergOnderEmbargo } from './embargo.js';

/** The texts of the round with this peildatum (any order; domein/rondeteksten orders them). */
export async function rondetekstenOp(db: Queryable, peildatum: string): Promise<RondeTekst[]> {
  return db.query<RondeTekst>(
    `SELECT to_char(peildatum, 'YYYY-MM-DD') AS peildatum, sectie, subsectie, volgorde, coalesce(kop, '') AS kop, tekst, coalesce(bron, '') AS bron
       FROM rondeteksten WHERE peildatum = $1 ORDER BY volgorde, sectie, subsectie`,
    [peildatum],
  );
}

/** The published series of the round with this peildatum. */
export async function reeksenOp(db: Queryable, peildatum: string): Promise<ReeksRij[]> {
  const rijen = await db.query<Omit<ReeksRij, 'waarde'> & { waarde: string | null }>(
    `SELECT to_char(peildatum, 'YYYY-MM-DD') AS peildatum, reeks, volgorde, categorie, serie, periode, waarde::text AS waarde,
            coalesce(eenheid, '') AS eenheid, aard, bron, coalesce(opmerking, '') AS opmerking
       FROM gepubliceerde_reeksen WHERE peildatum = $1 ORDER BY reeks, volgorde`,
    [peildatum],
  );
  return rijen.map((r) => ({ ...r, waarde: r.waarde === null ? null : Number(r.waarde) }));
}

/** Every document part of the source list. */
export async function alleBronnen(db: Queryable): Promise<Bron[]> {
  return db.query<Bron>(
    `SELECT document, van_regel AS "vanRegel", tot_regel AS "totRegel", titel, coalesce(uitgever, '') AS uitgever,
            coalesce(to_char(datum, 'YYYY-MM-DD'), '') AS datum, coalesce(datum_tekst, '') AS "datumTekst"
       FROM bronnen ORDER BY document, van_regel`,
  );
}

/** The latest published figures on or before a peildatum, as a reader may see them, with their sources. */
export interface GepubliceerdeCijfers {
  peildatum: string;
  /** What the publication says it is (may cite source keys; show it through leesbareTekst). */
  bron: string;
  cijfers: KerncijfersBestand;
  /** Every document of the source list, and the ones `bron` cites (numbered). */
  bronnen: Bron[];
  genummerd: Bron[];
  /** True when the embargo rule left budget figures out for this reader. */
  verborgen: boolean;
}

/**
 * The newest published snapshot with peildatum ≤ P (imported publications and published rounds, never
 * live records), with the embargo rule applied for this reader. Null when nothing is published yet.
 * Pages whose register is empty show these figures instead of zeros (issue 14).
 */
export async function laatstGepubliceerd(
  db: Queryable,
  g: Gebruiker | null,
  peildatum: string,
  datum: (iso: string) => string,
): Promise<GepubliceerdeCijfers | null> {
  const s = (await gepubliceerdeSnapshots(db)).filter((x) => String(x.peildatum) <= peildatum).at(-1);
  if (!s) return null;
  const { cijfers, verborgen } = await verbergOnderEmbargo(db, g, String(s.peildatum), { cijfers: s.inhoud });
  const bronnen = await alleBronnen(db);
  return { peildatum: String(s.peildatum), bron: s.inhoud.bron, cijfers, verborgen, bronnen, genummerd: genummerdeBronnen([s.inhoud.bron], bronnen, datum) };
}

/**
 * What the public may see at a requested date: the newest published peildatum on or before it (a
 * gepubliceerd round, or figures published outside the app, contract §2.7) and the moment its figures
 * were fixed. Records registered after that moment (a status backdated later) are not part of it.
 */
export async function publicatieOp(db: Queryable, peildatum: string): Promise<{ peildatum: string; bekendOp: string } | null> {
  const r = await db.query<{ peildatum: string; bekend_op: string }>(
    `SELECT to_char(peildatum, 'YYYY-MM-DD') AS peildatum, bekend_op FROM (
       SELECT peildatum, vastgesteld_op::text AS bekend_op, 0 AS voorkeur FROM rapportagerondes WHERE status = 'gepubliceerd'
       UNION ALL
       SELECT peildatum, max(geregistreerd_op)::text, 1 FROM kerncijfers_snapshots WHERE herkomst = 'import' GROUP BY peildatum
     ) p WHERE peildatum <= $1 ORDER BY peildatum DESC, voorkeur LIMIT 1`,
    [peildatum],
  );
  return r[0] ? { peildatum: r[0].peildatum, bekendOp: r[0].bekend_op } : null;
}
