import 'server-only';
import { db } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { conflict, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import {
  CreateAlignmentSchema, UpdateAlignmentSchema, type CreateAlignmentInput, type UpdateAlignmentInput,
} from './alignment-schemas';
import { alignmentRoles } from './alignment-permissions';

const alignmentRow = {
  slug: true, label: true, color: true, description: true, sortOrder: true, retiredAt: true, version: true,
} as const;

export async function createAlignment(viewer: Viewer, input: CreateAlignmentInput, ip?: string) {
  requireRole(viewer, alignmentRoles.create);
  const data = CreateAlignmentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const existing = await tx.alignment.findUnique({ where: { slug: data.slug }, select: { slug: true } });
    if (existing) throw conflict(`The alignment “${data.slug}” already exists.`);
    const created = await tx.alignment.create({ data, select: alignmentRow });
    await recordAudit(tx, { actor: viewer, action: 'alignment.create', entityType: 'alignment', entityId: created.slug, before: null, after: created, ip });
    return created;
  });
}

/**
 * Alignments are never deleted: sources, claims' readings and the alignment history point at
 * them. Retiring hides one from new choices while everything that used it still shows it.
 */
export async function updateAlignment(viewer: Viewer, slug: string, input: UpdateAlignmentInput, ip?: string) {
  requireRole(viewer, alignmentRoles.edit);
  const { retired, version, ...changes } = UpdateAlignmentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.alignment.findUnique({ where: { slug }, select: alignmentRow });
    if (!before) throw notFound('Alignment');
    const retiredAt = retired === undefined ? undefined : retired ? (before.retiredAt ?? new Date()) : null;
    const bumped = await updateAtVersion(tx.alignment, { slug }, version, { ...changes, ...(retiredAt !== undefined ? { retiredAt } : {}) });
    if (bumped === null) throw conflict('Someone changed this alignment since you opened it.', before);
    const after = await tx.alignment.findUniqueOrThrow({ where: { slug }, select: alignmentRow });
    const action = retired === true && !before.retiredAt ? 'alignment.retire' : retired === false && before.retiredAt ? 'alignment.restore' : 'alignment.update';
    await recordAudit(tx, { actor: viewer, action, entityType: 'alignment', entityId: slug, before, after, ip });
    return after;
  });
}

export async function listAlignmentsForAdmin(viewer: Viewer) {
  requireRole(viewer, alignmentRoles.edit);
  const rows = await db.alignment.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { ...alignmentRow, _count: { select: { sources: true } } },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, sourceCount: _count.sources }));
}
