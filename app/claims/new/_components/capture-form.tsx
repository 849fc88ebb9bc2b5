'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { CharacterCount } from '@/app/_forms/character-count';
import { MAX_CLAIM_CHARS } from '@/lib/claims/claim-write-schemas';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import type { PickedSource } from '@/app/_forms/source-picker';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { focusFieldOfSummaryLink, MoreDetails, OriginalFields } from './capture-details';
import { CaptureCheckSchema, capturePayload, isDetailField, type CaptureQuote as Quote } from './capture-payload';
import { ChainFields, type Hop } from './chain-fields';
import { CoordinateFields, FiguresFields, Input, PartiesFields, WhenWhereFields, type Facts } from './claim-fields';
import { DenialFields } from './denial-fields';
import { EventFields, type EventChoice } from './event-fields';

export type CaptureQuote = Quote;
export type CaptureDocument = { id: number; title: string; language: string | null; publishedAt: string | null; publisher: PickedSource | null };

/**
 * The capture form: wording (pre-filled with the quote), the chain of who asserted and who
 * relayed it, the event, time and place; behind "More details", the original-language text,
 * denials, coordinates, parties and figures. One POST creates it all or nothing; the route's
 * schema runs here first, errors appear under their fields and what was typed stays.
 * Ctrl+Enter saves.
 */
export function CaptureForm({ document, quote, alignments, events, conflicts }: {
  document: CaptureDocument | null;
  quote: CaptureQuote | null;
  alignments: { slug: string; label: string }[];
  events: { id: number; title: string }[];
  conflicts?: { id: number; name: string }[];
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
  // Whose document the quote was selected in: an index into the hops, then the denials.
  const [quoteHop, setQuoteHop] = useState(document?.publisher ? 1 : 0);
  const [denials, setDenials] = useState<Hop[]>([]);
  const [original, setOriginal] = useState({ originalText: '', originalLanguage: '' });
  const [facts, setFacts] = useState<Facts>({
    occurredAt: '', occurredPrecision: 'day', placeName: '', placePrecision: '', latitude: '', longitude: '', parties: [], figures: [],
  });
  const [event, setEvent] = useState<EventChoice>({ mode: 'none', eventId: '', title: '', startsAt: '' });
  const [moreOpen, setMoreOpen] = useState(false);
  const form = useJsonForm<{ id: number }>();
  const { state } = form;

  // An error (the browser's check or the server's) on a field inside the disclosure opens it.
  useEffect(() => {
    if (state && !state.ok && Object.keys(state.fields ?? {}).some((key) => isDetailField(key, hops.length))) setMoreOpen(true);
    // Only a new answer opens it: closing it again afterwards is the reviewer's choice.
  }, [state]);

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const { body, explained } = capturePayload({
      text, language, ...original, hops, denials, quoteOwner: quoteHop,
      documentId: document?.id ?? null, quote, facts, event,
    });
    const created = await form.send({
      method: 'POST', url: '/api/v1/claims', schema: CaptureCheckSchema, body,
      explain: (fields) => ({ ...fields, ...explained }),
    });
    if (created) router.push(`/claims/${created.data.id}`);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  };
  const onClick = (e: MouseEvent) => {
    if (focusFieldOfSummaryLink(e.target, () => setMoreOpen(true))) e.preventDefault();
  };

  return (
    <form onSubmit={save} onKeyDown={onKeyDown} onClick={onClick} className="form-stack capture-form" aria-label="Capture a claim" noValidate>
      {quote && document && (
        <figure className="quote-preview">
          <figcaption className="small muted">Quote from <span dir="auto">{document.title}</span></figcaption>
          <blockquote dir="auto" lang={document.language ?? undefined}>…{quote.prefix}<strong>{quote.exact}</strong>{quote.suffix}…</blockquote>
        </figure>
      )}
      <FormKit errors={form.errors}>
        <FormField id="claim-text" label="Claim wording" name="text"
          hint={<>One checkable statement, in your words; the quote stays as evidence. Ctrl+Enter saves. <CharacterCount value={text} max={MAX_CLAIM_CHARS} /></>}>
          {(control) => <textarea {...control} dir="auto" value={text} onChange={(e) => setText(e.target.value)} required autoFocus />}
        </FormField>
        <Input id="claim-language" label="Language of the wording" value={language} onChange={setLanguage} name="language" />
        <ChainFields hops={hops} setHops={setHops} quoteHop={quoteHop} setQuoteHop={setQuoteHop} hasQuote={Boolean(quote)} alignments={alignments} newKey={newKey} />
        <EventFields events={events} conflicts={conflicts} value={event} set={setEvent} />
        <WhenWhereFields facts={facts} set={setFacts} />
        <MoreDetails open={moreOpen} setOpen={setMoreOpen}>
          <OriginalFields text={original.originalText} language={original.originalLanguage} set={(p) => setOriginal({ ...original, ...p })}
            quote={quote && { exact: quote.exact, language: document?.language ?? null }} />
          <DenialFields denials={denials} setDenials={setDenials} offset={hops.length} quoteOwner={quoteHop} setQuoteOwner={setQuoteHop}
            hasQuote={Boolean(quote)} alignments={alignments} newKey={newKey} />
          <PartiesFields facts={facts} set={setFacts} alignments={alignments} />
          <FiguresFields facts={facts} set={setFacts} />
          <CoordinateFields facts={facts} set={setFacts} />
        </MoreDetails>
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(state, () => 'Claim saved.')} />
      <div><SubmitButton pending={form.pending} label="Save claim" /></div>
    </form>
  );
}
