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


// Relays already stored point at each other by id. A correction re-points one of them: the
// target must be another attribution of the same claim that is not a denial, and following
// the chain up from the target must never come back to the one being re-pointed.

export type RelayLink = { id: number; role: string; relaysId: number | null };

/** The attributions that repeat `id` directly: they must be re-pointed before it can go. */
export const relayersOf = <L extends RelayLink>(links: readonly L[], id: number): L[] => links.filter((l) => l.relaysId === id && l.id !== id);

/** Refuses (400 on `relaysId`) a relay target that is missing, itself, a denial, or one that would close a cycle. */
export function checkRelayTarget(links: readonly RelayLink[], id: number, role: string, target: number | null) {
  if (target == null) return;
  const field = 'relaysId';
  if (role !== 'relays') throw invalid('Only a relay can point at another attribution.', { [field]: ['Only relays repeat someone.'] });
  if (target === id) throw invalid('An attribution cannot relay itself.', { [field]: ['Choose who this source repeats.'] });
  const byId = new Map(links.map((l) => [l.id, l]));
  const to = byId.get(target);
  if (!to) throw invalid('A relay must point at an attribution of this claim.', { [field]: ['That attribution belongs to another claim.'] });
  if (to.role === 'denies') throw invalid('A relay cannot repeat a denial.', { [field]: ['Relay an assertion or another relay.'] });
  const path = [id, target];
  const seen = new Set<number>([target]);
  for (let at = to.relaysId; at != null && !seen.has(at); at = byId.get(at)?.relaysId ?? null) {
    path.push(at);
    if (at === id) throw invalid(`These relays would form a cycle: ${path.join(' → ')}.`, { [field]: ['Relays cannot form a cycle: this hop already sits upstream of it.'] });
    seen.add(at);
  }
}
