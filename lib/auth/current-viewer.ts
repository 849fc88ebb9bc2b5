import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { loadSessionViewer, sessionFromCookies } from './load-viewer.server';
import type { Viewer } from './viewer';

/** The signed-in viewer for pages, server components and actions; null when anonymous, disabled or signed out. */
export const getCurrentViewer = cache(async (): Promise<Viewer> => {
  return loadSessionViewer(await sessionFromCookies((await cookies()).getAll()));
});
