import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { isDomainError } from '@/lib/errors';

/**
 * Runs a lib/ read for a page and turns the expected failures into navigation: a private
 * deployment's anonymous reader goes to sign-in, a missing record is the 404 page. Anything
 * else is unexpected and reaches error.tsx.
 */
export async function readForPage<T>(read: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isDomainError(e) && e.status === 401) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  }
}

/** As readForPage, and a null result (an unknown id) is the 404 page too. */
export async function readOneForPage<T>(read: () => Promise<T | null>, returnTo: string): Promise<T> {
  const found = await readForPage(read, returnTo);
  if (found == null) notFound();
  return found;
}
