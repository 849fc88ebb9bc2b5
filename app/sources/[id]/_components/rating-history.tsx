import type { RatingRevisionView } from '@/lib/sources/source-types';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { ReliabilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';
import { describeImportOrigin } from '@/lib/import-origin/import-origin';

/** Every revision kept: who changed the grade, when, from what, to what, and why. */
export function RatingHistory({ revisions }: { revisions: RatingRevisionView[] }) {
  if (revisions.length === 0) return <p className="muted">This source has never been rated; its grade is F until someone rates it.</p>;
  return (
    <ol className="item-list" aria-label="Rating revisions, newest first">
      {revisions.map((r) => (
        <li key={r.id}>
          <p className="item-meta" style={{ marginTop: 0 }}>
            <span className="card-num">v{r.version}</span>
            {r.previous && (
              <>
                <ReliabilityBadge grade={r.previous} /> <span aria-label="changed to">→</span>
              </>
            )}
            <ReliabilityBadge grade={r.reliability} />
            <span>
              by {r.authorName ? <UserText text={r.authorName} /> : 'unknown reviewer'},{' '}
              <time dateTime={isoDate(r.createdAt)}>{formatTimestamp(r.createdAt)}</time>
            </span>
          </p>
          {r.importOrigin && <UserText as="p" className="small muted" text={describeImportOrigin(r.importOrigin)} />}
          {r.fromSource && <p className="small muted">Made on the duplicate record “<UserText text={r.fromSource.name} />” (#{r.fromSource.id}), merged into this source.</p>}
          <UserText as="p" text={r.rationale} />
        </li>
      ))}
    </ol>
  );
}
