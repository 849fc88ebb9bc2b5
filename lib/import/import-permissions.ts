import type { Role } from '@/lib/generated/prisma/enums';
import type { ExchangeRecord } from '@/lib/exchange/exchange-records';
import { conflictRoles } from '@/lib/conflicts/conflict-permissions';

/**
 * The least role for each import, the one place it is written: lib checks it with the viewer;
 * the API contracts and the authorization test read it here. Bulk claim rows are admins' (they
 * create sources and events without review); an exchange file lets anyone in who may add
 * something, and each record then needs its own role (roleNeededFor).
 */
export const importRoles = {
  claimRows: 'admin',
  exchangeArchive: 'reviewer',
} as const satisfies Record<string, Role>;

// An exchange import may add only what the importer could add through the app's own routes and
// actions: a file is not a way around a role. Each entry names the direct path whose role it mirrors.

/** Claim revisions that record an editor's act (credibility, delete/restore, merge). */
const EDITOR_CLAIM_ACTIONS = new Set(['credibility', 'delete', 'restore', 'merge']);
/** A claim's credibility before anyone rated it (the column default). */
const UNRATED = 6;

export type RoleNeed = { role: Role; what: string };

/** The least role that may add this record; null for lines that add nothing (people). */
export function roleNeededFor(r: ExchangeRecord): RoleNeed | null {
  switch (r.type) {
    // A named person is only a stated author; accounts come from an admin's invitation.
    case 'user': return null;
    // POST /api/v1/alignments.
    case 'alignment': return { role: 'admin', what: 'an alignment' };
    // POST /api/v1/conflicts; PUT /api/v1/sources/:id/conflict-alignments/:conflictId.
    case 'conflict': return { role: conflictRoles.create, what: 'a conflict' };
    case 'source_conflict_alignment': return { role: conflictRoles.setSourceAlignment, what: 'a source’s alignment in a conflict' };
    // PATCH /api/v1/sources/:id with a new alignment; a source's first entry comes with creating it.
    case 'alignment_change':
      if (r.conflict) return { role: conflictRoles.setSourceAlignment, what: 'an alignment change in a conflict' };
      return r.from === null ? { role: 'reviewer', what: 'a source’s first alignment' } : { role: 'editor', what: 'an alignment change' };
    // POST /api/v1/claims sets no credibility and cannot delete or merge; those are editors'.
    case 'claim':
      if (r.mergedInto !== null) return { role: 'editor', what: 'a merged claim' };
      if (r.deletedAt !== null) return { role: 'editor', what: 'a deleted claim' };
      if (r.credibility !== UNRATED || r.credibilityReason !== null) return { role: 'editor', what: 'a claim’s credibility' };
      return { role: 'reviewer', what: 'a claim' };
    case 'claim_revision':
      return EDITOR_CLAIM_ACTIONS.has(r.action) ? { role: 'editor', what: `a claim revision (${r.action})` } : { role: 'reviewer', what: 'a claim revision' };
    // Sources, ratings, documents, events, attributions and relations: reviewers' routes.
    case 'source': return { role: 'reviewer', what: 'a source' };
    case 'rating_revision': return { role: 'reviewer', what: 'a rating' };
    case 'document': return { role: 'reviewer', what: 'a document' };
    case 'event': return { role: 'reviewer', what: 'an event' };
    case 'attribution': return { role: 'reviewer', what: 'an attribution' };
    case 'relation': return { role: 'reviewer', what: 'a relation' };
  }
}
