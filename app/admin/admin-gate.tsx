import { redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';

/** Page-level convenience only: every admin data function checks the role again itself. */
export async function requireAdminPage(path: string) {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return hasRole(viewer, 'admin') ? viewer : null;
}

export function AdminsOnly() {
  return (
    <section>
      <h1>Admins only</h1>
      <p>This page is for administrators. Ask an admin if you need access.</p>
    </section>
  );
}
