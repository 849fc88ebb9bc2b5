'use client';
import { createContext, useContext, useRef, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/api/field-errors';
import type { FieldName } from './form-check';
import './forms.css';

type Kit = { errors: FieldErrors; names: Map<string, FieldName> };
const KitContext = createContext<Kit>({ errors: {}, names: new Map() });

/**
 * Holds a form's field errors (from the browser's check or the server, one shape) for the
 * fields and the summary inside it; each field tells it its label, so the summary names fields
 * the way the reader sees them.
 */
export function FormKit({ errors, children }: { errors: FieldErrors; children: ReactNode }) {
  const names = useRef(new Map<string, FieldName>()).current;
  return <KitContext.Provider value={{ errors, names }}>{children}</KitContext.Provider>;
}

/** The messages for a field's error keys, and its name registered for the summary. */
export function useFieldErrors(keys: string | readonly string[] | undefined, name: FieldName): string[] | undefined {
  const { errors, names } = useContext(KitContext);
  const list = keys === undefined ? [] : typeof keys === 'string' ? [keys] : keys;
  for (const key of list) names.set(key, name);
  const messages = list.flatMap((key) => errors[key] ?? []);
  return messages.length ? messages : undefined;
}

export function useFormKit(): Kit {
  return useContext(KitContext);
}
