import { RELIABILITY_LABELS, type ReliabilityGrade } from '@/lib/ratings/admiralty';

/** What the merge form reads of each side, from GET /api/v1/sources/{id}. */
export type MergeSide = {
  id: number;
  name: string;
  aliases: string[];
  version: number;
  rating: { reliability: ReliabilityGrade; version: number };
  representedBy: { id: number; name: string }[];
  ratingHistory: unknown[];
  alignmentHistory: unknown[];
  identifiers?: { kind: string; value: string }[];
  trackRecord: { byRole: { asserts: number; relays: number; denies: number } };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The confirm step: what moves from the duplicate to the kept source, with counts. */
export function MergePreview({ kept, merged }: { kept: MergeSide; merged: MergeSide }) {
  const { asserts, relays, denies } = merged.trackRecord.byRole;
  const names = [merged.name, ...merged.aliases];
  return (
    <section className="panel" aria-labelledby={`merge-preview-${merged.id}`}>
      <h3 id={`merge-preview-${merged.id}`} className="small">
        “<span dir="auto">{merged.name}</span>” (#{merged.id}) will be merged into “<span dir="auto">{kept.name}</span>” (#{kept.id})
      </h3>
      <ul className="plain-list small">
        <li>Its attributions on live claims: {plural(asserts, 'assertion')}, {plural(relays, 'relay')}, {plural(denies, 'denial')} (claim parties and published documents move too)</li>
        <li>{plural(merged.ratingHistory.length, 'rating revision')}, kept in the history marked as from this record</li>
        <li>{plural(merged.alignmentHistory.length, 'alignment change')} and its alignments per conflict (where the kept source has its own, that one stays)</li>
        <li>{plural(merged.representedBy.length, 'source')} speaking for it</li>
        <li>{plural(merged.identifiers?.length ?? 0, 'identifier')}</li>
        <li>Its names become aliases: {names.map((n, i) => <span key={n}>{i > 0 && ', '}<span dir="auto">{n}</span></span>)}</li>
      </ul>
      <p className="small muted">
        Grades now: kept {kept.rating.reliability} ({RELIABILITY_LABELS[kept.rating.reliability]}), duplicate {merged.rating.reliability} ({RELIABILITY_LABELS[merged.rating.reliability]}).
        The duplicate’s address will lead to the kept source.
      </p>
    </section>
  );
}
