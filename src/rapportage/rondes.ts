// Reporting rounds (contract §6): open → vastgesteld → gepubliceerd. While open the texts are drafts
// (every save a version); fixing freezes the kerncijfers as a snapshot and every input of the report
// (ronde_bevriezingen); publishing makes it public. Every transition: one transaction, one audit entry,
// optimistic concurrency on rapportagerondes.versie (texts: on ronde_teksten.versie).
import crypto from 'node:crypto';
import type { Db, Queryable } from '../platform/db.js';
import { isIsoDatum } from '../domein/getallen.js';
import { schrijfAudit } from '../kern/audit.js';
import { magOnderdeel, type Gebruiker } from '../domein/beleid.js';
import { datum, euro, getal } from '../platform/formaat.js';
import { alarmen, type CijferBron, type CijferVergelijking } from '../domein/cijferbewaking.js';
import { bewaakCijfers, type Bewaking } from './bewaking.js';
import { vandaag } from '../platform/tijd.js';
import { berekenKerncijfers } from '../kern/kerncijfers.js';
import { canoniek, schrijfSnapshot, snapshotOp, type KerncijfersBestand, type Snapshot } from '../kern/snapshots.js';
import { bouwRapportGegevens, type RapportGegevens } from './gegevens.js';

export type RondeStatus = 'open' | 'vastgesteld' | 'gepubliceerd';

export interface Ronde {
  id: number;
  peildatum: string;
  bo_datum: string | null;
  titel: string;
  status: RondeStatus;
  snapshot_id: number | null;
  vastgesteld_op: Date | null;
  gepubliceerd_op: Date | null;
  versie: number;
  aangemaakt_door: string;
}

/** A refused change, with a Dutch message; `veld` names the form field it belongs to. */
export class RondeFout extends Error {
  constructor(
    public readonly soort: 'ongeldig' | 'conflict' | 'niet_gevonden' | 'geen_toegang',
    message: string,
    public readonly veld?: string,
  ) {
    super(message);
  }
}

const KOLOMMEN = `id, peildatum, bo_datum, titel, status, snapshot_id, vastgesteld_op, gepubliceerd_op, versie, aangemaakt_door`;

export async function lijstRondes(db: Queryable): Promise<Ronde[]> {
  return db.query<Ronde>(`SELECT ${KOLOMMEN} FROM rapportagerondes ORDER BY peildatum DESC`);
}

export async function rondeOp(db: Queryable, peildatum: string): Promise<Ronde | null> {
  return (await db.query<Ronde>(`SELECT ${KOLOMMEN} FROM rapportagerondes WHERE peildatum = $1`, [peildatum]))[0] ?? null;
}

export function controleerRondeInvoer(i: { peildatum?: string; bo_datum?: string; titel?: string }): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!i.peildatum || !isIsoDatum(i.peildatum)) fouten.peildatum = 'Vul een bestaande peildatum in als JJJJ-MM-DD, bijvoorbeeld 2025-05-20.';
  if (i.bo_datum && !isIsoDatum(i.bo_datum)) fouten.bo_datum = 'Vul de datum van het Bestuurlijk overleg in als JJJJ-MM-DD, of laat het veld leeg.';
  else if (i.bo_datum && i.peildatum && isIsoDatum(i.peildatum) && i.bo_datum < i.peildatum) fouten.bo_datum = 'Het Bestuurlijk overleg valt niet vóór de peildatum.';
  if (!i.titel || !i.titel.trim()) fouten.titel = 'Geef de ronde een titel, bijvoorbeeld "Q2 2025".';
  else if (i.titel.length > 200) fouten.titel = 'De titel is te lang (hooguit 200 tekens).';
  return fouten;
}

export async function maakRonde(db: Db, invoer: { peildatum: string; bo_datum: string | null; titel: string }, door: string): Promise<Ronde> {
  const fouten = controleerRondeInvoer({ ...invoer, bo_datum: invoer.bo_datum ?? undefined });
  const [veld] = Object.keys(fouten);
  if (veld) throw new RondeFout('ongeldig', fouten[veld], veld);
  return db.transaction(async (tx) => {
    if (await rondeOp(tx, invoer.peildatum)) {
      throw new RondeFout('ongeldig', `Er is al een rapportageronde met peildatum ${datum(invoer.peildatum)}.`, 'peildatum');
    }
    const [r] = await tx.query<Ronde>(
      `INSERT INTO rapportagerondes (peildatum, bo_datum, titel, aangemaakt_door) VALUES ($1, $2, $3, $4) RETURNING ${KOLOMMEN}`,
      [invoer.peildatum, invoer.bo_datum, invoer.titel.trim(), door],
    );
    await schrijfAudit(tx, { door, actie: 'ronde.aanmaken', object_soort: 'rapportageronde', object_id: String(r.id), na: { peildatum: r.peildatum, bo_datum: r.bo_datum, titel: r.titel } });
    return r;
  });
}

