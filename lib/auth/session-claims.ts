// What a session JWT carries besides next-auth's own fields. `sv` is the user's session version
// at sign-in: bumping users.session_version ends every session issued before.

export type SessionClaims = { userId: string; sessionVersion: number };

/** The claims of a decoded session token, or null; a token from before `sv` existed counts as 0. */
export function sessionClaimsOf(token: { sub?: unknown; sv?: unknown } | null | undefined): SessionClaims | null {
  if (!token || typeof token.sub !== 'string' || !token.sub) return null;
  const sv = token.sv ?? 0;
  if (typeof sv !== 'number' || !Number.isSafeInteger(sv)) return null;
  return { userId: token.sub, sessionVersion: sv };
}
