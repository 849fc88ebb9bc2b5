import 'server-only';
import { db, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { conflict, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { conflictRoles } from './conflict-permissions';
import { CreateConflictSchema, EditConflictSchema, type CreateConflictInput, type EditConflictInput } from './conflict-schemas';

export const conflictRow = { id: true, externalId: true, name: true, description: true, version: true } as const;

// Names are unique ignoring case ("Syrian civil war" and "Syrian Civil War" are one war). The
// advisory lock makes two creates or renames to the same name take turns; the unique index on
// the exact name is the database's own backstop.
async function refuseTakenName(tx: Tx, name: string, selfId?: number) {
  await sqlRows(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('conflict-name:' || lower(${name})))::text AS locked`, { tx });
  const taken = await tx.conflict.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: conflictRow,
  });
  if (taken) throw conflict(`A conflict named “${taken.name}” already exists.`, taken);
}

export async function createConflict(viewer: Viewer, input: CreateConflictInput, ip?: string) {
  requireRole(viewer, conflictRoles.create);
  const data = CreateConflictSchema.parse(input);
  return db.$transaction(async (tx) => {
    await refuseTakenName(tx, data.name);
    const created = await tx.conflict.create({ data: { ...data, createdById: viewer.id }, select: conflictRow });
    await recordAudit(tx, { actor: viewer, action: 'conflict.create', entityType: 'conflict', entityId: created.id, before: null, after: created, ip });
    return created;
  });
}

/** Edits a conflict at the version the editor read: a stale one is 409 with the conflict as it is now. */
export async function editConflict(viewer: Viewer, conflictId: number, input: EditConflictInput, ip?: string) {
  requireRole(viewer, conflictRoles.edit);
  const { version, ...changes } = EditConflictSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.conflict.findUnique({ where: { id: conflictId }, select: conflictRow });
    if (!before) throw notFound('Conflict');
    if (version !== before.version) throw conflict('Someone edited this conflict since you opened it.', before);
    if (changes.name !== undefined) await refuseTakenName(tx, changes.name, conflictId);
    if (await updateAtVersion(tx.conflict, { id: conflictId }, version, changes) === null) {
      throw conflict('Someone edited this conflict since you opened it.', await tx.conflict.findUnique({ where: { id: conflictId }, select: conflictRow }));
    }
    const after = await tx.conflict.findUniqueOrThrow({ where: { id: conflictId }, select: conflictRow });
    await recordAudit(tx, { actor: viewer, action: 'conflict.edit', entityType: 'conflict', entityId: conflictId, before, after, ip });
    return after;
  });
}