// ─── Texts ───────────────────────────────────────────────────────────────────────────────────────

export const TEKST_SOORTEN = ['voortgang', 'mijlpalen', 'aandachtspunten'] as const;
export type TekstSoort = (typeof TEKST_SOORTEN)[number];
export const SECTIES_MET_TOELICHTING = [
  'voortgang_thematafels',
  'snelle_toetsen',
  'transformatieplannen',
  'nza_duiding',
  'transformatiemiddelen',
  'financiele_kaders',
  'arbeidsmarkt',
  'toegankelijkheid',
] as const;

export const onderdeelSleutel = (code: string, soort: TekstSoort) => `onderdeel:${code}:${soort}`;
export const sectieSleutel = (sectie: string) => `sectie:${sectie}:toelichting`;

/** The onderdeel a text key belongs to (null for round-wide texts). */
export function onderdeelVanSleutel(sleutel: string): string | null {
  const r = /^onderdeel:([^:]+):/.exec(sleutel);
  return r ? r[1] : null;
}

export function geldigeSleutel(sleutel: string, onderdeelCodes: ReadonlySet<string>): boolean {
  if (sleutel === 'noemenswaardig') return true;
  const o = /^onderdeel:([^:]+):(voortgang|mijlpalen|aandachtspunten)$/.exec(sleutel);
  if (o) return onderdeelCodes.has(o[1]);
  const s = /^sectie:([a-z_]+):toelichting$/.exec(sleutel);
  return !!s && (SECTIES_MET_TOELICHTING as readonly string[]).includes(s[1]);
}

/** Redactie (and beheerder) write every text; a thematafel secretary only those of their onderdelen. */
export function magTekst(g: Gebruiker | null, sleutel: string): boolean {
  if (!g) return false;
  if (g.rollen.includes('beheerder') || g.rollen.includes('vws-redactie')) return true;
  const o = onderdeelVanSleutel(sleutel);
  return o !== null && magOnderdeel(g, o);
}

export interface TekstStand {
  tekst: string;
  versie: number;
  gewijzigd_door: string;
  gewijzigd_op: Date;
}

export async function tekstenVan(db: Queryable, rondeId: number): Promise<Map<string, TekstStand>> {
  const r = await db.query<TekstStand & { sleutel: string }>(
    `SELECT sleutel, tekst, versie, gewijzigd_door, gewijzigd_op FROM ronde_teksten WHERE ronde_id = $1 ORDER BY sleutel`,
    [rondeId],
  );
  return new Map(r.map((t) => [t.sleutel, t]));
}

export async function tekstVersies(db: Queryable, rondeId: number, sleutel: string): Promise<{ versie: number; tekst: string; door: string; op: Date }[]> {
  return db.query(`SELECT versie, tekst, door, op FROM ronde_tekst_versies WHERE ronde_id = $1 AND sleutel = $2 ORDER BY versie DESC`, [rondeId, sleutel]);
}

export interface TekstWijziging {
  sleutel: string;
  tekst: string;
  /** The version the form was rendered from (0 = there was no text yet). */
  versie: number;
}

/** Normalises line endings and trailing spaces, so an unchanged textarea is not a new version. */
export function normaliseerTekst(t: string): string {
  return t
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((r) => r.replace(/\s+$/, ''))
    .join('\n')
    .trim();
}

/**
 * Saves draft texts of an open round. All or nothing: a text someone else changed since the form was
 * rendered is a conflict and nothing is saved. Returns the keys that changed.
 */
