import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Viewer } from '@/lib/auth/viewer';
import { EXTERNAL_ID_PREFIX } from './exchange-records';

// Tables whose rows carry an external id, and the kind word in ids assigned here.
const TABLES = [
  ['sources', 'source'], ['documents', 'document'], ['events', 'event'], ['claims', 'claim'],
  ['attributions', 'attribution'], ['claim_relations', 'relation'],
] as const;

/**
 * Gives every row without an external id a random one (`cc:<kind>:<uuid>`), once and for
 * good, so an export's references stay valid in every later export and merge. Random, not
 * derived from database ids: two databases' claim #5 must not collide when merged.
 */
export async function assignMissingExternalIds(client: Db, viewer: Viewer): Promise<Record<string, number>> {
  return client.$transaction(async (tx) => {
    const assigned: Record<string, number> = {};
    for (const [table, kind] of TABLES) {
      // Table names come from the constant above, never from input.
      const n = await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET external_id = '${EXTERNAL_ID_PREFIX}:${kind}:' || gen_random_uuid() WHERE external_id IS NULL`,
      );
      if (n > 0) assigned[table] = n;
    }
    if (Object.keys(assigned).length > 0) {
      await recordAudit(tx, { actor: viewer, action: 'assign_external_ids', entityType: 'exchange', entityId: 'all', before: null, after: assigned });
    }
    return assigned;
    // Once per row ever, but the first export of a large archive rewrites every row (and its
    // index entries): minutes at a million claims, not Prisma's default 5 s.
  }, { timeout: 30 * 60_000 });
}
