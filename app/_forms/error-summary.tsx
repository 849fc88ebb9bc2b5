'use client';
import { INVALID_INPUT_MESSAGE } from '@/lib/api/field-errors';
import { summarizeErrors } from './form-check';
import { useFormKit } from './form-kit';

/**
 * What needs fixing, at the end of the form: each field by its label, linked to it (a key no
 * field shows is named by `labels` or in words from its path), each message once. Announced as an alert when it appears.
 */
export function ErrorSummary({ message, labels }: { message?: string; labels?: Readonly<Record<string, string>> }) {
  const { errors, names } = useFormKit();
  const lines = summarizeErrors(errors, (key) => names.get(key), labels);
  if (!lines.length) return null;
  return (
    <div role="alert" className="error-summary">
      <p>{message ?? INVALID_INPUT_MESSAGE}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={line.href ?? i}>
            {line.href ? <><a href={line.href}>{line.label}</a>: </> : line.label ? `${line.label}: ` : null}
            {line.messages.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
