import {
  CREDIBILITY_LABELS,
  CREDIBILITY_LEVELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  combinedCode,
} from '@/lib/ratings/admiralty';
import { METHODOLOGY_SECTIONS } from '@/app/_components/methodology-links';

const ids = METHODOLOGY_SECTIONS;

/** The two Admiralty scales and the code that combines them, labels read from the one list. */
export function ScalesSections() {
  return (
    <>
      <section aria-labelledby={`${ids.reliability}-heading`} id={ids.reliability}>
        <h2 id={`${ids.reliability}-heading`}>Source reliability: A to F</h2>
        <p>
          A source (an outlet, an official, an unnamed group) is graded on how far it has been reliable in the past,
          on the Admiralty (NATO) source scale. The grade belongs to the source, not to any one thing it said.
        </p>
        <dl className="scale-list">
          {RELIABILITY_GRADES.map((g) => (
            <div key={g}>
              <dt className="grade">{g}</dt>
              <dd>{RELIABILITY_LABELS[g]}</dd>
            </div>
          ))}
        </dl>
        <p className="small muted">F means there is not enough record to judge, not that the source is bad.</p>
      </section>

      <section aria-labelledby={`${ids.credibility}-heading`} id={ids.credibility}>
        <h2 id={`${ids.credibility}-heading`}>Information credibility: 1 to 6</h2>
        <p>
          Each claim is judged on its own, on the Admiralty information scale: how well it agrees with what else is
          known. A reliable outlet can carry a doubtful claim, and an unreliable one can be right.
        </p>
        <dl className="scale-list">
          {CREDIBILITY_LEVELS.map((l) => (
            <div key={l}>
              <dt className="grade">{l}</dt>
              <dd>{CREDIBILITY_LABELS[l]}</dd>
            </div>
          ))}
        </dl>
        <p className="small muted">A new claim starts at 6 until an editor judges it.</p>
      </section>

      <section aria-labelledby={`${ids.combinedCode}-heading`} id={ids.combinedCode}>
        <h2 id={`${ids.combinedCode}-heading`}>The combined code</h2>
        <p>
          Where a source’s attribution of a claim is shown, the two grades appear together as one code: the source’s
          reliability letter, then the claim’s credibility number. <code className="grade">{combinedCode('B', 2)}</code>{' '}
          reads “{RELIABILITY_LABELS.B.toLowerCase()} source, information {CREDIBILITY_LABELS[2].toLowerCase()}”;{' '}
          <code className="grade">{combinedCode('F', 6)}</code> says neither could be judged. The two halves are judged
          apart, so the same claim carries a different code from each source that said it.
        </p>
      </section>
    </>
  );
}
