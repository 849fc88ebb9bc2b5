// The exchange import through its route: each record needs the role that adds it directly, a
// file's authors and dates are kept as stated provenance (never as the acting user), no account
// is created from a file, and a malformed claim snapshot refuses the file.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ImportOriginSchema } from '@/lib/import-origin/import-origin';
import { getClaimHistory } from '@/lib/claims/claim-history.server';
import { getClaim } from '@/lib/claims/claim-queries.server';
import * as importRoute from '@/app/api/v1/exchange/import/route';
import * as alignmentsRoute from '@/app/api/v1/alignments/route';
import * as claimHistoryRoute from '@/app/api/v1/claims/[id]/history/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as mergeRoute from '@/app/api/v1/claims/[id]/merge/route';
import { createRelation } from '@/lib/relations/relation-commands.server';
import {
  apiRequest, TEST_ORIGIN, createActor, createTestAlignment, headersFor, params, uniq, type TestActor,
} from '../helpers/auth-fixtures';

const STATED = '2019-03-04T05:06:07.000Z';
const STATED_AUTHOR = 'admin@crosscheck.test';
const header = { type: 'header', format: 'crosscheck-export', version: 1, exportedAt: '2024-01-02T03:04:05.000Z', generator: 'Partner desk', scope: { event: null } };
const fileOf = (...records: object[]) => [header, ...records].map((r) => JSON.stringify(r)).join('\n');

async function importAs(actor: TestActor, file: string, name?: string) {
  const url = `${TEST_ORIGIN}/api/v1/exchange/import${name ? `?name=${encodeURIComponent(name)}` : ''}`;
  const response = await importRoute.POST(new Request(url, { method: 'POST', headers: headersFor({ kind: 'token', actor }), body: file }));
  return { status: response.status, body: await response.json() };
}

const alignmentLine = (slug: string) => ({
  type: 'alignment', slug, label: 'Imported', color: '#336699', description: null, sortOrder: 100, retiredAt: null, version: 1, createdAt: STATED, updatedAt: STATED,
});
const sourceLine = (id: string, alignment: string) => ({
  type: 'source', id, name: uniq('Imported source'), kind: 'outlet', alignment, country: null, language: null, aliases: [], description: null,
  homepage: null, represents: null, reliability: 'C', ratingVersion: 1, version: 1, createdAt: STATED, updatedAt: STATED,
});
const ratingLine = (source: string) => ({
  type: 'rating_revision', source, version: 1, reliability: 'C', previous: null, rationale: 'Stated by the partner.', author: STATED_AUTHOR, createdAt: STATED,
});
const claimLine = (id: string, extra: object = {}) => ({
  type: 'claim', id, text: `Imported claim ${id}`, language: 'en', originalText: null, originalLanguage: null, occurredAt: null, occurredPrecision: null,
  placeName: null, latitude: null, longitude: null, placePrecision: null, event: null, credibility: 6, credibilityReason: null, originCount: 0,
  carrierCount: 0, version: 1, createdBy: STATED_AUTHOR, createdAt: STATED, updatedAt: STATED, deletedAt: null, deletedBy: null, mergedInto: null,
  parties: [], figures: [], ...extra,
});
const snapshotOf = (claim: ReturnType<typeof claimLine>) => ({
  id: 1, text: claim.text, language: 'en', originalText: null, originalLanguage: null, occurredAt: null, occurredPrecision: null, placeName: null,
  latitude: null, longitude: null, placePrecision: null, eventId: null, eventTitle: null, credibility: 6, credibilityReason: null, originCount: 0,
  carrierCount: 0, version: 1, deletedAt: null, parties: [], figures: [], attributions: [],
});
const revisionLine = (claim: ReturnType<typeof claimLine>, snapshot: unknown) => ({
  type: 'claim_revision', claim: claim.id, seq: 1, version: 1, action: 'create', reason: null, snapshot, author: STATED_AUTHOR, createdAt: STATED,
});

const withinLastMinute = (d: Date) => Date.now() - d.getTime() < 60_000 && d.getTime() <= Date.now();

let reviewer: TestActor;
let editor: TestActor;
let admin: TestActor;
beforeAll(async () => {
  [reviewer, editor, admin] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('admin')]);
});

