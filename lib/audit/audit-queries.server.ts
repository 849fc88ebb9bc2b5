import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { AuditFilterSchema, type AuditFilter } from './audit-schemas';

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorId: number | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/** The audit log for admins, newest first; keyset pagination on id (ids only grow). */
export async function listAuditEntries(
  viewer: Viewer,
  filter: Partial<AuditFilter> = {},
): Promise<{ items: AuditRow[]; nextCursor: number | null }> {
  requireRole(viewer, 'admin');
  const f = AuditFilterSchema.parse(filter);
  const where: Prisma.AuditEntryWhereInput = {
    ...(f.actor ? { actorLabel: { contains: f.actor.toLowerCase() } } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.cursor ? { id: { lt: f.cursor } } : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
            ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: { id: 'desc' },
    take: f.limit + 1,
    select: {
      id: true, createdAt: true, actorId: true, actorLabel: true, action: true,
      entityType: true, entityId: true, before: true, after: true, ip: true,
    },
  });
  const items = rows.slice(0, f.limit);
  return { items, nextCursor: rows.length > f.limit ? items[items.length - 1].id : null };
}

/** Entity types and actions seen so far, for the filter menus. */
export async function listAuditFacets(viewer: Viewer) {
  requireRole(viewer, 'admin');
  const [types, actions] = await Promise.all([
    db.auditEntry.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
    db.auditEntry.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
  ]);
  return { entityTypes: types.map((t) => t.entityType), actions: actions.map((a) => a.action) };
}
