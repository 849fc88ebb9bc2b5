import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/app/_forms/action-form';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listApiTokens } from '@/lib/tokens/token-commands.server';
import { CreateTokenForm } from './_components/create-token-form';
import { revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—');

export default async function AccountPage() {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect('/signin?callbackUrl=/account');
  const tokens = await listApiTokens(viewer);
  return (
    <section>
      <h1>Your account</h1>
      <p>
        <span dir="auto">{viewer.name}</span> · {viewer.email} · role <strong>{viewer.role}</strong>
      </p>
      <h2>Personal API tokens</h2>
      <p className="muted">Scripts use a token to call <code>/api/v1</code> with your role. Revoke one you no longer use.</p>
      <CreateTokenForm />
      <div className="table-wrap">
        <table>
          <caption className="muted">Your tokens</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {tokens.length === 0 ? <tr><td colSpan={6}>No tokens yet.</td></tr> : null}
            {tokens.map((t) => (
              <tr key={t.id}>
                <td dir="auto">{t.name}</td>
                <td><code>{t.tokenPrefix}…</code></td>
                <td>{when(t.createdAt)}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>{t.revokedAt ? `revoked ${when(t.revokedAt)}` : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'active'}</td>
                <td>
                  {t.revokedAt ? null : (
                    <ActionForm action={revokeTokenAction} submitLabel={`Revoke ${t.name}`} successMessage="Revoked." className="inline-form" label={`Revoke token ${t.name}`}>
                      <input type="hidden" name="tokenId" value={t.id} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
