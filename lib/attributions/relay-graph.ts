import { invalid } from '@/lib/errors';

// Relays inside one request point at each other by index. Before anything is written: every
// index must exist, only relays may point, nothing relays itself, and no cycle forms. The
// result is an insertion order in which every relay comes after what it repeats.

export type RelayNode = { role: string; relaysIndex?: number | null };

export function orderRelays(nodes: readonly RelayNode[]): number[] {
  nodes.forEach((node, i) => {
    const target = node.relaysIndex;
    if (target == null) return;
    const field = `attributions.${i}.relaysIndex`;
    if (node.role !== 'relays') throw invalid('Only a relay can point at another attribution.', { [field]: ['Only relays repeat someone.'] });
    if (target === i) throw invalid('An attribution cannot relay itself.', { [field]: ['Choose who this source repeats.'] });
    if (target >= nodes.length) throw invalid('A relay points at an attribution that is not in this claim.', { [field]: ['No such attribution in this claim.'] });
    if (nodes[target].role === 'denies') throw invalid('A relay cannot repeat a denial.', { [field]: ['Relay an assertion or another relay.'] });
  });

  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (i: number, path: number[]) => {
    if (state.get(i) === 'done') return;
    if (state.get(i) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(i)), i];
      throw invalid(`These relays form a cycle: ${cycle.join(' → ')}.`, { [`attributions.${i}.relaysIndex`]: ['Relays cannot form a cycle.'] });
    }
    state.set(i, 'visiting');
    const target = nodes[i].relaysIndex;
    if (target != null) visit(target, [...path, i]);
    state.set(i, 'done');
    order.push(i);
  };
  nodes.forEach((_, i) => visit(i, []));
  return order;
}

