import 'server-only';
import { sqlExecute, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { foldName } from './source-lookup-fold';

// The database cannot refuse a duplicate name itself (the folded form comes from Node, and a
// deleted source may keep its name), so writers that add names take a transaction-scoped lock
// per folded name, in sorted order, before checking: two creates of one name take turns.
export async function lockSourceNames(tx: Tx, names: readonly string[]): Promise<void> {
  const folded = [...new Set(names.map(foldName).filter(Boolean))].sort();
  if (folded.length === 0) return;
  await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended('source-name:' || k, 0))
    FROM (SELECT k FROM unnest(${folded}::text[]) AS k ORDER BY k) AS keys`, { tx });
}
