import Link from 'next/link';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { UserText } from '@/app/_components/user-text';

/** How an attribution's role reads in a sentence: "<source> asserts". */
export const ATTRIBUTION_ROLE_WORDS = { asserts: 'asserts', relays: 'relays', denies: 'denies' } as const;

type AttributionWhere = {
  document: { id: number; title: string; publishedAt: Date | null } | null;
  venue: string | null;
  statedAt: Date | null;
};

/**
 * Where and when a source said it: the document it was seen in, the venue, the date it was said.
 * The claim page words the document as "Seen in … (published date)"; the compare grid, short of
 * room, shows the title alone.
 */
export function AttributionMeta({ attribution: a, seenIn = false }: { attribution: AttributionWhere; seenIn?: boolean }) {
  const title = a.document && (
    <Link href={`/documents/${a.document.id}`}>
      <UserText text={a.document.title} />
    </Link>
  );
  return (
    <p className="item-meta">
      {a.document &&
        (seenIn ? (
          <span>
            Seen in {title}
            {a.document.publishedAt && (
              <> (<time dateTime={isoDate(a.document.publishedAt)}>{formatDay(a.document.publishedAt)}</time>)</>
            )}
          </span>
        ) : (
          title
        ))}
      {a.venue && (
        <span>
          Venue: <UserText text={a.venue} />
        </span>
      )}
      {a.statedAt && (
        <span>
          Said <time dateTime={isoDate(a.statedAt)}>{formatDay(a.statedAt)}</time>
        </span>
      )}
    </p>
  );
}
