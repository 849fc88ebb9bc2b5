import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { eventRoles } from '@/lib/events/event-permissions';
import { DeleteEventSchema, type DeleteEventInput } from '@/lib/events/event-schemas';
import { deleteEventInTx, lockEventForDelete } from '@/lib/events/event-lifecycle.server';
import { lockClaimsForWrite } from './lock-claims.server';
import { bumpClaimVersion, recordClaimChange, snapshotClaim } from './claim-snapshot.server';
import { staleClaim } from './edit-claim.server';

/**
 * Deletes an event (editor). Its claims, deleted ones included so a restored claim never points
 * at a deleted event, move to `moveClaimsTo` or are detached in the same transaction, each with
 * its own revision; an event with claims and neither choice is refused, naming the field.
 * Claims merged away keep their event: they are history and are never written to.
 */
export async function deleteEvent(viewer: Viewer, eventId: number, input: DeleteEventInput = {}, ip?: string) {
  requireRole(viewer, eventRoles.delete);
  const { reason, version, moveClaimsTo, detachClaims } = DeleteEventSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await lockEventForDelete(tx, eventId, moveClaimsTo, version);
    const claimIds = (await sqlRows<{ id: number }>(
      Prisma.sql`SELECT id FROM claims WHERE event_id = ${eventId} AND merged_into_id IS NULL ORDER BY id`, { tx },
    )).map((r) => Number(r.id));
    if (claimIds.length > 0 && moveClaimsTo === undefined && !detachClaims) {
      const n = claimIds.length === 1 ? '1 claim' : `${claimIds.length} claims`;
      throw invalid(`This event has ${n}: move them to another event or detach them.`, {
        moveClaimsTo: [`Choose an event to move its ${n} to, or detach them.`],
      });
    }
    if (claimIds.length > 0) await lockClaimsForWrite(tx, claimIds);
    const to = moveClaimsTo ?? null;
    const why = to === null
      ? `Detached from deleted event #${eventId}${reason ? `: ${reason}` : ''}`
      : `Moved from deleted event #${eventId} to event #${to}${reason ? `: ${reason}` : ''}`;
    for (const claimId of claimIds) {
      const claimBefore = await snapshotClaim(tx, claimId);
      if (!claimBefore) continue;
      if (!(await bumpClaimVersion(tx, claimId, claimBefore.version))) throw staleClaim(claimBefore);
      await tx.claim.updateMany({ where: { id: claimId }, data: { eventId: to } });
      await recordClaimChange(tx, { viewer, claimId, before: claimBefore, ip, action: 'edit', reason: why });
    }
    const deleted = await deleteEventInTx(tx, viewer, before, reason, ip);
    return { ...deleted, movedClaimIds: claimIds, movedTo: to };
  });
}
