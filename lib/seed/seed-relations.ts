import type { Tx } from '@/lib/db';
import { demoExternalId, type DemoRelation } from './demo-data';

type Tally = { count: (table: string, created: boolean) => void };

const claimId = (claims: Map<string, number>, key: string) => {
  const id = claims.get(key);
  if (id === undefined) throw new Error(`Demo relation names unknown claim "${key}"`);
  return id;
};

// A pair is stored once in canonical order (the database CHECKs claimAId < claimBId), so the
// pair, not the external id, decides whether the relation already exists.
export async function seedClaimRelations(
  tx: Tx,
  tally: Tally,
  relations: readonly DemoRelation[],
  claims: Map<string, number>,
  authorId: number,
) {
  for (const relation of relations) {
    const [first, second] =
      relation.type === 'supports' ? [relation.subjectKey, relation.objectKey] : relation.claimKeys;
    const ids = [claimId(claims, first), claimId(claims, second)];
    const [claimAId, claimBId] = ids[0] < ids[1] ? ids : [ids[1], ids[0]];
    const found = await tx.claimRelation.findUnique({
      where: { claimAId_claimBId: { claimAId, claimBId } },
      select: { id: true },
    });
    tally.count('claim relations', !found);
    if (found) continue;
    await tx.claimRelation.create({
      data: {
        externalId: demoExternalId('relation', relation.key),
        claimAId,
        claimBId,
        type: relation.type,
        subjectClaimId: relation.type === 'supports' ? ids[0] : null,
        disputes: relation.type === 'contradicts' ? relation.disputes : [],
        note: relation.note,
        createdById: authorId,
      },
    });
  }
}
