// One table of every write path (API route method or server action) with the least role
// allowed. For each: anonymous → 401, each lower role → 403, a disabled account → 401, a
// cross-site cookie request → 403, and nothing changes; then the least role gets through.
// A write route or server action missing from the table fails the suite (see the scan below):
// add a row when you add a write path. A route's row must state the least role its contract
// declares (lib/api/route-contract.ts), so the table and the handlers cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { contractKey, type RouteContract } from '@/lib/api/route-contract';
import { routeHandlerExports } from '../helpers/route-modules';
import type { Role } from '@/lib/generated/prisma/enums';
import {
  apiRequest, TEST_ORIGIN, createActor, createTestAlignment, createTestSource, formData, headersFor, params, uniq,
  type Caller, type TestActor,
} from '../helpers/auth-fixtures';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as ratingRoute from '@/app/api/v1/sources/[id]/rating/route';
import * as alignmentsRoute from '@/app/api/v1/alignments/route';
import * as alignmentRoute from '@/app/api/v1/alignments/[slug]/route';
import * as tokensRoute from '@/app/api/v1/tokens/route';
import * as tokenRoute from '@/app/api/v1/tokens/[id]/route';
import * as exchangeImportRoute from '@/app/api/v1/exchange/import/route';
import * as bulkImportRoute from '@/app/api/v1/imports/route';
import { rateSourceHandler, updateSourceHandler } from '@/app/sources/[id]/action-handlers';
import { createTokenHandler, revokeTokenHandler } from '@/app/account/action-handlers';
import { changeRoleHandler, inviteUserHandler, reissueLinkHandler, setStatusHandler } from '@/app/admin/users/action-handlers';
import { createAlignmentHandler, updateAlignmentHandler } from '@/app/admin/alignments/action-handlers';
import * as claimRelationsRoute from '@/app/api/v1/claims/[id]/relations/route';
import * as relationRoute from '@/app/api/v1/relations/[id]/route';
import * as claimMergeRoute from '@/app/api/v1/claims/[id]/merge/route';
import { linkClaimHandler, mergeClaimHandler, removeRelationHandler } from '@/app/claims/[id]/relation-action-handlers';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import * as claimRestoreRoute from '@/app/api/v1/claims/[id]/restore/route';
import * as claimAttributionsRoute from '@/app/api/v1/claims/[id]/attributions/route';
import * as claimAttributionRoute from '@/app/api/v1/claims/[id]/attributions/[attributionId]/route';
import * as documentsRoute from '@/app/api/v1/documents/route';
import * as documentRoute from '@/app/api/v1/documents/[id]/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as eventRoute from '@/app/api/v1/events/[id]/route';
import * as eventRestoreRoute from '@/app/api/v1/events/[id]/restore/route';
import * as sourceRestoreRoute from '@/app/api/v1/sources/[id]/restore/route';
import * as conflictsRoute from '@/app/api/v1/conflicts/route';
import * as conflictRoute from '@/app/api/v1/conflicts/[id]/route';
import * as sourceConflictAlignmentRoute from '@/app/api/v1/sources/[id]/conflict-alignments/[conflictId]/route';
import { conflictRoles } from '@/lib/conflicts/conflict-permissions';
import * as sourceMergeRoute from '@/app/api/v1/sources/[id]/merge/route';
import * as sourceUnmergeRoute from '@/app/api/v1/sources/[id]/unmerge/route';
import { documentRoles } from '@/lib/documents/document-permissions';
import { eventRoles } from '@/lib/events/event-permissions';
import { reviewRoles } from '@/lib/review/review-permissions';
import * as claimReviewRoute from '@/app/api/v1/claims/[id]/review/route';
import * as eventReviewRoute from '@/app/api/v1/events/[id]/review/route';
import { deleteClaimHandler, restoreClaimHandler, setCredibilityHandler } from '@/app/claims/[id]/claim-action-handlers';
import { sourceRoles } from '@/lib/sources/source-permissions';
import { ratingRoles } from '@/lib/ratings/rating-permissions';
import { alignmentRoles } from '@/lib/alignments/alignment-permissions';
import { tokenRoles } from '@/lib/tokens/token-permissions';
import { userRoles } from '@/lib/users/user-permissions';
import { claimRoles } from '@/lib/claims/claim-permissions';
import { attributionRoles } from '@/lib/attributions/attribution-permissions';
import { relationRoles } from '@/lib/relations/relation-permissions';
import { importRoles } from '@/lib/import/import-permissions';
import { commentRoles } from '@/lib/comments/comment-permissions';
import * as claimCommentsRoute from '@/app/api/v1/claims/[id]/comments/route';
import * as eventCommentsRoute from '@/app/api/v1/events/[id]/comments/route';
import * as commentRoute from '@/app/api/v1/comments/[id]/route';
import * as commentHideRoute from '@/app/api/v1/comments/[id]/hide/route';