describe('each record needs the role that adds it directly', () => {
  it('refuses an editor’s new alignment with 403 naming the line, as POST /api/v1/alignments does, and adds nothing', async () => {
    const slug = uniq('smuggled');
    const sourceId = uniq('cc:source:smuggled');
    const audits = await db.auditEntry.count();
    const { status, body } = await importAs(editor, fileOf(alignmentLine(slug), sourceLine(sourceId, slug)));
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toContain('alignment');
    expect(body.error.fields).toEqual({ 'line 2': [expect.stringContaining('admin')] });
    expect(await db.alignment.findUnique({ where: { slug } })).toBeNull();
    expect(await db.source.findUnique({ where: { externalId: sourceId } })).toBeNull();
    expect(await db.auditEntry.count()).toBe(audits);

    const direct = await alignmentsRoute.POST(apiRequest({ kind: 'token', actor: editor }, 'POST', '/api/v1/alignments', { slug, label: 'Direct', color: '#336699' }));
    expect(direct.status).toBe(403);
  });

  it('lets an editor import a file whose alignments this database already has', async () => {
    const { slug } = await createTestAlignment();
    const sourceId = uniq('cc:source:partner');
    const { status, body } = await importAs(editor, fileOf(alignmentLine(slug), sourceLine(sourceId, slug)));
    expect(status).toBe(200);
    expect(body.counts.alignment).toEqual({ created: 0, existing: 1 });
    expect(body.counts.source).toEqual({ created: 1, existing: 0 });
  });

  it('refuses a reviewer’s rated or deleted claim and alignment change (editors’ acts), naming each line', async () => {
    const { slug } = await createTestAlignment();
    const sourceId = uniq('cc:source:realigned');
    const rated = claimLine(uniq('cc:claim:rated'), { credibility: 2, credibilityReason: 'Confirmed elsewhere.' });
    const deleted = claimLine(uniq('cc:claim:deleted'), { deletedAt: STATED, deletedBy: STATED_AUTHOR });
    const realign = { type: 'alignment_change', source: sourceId, seq: 2, from: slug, to: 'unknown', reason: 'Partner says so.', author: STATED_AUTHOR, createdAt: STATED };
    const { status, body } = await importAs(reviewer, fileOf(sourceLine(sourceId, slug), realign, rated, deleted));
    expect(status).toBe(403);
    expect(Object.keys(body.error.fields).sort()).toEqual(['line 3', 'line 4', 'line 5']);
    expect(await db.claim.count({ where: { externalId: { in: [rated.id, deleted.id] } } })).toBe(0);
    expect(await db.source.findUnique({ where: { externalId: sourceId } })).toBeNull();
  });

  it('lets an admin import a new alignment, dated by the import', async () => {
    const slug = uniq('partner');
    const { status, body } = await importAs(admin, fileOf(alignmentLine(slug)));
    expect(status).toBe(200);
    expect(body.counts.alignment).toEqual({ created: 1, existing: 0 });
    const made = await db.alignment.findUniqueOrThrow({ where: { slug } });
    expect(withinLastMinute(made.createdAt)).toBe(true);
  });
});

describe('a file’s authors and dates are stated provenance, never the acting user', () => {
  it.each(['reviewer', 'editor'] as const)('stores a %s’s rating revision and claim as the importer’s, made now, with the stated author and date in import_origin', async (role) => {
    const importer = role === 'reviewer' ? reviewer : editor;
    const { slug } = await createTestAlignment();
    const sourceId = uniq('cc:source:stated');
    const claim = claimLine(uniq('cc:claim:stated'));
    const stranger = `${uniq('stranger')}@partner.example`;
    const users = await db.user.count();
    const file = fileOf(
      { type: 'user', email: STATED_AUTHOR, name: 'Partner Admin' },
      { type: 'user', email: stranger, name: 'Someone Else' },
      sourceLine(sourceId, slug), ratingLine(sourceId), claim, revisionLine(claim, snapshotOf(claim)),
    );
    const { status, body } = await importAs(importer, file, 'partner-2019.jsonl');
    expect(status, JSON.stringify(body)).toBe(200);
    expect(await db.user.count()).toBe(users);
    expect(await db.user.findUnique({ where: { email: stranger } })).toBeNull();

    const source = await db.source.findUniqueOrThrow({ where: { externalId: sourceId }, select: { id: true } });
    const rating = await db.ratingRevision.findFirstOrThrow({ where: { sourceId: source.id } });
    const stored = await db.claim.findUniqueOrThrow({ where: { externalId: claim.id } });
    const revision = await db.claimRevision.findFirstOrThrow({ where: { claimId: stored.id } });
    for (const row of [
      { authorId: rating.authorId, createdAt: rating.createdAt, origin: rating.importOrigin },
      { authorId: stored.createdById, createdAt: stored.createdAt, origin: stored.importOrigin },
      { authorId: revision.authorId, createdAt: revision.createdAt, origin: revision.importOrigin },
    ]) {
      expect(row.authorId).toBe(importer.id);
      expect(withinLastMinute(row.createdAt)).toBe(true);
      const origin = ImportOriginSchema.parse(row.origin);
      expect(origin).toMatchObject({
        file: 'partner-2019.jsonl', generator: 'Partner desk', exportedAt: header.exportedAt,
        importedBy: { id: importer.id, email: importer.email },
        statedAuthor: { email: STATED_AUTHOR, name: 'Partner Admin' }, statedCreatedAt: STATED,
      });
      expect(withinLastMinute(new Date(origin.importedAt))).toBe(true);
    }
    expect(ImportOriginSchema.parse(stored.importOrigin).statedUpdatedAt).toBe(STATED);

    // Where people read history, the provenance shows; the stated author's address does not.
    const history = await claimHistoryRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/claims/${stored.id}/history`), params({ id: String(stored.id) }));
    const { items } = await history.json();
    expect(items[0]).toMatchObject({
      author: importer.name,
      importOrigin: { file: 'partner-2019.jsonl', importedBy: importer.name, statedAuthor: 'Partner Admin', statedCreatedAt: STATED },
    });
    expect(JSON.stringify(items)).not.toContain(STATED_AUTHOR);
    const sourceResponse = await sourceRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/sources/${source.id}`), params({ id: String(source.id) }));
    const detail = await sourceResponse.json();
    const ratingHistory = detail.ratingHistory;
    expect(ratingHistory[0]).toMatchObject({ authorName: importer.name, importOrigin: { statedAuthor: 'Partner Admin', statedCreatedAt: STATED } });
  });
});

