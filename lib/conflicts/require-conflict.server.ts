import 'server-only';
import type { Tx } from '@/lib/db';
import { invalid } from '@/lib/errors';

/**
 * A conflict named in a request body must exist: otherwise a 400 naming the field, before
 * anything is written (the foreign key alone would surface as a server error).
 */
export async function requireConflict(tx: Tx, conflictId: number | null | undefined, field = 'conflictId') {
  if (conflictId == null) return;
  const found = await tx.conflict.findUnique({ where: { id: conflictId }, select: { id: true } });
  if (!found) throw invalid('Unknown conflict.', { [field]: ['No such conflict: choose an existing one.'] });
}
