// No imports: the start-up checks read the secret before anything else loads.

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * NEXTAUTH_SECRET, always required: a missing or short one stops the server with a clear
 * message. `npm start` on the embedded database sets it from a secret of its own
 * (lib/auth/stored-auth-secret.ts); there is no built-in fallback anyone could know.
 */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      'NEXTAUTH_SECRET is not set. Set it to a random value of at least 16 characters ' +
        '(`openssl rand -base64 32`). `npm start` sets one by itself only on the embedded database.',
    );
  }
  if (secret.length < 16) throw new Error('NEXTAUTH_SECRET must be at least 16 characters (try `openssl rand -base64 32`).');
  return secret;
}

export function usesSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}
