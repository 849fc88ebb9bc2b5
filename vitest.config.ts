import { configDefaults, defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Data modules guard against client bundles with `server-only`; tests run on the server.
      'server-only': path.resolve(import.meta.dirname, 'test/setup/server-only-stub.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'lib/**/*.test.ts'],
    // Own servers and clusters: `npm run test:hardening` (vitest.hardening.config.ts).
    exclude: [...configDefaults.exclude, 'test/faults/**', 'test/multi-instance/**'],
    globalSetup: ['test/setup/global-setup.ts'],
    // Every route handler's answer is validated against the OpenAPI description (set to 0 to skip).
    env: { CROSSCHECK_CHECK_ANSWERS: process.env.CROSSCHECK_CHECK_ANSWERS ?? '1' },
    setupFiles: ['test/setup/check-answers.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
