'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import type { PickedSource } from '@/app/_forms/source-picker';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';
import { ChainFields, type Hop } from './chain-fields';
import { FactsFields, factsPayload, Input, type Facts } from './claim-fields';
import { EventFields, eventPayload, type EventChoice } from './event-fields';

export type CaptureQuote = { exact: string; prefix: string; suffix: string; start: number };
export type CaptureDocument = { id: number; title: string; language: string | null; publishedAt: string | null; publisher: PickedSource | null };

/**
 * The capture form: wording (pre-filled with the quote), the chain of who asserted and who
 * relayed it, the event, time, place, parties and figures. One POST creates it all or nothing;
 * the route's schema runs here first, errors appear under their fields and what was typed
 * stays. Ctrl+Enter saves.
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
  const form = useJsonForm<{ id: number }>();

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const attributions = hops.map((h, i) => ({
      sourceId: h.source?.id ?? 0,
      role: i === 0 ? 'asserts' : 'relays',
      relaysIndex: i === 0 ? null : i - 1,
      documentId: document && i === quoteHop ? document.id : null,
      quote: quote && i === quoteHop ? quote : null,
      statedAt: h.statedAt || null,
      venue: h.venue || null,
    }));
    // An empty picker is "choose a source", not the id rule the 0 placeholder breaks.
    const missing = Object.fromEntries(hops.flatMap((h, i) => (h.source ? [] : [[`attributions.${i}.sourceId`, ['Choose a source.']]])));
    const created = await form.send({
      method: 'POST', url: '/api/v1/claims', schema: CreateClaimSchema,
      body: { text, language, ...factsPayload(facts), ...eventPayload(event), attributions },
      explain: (fields) => ({ ...fields, ...missing }),
    });
    if (created) router.push(`/claims/${created.data.id}`);
  };
  const { state } = form;
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
      <FormKit errors={form.errors}>
        <FormField id="claim-text" label="Claim wording" name="text"
          hint="One checkable statement, in your words; the quote stays as evidence. Ctrl+Enter saves.">
          {(control) => <textarea {...control} dir="auto" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} required autoFocus />}
        </FormField>
        <Input id="claim-language" label="Language of the wording" value={language} onChange={setLanguage} name="language" />
        <ChainFields hops={hops} setHops={setHops} quoteHop={quoteHop} setQuoteHop={setQuoteHop} hasQuote={Boolean(quote)} alignments={alignments} newKey={newKey} />
        <EventFields events={events} value={event} set={setEvent} />
        <FactsFields facts={facts} set={setFacts} />
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(state, () => 'Claim saved.')} />
      <div><SubmitButton pending={form.pending} label="Save claim" /></div>
    </form>
  );
}
