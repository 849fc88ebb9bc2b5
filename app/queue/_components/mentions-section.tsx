import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { formatTimestamp } from '@/lib/claims/claim-format';
import { listMentionsOfViewer } from '@/lib/comments/comment-queries.server';
import { MentionListQuerySchema } from '@/lib/comments/comment-schemas';
import { parseTrail, type PagerLinks } from '@/lib/pagination/cursor-trail';
import { Pager } from '@/app/_components/pager';

const EXCERPT = 200;
const FIRST_PAGE = '.';

/**
 * The queue's "Mentions of me": comments whose @handle names the viewer, newest first, keyset
 * paged with its own `mentions` / `mentionsBack` parameters so the page's other sections keep
 * their place. `searchParams` are the queue page's, passed through for the links.
 */
export async function MentionsSection({ viewer, searchParams }: { viewer: Viewer; searchParams: Record<string, string | string[] | undefined> }) {
  if (!viewer) return null;
  const values = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = MentionListQuerySchema.safeParse({ cursor: values.mentions, limit: 10 });
  const page = await listMentionsOfViewer(viewer, parsed.success ? parsed.data : { limit: 10 });
  const links = sectionLinks(values, parsed.success ? values.mentions : undefined, page.nextCursor);
  return (
    <section aria-labelledby="mentions-heading" id="mentions">
      <h2 id="mentions-heading">Mentions of me <span className="muted small">({page.count})</span></h2>
      {!parsed.success && <p className="empty" role="status">That page link was not valid; showing the newest mentions.</p>}
      {page.items.length === 0 ? (
        <p className="empty">Nobody has mentioned you in a comment yet.</p>
      ) : (
        <ol className="item-list">
          {page.items.map((m) => {
            const href = `/${m.on.kind === 'claim' ? 'claims' : 'events'}/${m.on.id}#comment-${m.commentId}`;
            const title = m.on.title.length > 120 ? `${m.on.title.slice(0, 119)}…` : m.on.title;
            const body = m.body.length > EXCERPT ? `${m.body.slice(0, EXCERPT - 1)}…` : m.body;
            return (
              <li key={m.commentId}>
                <p className="item-meta">
                  <strong>{m.author.name}</strong> on {m.on.kind} <Link href={href} dir="auto">{title}</Link>
                  <time dateTime={m.mentionedAt}>{formatTimestamp(m.mentionedAt)}</time>
                </p>
                <p dir="auto" className="small">{body}</p>
              </li>
            );
          })}
        </ol>
      )}
      <Pager links={links} label="Mentions pages" />
    </section>
  );
}

/** Previous/next for this section only, keeping every other parameter of the page. */
function sectionLinks(values: Record<string, string | undefined>, cursor: string | undefined, nextCursor: string | null): PagerLinks {
  const trail = parseTrail(values.mentionsBack);
  const href = (c: string | undefined, back: string[]) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v && k !== 'mentions' && k !== 'mentionsBack') params.set(k, v);
    if (c) params.set('mentions', c);
    if (back.length) params.set('mentionsBack', back.join(','));
    const qs = params.toString();
    return `/queue${qs ? `?${qs}` : ''}#mentions`;
  };
  const next = nextCursor ? href(nextCursor, [...trail, cursor || FIRST_PAGE].slice(-50)) : null;
  let previous: string | null = null;
  if (trail.length) {
    const target = trail[trail.length - 1];
    previous = href(target === FIRST_PAGE ? undefined : target, trail.slice(0, -1));
  } else if (cursor) previous = href(undefined, []);
  return { previous, next };
}
