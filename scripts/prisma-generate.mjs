// Runs `prisma generate` without Prisma's downloadable native engine (unreachable here).
// Generate only checks that the engine file exists; it must NOT be executable, or other
// prisma commands would "succeed" without doing anything (see docs/decisions/002).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const placeholder = join(mkdtempSync(join(tmpdir(), 'prisma-engine-')), 'schema-engine');
writeFileSync(placeholder, 'placeholder: prisma generate never runs this file\n', { mode: 0o644 });

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
