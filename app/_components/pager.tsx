import Link from 'next/link';
import type { PagerLinks } from '@/lib/pagination/cursor-trail';

export function Pager({ links, label }: { links: PagerLinks; label: string }) {
  if (!links.previous && !links.next) return null;
  return (
    <nav className="pager" aria-label={label}>
      <span>{links.previous && <Link href={links.previous} rel="prev">← Previous</Link>}</span>
      <span>{links.next && <Link href={links.next} rel="next">Next →</Link>}</span>
    </nav>
  );
}
