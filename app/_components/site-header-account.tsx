import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { hasRole } from '@/lib/auth/viewer';
import { alignmentRoles } from '@/lib/alignments/alignment-permissions';
import { exchangeRoles } from '@/lib/exchange/exchange-permissions';
import { userRoles } from '@/lib/users/user-permissions';

type Item = { href: string; label: string };

/** A native disclosure: opens with Enter or Space, reports its state, needs no script. */
function HeaderMenu({ label, name, items }: { label: ReactNode; name: string; items: Item[] }) {
  return (
    <details className="header-menu" data-menu={name}>
      <summary>{label}</summary>
      <ul>
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href}>{i.label}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The admin menu (admins only) and the viewer's own menu under their name. */
export function SiteHeaderAccount({ viewer }: { viewer: NonNullable<Viewer> }) {
  const isAdmin = hasRole(viewer, userRoles.list);
  const admin: Item[] = [
    { href: '/admin/users', label: 'Users' },
    ...(hasRole(viewer, alignmentRoles.create) ? [{ href: '/admin/alignments', label: 'Alignments' }] : []),
    { href: '/admin/import', label: 'Import' },
    { href: '/admin/export', label: 'Export' },
    { href: '/admin/audit', label: 'Audit log' },
  ];
  const own: Item[] = [
    { href: '/account', label: 'Account and API tokens' },
    // Admins reach these through the admin menu.
    ...(isAdmin ? [] : [{ href: '/admin/export', label: hasRole(viewer, exchangeRoles.export) ? 'Export and import' : 'Import' }]),
    { href: '/api-docs', label: 'API documentation' },
    { href: '/signout', label: 'Sign out' },
  ];
  return (
    <>
      {isAdmin && (
        <li>
          <HeaderMenu name="admin" label="Admin" items={admin} />
        </li>
      )}
      <li>
        <HeaderMenu
          name="account"
          label={
            <>
              <span dir="auto">{viewer.name}</span> <span className="muted">({viewer.role})</span>
            </>
          }
          items={own}
        />
      </li>
    </>
  );
}
