import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { getEvent } from '@/lib/events/event-detail.server';
import { eventRoles } from '@/lib/events/event-permissions';
import { listEvents } from '@/lib/events/event-queries.server';
import { viewEventPage } from '@/lib/events/event-page-view';
import { parseRouteId } from '@/lib/pages/route-params';
import { listConflicts } from '@/lib/conflicts/conflict-queries.server';
import { UserText } from '@/app/_components/user-text';
import { EditEventForm, type EditableEvent } from './_components/edit-event-form';
import { DeleteEventForm } from './_components/delete-event-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit event' };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  if (!hasRole(viewer, eventRoles.edit)) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/edit`)}`);
  const event = await getEvent(viewer, id);
  if (!event) notFound();
  // A deleted event is restored from its page before it can be edited.
  if (event.deletedAt) redirect(`/events/${id}`);
  const canDelete = hasRole(viewer, eventRoles.delete);
  const others = canDelete ? (await listEvents(viewer, { limit: 100 })).items.map((e) => ({ id: e.id, title: e.title })) : [];
  const editable: EditableEvent = {
    id: event.id, version: event.version, title: event.title, summary: event.summary ?? '',
    startsAt: day(event.startsAt), endsAt: day(event.endsAt), placeName: event.placeName ?? '',
    latitude: event.latitude?.toString() ?? '', longitude: event.longitude?.toString() ?? '', placePrecision: event.placePrecision ?? '',
    conflictId: event.conflictId?.toString() ?? '',
  };
  const { items: conflicts } = await listConflicts(viewer);
  return (
    <article>
      <p className="kicker"><Link href={`/events/${id}`}>Event</Link></p>
      <h1>Edit <UserText text={event.title} /></h1>
      <EditEventForm event={editable} conflicts={conflicts} />
      {canDelete && (
        <section aria-labelledby="delete-heading" className="panel">
          <h2 id="delete-heading">Delete this event</h2>
          <p className="small muted">Editors can restore it later; its history stays.</p>
          <DeleteEventForm eventId={event.id} version={event.version} claimCount={viewEventPage(event, { all: true }).claimCount} events={others} />
        </section>
      )}
    </article>
  );
}
