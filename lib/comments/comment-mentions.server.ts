import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqlRows, type Tx } from '@/lib/db';
import { mentionedHandles } from './comment-text';

/**
 * The active users a comment's @handles name (see comment-text.ts for the rule), the author
 * left out: mentioning oneself puts nothing in anyone's queue.
 */
async function mentionedUserIds(tx: Tx, body: string, authorId: number): Promise<number[]> {
  const handles = mentionedHandles(body);
  if (!handles.length) return [];
  const rows = await sqlRows<{ id: number }>(
    Prisma.sql`SELECT id FROM users
      WHERE status = 'active' AND id <> ${authorId}
        AND (lower(split_part(email, '@', 1)) IN (${Prisma.join(handles)})
          OR lower(regexp_replace(name, '\\s', '', 'g')) IN (${Prisma.join(handles)}))
      ORDER BY id`,
    { tx },
  );
  return rows.map((r) => Number(r.id));
}

/** Makes the stored mentions those of the comment's current text; returns the user ids. */
export async function syncMentions(tx: Tx, commentId: number, body: string, authorId: number): Promise<number[]> {
  const userIds = await mentionedUserIds(tx, body, authorId);
  await tx.commentMention.deleteMany({ where: { commentId, userId: { notIn: userIds } } });
  if (userIds.length) {
    await tx.commentMention.createMany({ data: userIds.map((userId) => ({ commentId, userId })), skipDuplicates: true });
  }
  return userIds;
}
