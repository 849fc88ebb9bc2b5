import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { isDomainError } from '@/lib/errors';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { listClaims } from '@/lib/claims/claim-queries.server';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { listEvents } from '@/lib/events/event-queries.server';
import { pagerLinks } from '@/lib/pagination/cursor-trail';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { ClaimSummary } from '@/app/_components/claim-summary';
import { Pager } from '@/app/_components/pager';
import { ClaimFilters } from './_components/claim-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claims' };

const FILTER_KEYS = ['q', 'sourceId', 'alignment', 'eventId', 'credibility', 'contested', 'from', 'to'] as const;

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const values = firstValues(await searchParams);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, values[k]]));
  // `limit` is not in the form, but a link that sets it keeps it from page to page.
  const linkParams = { ...filters, limit: values.limit };
  const viewer = await getCurrentViewer();
  const returnTo = '/claims';

  const parsed = ClaimListQuerySchema.safeParse({ ...filters, cursor: values.cursor, limit: values.limit ?? 20 });
  const [alignments, events, page] = await Promise.all([
    readForPage(() => listAlignments(viewer), returnTo),
    readForPage(() => listEvents(viewer, { limit: 100 }), returnTo),
    // A forged cursor that decodes but names no real position is the reader's input problem,
    // not a server error.
    parsed.success
      ? readForPage(() => listClaims(viewer, parsed.data), returnTo).catch((e: unknown) => {
          if (isDomainError(e) && e.status === 400) return null;
          throw e;
        })
      : null,
  ]);
  const problems = parsed.success
    ? page
      ? null
      : { cursor: ['That page link is not valid.'] }
    : z.flattenError(parsed.error).fieldErrors;
  const links = pagerLinks('/claims', linkParams, { cursor: values.cursor, back: values.back }, page?.nextCursor ?? null);
  const filtered = FILTER_KEYS.some((k) => filters[k]);

  return (
    <>
      <h1>Claims</h1>
      <ClaimFilters values={filters} alignments={alignments} events={events.items} />
      {filters.sourceId && (
        <p className="small">
          Only claims attributed to <Link href={`/sources/${encodeURIComponent(filters.sourceId)}`}>source #{filters.sourceId}</Link>.{' '}
          <Link href="/claims">Show all claims</Link>
        </p>
      )}
      {problems && (
        <div className="empty" role="alert">
          <p>Some filters could not be understood:</p>
          <ul>
            {Object.entries(problems).map(([field, messages]) => (
              <li key={field}>
                {field}: {(messages ?? []).join(' ')}
              </li>
            ))}
          </ul>
          <Link href="/claims">Clear all filters</Link>
        </div>
      )}
      {page && page.items.length === 0 && (
        <p className="empty">
          {filtered ? 'No claims match these filters.' : 'No claims have been recorded yet.'}
          {filtered && (
            <>
              {' '}
              <Link href="/claims">Clear all filters</Link>
            </>
          )}
        </p>
      )}
      {page && page.items.length > 0 && (
        <ol className="item-list" aria-label="Claims">
          {page.items.map((c) => (
            <li key={c.id}>
              <ClaimSummary claim={c} />
            </li>
          ))}
        </ol>
      )}
      <Pager links={links} label="Claims pages" />
    </>
  );
}
