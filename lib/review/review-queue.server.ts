import 'server-only';
import { sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '@/lib/pagination/cursor';
import { reviewRoles } from './review-permissions';

// The review desk's queue: what needs a signed-in reviewer's attention, section by section.
// Each section is a keyset-paged list (newest first on its own time, then kind and id) with a
// count. A section is one SQL source of rows; paging and counting read the same source, so the
// count and the pages cannot disagree.

export const QUEUE_SECTIONS = ['assigned', 'contested', 'relays', 'inReview', 'settled'] as const;
export type QueueSection = (typeof QUEUE_SECTIONS)[number];

export type QueueItem = {
  kind: 'claim' | 'event';
  id: number;
  title: string;
  status: ReviewStatus;
  /** When it entered the section as far as the list knows: its last change, or the relay's. */
  at: Date;
  /** For a new relay: the source that relays the reviewed claim. */
  note: string | null;
};
export type QueueSectionPage = { items: QueueItem[]; nextCursor: string | null; count: number };

type Row = { kind: 'claim' | 'event'; id: number; uid: number; title: string; status: ReviewStatus; at: Date; note: string | null };

const LIVE_CLAIM = Prisma.sql`c.deleted_at IS NULL AND c.merged_into_id IS NULL`;
const OPEN = Prisma.raw(`('new', 'in_review', 'needs_more_evidence')`);

// Every source yields kind, id, uid (the paging id: the claim's, the event's or the relay's),
// title, status, at and note.
function sourceOf(section: QueueSection, viewerId: number): Prisma.Sql {
  switch (section) {
    case 'assigned':
      return Prisma.sql`
        SELECT 'claim' AS kind, c.id, c.id AS uid, c.text AS title, c.review_status::text AS status, c.updated_at AS at, NULL::text AS note
        FROM claims c WHERE c.assignee_id = ${viewerId} AND ${LIVE_CLAIM} AND c.review_status::text IN ${OPEN}
        UNION ALL
        SELECT 'event', e.id, e.id, e.title, e.review_status::text, e.updated_at, NULL
        FROM events e WHERE e.assignee_id = ${viewerId} AND e.deleted_at IS NULL AND e.review_status::text IN ${OPEN}`;
    case 'contested':
      // Contested, and nobody has judged it yet: credibility 6, "truth cannot be judged".
      return Prisma.sql`
        SELECT 'claim' AS kind, c.id, c.id AS uid, c.text AS title, c.review_status::text AS status, c.created_at AS at, NULL::text AS note
        FROM claims c WHERE c.contested AND c.credibility = 6 AND ${LIVE_CLAIM}`;
    case 'relays':
      // A relay recorded after the claim was last reviewed: the verdict has not seen it.
      return Prisma.sql`
        SELECT 'claim' AS kind, c.id, a.id AS uid, c.text AS title, c.review_status::text AS status, a.created_at AS at, s.name AS note
        FROM attributions a
        JOIN claims c ON c.id = a.claim_id
        JOIN sources s ON s.id = a.source_id
        WHERE a.role = 'relays' AND c.review_status = 'reviewed' AND ${LIVE_CLAIM}
          AND a.created_at > (SELECT max(r.created_at) FROM claim_revisions r WHERE r.claim_id = c.id AND r.action = 'review')`;
    case 'inReview':
      return Prisma.sql`
        SELECT 'event' AS kind, e.id, e.id AS uid, e.title, e.review_status::text AS status, e.updated_at AS at, NULL::text AS note
        FROM events e WHERE e.review_status = 'in_review' AND e.deleted_at IS NULL`;
    case 'settled':
      return Prisma.sql`
        SELECT 'event' AS kind, e.id, e.id AS uid, e.title, e.review_status::text AS status, e.updated_at AS at, NULL::text AS note
        FROM events e WHERE e.review_status = 'settled' AND e.deleted_at IS NULL`;
  }
}

const PAGE = 10;

function readCursor(raw: string | undefined): { at: Date; kind: string; uid: number } | null {
  if (!raw) return null;
  const cursor = decodeCursor(raw);
  const [iso, kind] = cursor?.key.split('|') ?? [];
  const at = iso ? new Date(iso) : null;
  if (!cursor || !at || Number.isNaN(at.getTime()) || (kind !== 'claim' && kind !== 'event')) throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  return { at, kind, uid: cursor.id };
}

/** One page of one queue section, with the section's count. */
export async function listQueueSection(viewer: Viewer, section: QueueSection, cursor?: string, limit = PAGE): Promise<QueueSectionPage> {
  requireRole(viewer, reviewRoles.review);
  const after = readCursor(cursor);
  const source = sourceOf(section, viewer.id);
  const where = after ? Prisma.sql`WHERE (q.at, q.kind, q.uid) < (${after.at}::timestamptz, ${after.kind}, ${after.uid})` : Prisma.empty;
  const [rows, [{ count }]] = await Promise.all([
    sqlRows<Row>(Prisma.sql`SELECT * FROM (${source}) q ${where} ORDER BY q.at DESC, q.kind DESC, q.uid DESC LIMIT ${limit + 1}`),
    sqlRows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS count FROM (${source}) q`),
  ]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(`${last.at.toISOString()}|${last.kind}`, last.uid) : null;
  return { items: items.map(({ uid: _uid, ...item }) => item), nextCursor, count };
}

/** How much is assigned to the viewer and still open: the header's number. */
export async function countAssignedToMe(viewer: Viewer): Promise<number> {
  requireRole(viewer, reviewRoles.review);
  const [{ count }] = await sqlRows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS count FROM (${sourceOf('assigned', viewer.id)}) q`);
  return count;
}
