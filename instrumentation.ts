// Runs once when the server starts: a missing NEXTAUTH_SECRET (outside demo mode) stops it
// here, with a message naming the variable, rather than at the first sign-in; so does a
// database that cannot be reached or whose schema does not match this release's migrations.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkAuthSecretAtStartup } = await import('./lib/auth/startup-check');
    checkAuthSecretAtStartup();
    if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.CROSSCHECK_SKIP_DB_CHECK === '1') return;
    const { checkDatabaseSchema } = await import('./lib/db/schema-check');
    const problem = await checkDatabaseSchema(process.env.DATABASE_URL);
    if (problem) {
      console.error(`\nCrosscheck cannot start: ${problem.message}\n`);
      process.exit(1);
    }
  }
}
