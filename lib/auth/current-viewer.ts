import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getServerSession } from 'next-auth';
import { getAuthOptions } from './auth-options';
import { loadSessionViewer } from './load-viewer.server';
import { sessionClaimsOf } from './session-claims';
import type { Viewer } from './viewer';

// next-auth's session cookie, plain or __Secure-, possibly chunked (.0, .1, …).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** The signed-in viewer for pages and server components; null when anonymous, disabled or signed out. */
export const getCurrentViewer = cache(async (): Promise<Viewer> => {
  // Anonymous readers (no session cookie) cost no JWT work and no database read.
  if (!(await cookies()).getAll().some((c) => SESSION_COOKIE.test(c.name))) return null;
  const session = await getServerSession(getAuthOptions());
  const user = session?.user as { id?: unknown; sv?: unknown } | undefined;
  return loadSessionViewer(sessionClaimsOf(user ? { sub: user.id, sv: user.sv } : null));
});
