import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

export type AuditInput = {
  actor: Viewer;
  action: string;
  entityType: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  ip?: string | null;
};

// Dates become ISO strings, undefined drops out: what the row stores is what JSON can say.
function asJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === null || value === undefined) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Appends one audit entry. Call it with the transaction that makes the change, so the entry
 * and the change commit or roll back together. The table refuses UPDATE and DELETE (a trigger).
 */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor ? entry.actor.email : 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: asJson(entry.before),
      after: asJson(entry.after),
      ip: entry.ip ?? null,
    },
  });
}
