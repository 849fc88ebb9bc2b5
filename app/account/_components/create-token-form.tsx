'use client';
import { ActionForm, Field } from '@/app/_forms/action-form';
import { CreateTokenSchema } from '@/lib/tokens/token-schemas';
import { createTokenAction } from '../actions';
import { NewTokenSecret } from './new-token-secret';

export function CreateTokenForm() {
  return (
    <ActionForm action={createTokenAction} schema={CreateTokenSchema} submitLabel="Create token" successMessage="Token created." label="Create a token">
      <Field name="name" label="Token name" required hint='What it is for, e.g. "nightly import".' idPrefix="token" />
      <Field name="expiresInDays" label="Expires after (days, optional)" type="number" idPrefix="token" />
      <NewTokenSecret />
    </ActionForm>
  );
}
