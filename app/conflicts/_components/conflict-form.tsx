'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { CreateConflictSchema, EditConflictSchema } from '@/lib/conflicts/conflict-schemas';

type Saved = { id: number; name: string; description: string | null; version: number };

/**
 * Creates a conflict (no `current`) or edits one at the version read; when someone saved
 * first, their version is shown and what the editor typed stays.
 */
export function ConflictForm({ current }: { current?: Saved }) {
  const router = useRouter();
  const [name, setName] = useState(current?.name ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [version, setVersion] = useState(current?.version ?? 1);
  const submit = useJsonForm<Saved>();
  const newer = submit.conflict as Saved | null;
  useEffect(() => {
    if (newer && current && newer.id === current.id) setVersion(newer.version);
  }, [newer, current]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const saved = current
      ? await submit.send({
          method: 'PATCH', url: `/api/v1/conflicts/${current.id}`, schema: EditConflictSchema,
          body: { ...(name !== current.name ? { name } : {}), ...(description !== (current.description ?? '') ? { description } : {}), version },
        })
      : await submit.send({ method: 'POST', url: '/api/v1/conflicts', schema: CreateConflictSchema, body: { name, description } });
    if (saved) {
      if (!current) router.push(`/conflicts/${saved.data.id}`);
      router.refresh();
    }
  };
  const prefix = current ? 'conflict-edit' : 'conflict-new';
  return (
    <form onSubmit={save} className="form-stack" aria-label={current ? 'Edit conflict' : 'New conflict'} noValidate>
      {newer && (
        <ConflictNotice key={`${newer.id}-${newer.version}`} title={current && newer.id === current.id ? 'Someone else changed this conflict' : 'That conflict exists already'}>
          <p>
            <a href={`/conflicts/${newer.id}`}>{newer.name}</a> (version {newer.version}).
          </p>
          {current && newer.id === current.id && <p>Your changes are kept below. Save again to replace theirs with yours.</p>}
        </ConflictNotice>
      )}
      <FormKit errors={submit.errors}>
        <FormField id={`${prefix}-name`} label="Name" name="name">
          {(control) => <input {...control} dir="auto" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />}
        </FormField>
        <FormField id={`${prefix}-description`} label="Description (optional)" name="description">
          {(control) => <textarea {...control} dir="auto" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok && Object.keys(submit.state.fields ?? {}).length ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={newer ? null : statusOf(submit.state, () => 'Saved.')} />
      <div><SubmitButton pending={submit.pending} label={current ? 'Save conflict' : 'Create conflict'} /></div>
    </form>
  );
}
