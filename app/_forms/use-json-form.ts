'use client';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { ActionState } from '@/lib/api/action-state';
import type { FieldErrors } from '@/lib/api/field-errors';
import { checkInput, invalidInput } from './form-check';
import { sendJson } from './json-fetch';
import { submitState, type FormSubmit } from './submit-state';

export type JsonRequest = {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body: unknown;
  /** The schema the route parses the body with. */
  schema: z.ZodType;
  /** Presentation of the field errors (a clearer word for an empty picker), server's or ours. */
  explain?: (fields: FieldErrors) => FieldErrors;
};

/**
 * The JSON-form adapter, for forms whose input is nested (a claim with its chain): the body is
 * checked against the route's schema before sending, then sent to /api/v1 with the session
 * cookie. `send` resolves to the answer's data on success, or null (the state says why).
 */
export function useJsonForm<T>(): FormSubmit<T> & { send: (request: JsonRequest) => Promise<{ data: T } | null> } {
  const [state, setState] = useState<ActionState<T>>(null);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const send = async ({ method, url, body, schema, explain = (f) => f }: JsonRequest): Promise<{ data: T } | null> => {
    if (busy.current) return null;
    const found = checkInput(schema, body);
    if (found) {
      setState(invalidInput(explain(found)));
      return null;
    }
    busy.current = true;
    setPending(true);
    const res = await sendJson<T>(method, url, body);
    busy.current = false;
    setPending(false);
    if (res.ok) {
      setState({ ok: true, data: res.data });
      return { data: res.data };
    }
    const fields = explain(res.fields);
    setState({ ok: false, status: res.status, code: res.code, message: res.message, fields, current: res.current });
    return null;
  };
  return { ...submitState(state, pending), send };
}
