import { z } from 'zod';
import { hasControlCharacter, IdSchema, isDateInRange, wholeNumber } from '@/lib/fields/field-schemas';
import type { Page } from './page';

// Keyset pagination: a cursor is the last row's sort key plus its id, base64url-encoded JSON.
// Opaque to clients; never an OFFSET, so pages stay stable while rows are added.

export type CursorKey = { key: string; id: number };

export function encodeCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

// Cursors come back from clients, so they are input like any other: a key PostgreSQL could not
// compare (a NUL) or an id beyond `integer` is refused here, not by the database.
const CursorTuple = z.tuple([
  z.string().max(500).refine((k) => !hasControlCharacter(k)),
  IdSchema,
]);
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function decodeCursor(raw: string): CursorKey | null {
  if (!BASE64URL.test(raw)) return null;
  try {
    const parsed = CursorTuple.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** The creation time a newest-first list's cursor carries, or null when it is not one. */
export function cursorTime(cursor: CursorKey): Date | null {
  // Only what toISOString writes: "yesterday" or "2020" would parse, but no page ever sent them.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(cursor.key)) return null;
  const time = new Date(cursor.key);
  return isDateInRange(time) ? time : null;
}

/** Blank query parameters (an empty search box) count as absent. */
export const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** `cursor` decoded at the edge, so a forged one is a 400 naming the field. */
export const CursorSchema = z.preprocess(
  blankAsAbsent,
  z
    .string()
    .max(700)
    .transform((raw, ctx) => {
      const decoded = decodeCursor(raw);
      if (!decoded) {
        ctx.addIssue({ code: 'custom', message: 'Invalid cursor.' });
        return z.NEVER;
      }
      return decoded;
    })
    .optional(),
);

export const LimitSchema = z.preprocess(
  blankAsAbsent,
  wholeNumber(1, 'A page size from 1 to 100.').pipe(z.number().max(100, 'A page size from 1 to 100.')).default(25),
);

/** A newest-first list's cursor: its key must be the creation time of the last row shown. */
export const TimeCursorSchema = CursorSchema.refine((c) => c === undefined || cursorTime(c) !== null, 'Invalid cursor.');

/** The query of a list ordered newest first (events, documents). */
export const PageQuerySchema = z.object({ cursor: TimeCursorSchema, limit: LimitSchema });
export type PageQuery = z.output<typeof PageQuerySchema>;

/** Trims the look-ahead row and builds the next cursor from the last row kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  const nextCursor = hasMore && last ? encodeCursor(keyOf(last).key, keyOf(last).id) : null;
  return { items, nextCursor };
}
