import type { FieldErrors } from '@/lib/errors';

/**
 * What a server action returns to its form: its data, or the same error an API client would get
 * (status, code, message, field errors by dotted path, a 409's newer version). Null before the
 * first submit.
 */
export type ActionState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; status: number; code: string; message: string; fields?: FieldErrors; current?: unknown }
  | null;
