import Link from 'next/link';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { methodologyHref } from './methodology-links';

/**
 * Colour swatch plus label: the colour helps scanning, the text carries the meaning. It links to
 * what alignments are; `explain={false}` where the badge already sits inside a link or control.
 */
export function AlignmentBadge({ alignment, explain = true }: { alignment: AlignmentRef; explain?: boolean }) {
  const inner = (
    <>
      <AlignmentSwatch color={alignment.color} />
      <span dir="auto">{alignment.label}</span>
    </>
  );
  if (!explain) {
    return (
      <span className="badge alignment-badge" data-alignment={alignment.slug}>
        {inner}
      </span>
    );
  }
  return (
    <Link className="badge alignment-badge" data-alignment={alignment.slug} href={methodologyHref('alignments')} title="Alignment: what it means">
      {inner}
      <span className="visually-hidden"> (alignment explained)</span>
    </Link>
  );
}

export function AlignmentSwatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ background: safeAlignmentColor(color) }} />;
}
