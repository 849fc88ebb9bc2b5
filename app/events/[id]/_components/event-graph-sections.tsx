import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getEventGraph } from '@/lib/events/event-graph.server';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { ClaimGraph, type GraphEdge, type GraphNode } from './claim-graph';
import { ClaimTimeline } from './claim-timeline';
import './event-graph.css';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The event page's timeline of first assertions and its claim graph. */
export async function EventGraphSections({ eventId }: { eventId: number }) {
  const graph = await getEventGraph(await getCurrentViewer(), eventId);
  if (!graph || graph.nodes.length === 0) return null;
  const nodes: GraphNode[] = graph.nodes.map((n) => ({
    id: n.id,
    label: `#${n.id} ${short(n.text)}`,
    text: n.text,
    color: safeAlignmentColor(n.alignment.color),
    alignment: n.alignment.slug,
    contested: n.isContested,
  }));
  const edges: GraphEdge[] = graph.edges.map(({ id, source, target, type }) => ({ id, source, target, type }));
  return (
    <>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">When each claim was first asserted</h2>
        <ClaimTimeline graph={graph} />
      </section>
      <section aria-labelledby="graph-heading" className="event-graph-section">
        <h2 id="graph-heading">Claim graph</h2>
        <p className="small muted">
          Claims coloured by alignment; red lines contradict, green arrows support, dashed lines mark duplicates.
        </p>
        <ClaimGraph nodes={nodes} edges={edges} alignmentOrder={graph.alignments.map((a) => a.slug)} />
      </section>
    </>
  );
}
