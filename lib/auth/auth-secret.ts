// No imports: instrumentation.ts checks the secret at start-up before anything else loads.

// Published on purpose: only the embedded demo (CROSSCHECK_DEMO=true) may use it.
const DEMO_SECRET = 'crosscheck-demo-secret-PUBLIC-never-use-in-production';
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let warnedDemo = false;

/** NEXTAUTH_SECRET, required outside demo mode: a missing one stops the server with a clear message. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) {
    if (secret.length < 16) throw new Error('NEXTAUTH_SECRET must be at least 16 characters (try `openssl rand -base64 32`).');
    return secret;
  }
  const demo = process.env.CROSSCHECK_DEMO;
  if (demo === 'true' || demo === '1') {
    if (!warnedDemo) {
      warnedDemo = true;
      console.warn(
        '\n!!! CROSSCHECK_DEMO=true: sessions are signed with a PUBLIC demo secret. Anyone can forge a\n' +
          '!!! session. Never expose this instance; set NEXTAUTH_SECRET for any real deployment.\n',
      );
    }
    return DEMO_SECRET;
  }
  throw new Error(
    'NEXTAUTH_SECRET is not set. Set it to a random value of at least 16 characters ' +
      '(`openssl rand -base64 32`), or set CROSSCHECK_DEMO=true for a local demo with a public secret.',
  );
}

export function usesSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}