export async function bewaarTeksten(db: Db, peildatum: string, wijzigingen: TekstWijziging[], gebruiker: Gebruiker): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [ronde] = await tx.query<Ronde>(`SELECT ${KOLOMMEN} FROM rapportagerondes WHERE peildatum = $1 FOR UPDATE`, [peildatum]);
    if (!ronde) throw new RondeFout('niet_gevonden', `Er is geen rapportageronde met peildatum ${datum(peildatum)}.`);
    if (ronde.status !== 'open') {
      throw new RondeFout('conflict', `De ronde is ${ronde.status}; de teksten zijn bevroren en kunnen niet meer worden gewijzigd.`);
    }
    const codes = new Set((await tx.query<{ code: string }>(`SELECT code FROM onderdelen`)).map((o) => o.code));
    const huidig = await tekstenVan(tx, ronde.id);
    const gewijzigd: TekstWijziging[] = [];
    const conflicten: string[] = [];
    for (const w of wijzigingen) {
      if (!geldigeSleutel(w.sleutel, codes)) throw new RondeFout('ongeldig', `Onbekend tekstveld "${w.sleutel}".`, w.sleutel);
      const tekst = normaliseerTekst(w.tekst);
      if (tekst.length > 20000) throw new RondeFout('ongeldig', 'Deze tekst is te lang (hooguit 20.000 tekens).', w.sleutel);
      const h = huidig.get(w.sleutel);
      if ((h?.tekst ?? '') === tekst) continue;
      if (!magTekst(gebruiker, w.sleutel)) {
        throw new RondeFout('geen_toegang', `U mag de tekst van onderdeel ${onderdeelVanSleutel(w.sleutel) ?? w.sleutel} niet wijzigen.`, w.sleutel);
      }
      if ((h?.versie ?? 0) !== w.versie) {
        conflicten.push(w.sleutel);
        continue;
      }
      gewijzigd.push({ ...w, tekst });
    }
    if (conflicten.length > 0) {
      throw new RondeFout(
        'conflict',
        `Iemand anders heeft deze tekst intussen gewijzigd. Er is niets opgeslagen; laad de pagina opnieuw, bekijk de nieuwe tekst en breng uw wijziging opnieuw aan.`,
        conflicten[0],
      );
    }
    for (const w of gewijzigd) {
      const versie = w.versie + 1;
      await tx.query(
        `INSERT INTO ronde_teksten (ronde_id, sleutel, tekst, versie, gewijzigd_door, gewijzigd_op) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (ronde_id, sleutel) DO UPDATE SET tekst = EXCLUDED.tekst, versie = EXCLUDED.versie, gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = now()`,
        [ronde.id, w.sleutel, w.tekst, versie, gebruiker.email],
      );
      await tx.query(`INSERT INTO ronde_tekst_versies (ronde_id, sleutel, versie, tekst, door) VALUES ($1, $2, $3, $4, $5)`, [
        ronde.id,
        w.sleutel,
        versie,
        w.tekst,
        gebruiker.email,
      ]);
    }
    if (gewijzigd.length > 0) {
      await schrijfAudit(tx, {
        door: gebruiker.email,
        actie: 'ronde.teksten',
        object_soort: 'rapportageronde',
        object_id: String(ronde.id),
        voor: Object.fromEntries(gewijzigd.map((w) => [w.sleutel, { versie: w.versie, tekst: huidig.get(w.sleutel)?.tekst ?? '' }])),
        na: Object.fromEntries(gewijzigd.map((w) => [w.sleutel, { versie: w.versie + 1, tekst: w.tekst }])),
      });
    }
    return gewijzigd.map((w) => w.sleutel);
  });
}

// ─── Transitions ─────────────────────────────────────────────────────────────────────────────────

async function vergrendel(tx: Queryable, peildatum: string, versie: number, verwacht: RondeStatus): Promise<Ronde> {
  const [ronde] = await tx.query<Ronde>(`SELECT ${KOLOMMEN} FROM rapportagerondes WHERE peildatum = $1 FOR UPDATE`, [peildatum]);
  if (!ronde) throw new RondeFout('niet_gevonden', `Er is geen rapportageronde met peildatum ${datum(peildatum)}.`);
  if (ronde.versie !== versie) {
    throw new RondeFout('conflict', `De ronde is intussen gewijzigd (nu ${ronde.status}, versie ${ronde.versie}). Er is niets veranderd; laad de pagina opnieuw.`);
  }
  if (ronde.status !== verwacht) {
    throw new RondeFout('conflict', `De ronde is ${ronde.status}, niet ${verwacht}; deze stap kan nu niet.`);
  }
  return ronde;
}

/** A guarded figure as a reader writes it (€ 1.234 or 1.234). */
export const cijferTekst = (c: Pick<CijferVergelijking, 'soort'>, n: number | null): string => (c.soort === 'eur' ? euro(n) : getal(n));

