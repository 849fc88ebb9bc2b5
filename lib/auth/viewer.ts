import type { Role } from '@/lib/generated/prisma/enums';
import { forbidden, unauthenticated } from '@/lib/errors';
import { getEnv } from '@/lib/env';

/** Who is asking. `null` is an anonymous reader. Every lib/ data function takes one. */
export type Viewer = { id: number; role: Role; email: string; name: string } | null;

const rank: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

export function hasRole(viewer: Viewer, minimum: Role): boolean {
  return viewer !== null && rank[viewer.role] >= rank[minimum];
}

/** Deployments choose public or private reading with CROSSCHECK_PUBLIC_READ (default public). */
export function isPublicReading(): boolean {
  return getEnv().CROSSCHECK_PUBLIC_READ;
}

export function requireReader(viewer: Viewer): void {
  if (!isPublicReading() && viewer === null) throw unauthenticated();
}

export function requireRole(viewer: Viewer, minimum: Role): asserts viewer is NonNullable<Viewer> {
  if (viewer === null) throw unauthenticated();
  if (!hasRole(viewer, minimum)) throw forbidden();
}
