import { authSecret } from './auth-secret';

/** Why sessions could not be signed, or null: checked once at start, before Next.js loads. */
export function authSecretProblem(): string | null {
  try {
    authSecret();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
