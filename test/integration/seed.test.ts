// The founding example as the global setup seeded it, and seeding again creating nothing, both
// in the shared test database and in an isolated one where every table can be counted.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { buildProvenanceChains } from '@/lib/claims/provenance';
import { db } from '@/lib/db';
import { applyMigrations } from '@/lib/db/schema-engine';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { DEMO_ACCOUNTS, DEMO_ALIGNMENTS, DEMO_PASSWORD, DEMO_SOURCES } from '@/lib/seed/demo-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createThrowawayDatabase } from '../setup/throwaway-database';

const demo = { startsWith: 'demo:' };

async function claimAttributions(key: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { externalId: `demo:claim:${key}` },
    select: {
      id: true, originCount: true, carrierCount: true,
      attributions: {
        select: {
          id: true, role: true, relaysId: true, sourceId: true, venue: true, statedAt: true,
          quoteExact: true, quotePrefix: true, quoteSuffix: true, quoteStart: true,
          source: { select: { externalId: true, name: true } },
          document: { select: { text: true } },
        },
      },
    },
  });
  return claim;
}

describe('founding example', () => {
  it('has at least ten claims in events, and the five alignments', async () => {
    expect(await db.claim.count({ where: { externalId: demo, eventId: { not: null } } })).toBeGreaterThanOrEqual(10);
    const slugs = await db.alignment.findMany({ select: { slug: true } });
    expect(slugs.map((a) => a.slug)).toEqual(
      expect.arrayContaining(['pro-government', 'pro-militant', 'un', 'independent', 'unknown']),
    );
    expect(await db.event.count({ where: { externalId: demo } })).toBe(5);
  });

  it('records the retreat claim as a three-hop chain: pro-militant sources → South Front → Global Research', async () => {
    const claim = await claimAttributions('retreat');
    const chains = buildProvenanceChains(claim.attributions);
    expect(chains.map((chain) => chain.map((a) => a.source.name))).toEqual([
      ['pro-militant sources', 'South Front', 'Global Research'],
    ]);
    expect(chains[0].map((a) => a.statedAt?.toISOString().slice(0, 10) ?? null)).toEqual([null, '2020-07-01', '2020-07-02']);
    expect(claim).toMatchObject({ originCount: 1, carrierCount: 3 });
  });

  it('anchors every demo quote in its stored document text', async () => {
    const attributions = await db.attribution.findMany({
      where: { externalId: demo, quoteExact: { not: null } },
      select: { quoteExact: true, quotePrefix: true, quoteSuffix: true, quoteStart: true, document: { select: { text: true } } },
    });
    expect(attributions.length).toBeGreaterThan(20);
    for (const a of attributions) {
      const text = a.document!.text;
      const start = a.quoteStart!;
      expect(text.slice(start, start + a.quoteExact!.length)).toBe(a.quoteExact);
      expect(text.slice(0, start).endsWith(a.quotePrefix!)).toBe(true);
      expect(text.slice(start + a.quoteExact!.length).startsWith(a.quoteSuffix!)).toBe(true);
    }
  });

  it('stores the two documents with their hashes, and Global Research republishing South Front', async () => {
    const gr = await db.document.findUniqueOrThrow({
      where: { normalizedUrl: 'https://www.globalresearch.ca/video-internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/5717335' },
      select: { text: true, textSha256: true, sourceCredit: true, publisher: { select: { name: true } },
        republishes: { select: { normalizedUrl: true, publishedAt: true } } },
    });
    expect(gr.textSha256).toBe(createHash('sha256').update(gr.text).digest('hex'));
    expect(gr.publisher?.name).toBe('Global Research');
    expect(gr.sourceCredit).toBe('The original source of this article is South Front');
    expect(gr.republishes).toEqual({
      normalizedUrl: 'https://southfront.org/internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib',
      publishedAt: new Date('2020-07-01T00:00:00Z'),
    });
  });

  it('gives the outlets with a homepage their domain as an identifier, so a page there proposes them', async () => {
    const rows = await db.sourceIdentifier.findMany({
      where: { source: { externalId: { in: ['demo:source:south-front', 'demo:source:global-research'] } } },
      select: { kind: true, value: true, source: { select: { name: true } } }, orderBy: { value: 'asc' },
    });
    expect(rows).toEqual([
      { kind: 'domain', value: 'globalresearch.ca', source: { name: 'Global Research' } },
      { kind: 'domain', value: 'southfront.org', source: { name: 'South Front' } },
    ]);
  });

  it('links the contradictions in canonical order, with what they dispute', async () => {
    const relations = await db.claimRelation.findMany({
      where: { externalId: demo, type: 'contradicts' },
      select: { claimAId: true, claimBId: true, disputes: true, note: true,
        claimA: { select: { externalId: true } }, claimB: { select: { externalId: true } } },
    });
    expect(relations.length).toBeGreaterThanOrEqual(2);
    for (const r of relations) {
      expect(r.claimAId).toBeLessThan(r.claimBId);
      expect(r.disputes.length).toBeGreaterThan(0);
      expect(r.note).toBeTruthy();
    }
    const pairs = relations.map((r) => [r.claimA.externalId, r.claimB.externalId].sort().join(' ↔ '));
    expect(pairs).toContain('demo:claim:provocation ↔ demo:claim:retreat');
    expect(pairs).toContain('demo:claim:facilities-were-military-infrastructure ↔ demo:claim:russia-bombed-humanitarian-targets');
  });

  it('keeps Nebenzya, the state he represents and the venue apart', async () => {
    const nebenzya = await db.source.findUniqueOrThrow({
      where: { externalId: 'demo:source:vasily-nebenzya' },
      select: { kind: true, alignmentSlug: true, aliases: true, represents: { select: { name: true, kind: true } } },
    });
    expect(nebenzya).toMatchObject({ kind: 'official', alignmentSlug: 'pro-government', represents: { name: 'Russian Federation', kind: 'government' } });
    expect(nebenzya.aliases).toEqual(expect.arrayContaining(['Василий Небензя', 'Vassily Nebenzia']));
    const claim = await claimAttributions('deconflicted-sites-terrorist-headquarters');
    const root = claim.attributions.find((a) => a.role === 'asserts')!;
    expect(root.source.name).toBe('Vasily Nebenzya');
    expect(root.venue).toBe('UN Security Council meeting, 29 June 2020');
    expect(root.statedAt?.toISOString().slice(0, 10)).toBe('2020-06-29');
  });

  it('gives every demo source a first rating revision that matches its current grade', async () => {
    const sources = await db.source.findMany({
      where: { externalId: demo },
      select: { externalId: true, reliability: true, ratingRevisions: { where: { version: 1 }, select: { reliability: true, previous: true, rationale: true, author: { select: { email: true } } } } },
    });
    expect(sources).toHaveLength(DEMO_SOURCES.length);
    for (const s of sources) {
      expect(s.ratingRevisions).toHaveLength(1);
      expect(s.ratingRevisions[0]).toMatchObject({ previous: null, author: { email: 'admin@crosscheck.test' } });
      expect(s.ratingRevisions[0].rationale.length).toBeGreaterThan(40);
    }
    const southFront = sources.find((s) => s.externalId === 'demo:source:south-front')!;
    expect(southFront.ratingRevisions[0].reliability).toBe('D');
  });

  it('creates one demo account per role that signs in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { role: true, passwordHash: true } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });
});

describe('seeding again', () => {
  it('creates nothing in the shared test database', async () => {
    const before = await demoCounts();
    const result = await seedDatabase();
    expect(result.created).toBe(0);
    expect(await demoCounts()).toEqual(before);
  });

  // Other test files write to the shared database at the same time, so "no table changes" is
  // checked where nothing else writes: a database of its own.
  const isolated: { drop?: () => Promise<void>; client?: PrismaClient } = {};
  afterAll(async () => {
    await isolated.client?.$disconnect();
    await isolated.drop?.();
  });

  it('changes no table in a fresh database', async () => {
    const database = await createThrowawayDatabase('seed');
    isolated.drop = database.drop;
    await applyMigrations(database.url, { log: () => {} });
    isolated.client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const first = await seedDatabase({ client: isolated.client });
    expect(first.created).toBeGreaterThan(50);
    const before = await tableCounts(database.url);
    const second = await seedDatabase({ client: isolated.client });
    expect(second.created).toBe(0);
    expect(await tableCounts(database.url)).toEqual(before);
    expect(before.claims).toBeGreaterThanOrEqual(10);
  }, 60_000);
});

async function demoCounts() {
  const demoClaim = { externalId: demo };
  return {
    alignments: await db.alignment.count({ where: { slug: { in: DEMO_ALIGNMENTS.map((a) => a.slug) } } }),
    users: await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } }),
    sources: await db.source.count({ where: { externalId: demo } }),
    firstRatings: await db.ratingRevision.count({ where: { version: 1, source: { externalId: demo } } }),
    documents: await db.document.count({ where: { externalId: demo } }),
    events: await db.event.count({ where: { externalId: demo } }),
    claims: await db.claim.count({ where: demoClaim }),
    attributions: await db.attribution.count({ where: { externalId: demo } }),
    figures: await db.claimFigure.count({ where: { claim: demoClaim } }),
    relations: await db.claimRelation.count({ where: { externalId: demo } }),
  };
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      const result = await client.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
      counts[table_name] = result.rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
