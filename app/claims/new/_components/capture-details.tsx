'use client';
import type { ReactNode } from 'react';
import { CharacterCount } from '@/app/_forms/character-count';
import { FormField } from '@/app/_forms/field';
import { MAX_CLAIM_CHARS } from '@/lib/claims/claim-write-schemas';
import { Input } from './claim-fields';
import './capture-details.css';

// The less common capture fields, behind one native disclosure so the usual capture (wording,
// chain, date, place) stays short. It opens by itself when an error names a field inside it.

export const MORE_DETAILS_LABEL = 'More details: original text, denials, parties, figures, coordinates';

export function MoreDetails({ open, setOpen, children }: { open: boolean; setOpen: (open: boolean) => void; children: ReactNode }) {
  return (
    <details className="more-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{MORE_DETAILS_LABEL}</summary>
      <div className="more-details-body">{children}</div>
    </details>
  );
}

/** The claim as first said, when the wording is a translation; the quote is often exactly that. */
export function OriginalFields({ text, language, set, quote }: {
  text: string;
  language: string;
  set: (p: { originalText?: string; originalLanguage?: string }) => void;
  quote: { exact: string; language: string | null } | null;
}) {
  return (
    <fieldset className="plain">
      <legend className="field-label">In the original language</legend>
      <FormField id="original-text" label="Original-language text (when the wording is a translation)" name="originalText"
        hint={<CharacterCount value={text} max={MAX_CLAIM_CHARS} />}>
        {(control) => <textarea {...control} dir="auto" lang={language || undefined} value={text} onChange={(e) => set({ originalText: e.target.value })} />}
      </FormField>
      <Input id="original-language" label="Original language" value={language} onChange={(originalLanguage) => set({ originalLanguage })} name="originalLanguage"
        hint="A language code such as ar, ru or fr." />
      {quote && (
        <div className="button-row">
          <button type="button" className="button button-secondary"
            onClick={() => set({ originalText: quote.exact, ...(quote.language ? { originalLanguage: quote.language } : {}) })}>
            Use the quote as the original text
          </button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * A click on an error summary's link: opens the disclosure holding the field, then focuses it
 * (a closed <details> hides its fields from focus). True when it handled the click.
 */
export function focusFieldOfSummaryLink(clicked: EventTarget | null, onOpen: () => void): boolean {
  const link = clicked instanceof Element ? clicked.closest('.error-summary a[href^="#"]') : null;
  const id = link?.getAttribute('href')?.slice(1);
  const field = id ? document.getElementById(decodeURIComponent(id)) : null;
  if (!field) return false;
  const details = field.closest('details');
  if (details && !details.open) {
    details.open = true;
    onOpen();
  }
  field.focus();
  if (document.activeElement !== field) field.scrollIntoView({ block: 'center' });
  return true;
}
