import 'server-only';
import type { Tx } from '@/lib/db';
import { summariseProvenance } from './provenance';

/** Recounts independent origins and carriers from the claim's attributions (after any change). */
export async function refreshProvenanceCounts(tx: Tx, claimId: number) {
  const rows = await tx.attribution.findMany({
    where: { claimId },
    select: { id: true, role: true, relaysId: true, sourceId: true, source: { select: { kind: true, alignmentSlug: true } } },
  });
  const counts = summariseProvenance(
    rows.map((r) => ({ id: r.id, role: r.role, relaysId: r.relaysId, sourceId: r.sourceId, sourceKind: r.source.kind, alignmentSlug: r.source.alignmentSlug })),
  );
  await tx.claim.update({ where: { id: claimId }, data: counts, select: { id: true } });
  return counts;
}

/** After a source merge moved attributions onto another source: recounts each claim (rows already locked). */
export async function recountMovedClaims(tx: Tx, claimIds: number[]) {
  for (const claimId of claimIds) await refreshProvenanceCounts(tx, claimId);
}
