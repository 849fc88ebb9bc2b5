import { METHODOLOGY_SECTIONS } from '@/app/_components/methodology-links';

const ids = METHODOLOGY_SECTIONS;

/** How repetition is told from corroboration, and what makes a claim contested. */
export function ProvenanceSections() {
  return (
    <>
      <section aria-labelledby={`${ids.originsAndCarriers}-heading`} id={ids.originsAndCarriers}>
        <h2 id={`${ids.originsAndCarriers}-heading`}>Origins and carriers</h2>
        <p>
          Each source that said a claim is recorded with its role: it <strong>asserts</strong> it (says it first-hand),{' '}
          <strong>relays</strong> it (repeats what another recorded source said), or <strong>denies</strong> it. Relays
          form chains from whoever said it first.
        </p>
        <ul>
          <li>
            <strong>Carriers</strong> are the distinct sources that assert or relay the claim. Denials carry nothing.
          </li>
          <li>
            <strong>Independent origins</strong> are the distinct starting points of those chains: a source that asserts
            the claim, or relays something not recorded here. Unnamed groups (“pro-militant sources”) count as one origin
            per alignment, however many labels they appear under.
          </li>
        </ul>
        <p>
          So “3 sources, 1 origin” means three outlets carry the claim but all of them trace back to one speaker:
          repetition, not corroboration. Only independent origins add weight.
        </p>
      </section>

      <section aria-labelledby={`${ids.contested}-heading`} id={ids.contested}>
        <h2 id={`${ids.contested}-heading`}>Contested</h2>
        <p>
          A claim is <strong>contested</strong> when another live claim contradicts it: a reviewer has recorded a
          “contradicts” relation between the two, usually naming what they dispute (who, when, how many). Deleted or
          merged-away claims no longer count. An event is contested when claims within it contradict each other; the
          event page sets each side’s accounts next to each other.
        </p>
      </section>
    </>
  );
}
