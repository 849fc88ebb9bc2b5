import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { hasRole } from '@/lib/auth/viewer';
import { claimRoles } from '@/lib/claims/claim-permissions';
import { documentRoles } from '@/lib/documents/document-permissions';
import { CloseMenusOnNavigate } from './site-header-menus';
import { SiteHeaderAccount } from './site-header-account';
import { QueueLink } from './site-header-queue-link';
import { QueueCount } from './queue-count';

const sections = [
  { href: '/claims', label: 'Claims' },
  { href: '/events', label: 'Events' },
  { href: '/conflicts', label: 'Conflicts' },
  { href: '/sources', label: 'Sources' },
  { href: '/documents', label: 'Documents' },
  { href: '/methodology', label: 'Methodology' },
];

/** Sections for everyone; the desk (capture, queue, admin, account) for a signed-in viewer. */
export function SiteHeader({ viewer }: { viewer: Viewer }) {
  return (
    <header className="masthead">
      <div className="masthead-inner">
        <Link href="/" className="brand">
          Crosscheck
          <span className="brand-tag">Claims, provenance and source reliability</span>
        </Link>
        <nav className="site-nav" aria-label="Sections">
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {viewer ? (
          <nav className="desk-nav" aria-label="Your work">
            <ul>
              {hasRole(viewer, claimRoles.create) && (
                <li>
                  <Link href="/claims/new">New claim</Link>
                </li>
              )}
              {hasRole(viewer, documentRoles.create) && (
                <li>
                  <Link href="/documents/new">Add document</Link>
                </li>
              )}
              <li>
                <QueueLink />
                <QueueCount viewer={viewer} />
              </li>
              <SiteHeaderAccount viewer={viewer} />
            </ul>
          </nav>
        ) : (
          <p className="viewer-area">
            <Link href="/signin">Sign in</Link>
          </p>
        )}
      </div>
      <CloseMenusOnNavigate />
    </header>
  );
}
