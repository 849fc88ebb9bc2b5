'use client';
import { ActionForm, Field } from '@/app/_forms/action-form';
import { InviteUserSchema } from '@/lib/users/user-schemas';
import { inviteUserAction } from '../actions';
import { InviteLink } from './invite-link';

export function InviteUserForm({ roles }: { roles: { value: string; label: string }[] }) {
  return (
    <ActionForm action={inviteUserAction} schema={InviteUserSchema} submitLabel="Invite" successMessage="Invited." label="Invite a user">
      <Field name="email" label="Email" type="email" required idPrefix="invite" />
      <Field name="name" label="Name" required idPrefix="invite" />
      <Field name="role" label="Role" options={roles} defaultValue="reviewer" idPrefix="invite" />
      <InviteLink />
    </ActionForm>
  );
}
