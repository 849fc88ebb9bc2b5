// Every app/**/route.ts module and the contract each exported handler carries (defineRoute
// attaches it), for the tests that read roles and documentation from the declarations.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RouteContract } from '@/lib/api/route-contract';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Route files that no contract declares, and why. */
export const UNDECLARED_ROUTE_FILES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own sign-in, callback and session endpoints",
};

export type RouteHandlerExport = {
  /** `app/api/v1/claims/[id]/route.ts` */
  file: string;
  method: string;
  /** The URL template the file serves, as contracts write it: `/api/v1/claims/{id}`. */
  path: string;
  contract: RouteContract | undefined;
};

/** `app/api/v1/claims/[id]/route.ts` → `/api/v1/claims/{id}` (route groups drop out). */
export function urlTemplateOf(file: string): string {
  const segments = path.posix.dirname(file).split('/').slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`.replace(/\[(?:\.\.\.)?(\w+)\]/g, '{$1}');
}

export function routeFiles(): string[] {
  return readdirSync(path.join(ROOT, 'app'), { recursive: true, encoding: 'utf8' })
    .map((f) => `app/${f.split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('/route.ts') && !(f in UNDECLARED_ROUTE_FILES))
    .sort();
}

/** Imports every declared route module and lists its HTTP method handlers. */
export async function routeHandlerExports(): Promise<RouteHandlerExport[]> {
  const found: RouteHandlerExport[] = [];
  for (const file of routeFiles()) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler === 'function') found.push({ file, method, path: urlTemplateOf(file), contract: (handler as { contract?: RouteContract }).contract });
    }
  }
  return found;
}
