'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { sendJson } from '@/app/_forms/json-fetch';
import { FormStatus } from '@/app/_forms/field-error';
import { SourcePicker, type PickedSource } from '@/app/_forms/source-picker';
import { Input } from '@/app/claims/new/_components/claim-fields';
import '@/app/_forms/forms.css';

/**
 * A page as captured: its address, title, publisher (found or created inline), dates and the
 * pasted text. A URL already stored is offered instead of making a second copy.
 */
export function DocumentForm({ alignments, documents }: { alignments: { slug: string; label: string }[]; documents: { id: number; title: string }[] }) {
  const router = useRouter();
  const [f, setF] = useState({ url: '', title: '', author: '', publishedAt: '', language: '', text: '', republishesId: '' });
  const [publisher, setPublisher] = useState<PickedSource | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [existing, setExisting] = useState<{ id: number; title: string } | null>(null);
  const set = (p: Partial<typeof f>) => setF({ ...f, ...p });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const res = await sendJson<{ id: number }>('POST', '/api/v1/documents', {
      url: f.url, title: f.title, author: f.author, publishedAt: f.publishedAt || null, language: f.language || null, text: f.text,
      publisherId: publisher?.id ?? null, republishesId: f.republishesId ? Number(f.republishesId) : null,
    });
    if (res.ok) return router.push(`/documents/${res.data.id}`);
    setErrors(res.fields);
    setExisting(res.code === 'duplicate' ? (res.current as { id: number; title: string }) : null);
    setStatus({ ok: false, message: res.message });
  };
  const e = (k: string) => errors[k]?.join(' ');
  return (
    <form onSubmit={save} className="form-stack" aria-label="Add a document" noValidate>
      <Input id="doc-url" label="Address (http or https)" type="url" value={f.url} onChange={(url) => set({ url })} error={e('url')} />
      {existing && <p role="alert" className="conflict-box">Already stored: <Link href={`/documents/${existing.id}`}><span dir="auto">{existing.title}</span></Link>. Use it instead.</p>}
      <Input id="doc-title" label="Title" value={f.title} onChange={(title) => set({ title })} error={e('title')} />
      <SourcePicker label="Publisher" idPrefix="doc-publisher" value={publisher} onChange={setPublisher} alignments={alignments} error={errors.publisherId} />
      <div className="row-grid">
        <Input id="doc-author" label="Author" value={f.author} onChange={(author) => set({ author })} error={e('author')} />
        <Input id="doc-published" label="Published on" type="date" value={f.publishedAt} onChange={(publishedAt) => set({ publishedAt })} error={e('publishedAt')} />
        <Input id="doc-language" label="Language" value={f.language} onChange={(language) => set({ language })} error={e('language')} />
      </div>
      <div>
        <label htmlFor="doc-republishes">Republishes</label>
        <select id="doc-republishes" value={f.republishesId} onChange={(ev) => set({ republishesId: ev.target.value })}>
          <option value="">Nothing (original)</option>
          {documents.map((d) => <option key={d.id} value={d.id}>{d.title} (#{d.id})</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="doc-text">Text of the page (the stored snapshot)</label>
        <textarea id="doc-text" dir="auto" value={f.text} onChange={(ev) => set({ text: ev.target.value })} rows={14}
          aria-invalid={errors.text ? true : undefined} aria-describedby="doc-text-error" />
        <p id="doc-text-error" className="field-error" aria-live="polite">{e('text')}</p>
      </div>
      <FormStatus state={status} />
      <div><button type="submit" className="button">Save document</button></div>
    </form>
  );
}