type Call = (caller: Caller) => Promise<number>;
type Arranged = { call: Call; snapshot: () => Promise<unknown> };
export type WritePath = {
  /** `METHOD app/…/route.ts` for API routes, `app/…/actions.ts#name` for server actions. */
  key: string;
  minimum: Role;
  /** Only a signed-in session may do this, never an API token (creating tokens). */
  sessionOnly?: boolean;
  /** Why this row needs more than the route's declared role (what the request carries). */
  beyondRoute?: string;
  /** Makes what the call acts on, fresh per row; `snapshot` captures what the call could change. */
  arrange: (as: Actors) => Promise<Arranged>;
};
type Actors = Record<Role, TestActor>;

const RATIONALE = 'Consistent, sourced reporting in this conflict.';
type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;
const route = (handler: unknown, method: string, url: string, body: unknown, p: object = {}): Call =>
  async (caller) => (await (handler as Handler)(apiRequest(caller, method, url, body), params(p) as never)).status;
type ActionHandler = { handle: (h: Headers, f: FormData) => Promise<{ ok: boolean; status?: number } | null> };
const action = (handler: ActionHandler, fields: Record<string, string | number>): Call => async (caller) => {
  const state = await handler.handle(headersFor(caller), formData(fields));
  return state?.ok ? 200 : (state as { status: number }).status;
};
const eventRow = (id: number) => db.event.findUnique({ where: { id }, include: { revisions: true } });
const sourceRow = (id: number) => db.source.findUnique({ where: { id }, include: { ratingRevisions: true, alignmentChanges: true } });
const alignmentRow = (slug: string) => db.alignment.findUnique({ where: { slug } });
const userRow = (id: number) => db.user.findUnique({ where: { id }, omit: { updatedAt: true } });
// Two fresh claims in canonical order, for relation and merge rows.
const twoClaims = async () => {
  const made = await Promise.all([uniq('claim'), uniq('claim')].map((text) => db.claim.create({ data: { text }, select: { id: true } })));
  return made.map((c) => c.id).sort((x, y) => x - y) as [number, number];
};
const relationsOf = (id: number) =>
  db.claimRelation.findMany({ where: { OR: [{ claimAId: id }, { claimBId: id }] }, orderBy: { id: 'asc' } });


// Claims, documents and events for the capture rows (issue 4), made straight in the database.
const claimRow = (id: number) => db.claim.findUnique({ where: { id }, include: { attributions: true, revisions: true } });
const makeClaim = (data: { deletedAt?: Date } = {}) => db.claim.create({ data: { text: uniq('Claim'), ...data }, select: { id: true, version: true } });
const makeDocument = () => {
  const url = `https://example.org/${uniq('doc')}`;
  return db.document.create({ data: { url, normalizedUrl: url, title: 'Doc', text: 'Some stored text.', textSha256: '0'.repeat(64) }, select: { id: true } });
};