/**
 * Deletes an open (concept) round with its draft texts. A fixed or published round stays: its
 * figures and report are frozen (a correction is a new snapshot, not a deletion).
 */
export async function verwijderRonde(db: Db, peildatum: string, o: { versie: number; door: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const ronde = await vergrendel(tx, peildatum, o.versie, 'open');
    await tx.query(`DELETE FROM ronde_tekst_versies WHERE ronde_id = $1`, [ronde.id]);
    await tx.query(`DELETE FROM ronde_teksten WHERE ronde_id = $1`, [ronde.id]);
    await tx.query(`DELETE FROM rapportagerondes WHERE id = $1`, [ronde.id]);
    await schrijfAudit(tx, {
      door: o.door,
      actie: 'ronde.verwijderen',
      object_soort: 'rapportageronde',
      object_id: String(ronde.id),
      voor: { peildatum: ronde.peildatum, titel: ronde.titel, status: ronde.status, versie: ronde.versie },
    });
  });
}

export type CijferKeuze = 'berekend' | 'gepubliceerd';

/**
 * Fixes a round: the kerncijfers at P become a snapshot (computed with berekenKerncijfers, or the
 * published snapshot of P when `cijfers` = 'gepubliceerd' and one exists), and every input of the
 * report is frozen with the round. From then on records changing later do not change its report.
 */
export async function stelRondeVast(
  db: Db,
  peildatum: string,
  o: { versie: number; door: string; cijfers?: CijferKeuze; /** Explicit confirmation of figures falling to zero or dropping sharply, with the reason. */ bevestiging?: string },
): Promise<Ronde> {
  return db.transaction(async (tx) => {
    const ronde = await vergrendel(tx, peildatum, o.versie, 'open');
    const vandaagDatum = vandaag();
    let snapshot: Snapshot | null = null;
    let bewaking: Bewaking | null = null;
    const bestaand = await snapshotOp(tx, peildatum);
    if (o.cijfers === 'gepubliceerd') {
      if (!bestaand || bestaand.herkomst !== 'import') {
        throw new RondeFout('ongeldig', `Er zijn geen gepubliceerde cijfers met peildatum ${datum(peildatum)}; kies "berekend uit de gegevens".`, 'cijfers');
      }
      snapshot = bestaand;
    } else {
      const berekend = await berekenKerncijfers(tx, peildatum);
      bewaking = await bewaakCijfers(tx, peildatum, berekend as unknown as CijferBron);
      const verdacht = alarmen(bewaking.cijfers);
      if (verdacht.length > 0 && !o.bevestiging?.trim()) {
        const lijst = verdacht.map((c) => `${c.label} ${cijferTekst(c, c.vorige)} → ${cijferTekst(c, c.nieuw)}${c.legeRegister ? ' (register leeg)' : ''}`).join('; ');
        throw new RondeFout(
          'ongeldig',
          `Niet vastgesteld: ${verdacht.length === 1 ? 'dit cijfer valt' : 'deze cijfers vallen'} naar nul of ${verdacht.length === 1 ? 'daalt' : 'dalen'} sterk ten opzichte van de publicatie van ${datum(bewaking.vorige!.peildatum)}: ${lijst}. Vul eerst de registers, of bevestig met een reden dat deze cijfers kloppen.`,
          'bevestiging',
        );
      }
      const inhoud = { ...berekend, bron: `Rapportageronde ${ronde.titel}, vastgesteld op ${datum(vandaagDatum)}` } as unknown as KerncijfersBestand;
      const sha = crypto.createHash('sha256').update(canoniek(inhoud)).digest('hex');
      await schrijfSnapshot(tx, inhoud, { bestand: `rapportageronde-${peildatum}`, sha256: sha, door: o.door, herkomst: 'ronde' });
      snapshot = await snapshotOp(tx, peildatum);
    }
    if (!snapshot) throw new Error('snapshot niet gevonden na vaststellen');
    const teksten = Object.fromEntries([...(await tekstenVan(tx, ronde.id))].filter(([, t]) => t.tekst !== '').map(([k, t]) => [k, t.tekst]));
    const gegevens = await bouwRapportGegevens(tx, peildatum, {
      snapshot,
      teksten,
      titel: ronde.titel,
      bo_datum: ronde.bo_datum,
      soort: 'vastgesteld',
      vastgesteld_op: vandaagDatum,
      kennisdatum: vandaagDatum,
    });
    const json = JSON.stringify(gegevens);
    const sha = crypto.createHash('sha256').update(json).digest('hex');
    await tx.query(`INSERT INTO ronde_bevriezingen (ronde_id, snapshot_id, gegevens, sha256, door) VALUES ($1, $2, $3, $4, $5)`, [
      ronde.id,
      snapshot.id,
      json,
      sha,
      o.door,
    ]);
    const [na] = await tx.query<Ronde>(
      `UPDATE rapportagerondes SET status = 'vastgesteld', snapshot_id = $2, vastgesteld_op = now(), versie = versie + 1 WHERE id = $1 RETURNING ${KOLOMMEN}`,
      [ronde.id, snapshot.id],
    );
    await schrijfAudit(tx, {
      door: o.door,
      actie: 'ronde.vaststellen',
      object_soort: 'rapportageronde',
      object_id: String(ronde.id),
      voor: { status: 'open', versie: ronde.versie },
      na: { status: 'vastgesteld', versie: na.versie, snapshot_id: snapshot.id, cijfers: o.cijfers ?? 'berekend', gegevens_sha256: sha, teksten: Object.keys(teksten),
        ...(bewaking && alarmen(bewaking.cijfers).length > 0
          ? { bevestigde_dalingen: alarmen(bewaking.cijfers).map((c) => ({ cijfer: c.sleutel, vorige: c.vorige, nieuw: c.nieuw })), bevestiging: o.bevestiging?.trim() }
          : {}) },
    });
    return na;
  });
}

