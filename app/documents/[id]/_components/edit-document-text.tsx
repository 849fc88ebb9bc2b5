'use client';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { WHOLE_INPUT, type FieldErrors } from '@/lib/api/field-errors';
import { UpdateDocumentSchema } from '@/lib/documents/document-schemas';
import type { DocumentEditResultSchema } from '@/lib/documents/document-answers';
import { AnchoringReportView } from './anchoring-report';
import './document-text-edit.css';

type EditResult = z.infer<typeof DocumentEditResultSchema>;
type Newer = { version: number; title: string; textSha256: string };

// A document's text can be up to 2 MB, beyond a server action's body limit (1 MB), so this
// form sends the JSON edit to the document's /api/v1 route, which answers with the report.
const explain = (fields: FieldErrors): FieldErrors =>
  fields[WHOLE_INPUT] ? { ...fields, [WHOLE_INPUT]: ['Change the title or the text first.'] } : fields;

/**
 * A reviewer corrects the stored title and text. The replaced text stays in the text history
 * with its SHA-256; the answer's re-anchoring report is shown here once the edit is saved.
 */
export function EditDocumentText({ documentId, version, title, text, lang }: {
  documentId: number;
  version: number;
  title: string;
  text: string;
  lang?: string | null;
}) {
  const router = useRouter();
  const form = useJsonForm<EditResult>();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<EditResult | null>(null);
  const newer = form.conflict as Newer | null;
  const current = Math.max(version, newer?.version ?? 0, saved?.version ?? 0);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const nextTitle = String(data.get('title') ?? '');
    const nextText = String(data.get('text') ?? '');
    const body = {
      ...(nextTitle.trim() !== title ? { title: nextTitle } : {}),
      ...(nextText !== text ? { text: nextText } : {}),
      reason: String(data.get('reason') ?? ''),
      version: current,
    };
    const answer = await form.send({ method: 'PATCH', url: `/api/v1/documents/${documentId}`, body, schema: UpdateDocumentSchema, explain });
    if (!answer) return;
    setSaved(answer.data);
    setOpen(false);
    router.refresh();
  };

  return (
    <section aria-labelledby="text-edit-heading">
      <h2 id="text-edit-heading">Correct the stored text</h2>
      {saved && (
        <div className="edit-result" role="status">
          <h3>Text saved as version {saved.version}</h3>
          {saved.anchoring ? (
            <>
              <p className="small muted">The replaced text is kept in the text history below, with its SHA-256.</p>
              <AnchoringReportView report={saved.anchoring} lang={lang} />
            </>
          ) : (
            <p>Only the title changed; every quote stays where it was.</p>
          )}
        </div>
      )}
      {!open ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
            Edit text
          </button>
        </p>
      ) : (
        <form id="text-edit-form" onSubmit={onSubmit} className="form-stack text-edit-form" aria-labelledby="text-edit-heading" noValidate>
          {newer ? (
            <ConflictNotice key={newer.version}>
              <p>
                Someone saved version {newer.version} of this document since you opened it (titled <strong dir="auto">{newer.title}</strong>).
                Your edits are still in the form; save again to replace theirs (their text stays in the history).
              </p>
            </ConflictNotice>
          ) : null}
          <FormKit errors={form.errors}>
            <FormField id="document-title" label="Title" name="title">
              {(control) => <input {...control} name="title" defaultValue={title} dir="auto" />}
            </FormField>
            <FormField id="document-text-input" label="Text" name="text" hint="Every quote taken from this text is looked for again in the new one.">
              {(control) => <textarea {...control} name="text" defaultValue={text} dir="auto" lang={lang ?? undefined} />}
            </FormField>
            <FormField id="document-reason" label="Reason for the correction" name="reason" hint="Kept in the text history (10+ characters), e.g. “the outlet corrected the date”.">
              {(control) => <textarea {...control} name="reason" dir="auto" rows={2} />}
            </FormField>
            <ErrorSummary message={form.state && !form.state.ok ? form.state.message : undefined} />
          </FormKit>
          <FormStatus state={newer ? null : statusOf(form.state, () => undefined)} />
          <div className="button-row">
            <SubmitButton pending={form.pending} label="Save text" />
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      )}
    </section>
  );
}
