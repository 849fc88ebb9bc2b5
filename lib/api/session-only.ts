import { DomainError } from '@/lib/errors';

/**
 * Only a signed-in browser session mints tokens, never a token (as on GitHub): a leaked token
 * cannot make itself a longer-lived successor, and every token traces back to a person who
 * signed in with their password.
 */
export function requireSessionForNewToken(via: 'token' | 'cookie' | 'none'): void {
  if (via === 'token') {
    throw new DomainError(403, 'token_cannot_create_tokens', 'API tokens cannot create tokens. Create one on your account page, signed in.');
  }
}
