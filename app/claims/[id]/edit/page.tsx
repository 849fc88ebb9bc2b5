import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { attributionRoles } from '@/lib/attributions/attribution-permissions';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { listEvents } from '@/lib/events/event-queries.server';
import { parseRouteId } from '@/lib/pages/route-params';
import type { AttributionEditorState } from './_components/attribution-editor';
import { ClaimEditSections } from './_components/claim-edit-sections';
import type { EditableClaim } from './_components/edit-claim-form';
import { hopsOf } from './_components/hop-choices';

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
  const [events, alignments, recentDocuments] = await Promise.all([
    listEvents(viewer, { limit: 100 }), listAlignments(viewer), listDocuments(viewer, { limit: 50 }),
  ]);
  const editable: EditableClaim = {
    id: claim.id, version: claim.version, text: claim.text, language: claim.language,
    originalText: claim.originalText ?? '', originalLanguage: claim.originalLanguage ?? '', eventId: claim.event ? String(claim.event.id) : '',
    facts: {
      occurredAt: day(claim.occurredAt), occurredPrecision: claim.occurredPrecision ?? '', placeName: claim.placeName ?? '', placePrecision: claim.placePrecision ?? '',
      latitude: claim.latitude?.toString() ?? '', longitude: claim.longitude?.toString() ?? '',
      // Every field the form sends back is loaded, so saving the wording never drops a party's
      // source link or a figure's original words.
      parties: claim.parties.map((p) => ({ role: p.role, name: p.name, source: p.source ? { id: p.source.id, name: p.source.name } : null })),
      figures: claim.figures.map((f) => ({
        measure: f.measure, subject: f.subject ?? '', min: f.min?.toString() ?? '', max: f.max?.toString() ?? '', wording: f.wording ?? '',
      })),
    },
  };
  const attributions: AttributionEditorState = {
    version: claim.version, originCount: claim.originCount, carrierCount: claim.carrierCount,
    hops: hopsOf(claim.attributions.map((a) => ({
      id: a.id, role: a.role, sourceId: a.source.id, sourceName: a.source.name, relaysId: a.relaysId, venue: a.venue,
      statedAt: a.statedAt?.toISOString() ?? null, quoteExact: a.quote?.exact ?? null, documentId: a.document?.id ?? null,
    }))),
  };
  // The documents this claim already cites come first: a relay is usually seen in one of them.
  const cited = claim.attributions.flatMap((a) => (a.document ? [{ id: a.document.id, title: a.document.title }] : []));
  const documents = [...cited, ...recentDocuments.items.map((d) => ({ id: d.id, title: d.title }))]
    .filter((d, i, all) => all.findIndex((x) => x.id === d.id) === i);
  const eventOptions = events.items.map((e) => ({ id: e.id, title: e.title }));
  if (claim.event && !eventOptions.some((e) => e.id === claim.event!.id)) eventOptions.push({ id: claim.event.id, title: claim.event.title });
  return (
    <section>
      <p className="kicker">Claim #{claim.id} · version {claim.version}</p>
      <h1>Edit claim</h1>
      <p className="small muted"><Link href={`/claims/${claim.id}`}>Back to the claim</Link></p>
      <ClaimEditSections claim={editable} events={eventOptions} documents={documents} attributions={attributions}
        canCorrectAttributions={hasRole(viewer, attributionRoles.edit)}
        alignments={alignments.filter((a) => !a.retiredAt).map((a) => ({ slug: a.slug, label: a.label }))} />
    </section>
  );
}
