import 'server-only';
import type { z } from 'zod';
import type { ImportResultSchema } from '../import-answers';
import { db, sqlExecute, type Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { LineIssues } from '../line-issues';
import { importRoles } from '../import-permissions';
import { RefResolver } from './ref-resolver.server';
import { parseExchangeArchive } from './parse-exchange-archive';
import { checkImportRoles } from './check-import-roles.server';
import { importStamp } from './import-stamp';
import {
  addAlignments, addConflictAlignments, addConflicts, addDocuments, addEvents, addSourceHistory, addSources, type Counts,
} from './add-catalog-records.server';
import { addAttributions, addClaimRevisions, addClaims, addRelations } from './add-claim-records.server';

/** The answer of POST /api/v1/exchange/import, as documented. */
export type ImportResult = z.output<typeof ImportResultSchema>;

/**
 * Imports a crosscheck-export JSON Lines file (docs/exchange-format.md). Every line is validated first; a file that would
 * add anything the importer's role may not add directly is refused whole (403). Then the whole
 * file is written in one transaction, so a bad reference anywhere leaves the database as it
 * was. Records merge by external id: what exists is kept, the rest is added as the importer's,
 * with the file's authors and dates kept as stated provenance (import_origin).
 */
export async function importExchangeArchive(
  viewer: Viewer, text: string, options: { client?: Db; ip?: string | null; fileName?: string } = {},
): Promise<ImportResult> {
  requireRole(viewer, importRoles.exchangeArchive);
  const parsed = parseExchangeArchive(text);
  const client = options.client ?? db;
  const lines = Object.values(parsed.byType).reduce((n, rows) => n + rows.length, 0);
  const stamp = importStamp(viewer, parsed.header, parsed.byType.user, options.fileName);

  const counts = await client.$transaction(
    async (tx) => {
      const refs = new RefResolver(tx);
      await checkImportRoles(tx, viewer, parsed, refs);
      // Search documents are rebuilt once at the end instead of per statement (search migration).
      await sqlExecute(Prisma.sql`SELECT set_config('crosscheck.defer_search', 'on', true)`, { tx });
      const ctx = { tx, refs, issues: new LineIssues(), counts: {} as Counts, stamp };
      const t = parsed.byType;
      await addAlignments(ctx, t.alignment);
      await addConflicts(ctx, t.conflict);
      await addSources(ctx, t.source);
      await addSourceHistory(ctx, t.rating_revision, t.alignment_change);
      await addConflictAlignments(ctx, t.source_conflict_alignment);
      await addDocuments(ctx, t.document);
      await addEvents(ctx, t.event);
      const claimIds = await addClaims(ctx, t.claim);
      await addClaimRevisions(ctx, t.claim_revision);
      await addAttributions(ctx, t.attribution);
      await addRelations(ctx, t.relation);
      if (claimIds.length) await sqlExecute(Prisma.sql`SELECT refresh_claim_search(${claimIds}::int[])`, { tx });
      await sqlExecute(Prisma.sql`SELECT set_config('crosscheck.defer_search', 'off', true)`, { tx });
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
