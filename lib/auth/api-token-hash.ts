import { createHash, randomBytes } from 'node:crypto';

// `cc_` marks Crosscheck tokens so secret scanners and people recognise a leaked one.
export const TOKEN_PREFIX = 'cc_';

export function newRawToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Only this hash is stored; a token is high-entropy, so an unsalted SHA-256 is enough. */
export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/** The visible start of a token, shown in lists so owners can tell tokens apart. */
export const displayPrefix = (raw: string) => raw.slice(0, TOKEN_PREFIX.length + 6);
