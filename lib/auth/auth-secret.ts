// Relative import: the start-up checks load this before Next.js, through plain Node.
import { getEnv } from '../env';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * NEXTAUTH_SECRET, always required: a missing one stops the server with a clear message (a short
 * one fails the environment's validation first). `npm start` on the embedded database sets it
 * from a secret of its own (lib/auth/stored-auth-secret.ts); there is no built-in fallback
 * anyone could know.
 */
export function authSecret(): string {
  const secret = getEnv().NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      'NEXTAUTH_SECRET is not set. Set it to a random value of at least 16 characters ' +
        '(`openssl rand -base64 32`). `npm start` sets one by itself only on the embedded database.',
    );
  }
  return secret;
}

export function usesSecureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith('https://') ?? false;
}
