import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { listEvents } from '@/lib/events/event-queries.server';
import { parseRouteId } from '@/lib/pages/route-params';
import { EditClaimForm, type EditableClaim } from './_components/edit-claim-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit claim' };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  if (!hasRole(viewer, 'reviewer')) redirect(`/signin?callbackUrl=${encodeURIComponent(`/claims/${id}/edit`)}`);
  const claim = await getClaim(viewer, id);
  if (!claim || claim.deletedAt) notFound();
  const events = await listEvents(viewer, { limit: 100 });
  const editable: EditableClaim = {
    id: claim.id, version: claim.version, text: claim.text, language: claim.language,
    originalText: claim.originalText ?? '', originalLanguage: claim.originalLanguage ?? '', eventId: claim.event ? String(claim.event.id) : '',
    facts: {
      occurredAt: day(claim.occurredAt), occurredPrecision: claim.occurredPrecision ?? '', placeName: claim.placeName ?? '', placePrecision: claim.placePrecision ?? '',
      parties: claim.parties.map((p) => ({ role: p.role, name: p.name })),
      figures: claim.figures.map((f) => ({ measure: f.measure, subject: f.subject ?? '', min: f.min?.toString() ?? '', max: f.max?.toString() ?? '' })),
    },
  };
  const eventOptions = events.items.map((e) => ({ id: e.id, title: e.title }));
  if (claim.event && !eventOptions.some((e) => e.id === claim.event!.id)) eventOptions.push({ id: claim.event.id, title: claim.event.title });
  return (
    <section>
      <p className="kicker">Claim #{claim.id} · version {claim.version}</p>
      <h1>Edit claim</h1>
      <p className="small muted">Attributions are kept as captured; add or remove them through the API (<code>/api/v1/claims/{claim.id}/attributions</code>). <Link href={`/claims/${claim.id}`}>Back to the claim</Link></p>
      <EditClaimForm claim={editable} events={eventOptions} />
    </section>
  );
}
