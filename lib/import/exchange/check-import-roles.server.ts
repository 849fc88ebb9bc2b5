import 'server-only';
import type { Tx } from '@/lib/db';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { DomainError } from '@/lib/errors';
import type { ExchangeRecord } from '@/lib/exchange/exchange-records';
import { LineIssues } from '../line-issues';
import type { RefResolver } from './ref-resolver.server';
import { roleNeededFor } from '../import-permissions';
import type { ParsedArchive } from './parse-exchange-archive';

type Parent = { kind: 'alignment' | 'source' | 'claim' | 'conflict'; key: string };

// What decides whether a line adds anything: a record whose key the database has is kept as it
// is, and a history line comes only with a parent this import adds.
function parentOf(r: ExchangeRecord): Parent | null {
  switch (r.type) {
    case 'alignment': return { kind: 'alignment', key: r.slug };
    case 'alignment_change': case 'rating_revision': case 'source_conflict_alignment': return { kind: 'source', key: r.source };
    case 'conflict': return { kind: 'conflict', key: r.id };
    case 'claim': return { kind: 'claim', key: r.id };
    case 'claim_revision': return { kind: 'claim', key: r.claim };
    default: return null;
  }
}

/**
 * Refuses the whole file (403, nothing written) when it would add a record the importer's role
 * may not add directly, naming each such line. Lines for records the database already has
 * add nothing, so an editor can import a partner's full export whose alignments exist here.
 */
export async function checkImportRoles(tx: Tx, viewer: NonNullable<Viewer>, parsed: ParsedArchive, refs: RefResolver) {
  const over = Object.values(parsed.byType).flat()
    .map(({ line, record }) => ({ line, record, need: roleNeededFor(record) }))
    .filter((x) => x.need !== null && !hasRole(viewer, x.need.role));
  if (over.length === 0) return;

  const parents = over.map((x) => parentOf(x.record));
  const slugs = new Set((await tx.alignment.findMany({
    where: { slug: { in: parents.flatMap((p) => (p?.kind === 'alignment' ? [p.key] : [])) } }, select: { slug: true },
  })).map((a) => a.slug));
  const sources = await refs.load('source', parents.flatMap((p) => (p?.kind === 'source' ? [p.key] : [])));
  const claims = await refs.load('claim', parents.flatMap((p) => (p?.kind === 'claim' ? [p.key] : [])));
  const conflicts = await refs.load('conflict', parents.flatMap((p) => (p?.kind === 'conflict' ? [p.key] : [])));
  const exists = (p: Parent | null) =>
    p !== null && ({ alignment: slugs, source: sources, claim: claims, conflict: conflicts })[p.kind].has(p.key);

  const refused = over.filter((_, i) => !exists(parents[i]));
  if (refused.length === 0) return;
  // The first lines are enough to act on, as for validation problems.
  const issues = new LineIssues();
  for (const { line, need } of refused) issues.add(line, `adding ${need!.what} needs the ${need!.role} role`);
  const types = [...new Set(refused.map((x) => x.record.type))].join(', ');
  throw new DomainError(
    403, 'forbidden',
    `As ${viewer.role}, you may not import ${types} records that are not already here (${refused.length} line${refused.length === 1 ? '' : 's'}); nothing was imported.`,
    issues.fields,
  );
}
