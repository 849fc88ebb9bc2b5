import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db, sqlExecute, sqlIdentifier, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// The one raw-SQL helper: on Prisma's pool outside a transaction, through the transaction inside.

type AlignmentRow = { slug: string; label: string; sort_order: number; created_at: Date; retired_at: Date | null };

const alignmentsSql = (slugs: string[]) => Prisma.sql`
  SELECT slug, label, sort_order, created_at, retired_at FROM alignments
  WHERE slug = ANY(${slugs}::text[]) ORDER BY slug`;

class RollBack extends Error {}

describe('sqlRows and sqlExecute', () => {
  it('inside a transaction see its uncommitted rows and roll back with it', async () => {
    const slug = `raw-${randomUUID().slice(0, 8)}`;
    let seenInside: AlignmentRow[] = [];
    let seenOutside: AlignmentRow[] = [];
    const rolledBack = db.$transaction(async (tx) => {
      const inserted = await sqlExecute(
        Prisma.sql`INSERT INTO alignments (slug, label, color, sort_order, updated_at) VALUES (${slug}, 'Raw', '#123456', 7, now())`,
        { tx },
      );
      expect(inserted).toBe(1);
      seenInside = await sqlRows<AlignmentRow>(alignmentsSql([slug]), { tx });
      seenOutside = await sqlRows<AlignmentRow>(alignmentsSql([slug]));
      throw new RollBack();
    });
    await rolledBack.catch((e: unknown) => { if (!(e instanceof RollBack)) throw e; });
    expect(seenInside.map((r) => [r.slug, r.sort_order])).toEqual([[slug, 7]]);
    expect(seenOutside).toEqual([]);
    expect(await sqlRows(alignmentsSql([slug]))).toEqual([]);
  });

  it('outside a transaction return the rows $queryRaw returns, prepared or not', async () => {
    const slugs = (await db.alignment.findMany({ select: { slug: true } })).map((a) => a.slug);
    expect(slugs.length).toBeGreaterThan(1);
    const viaPrisma = await db.$queryRaw<AlignmentRow[]>(alignmentsSql(slugs));
    const plain = await sqlRows<AlignmentRow>(alignmentsSql(slugs));
    expect(plain).toEqual(viaPrisma);
    expect(plain[0].created_at).toBeInstanceOf(Date);
    for (let i = 0; i < 3; i++) expect(await sqlRows<AlignmentRow>(alignmentsSql(slugs), { prepare: true })).toEqual(viaPrisma);
  });

  it('outside a transaction report how many rows a statement touched', async () => {
    const slug = `raw-${randomUUID().slice(0, 8)}`;
    await db.alignment.create({ data: { slug, label: 'Raw', color: '#123456' } });
    expect(await sqlExecute(Prisma.sql`UPDATE alignments SET sort_order = sort_order + 1 WHERE slug = ${slug}`)).toBe(1);
    expect(await sqlExecute(Prisma.sql`DELETE FROM alignments WHERE slug = ${slug}`)).toBe(1);
    expect(await sqlExecute(Prisma.sql`DELETE FROM alignments WHERE slug = ${slug}`)).toBe(0);
  });

  it('write constant table names quoted and refuse anything but a plain name', async () => {
    const [row] = await sqlRows<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM ${sqlIdentifier('alignments')}`);
    expect(row.n).toBeGreaterThan(0);
    for (const bad of ['alignments"; DROP TABLE users; --', 'Alignments', '', 'a b', 'public.alignments']) {
      expect(() => sqlIdentifier(bad)).toThrow(/plain SQL identifier/);
    }
  });
});
