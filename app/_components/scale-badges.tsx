import Link from 'next/link';
import { combinedCode, credibilityLabel, reliabilityLabel } from '@/lib/ratings/admiralty';
import { methodologyHref } from './methodology-links';

// Each badge is a link to the part of /methodology that explains it; the hidden words tell a
// screen reader where it goes, since "2 Probably true" alone reads like a plain value.

/** Claim credibility on the Admiralty information scale, number and words together. */
export function CredibilityBadge({ level }: { level: number }) {
  return (
    <Link className="badge credibility-badge" href={methodologyHref('credibility')} title="Credibility (Admiralty information scale 1–6): what the levels mean">
      <span className="grade">{level}</span> {credibilityLabel(level)}
      <span className="visually-hidden"> (credibility scale explained)</span>
    </Link>
  );
}

/** Source reliability on the Admiralty source scale. */
export function ReliabilityBadge({ grade }: { grade: string }) {
  return (
    <Link className="badge reliability-badge" href={methodologyHref('reliability')} title="Source reliability (Admiralty scale A–F): what the grades mean">
      <span className="grade">{grade}</span> {reliabilityLabel(grade)}
      <span className="visually-hidden"> (reliability scale explained)</span>
    </Link>
  );
}

/** Source grade and claim credibility judged apart, shown together as e.g. "C3". */
export function CombinedCode({ grade, level, code }: { grade: string; level: number; code?: string }) {
  const value = code ?? combinedCode(grade, level);
  const meaning = `Source ${grade}: ${reliabilityLabel(grade)}; information ${level}: ${credibilityLabel(level)}`;
  return (
    <Link className="badge badge-code" href={methodologyHref('combinedCode')}>
      <abbr title={meaning}>{value}</abbr>
      <span className="visually-hidden"> ({meaning}; combined code explained)</span>
    </Link>
  );
}
