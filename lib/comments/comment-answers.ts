import { z } from 'zod';

// The comment answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const at = '2026-07-01T09:00:00.000Z';
const userRef = z.strictObject({ id: z.number().int(), name: z.string() });

const exampleComment = {
  id: 1,
  claimId: 16,
  eventId: null,
  author: { id: 2, name: 'Demo Reviewer' },
  body: 'SANA and the SOHR disagree on who shelled Kansafrah first. @editor could you check the OCHA update? https://reliefweb.int/country/syr',
  version: 1,
  createdAt: at,
  editedAt: null,
  editableUntil: '2026-07-01T09:15:00.000Z',
  hidden: null,
  mentions: [{ userId: 3, name: 'Demo Editor', handle: 'editor' }],
};

export const CommentSchema = z
  .strictObject({
    id: z.number().int(),
    claimId: z.number().int().nullable().meta({ description: 'The claim discussed, or null for an event.' }),
    eventId: z.number().int().nullable().meta({ description: 'The event discussed, or null for a claim.' }),
    author: userRef,
    body: z.string().nullable().meta({ description: 'Plain text. Null when an editor hid the comment and the viewer is not an editor.' }),
    version: z.number().int().meta({ description: 'Quote it in an edit.' }),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable().meta({ description: 'When its author last changed it; shown as "edited".' }),
    editableUntil: z.iso.datetime().meta({ description: 'Its author may edit it until then (15 minutes after posting).' }),
    hidden: z
      .strictObject({ at: z.iso.datetime(), by: userRef.nullable(), reason: z.string() })
      .nullable()
      .meta({ description: 'Set when an editor hid it; the comment is kept.' }),
    mentions: z
      .array(z.strictObject({ userId: z.number().int(), name: z.string(), handle: z.string().meta({ description: 'The @handle as matched, lower-cased.' }) }))
      .meta({ description: 'The users its @handles named when it was written or last edited.' }),
  })
  .meta({ id: 'Comment', description: 'A comment on a claim or an event. Only signed-in users can read comments.', examples: [exampleComment] });
export type CommentAnswer = z.output<typeof CommentSchema>;

export const CommentPageSchema = z
  .strictObject({
    items: z.array(CommentSchema),
    nextCursor: z.string().nullable().meta({ description: 'Pass it back as `cursor` for the next page; null on the last.' }),
    count: z.number().int().meta({ description: 'All comments in the thread.' }),
  })
  .meta({ id: 'CommentPage', description: 'A thread, oldest first, keyset-paged.', examples: [{ items: [exampleComment], nextCursor: null, count: 1 }] });
export type CommentPageAnswer = z.output<typeof CommentPageSchema>;

export const MentionSchema = z
  .strictObject({
    commentId: z.number().int(),
    mentionedAt: z.iso.datetime(),
    author: userRef,
    body: z.string(),
    on: z.strictObject({ kind: z.enum(['claim', 'event']), id: z.number().int(), title: z.string() }),
  })
  .meta({ id: 'Mention', description: 'A comment that mentions the viewer.' });
export type MentionAnswer = z.output<typeof MentionSchema>;
