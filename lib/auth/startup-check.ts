import { authSecret } from './auth-secret';

export function checkAuthSecretAtStartup(): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    authSecret();
  } catch (e) {
    console.error(`\nCrosscheck cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
