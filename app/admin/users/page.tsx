import type { Metadata } from 'next';
import { ActionForm, Field } from '@/app/_forms/action-form';
import { listUsers } from '@/lib/users/user-commands.server';
import { AdminsOnly, requireAdminPage } from '../admin-gate';
import { InviteLink } from './_components/invite-link';
import { InviteUserForm } from './_components/invite-user-form';
import { changeRoleAction, reissueLinkAction, setStatusAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

const ROLES = [
  { value: 'reviewer', label: 'Reviewer' },
  { value: 'editor', label: 'Editor' },
  { value: 'admin', label: 'Admin' },
];

export default async function AdminUsersPage() {
  const viewer = await requireAdminPage('/admin/users');
  if (!viewer) return <AdminsOnly />;
  const users = await listUsers(viewer);
  return (
    <section>
      <h1>Users</h1>
      <h2>Invite someone</h2>
      <p className="muted">No mail is configured: the one-time set-password link is shown here, once, for you to pass on. The server log records only that a link was issued.</p>
      <InviteUserForm roles={ROLES} />
      <h2>Everyone</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Access</th></tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === viewer.id;
              return (
                <tr key={u.id}>
                  <td dir="auto">{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    {self ? u.role : (
                      <ActionForm action={changeRoleAction} submitLabel="Change role" className="inline-form" label={`Role of ${u.email}`}>
                        <input type="hidden" name="userId" value={u.id} />
                        <Field name="role" label={`Role of ${u.email}`} options={ROLES} defaultValue={u.role} idPrefix={`role-${u.id}`} />
                      </ActionForm>
                    )}
                  </td>
                  <td>{u.status}</td>
                  <td>
                    {self ? 'you' : (
                      <>
                        <ActionForm action={setStatusAction} className="inline-form"
                          submitLabel={u.status === 'disabled' ? `Enable ${u.email}` : `Disable ${u.email}`}
                          label={`Access of ${u.email}`}>
                          <input type="hidden" name="userId" value={u.id} />
                          <input type="hidden" name="status" value={u.status === 'disabled' ? 'active' : 'disabled'} />
                        </ActionForm>
                        {u.status !== 'disabled' ? (
                          <ActionForm action={reissueLinkAction} className="inline-form" submitLabel="New password link" label={`Password link for ${u.email}`}>
                            <input type="hidden" name="userId" value={u.id} />
                            <InviteLink />
                          </ActionForm>
                        ) : null}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
