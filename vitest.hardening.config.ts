import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Fault and multi-instance tests: each file starts its own PostgreSQL cluster and production
// servers (see scripts/loadtest/harness.ts), so no shared database and one file at a time.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'test/setup/server-only-stub.ts'),
    },
  },
  test: {
    include: ['test/faults/**/*.test.ts', 'test/multi-instance/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
