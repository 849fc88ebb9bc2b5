// Claim search against real PostgreSQL: full text across scripts and the claim's context
// (quotes, speakers, venues, event titles), trigram matching of misspelt names, every filter
// combined with the text query, safe highlights and keyset pages across ranking windows.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { listClaims } from '@/lib/claims/claim-queries.server';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { searchClaims } from '@/lib/search/search-claims.server';
import { GET as listClaimsRoute } from '@/app/api/v1/claims/route';
import { createTestAlignment, createTestSource } from '../helpers/auth-fixtures';

// A made-up word per run: letters only, so the full-text parser keeps it one token.
const word = (label: string) =>
  `${label}${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const search = (raw: Record<string, string | number>) =>
  listClaims(null, ClaimListQuerySchema.parse(raw));
const idsOf = async (raw: Record<string, string | number>) => (await search(raw)).items.map((c) => c.id);

async function createClaim(data: {
  text: string;
  originalText?: string;
  credibility?: number;
  occurredAt?: Date;
  eventId?: number;
  sourceId?: number;
  venue?: string;
}) {
  const { sourceId, venue, ...claim } = data;
  const created = await db.claim.create({
    data: {
      ...claim,
      attributions: sourceId ? { create: { sourceId, role: 'asserts', venue } } : undefined,
    },
    select: { id: true },
  });
  return created.id;
}

describe('claim search', () => {
  const tag = word('zq');
  let alignmentA: string;
  let sourceA: number;
  let sourceB: number;
  let first: number;
  let second: number;

  beforeAll(async () => {
    alignmentA = (await createTestAlignment()).slug;
    sourceA = (await createTestSource(alignmentA)).id;
    sourceB = (await createTestSource()).id;
    first = await createClaim({ text: `Shelling reported near ${tag}`, credibility: 2, occurredAt: new Date('2020-06-30T10:00:00Z'), sourceId: sourceA });
    second = await createClaim({ text: `No shelling near ${tag} at all`, credibility: 5, occurredAt: new Date('2021-01-15T10:00:00Z'), sourceId: sourceB });
  });

  it('finds Arabic text in the original-language wording, and Arabic claim text', async () => {
    const arabic = `قصف مستشفى في ${word('')}`.trim();
    const translated = await createClaim({ text: `A hospital was shelled ${word('en')}`, originalText: 'قصفت الطائرات مستشفى الكندي في مدينة أريحا' });
    const native = await createClaim({ text: arabic });
    expect(await idsOf({ q: 'الكندي' })).toContain(translated);
    expect(await idsOf({ q: 'أريحا مستشفى' })).toContain(translated);
    expect(await idsOf({ q: arabic.split(' ').at(-1)! })).toEqual([native]);
  });

  it('finds a misspelt speaker by trigram similarity', async () => {
    const nebenzyaClaims = await db.claim.findMany({
      where: { attributions: { some: { source: { name: 'Vasily Nebenzya' } } } },
      select: { id: true },
    });
    expect(nebenzyaClaims.length).toBeGreaterThan(0);
    const found = await idsOf({ q: 'Nebenzia' });
    for (const { id } of nebenzyaClaims) expect(found).toContain(id);

    // No alias spells this one: only trigram similarity can connect them.
    const source = await db.source.create({
      data: { name: 'Rostislav Zhmurkevich', kind: 'official', alignmentSlug: alignmentA },
      select: { id: true },
    });
    const claim = await createClaim({ text: `Statement on the ceasefire ${word('st')}`, sourceId: source.id });
    expect(await idsOf({ q: 'Zhmurkevitch' })).toContain(claim);
  });

  it('searches quotes, venues and event titles through the search document', async () => {
    const venueWord = word('venue');
    const eventWord = word('event');
    const event = await db.event.create({ data: { title: `Clashes at ${eventWord}` }, select: { id: true } });
    const atVenue = await createClaim({ text: 'A statement was made', sourceId: sourceA, venue: `Council of ${venueWord}` });
    const inEvent = await createClaim({ text: 'Troops withdrew', eventId: event.id });
    expect(await idsOf({ q: venueWord })).toEqual([atVenue]);
    expect(await idsOf({ q: eventWord })).toEqual([inEvent]);

    // Renaming the event keeps the document current (trigger on events).
    const renamed = word('renamed');
    await db.event.update({ where: { id: event.id }, data: { title: `Clashes at ${renamed}` } });
    expect(await idsOf({ q: renamed })).toEqual([inEvent]);
    expect(await idsOf({ q: eventWord })).toEqual([]);
  });

  it('combines every filter with the text query', async () => {
    expect(new Set(await idsOf({ q: tag }))).toEqual(new Set([first, second]));
    expect(await idsOf({ q: tag, alignment: alignmentA })).toEqual([first]);
    expect(await idsOf({ q: tag, sourceId: sourceB })).toEqual([second]);
    expect(await idsOf({ q: tag, credibility: '5' })).toEqual([second]);
    expect(await idsOf({ q: tag, credibility: '1,2' })).toEqual([first]);
    expect(await idsOf({ q: tag, from: '2021-01-01' })).toEqual([second]);
    expect(await idsOf({ q: tag, to: '2020-06-30' })).toEqual([first]);
    expect(await idsOf({ q: tag, contested: 'true' })).toEqual([]);
    await db.claimRelation.create({ data: { claimAId: first, claimBId: second, type: 'contradicts' } });
    expect(new Set(await idsOf({ q: tag, contested: 'true' }))).toEqual(new Set([first, second]));
    expect(await idsOf({ q: tag, contested: 'true', alignment: alignmentA, credibility: '2' })).toEqual([first]);
  });

  it('keeps the alignment and contested filters true through later edits', async () => {
    // Both filters read columns that triggers maintain; every kind of edit that changes the
    // answer must reach them.
    const t = word('kept');
    const otherAlignment = (await createTestAlignment()).slug;
    const source = (await createTestSource(alignmentA)).id;
    const claim = await createClaim({ text: `Convoy hit near ${t}`, sourceId: source });
    const partner = await createClaim({ text: `No convoy near ${t}` });
    expect(await idsOf({ q: t, alignment: alignmentA })).toEqual([claim]);

    // The source is realigned: the claim is now that alignment's account.
    await db.source.update({ where: { id: source }, data: { alignmentSlug: otherAlignment } });
    expect(await idsOf({ q: t, alignment: alignmentA })).toEqual([]);
    expect(await idsOf({ q: t, alignment: otherAlignment })).toEqual([claim]);

    // The source only relays it now: nobody of that alignment asserts it.
    await db.attribution.updateMany({ where: { claimId: claim }, data: { role: 'relays' } });
    expect(await idsOf({ q: t, alignment: otherAlignment })).toEqual([]);

    // Contested while its contradicting partner is live, not while the partner is deleted.
    await db.claimRelation.create({ data: { claimAId: Math.min(claim, partner), claimBId: Math.max(claim, partner), type: 'contradicts' } });
    expect(new Set(await idsOf({ q: t, contested: 'true' }))).toEqual(new Set([claim, partner]));
    await db.claim.update({ where: { id: partner }, data: { deletedAt: new Date() } });
    expect(await idsOf({ q: t, contested: 'true' })).toEqual([]);
    expect(await idsOf({ q: t, contested: 'false' })).toEqual([claim]);
    await db.claim.update({ where: { id: partner }, data: { deletedAt: null } });
    expect(new Set(await idsOf({ q: t, contested: 'true' }))).toEqual(new Set([claim, partner]));
    await db.claimRelation.deleteMany({ where: { claimAId: Math.min(claim, partner), claimBId: Math.max(claim, partner) } });
    expect(await idsOf({ q: t, contested: 'true' })).toEqual([]);

    // The same filters without a text query (the plain list) read the same columns.
    expect((await search({ alignment: otherAlignment, limit: 100 })).items.map((c) => c.id)).not.toContain(claim);
  });

  it('follows typing: the last word matches as a prefix', async () => {
    expect(await idsOf({ q: `shelling ${tag.slice(0, 5)}` })).toEqual(expect.arrayContaining([first, second]));
  });

  it('returns highlights as plain-text segments, markup included literally', async () => {
    const hot = word('hot');
    const text = `<b>Bold</b> claim about ${hot} & <script>alert(1)</script>`;
    const id = await createClaim({ text });
    const page = await search({ q: hot });
    expect(page.items.map((c) => c.id)).toEqual([id]);
    const segments = page.items[0].highlight!;
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual([hot]);
    expect(segments[0]).toEqual({ text: '<b>Bold</b> claim about ', match: false });

    const res = await listClaimsRoute(new Request(`http://localhost/api/v1/claims?q=${hot}`));
    const body = await res.json();
    expect(body.items[0].highlight.map((s: { text: string }) => s.text).join('')).toBe(text);
  });

  it('pages by keyset without overlap, across ranking windows', async () => {
    const many = word('many');
    // 23 matches ranked in windows of 5 newest: paging must rank inside each window and then
    // move on to the next, older one.
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) ids.push(await createClaim({ text: `Report ${i} of ${many}${` ${many}`.repeat(i % 3)}` }));
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const parsed = ClaimListQuerySchema.parse({ q: many, limit: 2, ...(cursor ? { cursor } : {}) });
      const page = await searchClaims(null, { ...parsed, q: many }, { window: 5 });
      seen.push(...page.hits.map((h) => h.id));
      // Within a window, ranked: more occurrences first.
      expect(page.hits.map((h) => h.score)).toEqual([...page.hits.map((h) => h.score)].sort((a, b) => b - a));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 40);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(ids));

    // Through the list API as the page uses it, the default window: one page of 23, no overlap.
    const first = await search({ q: many, limit: 20 });
    const second = await search({ q: many, limit: 20, cursor: first.nextCursor! });
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((c) => c.id))).toEqual(new Set(ids));
  });

  it('rejects a cursor that is not a search position', async () => {
    const cursor = Buffer.from(JSON.stringify(['2020-01-01', 3])).toString('base64url');
    const res = await listClaimsRoute(new Request(`http://localhost/api/v1/claims?q=${tag}&cursor=${cursor}`));
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { error: { fields: object } }).error.fields)).toEqual(['cursor']);
  });

  it('returns nothing for punctuation-only queries instead of failing', async () => {
    expect(await idsOf({ q: '!!! ???' })).toEqual([]);
    expect(await idsOf({ q: "'&|:*" })).toEqual([]);
  });
});
