'use client';
import { useEffect, useRef, useState } from 'react';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { ClaimGraph, type GraphEdge, type GraphNode } from './claim-graph';

/** GET /api/v1/events/:id/graph as JSON (dates are strings there). */
type GraphJson = {
  nodes: { id: number; text: string; alignment: AlignmentRef; isContested: boolean }[];
  edges: GraphEdge[];
  alignments: AlignmentRef[];
};
type Loaded = { nodes: GraphNode[]; edges: GraphEdge[] };
type State = { status: 'idle' | 'loading' | 'failed' } | ({ status: 'ready' } & Loaded);

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

function toGraphProps(graph: GraphJson): Loaded {
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      label: `#${n.id} ${short(n.text)}`,
      text: n.text,
      color: safeAlignmentColor(n.alignment.color),
      alignment: n.alignment.slug,
      contested: n.isContested,
    })),
    edges: graph.edges.map(({ id, source, target, type }) => ({ id, source, target, type })),
  };
}

/**
 * The claim graph on request: its data (every claim's text and relation) and Cytoscape.js are
 * fetched only when a reader asks, so the event page itself stays small and quick.
 */
export function ClaimGraphLoader({ eventId, claimCount }: { eventId: number; claimCount: number }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const shown = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The button that had focus is gone; the graph's controls are where the reader goes next.
    if (state.status === 'ready') shown.current?.focus();
  }, [state.status]);

  const load = async () => {
    setState({ status: 'loading' });
    try {
      const res = await fetch(`/api/v1/events/${eventId}/graph`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      setState({ status: 'ready', ...toGraphProps((await res.json()) as GraphJson) });
    } catch {
      setState({ status: 'failed' });
    }
  };

  if (state.status === 'ready') {
    return (
      <div ref={shown} tabIndex={-1} className="graph-loaded">
        <ClaimGraph nodes={state.nodes} edges={state.edges} />
      </div>
    );
  }
  return (
    <p className="no-print">
      <button type="button" className="button button-secondary" onClick={() => void load()} disabled={state.status === 'loading'}>
        Show the claim graph ({claimCount} {claimCount === 1 ? 'claim' : 'claims'})
      </button>{' '}
      <span className="small muted" role="status">
        {state.status === 'loading' ? 'Loading the graph…' : state.status === 'failed' ? 'The graph could not be loaded; try again.' : ''}
      </span>
    </p>
  );
}
