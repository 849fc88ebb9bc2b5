import type { AlignmentListItem } from '@/lib/alignments/alignment-types';
import { AlignmentSwatch } from '@/app/_components/alignment-badge';
import { METHODOLOGY_SECTIONS } from '@/app/_components/methodology-links';
import { UserText } from '@/app/_components/user-text';

const ids = METHODOLOGY_SECTIONS;

/** What an alignment is, the live vocabulary (null when this reader may not list it), and per conflict. */
export function AlignmentSections({ alignments }: { alignments: AlignmentListItem[] | null }) {
  const live = alignments?.filter((a) => !a.retiredAt) ?? null;
  return (
    <>
      <section aria-labelledby={`${ids.alignments}-heading`} id={ids.alignments}>
        <h2 id={`${ids.alignments}-heading`}>Alignments</h2>
        <p>
          An alignment says which side a source speaks for or leans towards. It is not a grade: a pro-government outlet
          can be reliable and an independent one unreliable. Events show their claims in one column per alignment so
          each side’s account can be read next to the others. Colours help scanning; the label always carries the
          meaning.
        </p>
        {live === null ? (
          <p className="muted">Sign in to see the alignments this deployment uses.</p>
        ) : live.length === 0 ? (
          <p className="muted">No alignments are defined yet.</p>
        ) : (
          <dl className="alignment-list">
            {live.map((a) => (
              <div key={a.slug}>
                <dt>
                  <AlignmentSwatch color={a.color} /> <UserText text={a.label} />
                </dt>
                <dd>{a.description ? <UserText text={a.description} /> : <span className="muted">No description.</span>}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="small muted">Administrators keep this vocabulary; a retired alignment stays on the sources that had it.</p>
      </section>

      <section aria-labelledby={`${ids.alignmentPerConflict}-heading`} id={ids.alignmentPerConflict}>
        <h2 id={`${ids.alignmentPerConflict}-heading`}>Alignment per conflict</h2>
        <p>
          A source has a default alignment and may have a different one in a particular conflict: the same ministry can
          be pro-government in one war and a belligerent in another. Wherever a claim is shown, each source’s alignment
          is the one it has in the conflict of the claim’s event, else its default. An editor sets it, with a reason, and
          every change is kept in the source’s history.
        </p>
      </section>
    </>
  );
}
