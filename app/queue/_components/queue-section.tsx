import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { formatTimestamp } from '@/lib/claims/claim-format';
import { isDomainError } from '@/lib/errors';
import { listQueueSection, type QueueSection as Section, type QueueSectionPage } from '@/lib/review/review-queue.server';
import { REVIEW_STATUS_LABELS } from '@/lib/review/review-schemas';
import { parseTrail, type PagerLinks } from '@/lib/pagination/cursor-trail';
import { Pager } from '@/app/_components/pager';

const FIRST_PAGE = '.';
const TITLE = 120;

type Values = Record<string, string | undefined>;

/**
 * One queue section: a keyset-paged list with its count. Each section pages with its own
 * parameters (`<section>` and `<section>Back`), so the others keep their place.
 */
export async function QueueSection({ viewer, section, heading, empty, values }: {
  viewer: Viewer;
  section: Section;
  heading: string;
  empty: string;
  values: Values;
}) {
  const cursor = values[section];
  let page: QueueSectionPage;
  let badCursor = false;
  try {
    page = await listQueueSection(viewer, section, cursor);
  } catch (e) {
    if (!isDomainError(e) || e.status !== 400) throw e;
    badCursor = true;
    page = await listQueueSection(viewer, section);
  }
  const headingId = `${section}-heading`;
  return (
    <section aria-labelledby={headingId} id={section}>
      <h2 id={headingId}>{heading} <span className="muted small">({page.count})</span></h2>
      {badCursor && <p className="empty" role="status">That page link was not valid; showing the first page.</p>}
      {page.items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ol className="item-list">
          {page.items.map((item) => {
            const title = item.title.length > TITLE ? `${item.title.slice(0, TITLE - 1)}…` : item.title;
            return (
              <li key={`${item.kind}-${item.id}-${item.at.toISOString()}`}>
                <p>
                  <span className="muted small">{item.kind === 'claim' ? `Claim #${item.id}` : `Event #${item.id}`}: </span>
                  <Link href={`/${item.kind === 'claim' ? 'claims' : 'events'}/${item.id}`} dir="auto">{title}</Link>
                </p>
                <p className="item-meta small">
                  <span className="badge">{REVIEW_STATUS_LABELS[item.status]}</span>
                  {item.note && <span dir="auto">relayed by {item.note}</span>}
                  <time dateTime={item.at.toISOString()}>{formatTimestamp(item.at)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <Pager links={sectionLinks(section, values, badCursor ? undefined : cursor, page.nextCursor)} label={`${heading} pages`} />
    </section>
  );
}

/** Previous/next for this section only, keeping every other parameter of the page. */
function sectionLinks(section: Section, values: Values, cursor: string | undefined, nextCursor: string | null): PagerLinks {
  const backKey = `${section}Back`;
  const trail = parseTrail(values[backKey]);
  const href = (c: string | undefined, back: string[]) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v && k !== section && k !== backKey) params.set(k, v);
    if (c) params.set(section, c);
    if (back.length) params.set(backKey, back.join(','));
    const qs = params.toString();
    return `/queue${qs ? `?${qs}` : ''}#${section}`;
  };
  const next = nextCursor ? href(nextCursor, [...trail, cursor || FIRST_PAGE].slice(-50)) : null;
  let previous: string | null = null;
  if (trail.length) {
    const target = trail[trail.length - 1];
    previous = href(target === FIRST_PAGE ? undefined : target, trail.slice(0, -1));
  } else if (cursor) previous = href(undefined, []);
  return { previous, next };
}
