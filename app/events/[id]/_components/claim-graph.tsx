'use client';
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import { forceLayout } from './claim-graph-layout';

export type GraphNode = { id: number; label: string; text: string; color: string; alignment: string; contested: boolean };
export type GraphEdge = { id: number; source: number; target: number; type: 'contradicts' | 'supports' | 'same_as' };

// Above this many claims labels show on selection only: hundreds of them cannot all be read.
const LABEL_LIMIT = 150;

/** Cytoscape draws the nodes where the force layout (claim-graph-layout.ts) put them. */
function layoutFor(nodes: GraphNode[], edges: GraphEdge[]): LayoutOptions {
  const at = forceLayout(nodes.map((n) => n.id), edges, { labelled: nodes.length <= LABEL_LIMIT });
  return { name: 'preset', animate: false, fit: true, padding: 20, positions: (n: { data: (k: string) => unknown }) => at.get(Number(n.data('claimId'))) ?? { x: 0, y: 0 } } as LayoutOptions;
}

const CHUNK = 250;

function graphStyle(large: boolean): StylesheetJson {
  return [
    // Hundreds of labels cost more to measure than the layout; large graphs label on selection.
    // Labels wrap to a narrow block (within the disc the layout keeps clear around each node).
    { selector: 'node', style: { 'background-color': 'data(color)', label: large ? '' : 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '110px', width: 18, height: 18 } },
    { selector: 'node.contested', style: { 'border-width': 3, 'border-color': '#b3261e' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', label: 'data(label)' } },
    { selector: 'edge', style: { width: 1.5, 'curve-style': large ? 'haystack' : 'bezier', 'line-color': '#8a8a8a' } },
    { selector: 'edge.contradicts', style: { 'line-color': '#b3261e', width: 2.5 } },
    { selector: 'edge.supports', style: { 'line-color': '#2f7d46', 'target-arrow-color': '#2f7d46', 'target-arrow-shape': large ? 'none' : 'triangle' } },
    { selector: 'edge.same_as', style: { 'line-color': '#555', 'line-style': 'dashed' } },
  ];
}

function elementsOf(nodes: GraphNode[], edges: GraphEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({ data: { id: `c${n.id}`, claimId: n.id, label: n.label, color: n.color, alignment: n.alignment }, classes: n.contested ? 'contested' : '' })),
    ...edges.map((e) => ({ data: { id: `r${e.id}`, source: `c${e.source}`, target: `c${e.target}` }, classes: e.type })),
  ];
}

/**
 * The event's claims as an interactive graph (pan, zoom, select a claim to open it), drawn by
 * Cytoscape.js, loaded in the browser only. `data-render-ms` records how long the first
 * layout and paint took, which the benchmark reads.
 */
export function ClaimGraph({ nodes, edges }: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [renderMs, setRenderMs] = useState<number | null>(null);
  const [phases, setPhases] = useState<{ importMs: number; layoutMs: number } | null>(null);
  const [selected, setSelected] = useState<GraphNode | null>(null);
  const [printImage, setPrintImage] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const started = performance.now();
    const large = nodes.length > LABEL_LIMIT;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    void import('cytoscape').then(async ({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const imported = performance.now();
      const cy = cytoscape({
        container: container.current,
        minZoom: 0.05,
        maxZoom: 4,
        textureOnViewport: large,
        hideEdgesOnViewport: large,
        pixelRatio: large ? 1 : 'auto',
        style: graphStyle(large),
      });
      cyRef.current = cy;
      // Elements go in by slices with a yield between, so a big event never holds the main
      // thread for the whole graph at once; nodes first, since edges need both ends.
      const elements = elementsOf(nodes, edges);
      for (let i = 0; i < elements.length; i += CHUNK) {
        cy.batch(() => cy.add(elements.slice(i, i + CHUNK)));
        if (large) await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) return;
      }
      cy.layout(layoutFor(nodes, edges)).run();
      // A handful of claims would otherwise be blown up to fill the box.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      setPhases({ importMs: Math.round(imported - started), layoutMs: Math.round(performance.now() - imported) });
      cy.on('tap', 'node', (e) => setSelected(byId.get(Number(e.target.data('claimId'))) ?? null));
      cy.on('tap', (e) => {
        if (e.target === cy) setSelected(null);
      });
      requestAnimationFrame(() => requestAnimationFrame(() => !cancelled && setRenderMs(Math.round(performance.now() - started))));
    });
    // A canvas does not reflow for paper: print a still image of the current view instead.
    const beforePrint = () => {
      const cy = cyRef.current;
      if (cy) setPrintImage(cy.png({ full: true, scale: 1.5, bg: '#ffffff', maxWidth: 2400 }));
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelled = true;
      window.removeEventListener('beforeprint', beforePrint);
      cyRef.current?.destroy();
      cyRef.current = null;
    };
  }, [nodes, edges]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div
      className="claim-graph"
      data-render-ms={renderMs ?? undefined}
      data-import-ms={phases?.importMs}
      data-layout-ms={phases?.layoutMs} data-nodes={nodes.length} data-edges={edges.length}>
      <div className="graph-controls no-print" role="group" aria-label="Graph view">
        <button type="button" className="button button-secondary" onClick={() => zoom(1.25)}>Zoom in</button>
        <button type="button" className="button button-secondary" onClick={() => zoom(0.8)}>Zoom out</button>
        <button type="button" className="button button-secondary" onClick={() => cyRef.current?.fit(undefined, 20)}>Fit</button>
        <span className="small muted" aria-live="polite">
          {renderMs === null ? 'Drawing the graph…' : `${nodes.length} claims, ${edges.length} relations; drag to pan, scroll to zoom, select a claim.`}
        </span>
      </div>
      <div ref={container} className="graph-canvas" role="img" aria-label={`Graph of ${nodes.length} claims and ${edges.length} relations`} />
      {printImage && <img className="graph-print" src={printImage} alt={`Graph of ${nodes.length} claims and ${edges.length} relations`} />}
      <p className="graph-selected small" aria-live="polite">
        {selected ? (
          <>
            Selected <a href={`/claims/${selected.id}`}>claim #{selected.id}</a> ({selected.alignment}
            {selected.contested ? ', contested' : ''}): <span dir="auto">{selected.text}</span>
          </>
        ) : (
          'Select a claim in the graph to see it here.'
        )}
      </p>
    </div>
  );
}
