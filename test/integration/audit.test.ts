// The audit log is append-only (a database trigger) and admins list it with filters.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listAuditEntries } from '@/lib/audit/audit-queries.server';
import { createAlignment, updateAlignment } from '@/lib/alignments/alignment-commands.server';
import { createActor, uniq } from '../helpers/auth-fixtures';

const asViewer = (a: { id: number; email: string; name: string; role: 'reviewer' | 'editor' | 'admin' }) =>
  ({ id: a.id, email: a.email, name: a.name, role: a.role });

describe('audit log', () => {
  it('records before and after, filters by actor, entity type, action and date, pages by keyset', async () => {
    const admin = await createActor('admin');
    const slug = uniq('aud');
    await createAlignment(asViewer(admin), { slug, label: 'Before', color: '#111111' });
    await updateAlignment(asViewer(admin), slug, { label: 'After', version: 1 });
    await updateAlignment(asViewer(admin), slug, { retired: true, version: 2 });

    const all = await listAuditEntries(asViewer(admin), { actor: admin.email, entityType: 'alignment' });
    expect(all.items.map((e) => e.action)).toEqual(['alignment.retire', 'alignment.update', 'alignment.create']);
    expect(all.items[1]).toMatchObject({ entityId: slug, before: expect.objectContaining({ label: 'Before' }), after: expect.objectContaining({ label: 'After' }) });

    const page1 = await listAuditEntries(asViewer(admin), { actor: admin.email, limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await listAuditEntries(asViewer(admin), { actor: admin.email, limit: 2, cursor: page1.nextCursor! });
    expect(page2.items.map((e) => e.action)).toEqual(['alignment.create']);
    expect(page2.nextCursor).toBeNull();

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(asViewer(admin), { actor: admin.email, action: 'alignment.retire', from: today, to: today })).items).toHaveLength(1);
    expect((await listAuditEntries(asViewer(admin), { actor: admin.email, to: '2000-01-01' })).items).toHaveLength(0);
  });

  it('is admin-only', async () => {
    const editor = await createActor('editor');
    await expect(listAuditEntries(asViewer(editor))).rejects.toMatchObject({ status: 403 });
    await expect(listAuditEntries(null)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses UPDATE and DELETE', async () => {
    const entry = await db.auditEntry.findFirstOrThrow();
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: 'tampered' } })).rejects.toThrow();
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
  });

  it('never deletes an alignment: retiring keeps sources pointing at it', async () => {
    const admin = await createActor('admin');
    const slug = uniq('keep');
    await createAlignment(asViewer(admin), { slug, label: 'Kept', color: '#222222' });
    await db.source.create({ data: { name: uniq('S'), kind: 'outlet', alignmentSlug: slug } });
    const retired = await updateAlignment(asViewer(admin), slug, { retired: true, version: 1 });
    expect(retired.retiredAt).not.toBeNull();
    expect(await db.source.count({ where: { alignmentSlug: slug } })).toBe(1);
  });
});
