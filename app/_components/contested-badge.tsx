import Link from 'next/link';
import { methodologyHref } from './methodology-links';

/** "Contested": another live claim contradicts this one. Links to what that means. */
export function ContestedBadge() {
  return (
    <Link className="badge badge-contested" href={methodologyHref('contested')} title="Another live claim contradicts it: what contested means">
      Contested<span className="visually-hidden"> (what contested means)</span>
    </Link>
  );
}
