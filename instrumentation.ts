// Runs once when the server starts: a missing NEXTAUTH_SECRET (outside demo mode) stops it
// here, with a message naming the variable, rather than at the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkAuthSecretAtStartup } = await import('./lib/auth/startup-check');
    checkAuthSecretAtStartup();
  }
}
