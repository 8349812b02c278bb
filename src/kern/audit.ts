// Every change leaves one audit entry (who, when, what before and after). The table refuses UPDATE
// and DELETE (migration 0001), so entries cannot be edited through the app.
import type { Queryable } from '../platform/db.js';

export interface AuditInvoer {
  door: string;
  actie: string;
  object_soort?: string | null;
  object_id?: string | null;
  voor?: unknown;
  na?: unknown;
  details?: unknown;
}

export async function schrijfAudit(tx: Queryable, e: AuditInvoer): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (door, actie, object_soort, object_id, voor, na, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      e.door,
      e.actie,
      e.object_soort ?? null,
      e.object_id ?? null,
      e.voor === undefined ? null : JSON.stringify(e.voor),
      e.na === undefined ? null : JSON.stringify(e.na),
      e.details === undefined ? null : JSON.stringify(e.details),
    ],
  );
}
