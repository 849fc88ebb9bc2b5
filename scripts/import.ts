// `npm run import -- <file.csv|file.jsonl> [--as admin@example.org] [--batch-size 2000]`
// Bulk-loads claims with their sources and attributions (docs/import-format.md) into
// DATABASE_URL, or the embedded database under .data/. Acts as the admin named by --as, else
// the longest-standing active admin; the import is audited under that name.
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../lib/db/resolve-database';
import { applyMigrations } from '../lib/db/schema-engine';
import { formatOfFileName, ImportFormatSchema } from '../lib/import/claim-rows/claim-row-schemas';
import { createProgressPrinter, progressLine } from '../lib/import/progress-bar';

const USAGE = 'Usage: npm run import -- <file.csv|file.jsonl> [--format csv|jsonl] [--as <admin email>] [--batch-size N]';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, as: { type: 'string' }, 'batch-size': { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(USAGE);
  const format = ImportFormatSchema.parse(values.format ?? formatOfFileName(file) ?? 'unknown');
  const totalBytes = statSync(file).size;

  const database = await resolveDatabase({ quiet: true });
  try {
    await applyMigrations(database.url, { log: () => {} });
    process.env.DATABASE_URL = database.url;
    // Loaded after DATABASE_URL is known: the Prisma client reads it when first imported.
    const { db } = await import('../lib/db');
    const { importClaimRows } = await import('../lib/import/claim-rows/import-claim-rows.server');
    const viewer = await db.user.findFirst({
      where: { role: 'admin', status: 'active', ...(values.as ? { email: values.as.toLowerCase() } : {}) },
      orderBy: { id: 'asc' },
      select: { id: true, email: true, name: true, role: true },
    });
    if (!viewer) throw new Error(values.as ? `No active admin ${values.as}.` : 'No active admin: create one with `npm run users -- create --role admin …`.');
    console.error(`Importing ${file} (${format}) as ${viewer.email}…`);
    const printer = createProgressPrinter();
    const started = Date.now();
    const summary = await importClaimRows(viewer, {
      input: createReadStream(file),
      format,
      label: file,
      totalBytes,
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      onProgress: (p) => values.quiet || printer.update(progressLine({ ...p, elapsedMs: Date.now() - started })),
    });
    if (!values.quiet) printer.done(progressLine({ ...summary, bytesRead: totalBytes, elapsedMs: summary.durationMs }));
    for (const e of summary.errors) console.error(`line ${e.line}: ${e.message}`);
    if (summary.errorCount > summary.errors.length) console.error(`… and ${summary.errorCount - summary.errors.length} more`);
    console.log(JSON.stringify({ ...summary, errors: undefined }));
    await db.$disconnect();
    return summary.errorCount > 0 ? 1 : 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