export async function publiceerRonde(db: Db, peildatum: string, o: { versie: number; door: string }): Promise<Ronde> {
  return db.transaction(async (tx) => {
    const ronde = await vergrendel(tx, peildatum, o.versie, 'vastgesteld');
    const [na] = await tx.query<Ronde>(
      `UPDATE rapportagerondes SET status = 'gepubliceerd', gepubliceerd_op = now(), versie = versie + 1 WHERE id = $1 RETURNING ${KOLOMMEN}`,
      [ronde.id],
    );
    await schrijfAudit(tx, {
      door: o.door,
      actie: 'ronde.publiceren',
      object_soort: 'rapportageronde',
      object_id: String(ronde.id),
      voor: { status: 'vastgesteld', versie: ronde.versie },
      na: { status: 'gepubliceerd', versie: na.versie },
    });
    return na;
  });
}

/** The frozen inputs of a fixed round (null while open). */
export async function bevrorenGegevens(db: Queryable, rondeId: number): Promise<{ gegevens: RapportGegevens; sha256: string } | null> {
  const r = await db.query<{ gegevens: string; sha256: string }>(`SELECT gegevens, sha256 FROM ronde_bevriezingen WHERE ronde_id = $1`, [rondeId]);
  return r[0] ? { gegevens: JSON.parse(r[0].gegevens) as RapportGegevens, sha256: r[0].sha256 } : null;
}

/**
 * The report inputs of peildatum P: a fixed round → its frozen inputs only; an open round → the data
 * now with its draft texts; no round → the published snapshot of P (bron vastgesteld) or computed.
 */
export async function rapportGegevensVoor(
  db: Queryable,
  peildatum: string,
  o: { /** The reader may not see the round of P: give the publication of P as if there were no round. */ zonderRonde?: boolean } = {},
): Promise<{ gegevens: RapportGegevens; ronde: Ronde | null }> {
  const ronde = o.zonderRonde ? null : await rondeOp(db, peildatum);
  if (ronde && ronde.status !== 'open') {
    const b = await bevrorenGegevens(db, ronde.id);
    if (!b) throw new Error(`Vastgestelde ronde ${peildatum} heeft geen bevroren inhoud`);
    return { gegevens: b.gegevens, ronde };
  }
  if (ronde) {
    const teksten = Object.fromEntries([...(await tekstenVan(db, ronde.id))].filter(([, t]) => t.tekst !== '').map(([k, t]) => [k, t.tekst]));
    const gegevens = await bouwRapportGegevens(db, peildatum, { teksten, titel: ronde.titel, bo_datum: ronde.bo_datum, soort: 'concept' });
    return { gegevens: JSON.parse(JSON.stringify(gegevens)) as RapportGegevens, ronde };
  }
  const gegevens = await bouwRapportGegevens(db, peildatum, {});
  return { gegevens: JSON.parse(JSON.stringify(gegevens)) as RapportGegevens, ronde: null };
}
