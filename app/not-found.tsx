import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <p className="kicker">404</p>
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is no claim, source, event or document at this address. It may never have existed,
        or it may have been deleted.
      </p>
      <ul>
        <li>
          <Link href="/claims">Search the claims</Link>
        </li>
        <li>
          <Link href="/events">Browse contested events</Link>
        </li>
        <li>
          <Link href="/">Go to the front page</Link>
        </li>
      </ul>
    </section>
  );
}
