import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminsOnly, requireAdminPage } from '../admin-gate';
import { ImportForm } from '../_components/import-form';
import '@/app/_forms/forms.css';

export const metadata: Metadata = { title: 'Import claims' };

export default async function AdminImportPage() {
  const viewer = await requireAdminPage('/admin/import');
  if (!viewer) return <AdminsOnly />;
  return (
    <section>
      <h1>Import claims</h1>
      <p className="muted">
        Load claims with their sources and attributions from a CSV or JSON Lines file. Batches that
        contain a malformed row are skipped as a whole and listed with line numbers; importing the same
        file again adds nothing twice. The columns are described in <code>docs/import-format.md</code>;
        the import is recorded in the <Link href="/admin/audit?entityType=import">audit log</Link>.
      </p>
      <ImportForm format="claim-rows" />
    </section>
  );
}
