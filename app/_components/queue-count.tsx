import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { countAssignedToMe } from '@/lib/review/review-queue.server';

/** Beside the header's Queue link: how much open work is assigned to the viewer (nothing when none). */
export async function QueueCount({ viewer }: { viewer: Viewer }) {
  if (!viewer) return null;
  const count = await countAssignedToMe(viewer);
  if (count === 0) return null;
  return (
    <Link href="/queue#assigned" className="badge queue-count">
      {count}<span className="visually-hidden"> assigned to you</span>
    </Link>
  );
}
