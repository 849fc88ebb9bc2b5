import { z } from 'zod';

// Keyset pagination: a cursor is the last row's sort key plus its id, base64url-encoded JSON.
// Opaque to clients; never an OFFSET, so pages stay stable while rows are added.

export type CursorKey = { key: string; id: number };

export function encodeCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

const CursorTuple = z.tuple([z.string().max(500), z.number().int().positive()]);

export function decodeCursor(raw: string): CursorKey | null {
  try {
    const parsed = CursorTuple.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
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
  z.coerce.number().int().min(1).max(100).default(25),
);

export const PageQuerySchema = z.object({ cursor: CursorSchema, limit: LimitSchema });
export type PageQuery = z.output<typeof PageQuerySchema>;

/** Trims the look-ahead row and builds the next cursor from the last row kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  const nextCursor = hasMore && last ? encodeCursor(keyOf(last).key, keyOf(last).id) : null;
  return { items, nextCursor };
}
