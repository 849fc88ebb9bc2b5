import 'server-only';
import { db, type Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { LineIssues, parseArchive } from './parse-archive';
import { RefResolver } from './import-refs.server';
import { checkImportRoles } from './check-import-roles.server';
import { IMPORT_MINIMUM_ROLE } from './import-permissions';
import { importStamp } from './import-stamp';
import {
  importAlignments, importDocuments, importEvents, importSourceHistory, importSources, type Counts,
} from './import-catalog.server';
import { importAttributions, importClaimRevisions, importClaims, importRelations } from './import-claims.server';

export type ImportResult = { counts: Counts; lines: number };

/**
 * Imports a crosscheck-export JSON Lines file. Every line is validated first; a file that would
 * add anything the importer's role may not add directly is refused whole (403). Then the whole
 * file is written in one transaction, so a bad reference anywhere leaves the database as it
 * was. Records merge by external id: what exists is kept, the rest is added as the importer's,
 * with the file's authors and dates kept as stated provenance (import_origin).
 */
export async function importArchive(
  viewer: Viewer, text: string, options: { client?: Db; ip?: string | null; fileName?: string } = {},
): Promise<ImportResult> {
  requireRole(viewer, IMPORT_MINIMUM_ROLE);
  const parsed = parseArchive(text);
  const client = options.client ?? db;
  const lines = Object.values(parsed.byType).reduce((n, rows) => n + rows.length, 0);
  const stamp = importStamp(viewer, parsed.header, parsed.byType.user, options.fileName);

  const counts = await client.$transaction(
    async (tx) => {
      const refs = new RefResolver(tx);
      await checkImportRoles(tx, viewer, parsed, refs);
      // Search documents are rebuilt once at the end instead of per statement (search migration).
      await tx.$executeRaw`SELECT set_config('crosscheck.defer_search', 'on', true)`;
      const ctx = { tx, refs, issues: new LineIssues(), counts: {} as Counts, stamp };
      const t = parsed.byType;
      await importAlignments(ctx, t.alignment);
      await importSources(ctx, t.source);
      await importSourceHistory(ctx, t.rating_revision, t.alignment_change);
      await importDocuments(ctx, t.document);
      await importEvents(ctx, t.event);
      const claimIds = await importClaims(ctx, t.claim);
      await importClaimRevisions(ctx, t.claim_revision);
      await importAttributions(ctx, t.attribution);
      await importRelations(ctx, t.relation);
      if (claimIds.length) await tx.$executeRaw`SELECT refresh_claim_search(${claimIds}::int[])`;
      await tx.$executeRaw`SELECT set_config('crosscheck.defer_search', 'off', true)`;
      await recordAudit(tx, {
        actor: viewer, action: 'import', entityType: 'exchange', entityId: parsed.header.scope.event ?? 'all',
        before: null,
        after: {
          fileName: options.fileName ?? null, generator: parsed.header.generator, exportedAt: parsed.header.exportedAt,
          lines, counts: ctx.counts,
        },
        ip: options.ip,
      });
      return ctx.counts;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return { counts, lines };
}
