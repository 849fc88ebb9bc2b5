import Link from 'next/link';

/** The header's way to the review queue; the count of items assigned to the viewer sits beside it. */
export function QueueLink() {
  return (
    <span className="queue-link">
      <Link href="/queue">Queue</Link>
    </span>
  );
}
