import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { REVIEW_STATUS_LABELS } from '@/lib/review/review-schemas';
import { METHODOLOGY_SECTIONS } from '@/app/_components/methodology-links';

const ids = METHODOLOGY_SECTIONS;

// Typed by the database enum, so a new status cannot go unexplained here; labels come from the one list.
const REVIEW_STATUS_MEANINGS: Record<ReviewStatus, string> = {
  new: 'Recorded, not yet looked at.',
  in_review: 'Someone is checking it now, often the person it is assigned to.',
  needs_more_evidence: 'Checked, but what is recorded cannot decide it yet: more documents or sources are wanted.',
  reviewed: 'Checked and its credibility judged. Only editors mark a claim or an event reviewed.',
  settled: 'For events only: the evidence decides what happened. Only editors settle an event.',
};

/** How grades change over time, and where a claim or an event stands in the team’s review. */
export function ReviewSections() {
  return (
    <>
      <section aria-labelledby={`${ids.ratingChanges}-heading`} id={ids.ratingChanges}>
        <h2 id={`${ids.ratingChanges}-heading`}>How ratings change</h2>
        <ul>
          <li>
            A rating is never overwritten. Each change of a source’s reliability or a claim’s credibility is a new
            revision that records who made it, when, the grade before and after, and a written rationale.
          </li>
          <li>
            Every change is checked against the version its author read. If someone else changed it first, the second
            change is refused and the current state is shown, so no judgement is lost by two people editing at once.
          </li>
          <li>
            The full history stays readable: a source’s page shows its rating timeline, and a claim’s page lists every
            earlier version. Reviewers may change a source’s grade; only editors set a claim’s credibility.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${ids.reviewStatus}-heading`} id={ids.reviewStatus}>
        <h2 id={`${ids.reviewStatus}-heading`}>Review status</h2>
        <p>
          Claims and events carry a review status so a team can see what still needs work. It usually moves from new to
          in review to reviewed, and may pass through needs more evidence. A claim or event can be assigned to a reviewer
          or editor; every status change and assignment is recorded in its history.
        </p>
        <dl className="scale-list scale-list-wide">
          {(Object.keys(REVIEW_STATUS_MEANINGS) as ReviewStatus[]).map((s) => (
            <div key={s}>
              <dt>{REVIEW_STATUS_LABELS[s]}</dt>
              <dd>{REVIEW_STATUS_MEANINGS[s]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
