import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { conflict, DomainError, notFound } from '@/lib/errors';
import { loadCurrentRating } from './current-rating.server';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { RateSourceSchema, type RateSourceInput } from './rating-schemas';
import { ratingRoles } from './rating-permissions';

/**
 * A reviewer's new grade for a source, as a new revision. The conditional UPDATE is the
 * optimistic lock: an edit from a stale version changes nothing and gets 409 with the current
 * rating; the unique (source, version) on revisions backs it up.
 */
export async function rateSource(viewer: Viewer, sourceId: number, input: RateSourceInput, ip?: string) {
  requireRole(viewer, ratingRoles.rate);
  const { reliability, rationale, version } = RateSourceSchema.parse(input);
  const stale = async () => {
    const current = await loadCurrentRating(sourceId);
    if (!current) return notFound('Source');
    return conflict('Someone changed this rating since you opened it.', current);
  };
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      // As every source write: the row locked first, and a merged source refused (409 `merged`).
      const [locked] = await sqlRows<{ mergedIntoId: number | null; deleted: boolean }>(
        Prisma.sql`SELECT merged_into_id AS "mergedIntoId", deleted_at IS NOT NULL AS deleted FROM sources WHERE id = ${sourceId} FOR UPDATE`, { tx });
      if (locked?.deleted) throw new DomainError(409, 'deleted', `Source #${sourceId} is deleted; restore it before rating it.`);
      if (locked?.mergedIntoId != null) {
        throw new DomainError(409, 'merged', `Source #${sourceId} was merged into source #${locked.mergedIntoId}; rate that source instead.`, undefined, {
          mergedIntoId: Number(locked.mergedIntoId),
        });
      }
      const before = await tx.source.findUnique({
        where: { id: sourceId },
        select: { reliability: true, ratingVersion: true },
      });
      if (!before) throw notFound('Source');
      const newVersion = await updateAtVersion(tx.source, { id: sourceId }, version, { reliability }, 'ratingVersion');
      // Reading the current rating waits until this transaction has given its connection back.
      if (newVersion === null) return null;
      const revision = await tx.ratingRevision.create({
        data: { sourceId, version: newVersion, reliability, previous: before.reliability, rationale, authorId: viewer.id },
        select: { id: true, version: true, reliability: true, previous: true, rationale: true, createdAt: true },
      });
      await recordAudit(tx, {
        actor: viewer,
        action: 'source.rate',
        entityType: 'source',
        entityId: sourceId,
        before: { reliability: before.reliability, ratingVersion: before.ratingVersion },
        after: { reliability, ratingVersion: newVersion, rationale },
        ip,
      });
      return { ...revision, author: viewer.name };
    });
  } catch (e) {
    // A concurrent edit that slipped past the version check hits the unique (source, version).
    if ((e as { code?: string }).code === 'P2002') throw await stale();
    throw e;
  }
  if (!result) throw await stale();
  return result;
}
