import type { Metadata } from 'next';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import type { AlignmentListItem } from '@/lib/alignments/alignment-types';
import { isDomainError } from '@/lib/errors';
import { METHODOLOGY_SECTIONS } from '@/app/_components/methodology-links';
import { AlignmentSections } from './_components/alignment-sections';
import { ProvenanceSections } from './_components/provenance-sections';
import { ReviewSections } from './_components/review-sections';
import { ScalesSections } from './_components/scales-sections';
import './methodology.css';

export const metadata: Metadata = { title: 'Methodology' };
export const dynamic = 'force-dynamic';

const CONTENTS: { id: string; label: string }[] = [
  { id: METHODOLOGY_SECTIONS.reliability, label: 'Source reliability (A–F)' },
  { id: METHODOLOGY_SECTIONS.credibility, label: 'Information credibility (1–6)' },
  { id: METHODOLOGY_SECTIONS.combinedCode, label: 'The combined code' },
  { id: METHODOLOGY_SECTIONS.alignments, label: 'Alignments' },
  { id: METHODOLOGY_SECTIONS.alignmentPerConflict, label: 'Alignment per conflict' },
  { id: METHODOLOGY_SECTIONS.originsAndCarriers, label: 'Origins and carriers' },
  { id: METHODOLOGY_SECTIONS.contested, label: 'Contested' },
  { id: METHODOLOGY_SECTIONS.ratingChanges, label: 'How ratings change' },
  { id: METHODOLOGY_SECTIONS.reviewStatus, label: 'Review status' },
];

/** The page explains itself to anyone; only the live alignment list needs a reader's access. */
async function alignmentsIfReadable(): Promise<AlignmentListItem[] | null> {
  try {
    return await listAlignments(await getCurrentViewer());
  } catch (e) {
    if (isDomainError(e) && e.status === 401) return null;
    throw e;
  }
}

export default async function MethodologyPage() {
  const alignments = await alignmentsIfReadable();
  return (
    <article className="methodology">
      <p className="kicker">How to read Crosscheck</p>
      <h1>Methodology</h1>
      <p>
        Crosscheck records who said what, who repeated it, and how far each source has been reliable. These are the
        grades, labels and counts shown on its pages, and how they are kept.
      </p>
      <nav aria-label="On this page">
        <ul className="methodology-contents">
          {CONTENTS.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ScalesSections />
      <AlignmentSections alignments={alignments} />
      <ProvenanceSections />
      <ReviewSections />
    </article>
  );
}
