// A process that loads embedded PostgreSQL still exits with the failure code it set: the
// library's shutdown hook would otherwise end it with process.exit(0), and a failed test run or
// CLI would look like a success to CI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (code: number) =>
  spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('./lib/db/embedded-postgres.ts').then(() => { process.exitCode = ${code}; })`], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
  });

describe('a process that loads embedded PostgreSQL', () => {
  it('exits with the failure code it set', () => {
    const result = run(3);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });

  it('still exits 0 when nothing failed', () => {
    expect(run(0).status).toBe(0);
  });
});