const WRITE_PATHS: WritePath[] = [
  // ── API routes ─────────────────────────────────────────────────────────────────────────────
  {
    key: 'POST app/api/v1/sources/route.ts',
    minimum: sourceRoles.create,
    arrange: async () => {
      const { slug } = await createTestAlignment();
      const name = uniq('New source');
      return {
        call: route(sourcesRoute.POST, 'POST', '/api/v1/sources', { name, kind: 'outlet', alignmentSlug: slug }),
        snapshot: () => db.source.count({ where: { name } }),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/sources/[id]/route.ts',
    minimum: sourceRoles.editDetails,
    arrange: async () => {
      const s = await createTestSource();
      return {
        call: route(sourceRoute.PATCH, 'PATCH', `/api/v1/sources/${s.id}`, { name: uniq('Renamed'), version: s.version }, { id: String(s.id) }),
        snapshot: () => sourceRow(s.id),
      };
    },
  },
  {
    key: 'PUT app/api/v1/sources/[id]/rating/route.ts',
    minimum: ratingRoles.rate,
    arrange: async () => {
      const s = await createTestSource();
      return {
        call: route(ratingRoute.PUT, 'PUT', `/api/v1/sources/${s.id}/rating`, { reliability: 'B', rationale: RATIONALE, version: 0 }, { id: String(s.id) }),
        snapshot: () => sourceRow(s.id),
      };
    },
  },
  {
    key: 'POST app/api/v1/alignments/route.ts',
    minimum: alignmentRoles.create,
    arrange: async () => {
      const slug = uniq('new');
      return {
        call: route(alignmentsRoute.POST, 'POST', '/api/v1/alignments', { slug, label: 'Pro-something', color: '#aa5500' }),
        snapshot: () => alignmentRow(slug),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/alignments/[slug]/route.ts',
    minimum: alignmentRoles.edit,
    arrange: async () => {
      const { slug, version } = await createTestAlignment();
      return {
        call: route(alignmentRoute.PATCH, 'PATCH', `/api/v1/alignments/${slug}`, { label: 'Renamed', color: '#000000', version }, { slug }),
        snapshot: () => alignmentRow(slug),
      };
    },
  },
  {
    key: 'POST app/api/v1/tokens/route.ts',
    minimum: tokenRoles.create,
    sessionOnly: true,
    arrange: async () => {
      const name = uniq('script');
      return {
        call: route(tokensRoute.POST, 'POST', '/api/v1/tokens', { name }),
        snapshot: () => db.apiToken.count({ where: { name } }),
      };
    },
  },
  {
    key: 'DELETE app/api/v1/tokens/[id]/route.ts',
    minimum: tokenRoles.revoke,
    arrange: async (as) => {
      const t = await db.apiToken.create({ data: { userId: as.reviewer.id, name: uniq('t'), tokenHash: uniq('h'), tokenPrefix: 'cc_x' } });
      return {
        call: route(tokenRoute.DELETE, 'DELETE', `/api/v1/tokens/${t.id}`, undefined, { id: String(t.id) }),
        snapshot: () => db.apiToken.findUnique({ where: { id: t.id }, select: { revokedAt: true } }),
      };
    },
  },
  // ── Server actions (cookie sessions only) ──────────────────────────────────────────────────
  {
    key: 'app/sources/[id]/actions.ts#rateSourceAction',
    minimum: ratingRoles.rate,
    arrange: async () => {
      const s = await createTestSource();
      return {
        call: action(rateSourceHandler, { sourceId: s.id, reliability: 'C', rationale: RATIONALE, version: 0 }),
        snapshot: () => sourceRow(s.id),
      };
    },
  },
  {
    key: 'app/sources/[id]/actions.ts#updateSourceAction',
    minimum: sourceRoles.editDetails,
    arrange: async () => {
      const s = await createTestSource();
      return {
        call: action(updateSourceHandler, { sourceId: s.id, name: uniq('Renamed'), kind: 'monitor', version: s.version }),
        snapshot: () => sourceRow(s.id),
      };
    },
  },
  {
    key: 'app/account/actions.ts#createTokenAction',
    minimum: tokenRoles.create,
    arrange: async () => {
      const name = uniq('script');
      return { call: action(createTokenHandler, { name }), snapshot: () => db.apiToken.count({ where: { name } }) };
    },
  },
  {
    key: 'app/account/actions.ts#revokeTokenAction',
    minimum: tokenRoles.revoke,
    arrange: async (as) => {
      const t = await db.apiToken.create({ data: { userId: as.reviewer.id, name: uniq('t'), tokenHash: uniq('h'), tokenPrefix: 'cc_x' } });
      return {
        call: action(revokeTokenHandler, { tokenId: t.id }),
        snapshot: () => db.apiToken.findUnique({ where: { id: t.id }, select: { revokedAt: true } }),
      };
    },
  },
  {
    key: 'app/admin/users/actions.ts#inviteUserAction',
    minimum: userRoles.invite,
    arrange: async () => {
      const email = `${uniq('invitee')}@crosscheck.test`;
      return {
        call: action(inviteUserHandler, { email, name: 'Invitee', role: 'reviewer' }),
        snapshot: () => db.user.count({ where: { email } }),
      };
    },
  },
  {
    key: 'app/admin/users/actions.ts#changeRoleAction',
    minimum: userRoles.changeRole,
    arrange: async () => {
      const target = await createActor('reviewer');
      return { call: action(changeRoleHandler, { userId: target.id, role: 'editor' }), snapshot: () => userRow(target.id) };
    },
  },
  {
    key: 'app/admin/users/actions.ts#setStatusAction',
    minimum: userRoles.setStatus,
    arrange: async () => {
      const target = await createActor('reviewer');
      return { call: action(setStatusHandler, { userId: target.id, status: 'disabled' }), snapshot: () => userRow(target.id) };
    },
  },
  {
    key: 'app/admin/users/actions.ts#reissueLinkAction',
    minimum: userRoles.reissueLink,
    arrange: async () => {
      const target = await createActor('reviewer');
      return { call: action(reissueLinkHandler, { userId: target.id }), snapshot: () => userRow(target.id) };
    },
  },
  {
    key: 'app/admin/alignments/actions.ts#createAlignmentAction',
    minimum: alignmentRoles.create,
    arrange: async () => {
      const slug = uniq('new');
      return { call: action(createAlignmentHandler, { slug, label: 'New one', color: '#224466' }), snapshot: () => alignmentRow(slug) };
    },
  },
  {
    key: 'app/admin/alignments/actions.ts#updateAlignmentAction',
    minimum: alignmentRoles.edit,
    arrange: async () => {
      const a = await createTestAlignment();
      return {
        call: action(updateAlignmentHandler, { slug: a.slug, label: 'Renamed', retired: 'true', version: a.version }),
        snapshot: () => alignmentRow(a.slug),
      };
    },
  },
  // ── Capture: claims, attributions, documents, events (issue 4) ──────────────────────────────
  {
    key: 'POST app/api/v1/claims/route.ts',
    minimum: claimRoles.create,
    arrange: async () => {
      const s = await createTestSource();
      const text = uniq('Captured claim');
      return {
        call: route(claimsRoute.POST, 'POST', '/api/v1/claims', { text, attributions: [{ sourceId: s.id, role: 'asserts' }] }),
        snapshot: () => db.claim.count({ where: { text } }),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/claims/[id]/route.ts',
    minimum: claimRoles.edit,
    arrange: async () => {
      const c = await makeClaim();
      return { call: route(claimRoute.PATCH, 'PATCH', `/api/v1/claims/${c.id}`, { text: uniq('Edited'), version: c.version }, { id: String(c.id) }), snapshot: () => claimRow(c.id) };
    },
  },
  {
    key: 'DELETE app/api/v1/claims/[id]/route.ts',
    minimum: claimRoles.delete,
    arrange: async () => {
      const c = await makeClaim();
      return { call: route(claimRoute.DELETE, 'DELETE', `/api/v1/claims/${c.id}`, undefined, { id: String(c.id) }), snapshot: () => claimRow(c.id) };
    },
  },
  {
    key: 'POST app/api/v1/claims/[id]/restore/route.ts',
    minimum: claimRoles.restore,
    arrange: async () => {
      const c = await makeClaim({ deletedAt: new Date() });
      return { call: route(claimRestoreRoute.POST, 'POST', `/api/v1/claims/${c.id}/restore`, {}, { id: String(c.id) }), snapshot: () => claimRow(c.id) };
    },
  },
  {
    key: 'POST app/api/v1/claims/[id]/attributions/route.ts',
    minimum: attributionRoles.add,
    arrange: async () => {
      const [c, s] = await Promise.all([makeClaim(), createTestSource()]);
      return {
        call: route(claimAttributionsRoute.POST, 'POST', `/api/v1/claims/${c.id}/attributions`, { sourceId: s.id, role: 'asserts' }, { id: String(c.id) }),
        snapshot: () => claimRow(c.id),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/claims/[id]/attributions/[attributionId]/route.ts',
    minimum: attributionRoles.edit,
    arrange: async () => {
      const [c, s] = await Promise.all([makeClaim(), createTestSource()]);
      const a = await db.attribution.create({ data: { claimId: c.id, sourceId: s.id, role: 'asserts' }, select: { id: true } });
      return {
        call: route(claimAttributionRoute.PATCH, 'PATCH', `/api/v1/claims/${c.id}/attributions/${a.id}`, { venue: 'Telegram', version: c.version }, { id: String(c.id), attributionId: String(a.id) }),
        snapshot: () => db.attribution.findUnique({ where: { id: a.id } }),
      };
    },
  },
  {
    key: 'DELETE app/api/v1/claims/[id]/attributions/[attributionId]/route.ts',
    minimum: attributionRoles.remove,
    arrange: async () => {
      const [c, s] = await Promise.all([makeClaim(), createTestSource()]);
      const a = await db.attribution.create({ data: { claimId: c.id, sourceId: s.id, role: 'asserts' }, select: { id: true } });
      return {
        call: route(claimAttributionRoute.DELETE, 'DELETE', `/api/v1/claims/${c.id}/attributions/${a.id}`, undefined, { id: String(c.id), attributionId: String(a.id) }),
        snapshot: () => claimRow(c.id),
      };
    },
  },
  {
    key: 'POST app/api/v1/documents/route.ts',
    minimum: documentRoles.create,
    arrange: async () => {
      const url = `https://example.org/${uniq('new-doc')}`;
      return {
        call: route(documentsRoute.POST, 'POST', '/api/v1/documents', { url, title: 'A report', text: 'The stored text.' }),
        snapshot: () => db.document.count({ where: { url } }),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/documents/[id]/route.ts',
    minimum: documentRoles.edit,
    arrange: async () => {
      const d = await makeDocument();
      return {
        call: route(documentRoute.PATCH, 'PATCH', `/api/v1/documents/${d.id}`, { removedAtSource: true, version: 1 }, { id: String(d.id) }),
        snapshot: () => db.document.findUnique({ where: { id: d.id } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/events/route.ts',
    minimum: eventRoles.create,
    arrange: async () => {
      const title = uniq('Clashes near');
      return { call: route(eventsRoute.POST, 'POST', '/api/v1/events', { title }), snapshot: () => db.event.count({ where: { title } }) };
    },
  },
  {
    key: 'PATCH app/api/v1/events/[id]/route.ts',
    minimum: eventRoles.edit,
    arrange: async () => {
      const e = await db.event.create({ data: { title: uniq('Clashes near') }, select: { id: true } });
      return { call: route(eventRoute.PATCH, 'PATCH', `/api/v1/events/${e.id}`, { title: uniq('Renamed'), version: 1 }, { id: String(e.id) }), snapshot: () => eventRow(e.id) };
    },
  },
  {
    key: 'PATCH app/api/v1/claims/[id]/review/route.ts',
    minimum: reviewRoles.review,
    arrange: async () => {
      const c = await makeClaim();
      return { call: route(claimReviewRoute.PATCH, 'PATCH', `/api/v1/claims/${c.id}/review`, { status: 'in_review', version: c.version }, { id: String(c.id) }), snapshot: () => claimRow(c.id) };
    },
  },
  {
    key: 'PATCH app/api/v1/events/[id]/review/route.ts',
    minimum: reviewRoles.review,
    arrange: async () => {
      const e = await db.event.create({ data: { title: uniq('Clashes near') }, select: { id: true } });
      return { call: route(eventReviewRoute.PATCH, 'PATCH', `/api/v1/events/${e.id}/review`, { status: 'in_review', version: 1 }, { id: String(e.id) }), snapshot: () => eventRow(e.id) };
    },
  },
  {
    key: 'DELETE app/api/v1/events/[id]/route.ts',
    minimum: eventRoles.delete,
    arrange: async () => {
      const e = await db.event.create({ data: { title: uniq('Clashes near') }, select: { id: true } });
      return { call: route(eventRoute.DELETE, 'DELETE', `/api/v1/events/${e.id}`, {}, { id: String(e.id) }), snapshot: () => eventRow(e.id) };
    },
  },
  {
    key: 'POST app/api/v1/events/[id]/restore/route.ts',
    minimum: eventRoles.restore,
    arrange: async () => {
      const e = await db.event.create({ data: { title: uniq('Clashes near'), deletedAt: new Date() }, select: { id: true } });
      return { call: route(eventRestoreRoute.POST, 'POST', `/api/v1/events/${e.id}/restore`, {}, { id: String(e.id) }), snapshot: () => eventRow(e.id) };
    },
  },
  {
    key: 'DELETE app/api/v1/sources/[id]/route.ts',
    minimum: sourceRoles.delete,
    arrange: async () => {
      const s = await createTestSource();
      return { call: route(sourceRoute.DELETE, 'DELETE', `/api/v1/sources/${s.id}`, {}, { id: String(s.id) }), snapshot: () => sourceRow(s.id) };
    },
  },
  {
    key: 'POST app/api/v1/sources/[id]/restore/route.ts',
    minimum: sourceRoles.restore,
    arrange: async () => {
      const s = await createTestSource();
      await db.source.update({ where: { id: s.id }, data: { deletedAt: new Date() } });
      return { call: route(sourceRestoreRoute.POST, 'POST', `/api/v1/sources/${s.id}/restore`, {}, { id: String(s.id) }), snapshot: () => sourceRow(s.id) };
    },
  },
  {
    key: 'POST app/api/v1/sources/[id]/merge/route.ts',
    minimum: sourceRoles.merge,
    arrange: async () => {
      const [kept, dupe] = await Promise.all([createTestSource(), createTestSource()]);
      const body = { mergeId: dupe.id, reason: 'The same outlet, created twice.', version: kept.version, keepRating: 'kept', ratingRationale: RATIONALE };
      return {
        call: route(sourceMergeRoute.POST, 'POST', `/api/v1/sources/${kept.id}/merge`, body, { id: String(kept.id) }),
        snapshot: () => db.source.findMany({ where: { id: { in: [kept.id, dupe.id] } }, include: { ratingRevisions: true }, orderBy: { id: 'asc' } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/conflicts/route.ts',
    minimum: conflictRoles.create,
    arrange: async () => {
      const name = uniq('War in');
      return { call: route(conflictsRoute.POST, 'POST', '/api/v1/conflicts', { name }), snapshot: () => db.conflict.count({ where: { name } }) };
    },
  },
  {
    key: 'PATCH app/api/v1/conflicts/[id]/route.ts',
    minimum: conflictRoles.edit,
    arrange: async () => {
      const c = await db.conflict.create({ data: { name: uniq('War in') }, select: { id: true } });
      return {
        call: route(conflictRoute.PATCH, 'PATCH', `/api/v1/conflicts/${c.id}`, { description: 'Renamed', version: 1 }, { id: String(c.id) }),
        snapshot: () => db.conflict.findUnique({ where: { id: c.id } }),
      };
    },
  },
  {
    key: 'PUT app/api/v1/sources/[id]/conflict-alignments/[conflictId]/route.ts',
    minimum: conflictRoles.setSourceAlignment,
    arrange: async () => {
      const [s, c] = await Promise.all([createTestSource(), db.conflict.create({ data: { name: uniq('War in') }, select: { id: true } })]);
      const body = { alignmentSlug: s.alignmentSlug, reason: 'Its alignment in this war.' };
      return {
        call: route(sourceConflictAlignmentRoute.PUT, 'PUT', `/api/v1/sources/${s.id}/conflict-alignments/${c.id}`, body, { id: String(s.id), conflictId: String(c.id) }),
        snapshot: () => db.sourceConflictAlignment.findMany({ where: { sourceId: s.id } }),
      };
    },
  },
  {
    key: 'DELETE app/api/v1/sources/[id]/conflict-alignments/[conflictId]/route.ts',
    minimum: conflictRoles.removeSourceAlignment,
    arrange: async () => {
      const [s, c] = await Promise.all([createTestSource(), db.conflict.create({ data: { name: uniq('War in') }, select: { id: true } })]);
      await db.sourceConflictAlignment.create({ data: { sourceId: s.id, conflictId: c.id, alignmentSlug: s.alignmentSlug, reason: 'Its alignment in this war.' } });
      return {
        call: route(sourceConflictAlignmentRoute.DELETE, 'DELETE', `/api/v1/sources/${s.id}/conflict-alignments/${c.id}`, { reason: 'Back to its default here.' }, { id: String(s.id), conflictId: String(c.id) }),
        snapshot: () => db.sourceConflictAlignment.findMany({ where: { sourceId: s.id } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/sources/[id]/unmerge/route.ts',
    minimum: sourceRoles.unmerge,
    arrange: async (as) => {
      const [kept, dupe] = await Promise.all([createTestSource(), createTestSource()]);
      const merge = { mergeId: dupe.id, reason: 'The same outlet, created twice.', version: kept.version, keepRating: 'kept', ratingRationale: RATIONALE };
      expect(await route(sourceMergeRoute.POST, 'POST', `/api/v1/sources/${kept.id}/merge`, merge, { id: String(kept.id) })({ kind: 'token', actor: as.editor })).toBe(200);
      return {
        call: route(sourceUnmergeRoute.POST, 'POST', `/api/v1/sources/${dupe.id}/unmerge`, { reason: 'Two outlets after all.' }, { id: String(dupe.id) }),
        snapshot: () => db.source.findMany({ where: { id: { in: [kept.id, dupe.id] } }, include: { ratingRevisions: true }, orderBy: { id: 'asc' } }),
      };
    },
  },
  {
    key: 'app/claims/[id]/claim-actions.ts#setCredibilityAction',
    minimum: claimRoles.setCredibility,
    arrange: async () => {
      const c = await makeClaim();
      return {
        call: action(setCredibilityHandler, { claimId: c.id, credibility: 2, credibilityReason: 'Confirmed by two monitors.', version: c.version }),
        snapshot: () => claimRow(c.id),
      };
    },
  },
  {
    key: 'app/claims/[id]/claim-actions.ts#deleteClaimAction',
    minimum: claimRoles.delete,
    arrange: async () => {
      const c = await makeClaim();
      return { call: action(deleteClaimHandler, { claimId: c.id, version: c.version }), snapshot: () => claimRow(c.id) };
    },
  },
  {
    key: 'app/claims/[id]/claim-actions.ts#restoreClaimAction',
    minimum: claimRoles.restore,
    arrange: async () => {
      const c = await makeClaim({ deletedAt: new Date() });
      return { call: action(restoreClaimHandler, { claimId: c.id, version: c.version }), snapshot: () => claimRow(c.id) };
    },
  },
  // ── Relations and merges (issue 5) ─────────────────────────────────────────────────────────
  {
    key: 'POST app/api/v1/claims/[id]/relations/route.ts',
    minimum: relationRoles.link,
    arrange: async () => {
      const [a, b] = await twoClaims();
      return {
        call: route(claimRelationsRoute.POST, 'POST', `/api/v1/claims/${a}/relations`, { targetClaimId: b, type: 'contradicts', disputes: ['figures'] }, { id: String(a) }),
        snapshot: () => relationsOf(a),
      };
    },
  },
  {
    key: 'DELETE app/api/v1/relations/[id]/route.ts',
    minimum: relationRoles.unlink,
    arrange: async () => {
      const [a, b] = await twoClaims();
      const r = await db.claimRelation.create({ data: { claimAId: a, claimBId: b, type: 'supports', subjectClaimId: a } });
      return {
        call: route(relationRoute.DELETE, 'DELETE', `/api/v1/relations/${r.id}`, undefined, { id: String(r.id) }),
        snapshot: () => relationsOf(a),
      };
    },
  },
  {
    key: 'POST app/api/v1/claims/[id]/merge/route.ts',
    minimum: relationRoles.merge,
    arrange: async () => {
      const [a, b] = await twoClaims();
      await db.claimRelation.create({ data: { claimAId: a, claimBId: b, type: 'same_as' } });
      return {
        call: route(claimMergeRoute.POST, 'POST', `/api/v1/claims/${a}/merge`, { mergeId: b }, { id: String(a) }),
        snapshot: () => db.claim.findMany({ where: { id: { in: [a, b] } }, select: { id: true, mergedIntoId: true, version: true }, orderBy: { id: 'asc' } }),
      };
    },
  },
  {
    key: 'app/claims/[id]/relation-actions.ts#linkClaimAction',
    minimum: relationRoles.link,
    arrange: async () => {
      const [a, b] = await twoClaims();
      return {
        call: action(linkClaimHandler, { claimId: a, targetClaimId: b, type: 'same_as', note: 'Same report.' }),
        snapshot: () => relationsOf(a),
      };
    },
  },
  {
    key: 'app/claims/[id]/relation-actions.ts#removeRelationAction',
    minimum: relationRoles.unlink,
    arrange: async () => {
      const [a, b] = await twoClaims();
      const r = await db.claimRelation.create({ data: { claimAId: a, claimBId: b, type: 'contradicts' } });
      return { call: action(removeRelationHandler, { relationId: r.id }), snapshot: () => relationsOf(a) };
    },
  },
  {
    key: 'app/claims/[id]/relation-actions.ts#mergeClaimAction',
    minimum: relationRoles.merge,
    arrange: async () => {
      const [a, b] = await twoClaims();
      await db.claimRelation.create({ data: { claimAId: a, claimBId: b, type: 'same_as' } });
      return {
        call: action(mergeClaimHandler, { claimId: a, mergeId: b }),
        snapshot: () => db.claim.findMany({ where: { id: { in: [a, b] } }, select: { id: true, mergedIntoId: true, version: true }, orderBy: { id: 'asc' } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/exchange/import/route.ts',
    minimum: alignmentRoles.create,
    beyondRoute: 'the route lets reviewers in; a new alignment in the file needs what POST /api/v1/alignments needs',
    arrange: async () => {
      const slug = uniq('imported');
      const at = '2020-07-01T00:00:00.000Z';
      const file = [
        { type: 'header', format: 'crosscheck-export', version: 1, exportedAt: at, generator: 'test', scope: { event: null } },
        { type: 'alignment', slug, label: 'Imported', color: '#336699', description: null, sortOrder: 100, retiredAt: null, version: 1, createdAt: at, updatedAt: at },
      ].map((r) => JSON.stringify(r)).join('\n');
      return {
        call: async (caller) => (await exchangeImportRoute.POST(new Request(`${TEST_ORIGIN}/api/v1/exchange/import`, { method: 'POST', headers: headersFor(caller), body: file }))).status,
        snapshot: () => alignmentRow(slug),
      };
    },
  },
  {
    key: 'POST app/api/v1/imports/route.ts',
    minimum: importRoles.claimRows,
    arrange: async () => {
      const externalId = uniq('bulk-import');
      const line = JSON.stringify({
        id: externalId,
        text: `Imported claim ${externalId}`,
        attributions: [{ source: { id: uniq('bulk-source'), name: uniq('Bulk source'), kind: 'outlet', alignment: 'unknown' }, role: 'asserts' }],
      });
      return {
        // The answer streams; reading it to the end lets the import finish before the snapshot.
        call: async (caller) => {
          const response = await bulkImportRoute.POST(
            new Request(`${TEST_ORIGIN}/api/v1/imports?format=jsonl`, { method: 'POST', headers: headersFor(caller), body: line }),
          );
          await response.text();
          return response.status;
        },
        snapshot: () => db.claim.findMany({ where: { externalId }, select: { id: true } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/claims/[id]/comments/route.ts',
    minimum: commentRoles.create,
    arrange: async () => {
      const c = await makeClaim();
      return {
        call: route(claimCommentsRoute.POST, 'POST', `/api/v1/claims/${c.id}/comments`, { body: 'Who shelled Kansafrah first?' }, { id: String(c.id) }),
        snapshot: () => db.comment.findMany({ where: { claimId: c.id } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/events/[id]/comments/route.ts',
    minimum: commentRoles.create,
    arrange: async () => {
      const e = await db.event.create({ data: { title: uniq('Event') }, select: { id: true } });
      return {
        call: route(eventCommentsRoute.POST, 'POST', `/api/v1/events/${e.id}/comments`, { body: 'Check the OCHA update.' }, { id: String(e.id) }),
        snapshot: () => db.comment.findMany({ where: { eventId: e.id } }),
      };
    },
  },
  {
    key: 'PATCH app/api/v1/comments/[id]/route.ts',
    // Beyond the role: only the comment's author, within its edit window (test/integration/comments.test.ts).
    minimum: commentRoles.edit,
    arrange: async (as) => {
      const c = await makeClaim();
      // Written by the least role's actor: only the author may edit it.
      const comment = await db.comment.create({ data: { claimId: c.id, authorId: as.reviewer.id, body: 'Draft.' }, select: { id: true } });
      return {
        call: route(commentRoute.PATCH, 'PATCH', `/api/v1/comments/${comment.id}`, { body: uniq('Edited'), version: 1 }, { id: String(comment.id) }),
        snapshot: () => db.comment.findUnique({ where: { id: comment.id }, include: { revisions: true } }),
      };
    },
  },
  {
    key: 'POST app/api/v1/comments/[id]/hide/route.ts',
    minimum: commentRoles.hide,
    arrange: async (as) => {
      const c = await makeClaim();
      const comment = await db.comment.create({ data: { claimId: c.id, authorId: as.reviewer.id, body: 'Names a witness.' }, select: { id: true } });
      return {
        call: route(commentHideRoute.POST, 'POST', `/api/v1/comments/${comment.id}/hide`, { reason: 'Personal details.' }, { id: String(comment.id) }),
        snapshot: () => db.comment.findUnique({ where: { id: comment.id } }),
      };
    },
  },
  // Other engineers: add rows for your write routes and server actions here.
];

// Write paths with no role: the credential is something else, tested in their own files.
const NOT_ROLE_GATED: Record<string, string> = {
  'app/set-password/actions.ts#setPasswordAction': 'the one-time link is the credential (test/integration/users.test.ts)',
};

const ROOT = path.resolve(import.meta.dirname, '../..');
const RANKED: Role[] = ['reviewer', 'editor', 'admin'];

/** Server actions: any module-level 'use server' file, whatever its name, exports them. */
function discoverServerActions(): string[] {
  const found: string[] = [];
  for (const f of readdirSync(path.join(ROOT, 'app'), { recursive: true, encoding: 'utf8' })) {
    const rel = `app/${f.split(path.sep).join('/')}`;
    if (!/\.(ts|tsx)$/.test(rel)) continue;
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    if (!/^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*['"]use server['"]/.test(text)) continue;
    for (const m of text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)/g)) found.push(`${rel}#${m[1] ?? m[2]}`);
  }
  return [...new Set(found)].sort();
}

/** What is wrong between a write route's contract and its row in the table. */
function disagreement(contract: RouteContract, row: WritePath | undefined): string | null {
  if (!row) return 'no row';
  const declared = contract.access as Role;
  if (row.beyondRoute ? RANKED.indexOf(row.minimum) <= RANKED.indexOf(declared) : row.minimum !== declared) {
    return `the row says ${row.minimum}, the contract ${declared}${row.beyondRoute ? ' (beyondRoute needs a higher role)' : ''}`;
  }
  if (Boolean(row.sessionOnly) !== Boolean(contract.sessionOnly)) return `sessionOnly: row ${Boolean(row.sessionOnly)}, contract ${Boolean(contract.sessionOnly)}`;
  return null;
}

let actors: Actors;
let disabledAdmin: TestActor;

beforeAll(async () => {
  const [reviewer, editor, admin, disabled] = await Promise.all([
    createActor('reviewer'), createActor('editor'), createActor('admin'), createActor('admin'),
  ]);
  // Disabled after its token and cookie were issued: the status is re-read on every request.
  await db.user.update({ where: { id: disabled.id }, data: { status: 'disabled' } });
  actors = { reviewer, editor, admin };
  disabledAdmin = disabled;
});

describe('every write path is in the authorization table', () => {
  it('declares every route handler by a contract whose method and path match its file', async () => {
    const wrong = (await routeHandlerExports())
      .filter(({ method, path: url, contract }) => contract?.method !== method || contract.path !== url)
      .map(({ method, file, contract }) => `${method} ${file}: ${contract ? contractKey(contract) : 'no contract (wrap it in defineRoute)'}`);
    expect(wrong).toEqual([]);
  });

  it('has a row for each write route, with the least role its contract declares', async () => {
    const rows = new Map(WRITE_PATHS.map((w) => [w.key, w]));
    const problems: string[] = [];
    const routeKeys = new Set<string>();
    for (const { file, method, contract } of await routeHandlerExports()) {
      // Reads behind a role (one's own tokens, the export) change nothing to snapshot here.
      if (!contract || contract.access === 'reader' || method === 'GET') continue;
      const key = `${method} ${file}`;
      routeKeys.add(key);
      const wrong = disagreement(contract, rows.get(key));
      if (wrong) problems.push(`${key}: ${wrong}`);
    }
    const stale = WRITE_PATHS.filter((w) => !w.key.includes('#') && !routeKeys.has(w.key)).map((w) => `${w.key}: no such write route`);
    expect([...problems, ...stale], 'WRITE_PATHS in test/integration/authorization.test.ts').toEqual([]);
  });

  it('lists each server action', () => {
    const listed = new Set([...WRITE_PATHS.map((w) => w.key), ...Object.keys(NOT_ROLE_GATED)]);
    const missing = discoverServerActions().filter((k) => !listed.has(k));
    expect(missing, 'add these to WRITE_PATHS in test/integration/authorization.test.ts').toEqual([]);
  });
});

describe.each(WRITE_PATHS)('$key (least role: $minimum)', ({ key, minimum, sessionOnly, arrange }) => {
  const isAction = key.includes('#');

  it('refuses anonymous, lower roles, disabled users and cross-site cookies, changing nothing', async () => {
    const { call, snapshot } = await arrange(actors);
    const before = await snapshot();
    const ids = [...Object.values(actors), disabledAdmin].map((a) => a.id);
    const auditBefore = await db.auditEntry.count({ where: { actorId: { in: ids } } });

    expect(await call({ kind: 'anonymous' })).toBe(401);
    for (const role of RANKED.slice(0, RANKED.indexOf(minimum))) {
      expect(await call({ kind: 'cookie', actor: actors[role] }), `${role} by cookie`).toBe(403);
      if (!isAction) expect(await call({ kind: 'token', actor: actors[role] }), `${role} by token`).toBe(403);
    }
    expect(await call({ kind: 'cookie', actor: disabledAdmin }), 'disabled by cookie').toBe(401);
    if (!isAction) expect(await call({ kind: 'token', actor: disabledAdmin }), 'disabled by token').toBe(401);
    expect(await call({ kind: 'cookie', actor: actors.admin, origin: 'https://evil.example' }), 'cross-site').toBe(403);

    expect(await snapshot()).toEqual(before);
    expect(await db.auditEntry.count({ where: { actorId: { in: ids } } })).toBe(auditBefore);
  });

  it(`lets a ${minimum} through`, async () => {
    const { call, snapshot } = await arrange(actors);
    const before = await snapshot();
    const actor = actors[minimum];
    const lastAudit = await db.auditEntry.findFirst({ where: { actorId: actor.id }, orderBy: { id: 'desc' }, select: { id: true } });
    const status = await call(isAction || sessionOnly ? { kind: 'cookie', actor } : { kind: 'token', actor });
    expect([200, 201]).toContain(status);
    expect(await snapshot()).not.toEqual(before);
    // Every write is audited, with what it changed.
    const entry = await db.auditEntry.findFirst({ where: { actorId: actor.id, id: { gt: lastAudit?.id ?? 0 } }, orderBy: { id: 'desc' } });
    expect(entry, 'audit entry').not.toBeNull();
    expect(entry!.after ?? entry!.before).not.toBeNull();
  });
});
