'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { CommentAnswer } from '@/lib/comments/comment-answers';
import { COMMENT_MAX_LENGTH, CreateCommentSchema, EditCommentSchema, HideCommentSchema } from '@/lib/comments/comment-schemas';

const MENTION_HINT = 'Plain text. Links starting with http:// or https:// become links. Mention someone with @ and the part of their email before the @, or their name without spaces (@editor, @LinaHaddad).';

const summary = (state: ReturnType<typeof useJsonForm>['state']) =>
  state && !state.ok && Object.keys(state.fields ?? {}).length ? state.message : undefined;

/** A new comment on the thread at `url` (a claim's or an event's comments). */
export function NewCommentForm({ url }: { url: string }) {
  const router = useRouter();
  const [body, setBody] = useState('');
  const submit = useJsonForm<CommentAnswer>();
  const post = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.send({ method: 'POST', url, schema: CreateCommentSchema, body: { body } })) {
      setBody('');
      router.refresh();
    }
  };
  return (
    <form onSubmit={post} className="form-stack" aria-label="Add a comment" noValidate>
      <FormKit errors={submit.errors}>
        <FormField id="new-comment-body" label="Your comment" name="body" hint={MENTION_HINT}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={body} maxLength={COMMENT_MAX_LENGTH} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <ErrorSummary message={summary(submit.state)} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Comment posted.')} />
      <div><SubmitButton pending={submit.pending} label="Post comment" pendingLabel="Posting…" /></div>
    </form>
  );
}

/** Its author rewrites a comment (the server refuses after the edit window). */
export function EditCommentForm({ comment, onDone }: { comment: CommentAnswer; onDone: () => void }) {
  const router = useRouter();
  const [body, setBody] = useState(comment.body ?? '');
  const submit = useJsonForm<CommentAnswer>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.send({ method: 'PATCH', url: `/api/v1/comments/${comment.id}`, schema: EditCommentSchema, body: { body, version: comment.version } })) {
      onDone();
      router.refresh();
    }
  };
  const id = `edit-comment-${comment.id}`;
  return (
    <form onSubmit={save} className="form-stack" aria-label="Edit comment" noValidate>
      <FormKit errors={submit.errors}>
        <FormField id={id} label="Edit your comment" name="body">
          {(control) => <textarea {...control} dir="auto" rows={3} value={body} maxLength={COMMENT_MAX_LENGTH} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <ErrorSummary message={summary(submit.state)} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Saved.')} />
      <div className="button-row">
        <SubmitButton pending={submit.pending} label="Save comment" />
        <button type="button" className="button button-secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

/** An editor hides a comment, saying why; the reason shows in its place. */
export function HideCommentForm({ comment, onDone }: { comment: CommentAnswer; onDone: () => void }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const submit = useJsonForm<CommentAnswer>();
  const go = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.send({ method: 'POST', url: `/api/v1/comments/${comment.id}/hide`, schema: HideCommentSchema, body: { reason } })) {
      onDone();
      router.refresh();
    }
  };
  const id = `hide-comment-${comment.id}`;
  return (
    <form onSubmit={go} className="form-stack" aria-label="Hide comment" noValidate>
      <FormKit errors={submit.errors}>
        <FormField id={id} label="Why hide this comment?" name="reason">
          {(control) => <input {...control} dir="auto" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Hidden.')} />
      <div className="button-row">
        <SubmitButton pending={submit.pending} label="Hide comment" pendingLabel="Hiding…" />
        <button type="button" className="button button-secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
