import 'server-only';
import { DomainError } from '@/lib/errors';
import { resolveApiTokenUserId } from './api-token-owner.server';
import { loadSessionViewer, loadViewer, sessionFromHeaders } from './load-viewer.server';
import type { Viewer } from './viewer';

export type RequestAuth = { viewer: Viewer; via: 'token' | 'cookie' | 'none' };

const badToken = () =>
  new DomainError(401, 'invalid_token', 'The API token is invalid, expired or revoked.');

/**
 * Who sent this API request: a personal token (`Authorization: Bearer cc_…`) or next-auth's
 * session cookie. Role and status are re-read from the database every time.
 */
export async function authenticateRequest(request: Request): Promise<RequestAuth> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const [scheme, raw] = authorization.trim().split(/\s+/, 2);
    if (scheme.toLowerCase() !== 'bearer' || !raw) throw badToken();
    const userId = await resolveApiTokenUserId(raw);
    const viewer = userId === null ? null : await loadViewer(userId);
    // A disabled owner's token fails the same way as a revoked one.
    if (!viewer) throw badToken();
    return { viewer, via: 'token' };
  }
  const session = await sessionFromHeaders(request.headers);
  if (!session) return { viewer: null, via: 'none' };
  return { viewer: await loadSessionViewer(session), via: 'cookie' };
}

export async function getViewerFromRequest(request: Request): Promise<Viewer> {
  return (await authenticateRequest(request)).viewer;
}
