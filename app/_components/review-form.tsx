'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { CLAIM_REVIEW_STATUSES, EVENT_REVIEW_STATUSES, REVIEW_STATUS_LABELS, SetReviewSchema } from '@/lib/review/review-schemas';

type Current = { reviewStatus: ReviewStatus; assigneeId: number | null; assigneeName?: string | null; version: number };
export type ReviewFormProps = {
  kind: 'claim' | 'event';
  id: number;
  current: Current;
  users: { id: number; name: string; role: string }[];
  /** Editors close the work: reviewed, and settled for events. */
  canClose: boolean;
};

const CLOSING: ReviewStatus[] = ['reviewed', 'settled'];

/**
 * The review panel's form: status and assignee, saved at the version the page was read at. A
 * 409 shows what the other person saved; the form then quotes their version, so saving again
 * is a deliberate choice over it.
 */
export function ReviewForm({ kind, id, current, users, canClose }: ReviewFormProps) {
  const router = useRouter();
  const [status, setStatus] = useState<ReviewStatus>(current.reviewStatus);
  const [assignee, setAssignee] = useState(current.assigneeId === null ? '' : String(current.assigneeId));
  const [version, setVersion] = useState(current.version);
  const submit = useJsonForm<Current>();
  const theirs = submit.conflict as Current | null;
  const statuses = kind === 'claim' ? CLAIM_REVIEW_STATUSES : EVENT_REVIEW_STATUSES;
  const idp = `review-${kind}`;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const assigneeId = assignee === '' ? null : Number(assignee);
    const body = {
      ...(status !== current.reviewStatus || theirs ? { status } : {}),
      ...(assigneeId !== current.assigneeId || theirs ? { assigneeId } : {}),
      version,
    };
    const url = `/api/v1/${kind === 'claim' ? 'claims' : 'events'}/${id}/review`;
    const done = await submit.send({ method: 'PATCH', url, schema: SetReviewSchema, body });
    if (done) {
      setVersion(done.data.version);
      router.refresh();
    }
  };
  if (theirs && theirs.version !== version) setVersion(theirs.version);

  return (
    <form onSubmit={save} className="form-stack" aria-label={`Review this ${kind}`} noValidate>
      {theirs && (
        <ConflictNotice>
          <p>
            They saved it as <strong>{REVIEW_STATUS_LABELS[theirs.reviewStatus]}</strong>
            {theirs.assigneeName ? <>, assigned to <strong>{theirs.assigneeName}</strong></> : ', unassigned'}.
          </p>
        </ConflictNotice>
      )}
      <FormKit errors={submit.errors}>
        <FormField id={`${idp}-status`} label="Review status" name="status">
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus)}>
              {statuses.map((s) => (
                <option key={s} value={s} disabled={CLOSING.includes(s) && !canClose && s !== current.reviewStatus}>
                  {REVIEW_STATUS_LABELS[s]}{CLOSING.includes(s) && !canClose ? ' (editors)' : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${idp}-assignee`} label="Assigned to" name="assigneeId">
          {(control) => (
            <select {...control} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
              <option value="">Nobody</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.role})</option>)}
            </select>
          )}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Review saved.')} />
      <div><SubmitButton pending={submit.pending} label="Save review" /></div>
    </form>
  );
}
