import type { AttributionRole } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { SourceRef } from '@/lib/sources/source-types';
import type { EventClaimCard, EventColumn } from './event-types';

// Side by side by alignment: a claim belongs to the alignment of each source that asserts it,
// so a claim asserted from two camps appears under both; one nobody asserts goes under
// `unknown`. Pure, so the grouping is unit-testable without a database.

type SortableAlignment = AlignmentRef & { sortOrder: number };

export type EventClaimRow = {
  id: number;
  text: string;
  credibility: number;
  isContested: boolean;
  firstAssertedAt: Date | null;
  attributions: { role: AttributionRole; source: { id: number; name: string; alignment: SortableAlignment } }[];
};

const toRef = ({ slug, label, color }: AlignmentRef): AlignmentRef => ({ slug, label, color });

function sourcesWithRole(claim: EventClaimRow, role: AttributionRole): SourceRef[] {
  const seen = new Map<number, SourceRef>();
  for (const a of claim.attributions) {
    if (a.role === role && !seen.has(a.source.id)) {
      seen.set(a.source.id, { id: a.source.id, name: a.source.name, alignment: toRef(a.source.alignment) });
    }
  }
  return [...seen.values()];
}

export function groupIntoColumns(claims: readonly EventClaimRow[], unknown: SortableAlignment): EventColumn[] {
  const columns = new Map<string, { alignment: SortableAlignment; claims: EventClaimCard[] }>();
  for (const claim of claims) {
    const card: EventClaimCard = {
      id: claim.id,
      text: claim.text,
      credibility: claim.credibility,
      isContested: claim.isContested,
      firstAssertedAt: claim.firstAssertedAt,
      assertingSources: sourcesWithRole(claim, 'asserts'),
      relayingSources: sourcesWithRole(claim, 'relays'),
    };
    const camps = new Map<string, SortableAlignment>();
    for (const a of claim.attributions) {
      if (a.role === 'asserts') camps.set(a.source.alignment.slug, a.source.alignment);
    }
    if (camps.size === 0) camps.set(unknown.slug, unknown);
    for (const alignment of camps.values()) {
      const column = columns.get(alignment.slug) ?? { alignment, claims: [] };
      column.claims.push(card);
      columns.set(alignment.slug, column);
    }
  }
  return [...columns.values()]
    .sort((a, b) => a.alignment.sortOrder - b.alignment.sortOrder || a.alignment.slug.localeCompare(b.alignment.slug))
    .map((c) => ({ alignment: toRef(c.alignment), claims: c.claims }));
}
