import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

// Where each claim sits in the event graph: a force-directed layout (d3-force) in which related
// claims pull together, all claims push apart, and a collision force gives every node (and
// its label, while labels are drawn) a disc no other node enters.

type LaidNode = SimulationNodeDatum & { id: number };

/** The radius of the disc each node keeps to itself: the node, or the node with its label. */
export const nodeRadius = (labelled: boolean) => (labelled ? 64 : 14);

export function forceLayout(
  nodeIds: readonly number[],
  edges: readonly { source: number; target: number }[],
  { labelled }: { labelled: boolean },
): Map<number, { x: number; y: number }> {
  const radius = nodeRadius(labelled);
  // Seeded on a spiral, not at random: the same event is drawn the same way every time.
  const nodes: LaidNode[] = nodeIds.map((id, i) => ({ id, x: Math.sqrt(i + 0.5) * radius * Math.cos(i * 2.4), y: Math.sqrt(i + 0.5) * radius * Math.sin(i * 2.4) }));
  const known = new Set(nodeIds);
  const links = edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target).map((e) => ({ ...e }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<LaidNode, { source: number; target: number }>(links).id((n) => n.id).distance(radius * 2.6).strength(0.3))
    .force('charge', forceManyBody<LaidNode>().strength(-radius * 12).distanceMax(radius * 20))
    .force('collide', forceCollide<LaidNode>(radius).iterations(3))
    .force('x', forceX<LaidNode>(0).strength(0.04))
    .force('y', forceY<LaidNode>(0).strength(0.04))
    .stop();
  simulation.tick(300);
  // Then only the collision force, until no two discs overlap: the pull of links and the
  // centre can leave a few nodes pressed onto each other in a dense knot.
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null).force('collide', forceCollide<LaidNode>(radius).iterations(8));
  for (let round = 0; round < 40 && overlaps(nodes, radius) > 0; round++) simulation.alpha(1).tick(25);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** How many pairs of nodes sit closer than two radii (a grid keeps this near linear). */
export function overlaps(nodes: readonly { x?: number; y?: number }[], radius: number): number {
  const cell = radius * 2;
  const grid = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const key = `${Math.floor((n.x ?? 0) / cell)},${Math.floor((n.y ?? 0) / cell)}`;
    grid.set(key, [...(grid.get(key) ?? []), i]);
  });
  let count = 0;
  nodes.forEach((n, i) => {
    const [cx, cy] = [Math.floor((n.x ?? 0) / cell), Math.floor((n.y ?? 0) / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const m = nodes[j];
          if (Math.hypot((n.x ?? 0) - (m.x ?? 0), (n.y ?? 0) - (m.y ?? 0)) < cell - 0.5) count++;
        }
  });
  return count;
}
