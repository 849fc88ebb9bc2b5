'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { SourcePicker, type PickedSource } from '@/app/_forms/source-picker';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { Input } from '@/app/claims/new/_components/claim-fields';
import { CreateDocumentSchema } from '@/lib/documents/document-schemas';
import { useSourceForAddress } from './use-source-for-address';

/**
 * A page as captured: its address, title, publisher (found or created inline), dates and the
 * pasted text. A URL already stored is offered instead of making a second copy.
 */
export function DocumentForm({ alignments, documents }: { alignments: { slug: string; label: string }[]; documents: { id: number; title: string }[] }) {
  const router = useRouter();
  const [f, setF] = useState({ url: '', title: '', author: '', publishedAt: '', language: '', text: '', republishesId: '' });
  const [publisher, setPublisher] = useState<PickedSource | null>(null);
  const byAddress = useSourceForAddress(publisher ? '' : f.url);
  const submit = useJsonForm<{ id: number }>();
  const set = (p: Partial<typeof f>) => setF({ ...f, ...p });
  const { state } = submit;
  // A 409 here is not a newer version but the same address stored already: offer that one.
  const existing = state && !state.ok && state.code === 'duplicate' ? (state.current as { id: number; title: string } | undefined) : undefined;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submit.send({
      method: 'POST', url: '/api/v1/documents', schema: CreateDocumentSchema,
      body: {
        url: f.url, title: f.title, author: f.author, publishedAt: f.publishedAt || null, language: f.language || null, text: f.text,
        publisherId: publisher?.id ?? null, republishesId: f.republishesId ? Number(f.republishesId) : null,
      },
    });
    if (created) router.push(`/documents/${created.data.id}`);
  };
  return (
    <form onSubmit={save} className="form-stack" aria-label="Add a document" noValidate>
      <FormKit errors={submit.errors}>
        <Input id="doc-url" label="Address (http or https)" type="url" value={f.url} onChange={(url) => set({ url })} name="url" />
        {existing && <p role="alert" className="conflict-box">Already stored: <Link href={`/documents/${existing.id}`}><span dir="auto">{existing.title}</span></Link>. Use it instead.</p>}
        <Input id="doc-title" label="Title" value={f.title} onChange={(title) => set({ title })} name="title" />
        <SourcePicker label="Publisher" idPrefix="doc-publisher" value={publisher} onChange={setPublisher} alignments={alignments} name="publisherId" />
        {byAddress && !publisher && (
          <p className="small" aria-live="polite">
            This address is on {byAddress.matchedName}, which belongs to <span dir="auto">{byAddress.source.name}</span>.{' '}
            <button type="button" className="button button-secondary" onClick={() => setPublisher(byAddress.source)}>
              Use <span dir="auto">{byAddress.source.name}</span> as publisher
            </button>
          </p>
        )}
        <div className="row-grid">
          <Input id="doc-author" label="Author" value={f.author} onChange={(author) => set({ author })} name="author" />
          <Input id="doc-published" label="Published on" type="date" value={f.publishedAt} onChange={(publishedAt) => set({ publishedAt })} name="publishedAt" />
          <Input id="doc-language" label="Language" value={f.language} onChange={(language) => set({ language })} name="language" />
        </div>
        <FormField id="doc-republishes" label="Republishes" name="republishesId">
          {(control) => (
            <select {...control} value={f.republishesId} onChange={(ev) => set({ republishesId: ev.target.value })}>
              <option value="">Nothing (original)</option>
              {documents.map((d) => <option key={d.id} value={d.id}>{d.title} (#{d.id})</option>)}
            </select>
          )}
        </FormField>
        <FormField id="doc-text" label="Text of the page (the stored snapshot)" name="text">
          {(control) => <textarea {...control} dir="auto" value={f.text} onChange={(ev) => set({ text: ev.target.value })} rows={14} />}
        </FormField>
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(state, () => undefined)} />
      <div><SubmitButton pending={submit.pending} label="Save document" /></div>
    </form>
  );
}
