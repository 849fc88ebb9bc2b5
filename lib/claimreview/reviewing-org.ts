import { getEnv } from '@/lib/env';
import type { ReviewingOrg } from './claimreview';

/**
 * The site's absolute base URL: CROSSCHECK_PUBLIC_URL, else NEXTAUTH_URL, else the request's
 * own origin (a deployment behind a proxy should set one of the two).
 */
export function publicBaseUrl(requestUrl?: string): string {
  const env = getEnv();
  return env.CROSSCHECK_PUBLIC_URL ?? env.NEXTAUTH_URL ?? (requestUrl ? new URL(requestUrl).origin : 'http://localhost:3000');
}

export function reviewingOrg(requestUrl?: string): ReviewingOrg {
  const env = getEnv();
  return { name: env.CROSSCHECK_ORG_NAME, url: env.CROSSCHECK_ORG_URL, publicUrl: publicBaseUrl(requestUrl) };
}
