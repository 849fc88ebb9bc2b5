'use client';
import { useRouter } from 'next/navigation';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { UpdateDocumentSchema } from '@/lib/documents/document-schemas';

/** A reviewer notes the page is gone at its address; the stored snapshot stays. */
export function MarkRemoved({ documentId, version, removed }: { documentId: number; version: number; removed: boolean }) {
  const router = useRouter();
  const submit = useJsonForm();
  const toggle = async () => {
    const body = { removedAtSource: !removed, version };
    const saved = await submit.send({ method: 'PATCH', url: `/api/v1/documents/${documentId}`, body, schema: UpdateDocumentSchema });
    if (saved) router.refresh();
  };
  const failure = submit.state && !submit.state.ok ? submit.state.message : '';
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={toggle} disabled={submit.pending}>
        {submit.pending ? 'Saving…' : removed ? 'Unmark “removed at source”' : 'Mark removed at source (noticed today)'}
      </button>
      {failure && <span role="status" className="small"> {failure}</span>}
    </p>
  );
}
