import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { SiteHeader } from './_components/site-header';
import './globals.css';
import './_components/navigation.css';

export const metadata: Metadata = {
  title: { default: 'Crosscheck', template: '%s · Crosscheck' },
  description: 'Claim provenance and source reliability for contested events.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getCurrentViewer();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader viewer={viewer} />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Crosscheck records who said what, who repeated it, and how far each source has been
            reliable. Repetition is not corroboration: <Link href="/methodology">how to read the grades and counts</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}
