// Frozen kerncijfers (contract §2.7): published figures imported as a snapshot, and the snapshots a
// reporting round freezes. Never changed; a correction is a new snapshot that names what it replaces.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Queryable } from '../platform/db.js';
import { isIsoDatum } from '../domein/getallen.js';
import { KerncijfersBestandSchema } from './kerncijfers-schema.js';
import { schrijfAudit } from './audit.js';
import type { BestandResultaat, Probleem } from './probleem.js';

export type KerncijfersBestand = z.infer<typeof KerncijfersBestandSchema>;

export interface Snapshot {
  id: number;
  peildatum: string;
  bron: string;
  inhoud: KerncijfersBestand;
  vervangt: number | null;
  herkomst: 'import' | 'ronde';
  geregistreerd_op: Date;
}

/** Dutch wording for a schema problem (zod reports in English). */
export function nlSchemaReden(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `verkeerd type: ${issue.expected === 'number' ? 'getal' : issue.expected === 'string' ? 'tekst' : issue.expected === 'object' ? 'object' : issue.expected === 'array' ? 'lijst' : issue.expected} verwacht`;
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.message && !issue.message.startsWith('Too small') ? issue.message : 'waarde is te klein (negatief?)';
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'verkeerd formaat';
    default:
      return issue.message;
  }
}

export function controleerKerncijfersBestand(bestand: string): { ok: true; bestand: KerncijfersBestand } | { ok: false; problemen: Probleem[] } {
  const naam = path.basename(bestand);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(bestand, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problemen: [{ bestand: naam, regel: null, kolom: null, waarde: null, reden: `geen geldige JSON: ${(err as Error).message}` }] };
  }
  const r = KerncijfersBestandSchema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      problemen: r.error.issues.map((i) => ({ bestand: naam, regel: null, kolom: i.path.join('.') || null, waarde: null, reden: nlSchemaReden(i) })),
    };
  }
  if (!isIsoDatum(r.data.peildatum)) {
    return { ok: false, problemen: [{ bestand: naam, regel: null, kolom: 'peildatum', waarde: r.data.peildatum, reden: 'deze datum bestaat niet' }] };
  }
  return { ok: true, bestand: r.data };
}

/** Canonical JSON (sorted keys) so that the same content always has the same hash. */
export function canoniek(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canoniek).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canoniek((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Stores a snapshot. Idempotent: the same content for the same peildatum is not stored twice. Other
 * content for a peildatum that already has a snapshot is a correction and names the one it replaces.
 */
export async function schrijfSnapshot(
  tx: Queryable,
  inhoud: KerncijfersBestand,
  meta: { bestand: string; sha256: string; door: string; herkomst?: 'import' | 'ronde' },
): Promise<BestandResultaat> {
  const { vervangt: opgegeven, ...zonderVervangt } = inhoud;
  const hash = crypto.createHash('sha256').update(canoniek(zonderVervangt)).digest('hex');
  const bestaand = await tx.query<{ id: number; sha256: string }>(
    `SELECT id, sha256 FROM kerncijfers_snapshots WHERE peildatum = $1 ORDER BY id DESC`,
    [inhoud.peildatum],
  );
  const resultaat = (nieuw: number): BestandResultaat => ({
    bestand: meta.bestand,
    bestandstype: 'kerncijfers',
    sha256: meta.sha256,
    rijen: 1,
    nieuw,
    gewijzigd: 0,
    ongewijzigd: 1 - nieuw,
  });
  if (bestaand.length > 0 && bestaand[0].sha256 === hash) return resultaat(0);
  const [{ id: importId }] = await tx.query<{ id: number }>(
    `INSERT INTO imports (bestand, bestandstype, sha256, rijen, nieuw, gewijzigd, ongewijzigd, door) VALUES ($1, 'kerncijfers', $2, 1, 1, 0, 0, $3) RETURNING id`,
    [meta.bestand, meta.sha256, meta.door],
  );
  const vervangt = opgegeven ?? bestaand[0]?.id ?? null;
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO kerncijfers_snapshots (peildatum, bron, inhoud, sha256, vervangt, herkomst, import_id, door)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [inhoud.peildatum, inhoud.bron, JSON.stringify(zonderVervangt), hash, vervangt, meta.herkomst ?? 'import', importId, meta.door],
  );
  await schrijfAudit(tx, {
    door: meta.door,
    actie: 'import',
    object_soort: 'kerncijfers',
    object_id: String(id),
    na: { peildatum: inhoud.peildatum, bron: inhoud.bron, vervangt },
  });
  return resultaat(1);
}

/** The current snapshot of a peildatum (the newest; older ones it replaced stay stored). */
export async function snapshotOp(db: Queryable, peildatum: string): Promise<Snapshot | null> {
  const rijen = await db.query<Snapshot>(
    `SELECT id, peildatum, bron, inhoud, vervangt, herkomst, geregistreerd_op FROM kerncijfers_snapshots WHERE peildatum = $1 ORDER BY id DESC LIMIT 1`,
    [peildatum],
  );
  return rijen[0] ?? null;
}

export async function alleSnapshots(db: Queryable): Promise<Snapshot[]> {
  return db.query<Snapshot>(
    `SELECT DISTINCT ON (peildatum) id, peildatum, bron, inhoud, vervangt, herkomst, geregistreerd_op
       FROM kerncijfers_snapshots ORDER BY peildatum, id DESC`,
  );
}

/**
 * Is this snapshot public? Imported snapshots are published figures by nature (contract §2.7); a
 * round's own snapshot only once the round is gepubliceerd.
 */
export async function snapshotIsOpenbaar(db: Queryable, s: Snapshot): Promise<boolean> {
  if (s.herkomst === 'import') return true;
  const r = await db.query<{ status: string }>(`SELECT status FROM rapportagerondes WHERE peildatum = $1`, [s.peildatum]);
  return r[0]?.status === 'gepubliceerd';
}

/** Is the snapshot of this peildatum public (or may this reader read drafts: concept.lezen)? */
export async function gepubliceerdeSnapshot(db: Queryable, peildatum: string, conceptLezen = false): Promise<boolean> {
  const s = await snapshotOp(db, peildatum);
  if (!s) return false;
  return conceptLezen || snapshotIsOpenbaar(db, s);
}

/**
 * The published snapshots, oldest first: imported publications (published by nature, contract §2.7)
 * and the snapshots of rounds that are gepubliceerd. What the public may see; never live records.
 */
export async function gepubliceerdeSnapshots(db: Queryable): Promise<Snapshot[]> {
  const gepubliceerd = new Set(
    (await db.query<{ snapshot_id: number }>(`SELECT snapshot_id FROM rapportagerondes WHERE status = 'gepubliceerd' AND snapshot_id IS NOT NULL`)).map((r) => r.snapshot_id),
  );
  return (await alleSnapshots(db)).filter((s) => s.herkomst === 'import' || gepubliceerd.has(s.id));
}
