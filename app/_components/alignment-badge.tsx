import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';

/** Colour swatch plus label: the colour helps scanning, the text carries the meaning. */
export function AlignmentBadge({ alignment }: { alignment: AlignmentRef }) {
  return (
    <span className="badge alignment-badge" data-alignment={alignment.slug}>
      <AlignmentSwatch color={alignment.color} />
      <span dir="auto">{alignment.label}</span>
    </span>
  );
}

export function AlignmentSwatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ background: safeAlignmentColor(color) }} />;
}
