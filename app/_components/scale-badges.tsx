import { combinedCode, credibilityLabel, reliabilityLabel } from '@/lib/ratings/admiralty';

/** Claim credibility on the Admiralty information scale, number and words together. */
export function CredibilityBadge({ level }: { level: number }) {
  return (
    <span className="badge credibility-badge" title="Credibility (Admiralty information scale 1–6)">
      <span className="grade">{level}</span> {credibilityLabel(level)}
    </span>
  );
}

/** Source reliability on the Admiralty source scale. */
export function ReliabilityBadge({ grade }: { grade: string }) {
  return (
    <span className="badge reliability-badge" title="Source reliability (Admiralty scale A–F)">
      <span className="grade">{grade}</span> {reliabilityLabel(grade)}
    </span>
  );
}

/** Source grade and claim credibility judged apart, shown together as e.g. "C3". */
export function CombinedCode({ grade, level, code }: { grade: string; level: number; code?: string }) {
  const value = code ?? combinedCode(grade, level);
  return (
    <abbr
      className="badge badge-code"
      title={`Source ${grade}: ${reliabilityLabel(grade)}; information ${level}: ${credibilityLabel(level)}`}
    >
      {value}
    </abbr>
  );
}
