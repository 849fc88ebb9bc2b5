import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Crosscheck', template: '%s · Crosscheck' },
  description: 'Claim provenance and source reliability for contested events.',
};

const sections = [
  { href: '/claims', label: 'Claims' },
  { href: '/events', label: 'Events' },
  { href: '/conflicts', label: 'Conflicts' },
  { href: '/sources', label: 'Sources' },
  { href: '/documents', label: 'Documents' },
];

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getCurrentViewer();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
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
            <p className="viewer-area">
              {viewer ? (
                <>
                  <span dir="auto">{viewer.name}</span> ({viewer.role}) ·{' '}
                  <Link href="/signout">Sign out</Link>
                </>
              ) : (
                <Link href="/signin">Sign in</Link>
              )}
            </p>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Crosscheck records who said what, who repeated it, and how far each source has been
            reliable. Repetition is not corroboration.
          </p>
        </footer>
      </body>
    </html>
  );
}
