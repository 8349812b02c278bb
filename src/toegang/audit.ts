// Reading the audit log for the beheer page (filter, one page of rows).
import type { Db } from '../platform/db.js';
import { isIsoDatum } from '../domein/getallen.js';

export interface AuditRij {
  id: number;
  op: Date;
  door: string;
  actie: string;
  object_soort: string | null;
  object_id: string | null;
  voor: unknown;
  na: unknown;
  details: unknown;
}

export interface AuditFilter {
  door?: string;
  actie?: string;
  /** `soort` or `soort:id` */
  object?: string;
  van?: string;
  tot?: string;
}

export const AUDIT_PAGINA = 100;

export async function zoekAudit(db: Db, f: AuditFilter, pagina = 0): Promise<{ rijen: AuditRij[]; meer: boolean }> {
  const waar: string[] = [];
  const p: unknown[] = [];
  const voeg = (sql: string, v: unknown) => {
    p.push(v);
    waar.push(sql.replace('?', `$${p.length}`));
  };
  if (f.door) voeg(`door ILIKE ?`, `%${f.door.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.actie) voeg(`actie LIKE ?`, `${f.actie.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.object) {
    const [soort, ...rest] = f.object.split(':');
    voeg('object_soort = ?', soort);
    if (rest.length) voeg('object_id = ?', rest.join(':'));
  }
  if (f.van && isIsoDatum(f.van)) voeg(`(op AT TIME ZONE 'Europe/Amsterdam')::date >= ?::date`, f.van);
  if (f.tot && isIsoDatum(f.tot)) voeg(`(op AT TIME ZONE 'Europe/Amsterdam')::date <= ?::date`, f.tot);
  p.push(AUDIT_PAGINA + 1, pagina * AUDIT_PAGINA);
  const rijen = await db.query<AuditRij>(
    `SELECT id, op, door, actie, object_soort, object_id, voor, na, details FROM audit_log
      ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${p.length - 1} OFFSET $${p.length}`,
    p,
  );
  return { rijen: rijen.slice(0, AUDIT_PAGINA), meer: rijen.length > AUDIT_PAGINA };
}
