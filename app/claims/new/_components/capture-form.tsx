'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendJson } from '@/app/_forms/json-fetch';
import { FormStatus } from '@/app/_forms/field-error';
import type { PickedSource } from '@/app/_forms/source-picker';
import '@/app/_forms/forms.css';
import { ChainFields, type Hop } from './chain-fields';
import { FactsFields, factsPayload, Input, type Facts } from './claim-fields';
import { EventFields, eventPayload, type EventChoice } from './event-fields';

export type CaptureQuote = { exact: string; prefix: string; suffix: string; start: number };
export type CaptureDocument = { id: number; title: string; language: string | null; publishedAt: string | null; publisher: PickedSource | null };

/**
 * The capture form: wording (pre-filled with the quote), the chain of who asserted and who
 * relayed it, the event, time, place, parties and figures. One POST creates it all or nothing;
 * errors appear under their fields and what was typed stays. Ctrl+Enter saves.
 */
export function CaptureForm({ document, quote, alignments, events }: {
  document: CaptureDocument | null;
  quote: CaptureQuote | null;
  alignments: { slug: string; label: string }[];
  events: { id: number; title: string }[];
}) {
  const router = useRouter();
  const keys = useRef(0);
  const newKey = () => ++keys.current;
  const day = document?.publishedAt?.slice(0, 10) ?? '';
  const [text, setText] = useState(quote?.exact ?? '');
  const [language, setLanguage] = useState(document?.language ?? 'en');
  const [hops, setHops] = useState<Hop[]>(() =>
    document?.publisher
      ? [{ key: newKey(), source: null, statedAt: '', venue: '' }, { key: newKey(), source: document.publisher, statedAt: day, venue: '' }]
      : [{ key: newKey(), source: null, statedAt: day, venue: '' }],
  );
  const [quoteHop, setQuoteHop] = useState(document?.publisher ? 1 : 0);
  const [facts, setFacts] = useState<Facts>({ occurredAt: '', occurredPrecision: 'day', placeName: '', placePrecision: '', parties: [], figures: [] });
  const [event, setEvent] = useState<EventChoice>({ mode: 'none', eventId: '', title: '', startsAt: '' });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (pending) return;
    setPending(true);
    const attributions = hops.map((h, i) => ({
      sourceId: h.source?.id ?? 0,
      role: i === 0 ? 'asserts' : 'relays',
      relaysIndex: i === 0 ? null : i - 1,
      documentId: document && i === quoteHop ? document.id : null,
      quote: quote && i === quoteHop ? quote : null,
      statedAt: h.statedAt || null,
      venue: h.venue || null,
    }));
    const res = await sendJson<{ id: number }>('POST', '/api/v1/claims', { text, language, ...factsPayload(facts), ...eventPayload(event), attributions });
    setPending(false);
    if (res.ok) {
      setStatus({ ok: true, message: 'Claim saved.' });
      router.push(`/claims/${res.data.id}`);
      return;
    }
    const missing = Object.fromEntries(hops.flatMap((h, i) => (h.source ? [] : [[`attributions.${i}.sourceId`, ['Choose a source.']]])));
    setErrors({ ...res.fields, ...missing });
    setStatus({ ok: false, message: res.message });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  };

  return (
    <form onSubmit={save} onKeyDown={onKeyDown} className="form-stack capture-form" aria-label="Capture a claim" noValidate>
      {quote && document && (
        <figure className="quote-preview">
          <figcaption className="small muted">Quote from <span dir="auto">{document.title}</span></figcaption>
          <blockquote dir="auto" lang={document.language ?? undefined}>…{quote.prefix}<strong>{quote.exact}</strong>{quote.suffix}…</blockquote>
        </figure>
      )}
      <div>
        <label htmlFor="claim-text">Claim wording</label>
        <textarea id="claim-text" dir="auto" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} required autoFocus
          aria-invalid={errors.text ? true : undefined} aria-describedby="claim-text-hint claim-text-error" />
        <p id="claim-text-hint" className="field-hint">One checkable statement, in your words; the quote stays as evidence. Ctrl+Enter saves.</p>
        <p id="claim-text-error" className="field-error" aria-live="polite">{errors.text?.join(' ')}</p>
      </div>
      <Input id="claim-language" label="Language of the wording" value={language} onChange={setLanguage} error={errors.language?.join(' ')} />
      <ChainFields hops={hops} setHops={setHops} quoteHop={quoteHop} setQuoteHop={setQuoteHop} hasQuote={Boolean(quote)} alignments={alignments} errors={errors} newKey={newKey} />
      <EventFields events={events} value={event} set={setEvent} errors={errors} />
      <FactsFields facts={facts} set={setFacts} errors={errors} />
      {Object.keys(errors).length > 0 && (
        <div role="alert" className="conflict-box">
          <p>Some fields need attention:</p>
          <ul>{Object.entries(errors).map(([k, v]) => <li key={k}><code>{k}</code>: {v.join(' ')}</li>)}</ul>
        </div>
      )}
      <FormStatus state={status} />
      <div><button type="submit" className="button" disabled={pending}>{pending ? 'Saving…' : 'Save claim'}</button></div>
    </form>
  );
}