describe('claim snapshots are validated', () => {
  it('refuses a file with a malformed snapshot, naming the line, and the claim history still answers', async () => {
    const claim = claimLine(uniq('cc:claim:malformed'));
    const { status, body } = await importAs(editor, fileOf(claim, revisionLine(claim, { text: 42 })));
    expect(status).toBe(400);
    expect(body.error.fields['line 3']).toEqual([expect.stringContaining('snapshot')]);
    expect(await db.claim.findUnique({ where: { externalId: claim.id } })).toBeNull();

    const existing = await db.claim.findFirstOrThrow({ where: { externalId: 'demo:claim:retreat' }, select: { id: true } });
    const response = await claimHistoryRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/claims/${existing.id}/history`), params({ id: String(existing.id) }));
    expect(response.status).toBe(200);
    expect(await getClaim(null, existing.id)).not.toBeNull();
  });

  it('shows a stored revision whose snapshot is unreadable instead of failing the history', async () => {
    const made = await db.claim.create({ data: { text: uniq('Claim with a bad revision') }, select: { id: true } });
    await db.claimRevision.create({ data: { claimId: made.id, version: 1, action: 'create', snapshot: { nothing: 'here' } } });
    const response = await claimHistoryRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/claims/${made.id}/history`), params({ id: String(made.id) }));
    expect(response.status).toBe(200);
    expect((await response.json()).items).toEqual([expect.objectContaining({ readable: false, changes: [] })]);
    expect(await getClaimHistory(null, made.id)).toHaveLength(1);
  });

  it('reads a merge’s snapshot (its own shape) in the history', async () => {
    const source = await db.source.findFirstOrThrow({ where: { externalId: 'demo:source:south-front' }, select: { id: true } });
    const made: number[] = [];
    for (const label of ['kept', 'duplicate']) {
      const response = await claimsRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/claims', {
        text: uniq(`Merge ${label}`), attributions: [{ sourceId: source.id, role: 'asserts' }],
      }));
      made.push((await response.json()).id);
    }
    const [keep, dup] = made;
    await createRelation({ id: reviewer.id, role: 'reviewer', email: reviewer.email, name: reviewer.name }, keep, { targetClaimId: dup, type: 'same_as' });
    const merged = await mergeRoute.POST(apiRequest({ kind: 'token', actor: editor }, 'POST', `/api/v1/claims/${keep}/merge`, { mergeId: dup }), params({ id: String(keep) }));
    expect(merged.status).toBe(200);

    const response = await claimHistoryRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/claims/${keep}/history`), params({ id: String(keep) }));
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items[0]).toMatchObject({ action: 'merge', readable: true, changes: [expect.objectContaining({ field: 'Merged duplicate' })] });
    expect(items.every((e: { readable: boolean }) => e.readable)).toBe(true);
  });
});
